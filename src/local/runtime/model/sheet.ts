import { parseA1 } from "../a1";
import { gasError, signatureError } from "../errors";
import { ensureCalculated } from "../formula/recalc";
import type { FormulaBook } from "../formula/types";
import { tag, unwrap } from "../kinds";
import { EmbeddedChartBuilder, LocalEmbeddedChart } from "./chart";
import { clearContent, Grid } from "./grid";
import { addDeveloperMetadata, type LocalDeveloperMetadata } from "./metadata";
import { LocalProtection, type ProtectedSheet } from "./protection";
import { LocalRange, type RangeSheet } from "./range";
import { type Span, shiftForDelete, shiftForInsert } from "./spans";

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

/** What a sheet needs of the spreadsheet that makes it, a LocalSpreadsheet. */
export interface SheetBook extends FormulaBook {
  readonly sheets: readonly LocalSheet[];
  readonly owner: string;
  getSpreadsheetLocale(): string;
  getSheetByName(name: string): LocalSheet | null;
  setActiveSheet(sheet: LocalSheet): LocalSheet;
  _checkSheetName(name: string, self?: LocalSheet): void;
}

/** One tab of the workbook. */
export class LocalSheet implements RangeSheet, ProtectedSheet {
  grid = new Grid();
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths: (number | undefined)[] = [];
  rowHeights: (number | undefined)[] = [];
  hiddenColumns: boolean[] = [];
  hiddenRows: boolean[] = [];
  tabColor: string | null = null;
  hidden = false;
  merges: Span[] = [];
  protection: LocalProtection | null = null;
  rangeProtections: LocalProtection[] = [];
  charts: LocalEmbeddedChart[] = [];
  developerMetadata: LocalDeveloperMetadata[] = [];

  constructor(
    readonly book: SheetBook,
    public name: string,
    readonly sheetId: number,
  ) {}

