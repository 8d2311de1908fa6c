/** The cells of a tab: what counts as content, and how rows and columns move them. */
import { clearContent, contentClock, Grid, hasContent } from "../../../../src/local/runtime/model/grid";

function grid(cells: [number, number, object][]): Grid {
  const g = new Grid();
  for (const [r, c, cell] of cells) g.set(r, c, cell);
  return g;
}

test("content is a value or a formula; formatting and notes alone are not (getLastRow ignores them)", () => {
  expect([hasContent(undefined), hasContent({}), hasContent({ note: "n", bold: true }), hasContent({ value: "" }), hasContent({ formula: "=1" })]).toEqual([
    false,
    false,
    false,
    true,
    true,
  ]);
  const g = grid([
    [3, 2, { value: 1 }],
    [9, 7, { note: "only a note" }],
    [5, 4, { formula: "=A1" }],
  ]);
  expect([g.lastRow(), g.lastColumn()]).toEqual([5, 4]);
  expect([new Grid().lastRow(), new Grid().lastColumn()]).toEqual([0, 0]);
});

test("clearing content keeps the cell's formats, notes and rules", () => {
  const cell = { value: 5, formula: "=2+3", spill: true as const, format: "0.00", note: "n" };
  clearContent(cell);
  expect(cell).toEqual({ format: "0.00", note: "n" });
});

test("entries come row by row, left to right", () => {
  const g = grid([
    [2, 1, { value: "c" }],
    [1, 3, { value: "b" }],
    [1, 1, { value: "a" }],
  ]);
  expect([...g.entries()].map(([r, c, cell]) => [r, c, cell.value])).toEqual([
    [1, 1, "a"],
    [1, 3, "b"],
    [2, 1, "c"],
  ]);
});

test("inserted rows take the formats and rule of the template row, never its content or note", () => {
  const g = grid([
    [1, 1, { value: "h", bold: true }],
    [2, 1, { value: 1, format: "0.00", note: "n", validation: "rule" as never }],
  ]);
  g.insertRows(3, 2, 2);
  expect([g.get(3, 1), g.get(4, 1)]).toEqual([
    { format: "0.00", validation: "rule" },
    { format: "0.00", validation: "rule" },
  ]);
  g.insertRows(1, 1, 1);
  expect([g.get(1, 1), g.get(2, 1)?.value]).toEqual([{ bold: true }, "h"]);
});

test("inserted columns take the formats of the template column; deleted rows take their cells with them", () => {
  const g = grid([
    [1, 1, { value: "a", background: "#ff0000" }],
    [1, 2, { value: "b" }],
    [3, 1, { value: "c" }],
  ]);
  g.insertColumns(2, 1, 1);
  expect([g.get(1, 2), g.get(1, 3)?.value]).toEqual([{ background: "#ff0000" }, "b"]);
  g.deleteRows(1, 2);
  expect([g.get(1, 1)?.value, g.lastRow()]).toEqual(["c", 1]);
});

test("inserting a hundred thousand rows at once works", () => {
  const g = grid([[2, 1, { value: 1 }]]);
  g.insertRows(1, 100_000);
  expect(g.lastRow()).toBe(100_002);
});

test("every change ticks the content clock, so formulas know to compute again", () => {
  const g = new Grid();
  const before = contentClock.tick;
  g.ensure(1, 1);
  g.insertRows(1, 1);
  expect(contentClock.tick).toBeGreaterThanOrEqual(before + 2);
});
