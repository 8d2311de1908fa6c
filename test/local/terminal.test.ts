/** The command line's tables, on cells as long as a sheet allows. */
import { table } from "../../src/local/terminal";
import { finishes } from "../hang-guard";

test("a cell with a long run of spaces inside is printed whole, and lines carry no trailing spaces", () => {
  const cell = `a${" ".repeat(50_000)}x`;
  const text = finishes(() => table(["姓名", "备注"], [["张伟", cell], ["李娜", ""]]));
  const lines = text.split("\n");
  expect(lines[2].endsWith("x")).toBe(true);
  expect(lines.every((l) => l === l.trimEnd())).toBe(true);
  expect(lines[3]).toBe("李娜");
});