  // ---- identity -------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.book._checkSheetName(String(name), this);
    this.name = String(name);
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.book.sheets.indexOf(this) + 1;
  }
  activate(): this {
    this.book.setActiveSheet(this);
    return this;
  }
  addDeveloperMetadata(...args: unknown[]): this {
    addDeveloperMetadata(this.developerMetadata, args, "SpreadsheetApp.Sheet.addDeveloperMetadata");
    return this;
  }
  getDeveloperMetadata(): LocalDeveloperMetadata[] {
    return [...this.developerMetadata];
  }

  // ---- size -----------------------------------------------------------------------------

  getLastRow(): number {
    ensureCalculated(this.book);
    return this.grid.lastRow();
  }
  getLastColumn(): number {
    ensureCalculated(this.book);
    return this.grid.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._checkRow(afterPosition);
    this._insertRows(afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._checkRow(beforePosition);
    this._insertRows(beforePosition, howMany, beforePosition);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._checkColumn(afterPosition);
    this._insertColumns(afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const n = count(howMany, "deleteRows");
    if (!(rowPosition >= 1) || rowPosition + n - 1 > this.maxRows) throw gasError("Those rows are out of bounds.");
    if (this.maxRows - n <= this.frozenRows) throw gasError("Sorry, it is not possible to delete all non-frozen rows.");
    this.grid.deleteRows(rowPosition, n);
    this.maxRows -= n;
    this.rowHeights.splice(rowPosition - 1, n);
    this.hiddenRows.splice(rowPosition - 1, n);
    this.frozenRows -= overlap(rowPosition, n, 1, this.frozenRows);
    this._reshape((start, size) => shiftForDelete(start, size, rowPosition, n), "rows");
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  // ---- ranges ---------------------------------------------------------------------------

  getRange(a1Notation: string): LocalRange;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): LocalRange;
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    if (typeof a === "string") return this._rangeFromA1(a);
    const args = [a, column, numRows, numColumns];
    const isNumber = (x: unknown) => typeof x === "number" && !Number.isNaN(x);
    if (!isNumber(a) || !isNumber(column) || args.some((x) => x !== undefined && !isNumber(x))) {
      throw signatureError(
        args.filter((x) => x !== undefined),
        "SpreadsheetApp.Sheet.getRange",
      );
    }
    return this._rangeAt(Math.trunc(a), Math.trunc(column!), Math.trunc(numRows ?? 1), Math.trunc(numColumns ?? 1));
  }

  /** Checked like Sheet.getRange(row, column, numRows, numColumns). */
  _rangeAt(row: number, column: number, numRows: number, numColumns: number): LocalRange {
    if (row < 1) throw gasError("The starting row of the range is too small.");
    if (column < 1) throw gasError("The starting column of the range is too small.");
    if (numRows < 1) throw gasError("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw gasError("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows) throw gasError("Those rows are out of bounds.");
    if (column + numColumns - 1 > this.maxColumns) throw gasError("Those columns are out of bounds.");
    return new LocalRange(this, row, column, numRows, numColumns);
  }

  getDataRange(): LocalRange {
    ensureCalculated(this.book);
    return this._rangeAt(1, 1, Math.max(this.grid.lastRow(), 1), Math.max(this.grid.lastColumn(), 1));
  }

  // ---- view -----------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    if (!(rows >= 0) || rows > this.maxRows) throw gasError("Those rows are out of bounds.");
    this.frozenRows = Math.trunc(rows);
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._checkColumn(startColumn);
    this._checkColumn(startColumn + numColumns - 1);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths[c - 1] = Math.round(width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this._checkColumn(columnPosition);
    return this.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  // ---- protection, charts ---------------------------------------------------------------

  /** A sheet has at most one sheet protection; asking again returns it. */
  protect(): LocalProtection {
    this.protection ??= new LocalProtection("SHEET", this, { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns });
    return this.protection;
  }
  getProtections(type: string): LocalProtection[] {
    if (String(type) === "SHEET") return this.protection ? [this.protection] : [];
    if (String(type) === "RANGE") return this.rangeProtections.slice();
    throw signatureError([type], "SpreadsheetApp.Sheet.getProtections");
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this);
  }
  insertChart(chart: LocalEmbeddedChart): void {
    chart = unwrap(chart);
    if (!(chart instanceof LocalEmbeddedChart)) throw signatureError([chart], "SpreadsheetApp.Sheet.insertChart");
    this.charts.push(chart);
  }
  getCharts(): LocalEmbeddedChart[] {
    return this.charts.slice();
  }
  toString(): string {
    return "Sheet";
  }

  // ---- used by ranges and the workbook; `_` members are invisible to scripts -------------

  _addMerge(row: number, column: number, numRows: number, numColumns: number): void {
    if (numRows * numColumns === 1) return;
    const span = { row, column, numRows, numColumns };
    for (const m of this.merges) {
      if (intersects(m, span) && !contains(span, m)) {
        throw gasError("You must select all cells in a merged range to merge or unmerge them.");
      }
    }
    this.merges = this.merges.filter((m) => !contains(span, m));
    for (let r = row; r < row + numRows; r++) {
      for (let c = column; c < column + numColumns; c++) {
        const cell = this.grid.get(r, c);
        if (cell && (r !== row || c !== column)) clearContent(cell);
      }
    }
    this.merges.push(span);
  }

  _addRangeProtection(range: LocalRange): LocalProtection {
    const p = new LocalProtection("RANGE", this, { row: range.row, column: range.column, numRows: range.numRows, numColumns: range.numColumns });
    this.rangeProtections.push(p);
    return p;
  }

  private _rangeFromA1(a1: string): LocalRange {
    const ref = parseA1(a1);
    if (ref.sheetName !== undefined && ref.sheetName !== this.name) {
      const other = this.book.getSheetByName(ref.sheetName);
      if (!other) throw gasError("Range not found");
      return other._rangeFromA1(a1.slice(a1.lastIndexOf("!") + 1));
    }
    const r1 = ref.startRow ?? 1;
    const c1 = ref.startCol ?? 1;
    const r2 = ref.endRow ?? this.maxRows;
    const c2 = ref.endCol ?? this.maxColumns;
    return this._rangeAt(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  }

  private _checkRow(row: number): void {
    if (!(row >= 1 && row <= this.maxRows)) throw gasError("Those rows are out of bounds.");
  }

  private _checkColumn(column: number): void {
    if (!(column >= 1 && column <= this.maxColumns)) throw gasError("Those columns are out of bounds.");
  }

  private _insertRows(at: number, howMany: number, inheritFrom: number): void {
    const n = count(howMany, "insertRows");
    this.grid.insertRows(at, n, inheritFrom);
    this.maxRows += n;
    this.rowHeights = spliceIn(this.rowHeights, at - 1, n);
    this.hiddenRows = spliceIn(this.hiddenRows, at - 1, n);
    if (at <= this.frozenRows) this.frozenRows += n;
    this._reshape((start, size) => shiftForInsert(start, size, at, n), "rows");
  }

  private _insertColumns(at: number, howMany: number, inheritFrom: number): void {
    const n = count(howMany, "insertColumns");
    this.grid.insertColumns(at, n, inheritFrom);
    this.maxColumns += n;
    this.columnWidths = spliceIn(this.columnWidths, at - 1, n);
    this.hiddenColumns = spliceIn(this.hiddenColumns, at - 1, n);
    if (at <= this.frozenColumns) this.frozenColumns += n;
    this._reshape((start, size) => shiftForInsert(start, size, at, n), "columns");
  }

  /** Merges and protected ranges move with their cells; one whose cells are all deleted goes with them. */
  private _reshape(shift: (start: number, size: number) => [number, number], axis: "rows" | "columns"): void {
    const moved = (m: Span): Span => {
      if (axis === "rows") {
        const [row, numRows] = shift(m.row, m.numRows);
        return { ...m, row, numRows };
      }
      const [column, numColumns] = shift(m.column, m.numColumns);
      return { ...m, column, numColumns };
    };
    const left = (m: Span) => m.numRows > 0 && m.numColumns > 0;
    this.merges = this.merges.map(moved).filter((m) => left(m) && m.numRows * m.numColumns > 1);
    this.rangeProtections = this.rangeProtections.filter((p) => {
      p.range = moved(p.range);
      return left(p.range);
    });
  }
}
tag(LocalSheet, "Sheet");

function count(n: number, method: string): number {
  if (typeof n !== "number" || !(n >= 1)) throw signatureError([n], `SpreadsheetApp.Sheet.${method}`);
  return Math.trunc(n);
}

function overlap(start: number, n: number, otherStart: number, otherSize: number): number {
  return Math.max(0, Math.min(start + n, otherStart + otherSize) - Math.max(start, otherStart));
}

/** Opens `n` empty slots at `index`; concat, not a spread, so a large `n` cannot overflow the call stack. */
function spliceIn<T>(list: T[], index: number, n: number): T[] {
  return index < list.length ? list.slice(0, index).concat(new Array<T>(n), list.slice(index)) : list;
}

function intersects(a: Span, b: Span): boolean {
  return a.row <= b.row + b.numRows - 1 && b.row <= a.row + a.numRows - 1 && a.column <= b.column + b.numColumns - 1 && b.column <= a.column + a.numColumns - 1;
}

function contains(outer: Span, inner: Span): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
