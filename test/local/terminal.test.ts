/** The command line's tables, on cells as long as a sheet allows. */
import { CELL_WIDTH, clipText, displayWidth, table } from "../../src/local/terminal";
import { finishes } from "../hang-guard";

test("a cell with a long run of spaces inside is cut to the column limit, and lines carry no trailing spaces", () => {
  const cell = `a${" ".repeat(50_000)}x`;
  const text = finishes(() =>
    table(
      ["姓名", "备注"],
      [
        ["张伟", cell],
        ["李娜", ""],
      ],
    ),
  );
  const lines = text.split("\n");
  expect(lines[2].startsWith("张伟  a")).toBe(true);
  expect(lines[2].endsWith("…")).toBe(true);
  expect(lines.every((l) => l === l.trimEnd())).toBe(true);
  expect(lines[3]).toBe("李娜");
});

test("long names are cut by terminal columns, two for each Chinese character, and end in …", () => {
  expect(clipText("张".repeat(50))).toBe(`${"张".repeat(39)}…`);
  expect(displayWidth(clipText("张".repeat(50)))).toBe(CELL_WIDTH - 1);
  expect(clipText("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
  expect(clipText("x".repeat(80))).toBe("x".repeat(80));
  expect(clipText("博文书店(东门店)")).toBe("博文书店(东门店)");
});

test("tens of thousands of rows print without overflowing the call stack", () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => [`成员${i}`, String(i)]);
  const text = finishes(() => table(["姓名", "金额"], rows, [false, true]));
  expect(text.split("\n")).toHaveLength(200_002);
});
