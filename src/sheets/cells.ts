/**
 * Writing cells without changing what they mean. setValues reads a string the way a typed cell is
 * read: "=…" becomes a formula, "0123" a number, "11/2" a date. Text that came from a user or from
 * the sheet itself is therefore written with a leading apostrophe, which stores it as text exactly.
 */
import type { CellValue } from "./table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets refuses a cell of more than 50,000 characters, and the apostrophe counts (so it is taken to). */
export const CELL_MAX = 50000;

/**
 * Text typed by a user: stored as text, never a formula (`=HYPERLINK(…)`, `+1`, `-2`, `@x`). Text
 * at the cell's limit cannot be read as a number or a date, so it goes without the apostrophe unless
 * it starts like a formula; what would not fit in a cell (a title joining long names) is cut.
 */
export function textCell(text: string): string {
  if (text === "") return "";
  if (text.length < CELL_MAX) return `'${text}`;
  return /^[=+\-@']/.test(text) ? `'${text.slice(0, CELL_MAX - 1)}` : text.slice(0, CELL_MAX);
}

/** A cell read with getValues/getFormulas, to be written back by setValues exactly as it was. */
export function keepCell(value: CellValue, formula: string): CellValue {
  if (formula) return formula;
  return typeof value === "string" ? textCell(value) : value;
}

type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * setValues for blocks that hold textCell/keepCell values, on a tab the department formats:
 * in a cell formatted as plain text (`@`, a common habit against 00123 turning into 123) Sheets
 * stores what is written as it is, so the apostrophe would stay in the cell as a character and
 * `'王浩然` would no longer be the member 王浩然. One read of the block's formats, whatever its size.
 */
export function setValuesAsText(range: Range, values: CellValue[][]): void {
  const formats = range.getNumberFormats();
  range.setValues(values.map((row, r) => row.map((v, c) => unquotedIn(formats[r]?.[c] ?? "", v))));
}

/** `v` as it must be written into a cell of number format `format`. */
export function unquotedIn(format: string, v: CellValue): CellValue {
  return format === "@" && typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;

/**
 * The 0-based index of the last row holding anything outside `skip` (columns an array formula
 * fills: their computed values are not rows anyone typed), or `from - 1` when there is none.
 */
export function lastFilledIndex(values: readonly CellValue[][], from: number, skip: ReadonlySet<number>): number {
  for (let r = values.length - 1; r >= from; r--) {
    if (values[r].some((v, c) => !skip.has(c) && !blank(v))) return r;
  }
  return from - 1;
}

/** Makes sure 1-based `row` exists. */
export function ensureRow(sheet: Sheet, row: number): void {
  const max = sheet.getMaxRows();
  if (row > max) sheet.insertRowsAfter(max, row - max);
}

/**
 * Writes the cells of column `col` (1-based) that `cells` maps by 1-based row, and no other: one
 * setValues per run of adjacent rows, so a cell between two written rows that someone edited since
 * it was read is left as it is now. One read of the number formats (as setValuesAsText) for the
 * span, whatever its size; the writes grow with the runs, never with the rows between them.
 */
export function writeColumnCells(sheet: Sheet, col: number, cells: ReadonlyMap<number, CellValue>): void {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return;
  const top = rows[0];
  const formats = sheet.getRange(top, col, rows[rows.length - 1] - top + 1, 1).getNumberFormats();
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
    const run = rows.slice(start, i);
    sheet.getRange(run[0], col, run.length, 1).setValues(run.map((r) => [unquotedIn(formats[r - top]?.[0] ?? "", cells.get(r)!)]));
    start = i;
  }
}

/**
 * Writes consecutive rows from `firstRow`, each given as 1-based column → value, in one call per
 * run of adjacent columns (whatever the number of rows), so a column between the runs that an
 * array formula fills is never written over.
 */
export function writeRows(sheet: Sheet, firstRow: number, rows: readonly ReadonlyMap<number, CellValue>[]): void {
  if (rows.length === 0) return;
  const cols = [...new Set(rows.flatMap((r) => [...r.keys()]))].sort((a, b) => a - b);
  let start = 0;
  for (let i = 1; i <= cols.length; i++) {
    if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
    const run = cols.slice(start, i);
    setValuesAsText(
      sheet.getRange(firstRow, run[0], rows.length, run.length),
      rows.map((r) => run.map((c) => r.get(c) ?? "")),
    );
    start = i;
  }
}
