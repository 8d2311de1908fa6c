import { parseA1 } from "../a1";
import { gasError, signatureError } from "../errors";
import { ensureCalculated } from "../formula/recalc";
import type { FormulaBook } from "../formula/types";
import { tag, unwrap } from "../kinds";
import { EmbeddedChartBuilder, LocalEmbeddedChart } from "./chart";
import { clearContent, clearFormat, Grid } from "./grid";
import { addDeveloperMetadata, type LocalDeveloperMetadata } from "./metadata";
import { LocalProtection, type ProtectedSheet } from "./protection";
import { displayOf, LocalRange, type OpenEnds, type RangeSheet } from "./range";
import { type Span, shiftForDelete, shiftForInsert } from "./spans";
import { normalizeColor } from "./style";

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

/** What a sheet needs of the spreadsheet that makes it, a LocalSpreadsheet. */
export interface SheetBook extends FormulaBook {
  readonly sheets: readonly LocalSheet[];
  readonly owner: string;
  getSpreadsheetLocale(): string;
  getSheetByName(name: string): LocalSheet | null;
  setActiveSheet(sheet: LocalSheet): LocalSheet;
  _checkSheetName(name: string, self?: LocalSheet): void;
  _nextChartId(): number;
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
  activeRange: Span = { row: 1, column: 1, numRows: 1, numColumns: 1 };
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
  getSheetName(): string {
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
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._checkColumn(afterPosition);
    this._insertColumns(afterPosition + 1, howMany, afterPosition);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._checkColumn(beforePosition);
    this._insertColumns(beforePosition, howMany, beforePosition);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
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
    this._reshapeMerges((m) => shiftForDelete(m.row, m.numRows, rowPosition, n), "rows");
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const n = count(howMany, "deleteColumns");
    if (!(columnPosition >= 1) || columnPosition + n - 1 > this.maxColumns) {
      throw gasError("Those columns are out of bounds.");
    }
    if (this.maxColumns - n <= this.frozenColumns) {
      throw gasError("Sorry, it is not possible to delete all non-frozen columns.");
    }
    this.grid.deleteColumns(columnPosition, n);
    this.maxColumns -= n;
    this.columnWidths.splice(columnPosition - 1, n);
    this.hiddenColumns.splice(columnPosition - 1, n);
    this.frozenColumns -= overlap(columnPosition, n, 1, this.frozenColumns);
    this._reshapeMerges((m) => shiftForDelete(m.column, m.numColumns, columnPosition, n), "columns");
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes after the last row with content, growing the grid when it is full, as Sheets does. */
  appendRow(rowContents: unknown[]): this {
    ensureCalculated(this.book);
    if (!Array.isArray(rowContents)) throw signatureError([rowContents], "SpreadsheetApp.Sheet.appendRow");
    const row = this.grid.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    if (rowContents.length > 0) this.getRange(row, 1, 1, rowContents.length).setValues([rowContents]);
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
  _rangeAt(row: number, column: number, numRows: number, numColumns: number, open?: OpenEnds): LocalRange {
    if (row < 1) throw gasError("The starting row of the range is too small.");
    if (column < 1) throw gasError("The starting column of the range is too small.");
    if (numRows < 1) throw gasError("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw gasError("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows) throw gasError("Those rows are out of bounds.");
    if (column + numColumns - 1 > this.maxColumns) throw gasError("Those columns are out of bounds.");
    return new LocalRange(this, row, column, numRows, numColumns, open);
  }

  getDataRange(): LocalRange {
    ensureCalculated(this.book);
    return this._rangeAt(1, 1, Math.max(this.grid.lastRow(), 1), Math.max(this.grid.lastColumn(), 1));
  }
  getActiveRange(): LocalRange {
    const a = this.activeRange;
    return new LocalRange(this, a.row, a.column, a.numRows, a.numColumns);
  }
  getActiveCell(): LocalRange {
    return new LocalRange(this, this.activeRange.row, this.activeRange.column, 1, 1);
  }
  getCurrentCell(): LocalRange {
    return this.getActiveCell();
  }
  setActiveRange(range: LocalRange): LocalRange {
    this._activateRange(unwrap(range));
    return range;
  }

  // ---- clearing -------------------------------------------------------------------------

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): this {
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    for (const [, , cell] of this.grid.entries()) {
      if (contents) clearContent(cell);
      if (formats) clearFormat(cell);
    }
    return this;
  }

  // ---- view -----------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    if (!(rows >= 0) || rows > this.maxRows) throw gasError("Those rows are out of bounds.");
    this.frozenRows = Math.trunc(rows);
  }
  setFrozenColumns(columns: number): void {
    if (!(columns >= 0) || columns > this.maxColumns) throw gasError("Those columns are out of bounds.");
    this.frozenColumns = Math.trunc(columns);
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._checkColumn(startColumn + numColumns - 1);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths[c - 1] = Math.round(width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this._checkColumn(columnPosition);
    return this.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  /** Fits each column to its widest displayed text (CJK glyphs count double). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._checkColumn(startColumn + numColumns - 1);
    const widest = new Map<number, number>();
    for (const [, c, cell] of this.grid.entries()) {
      if (c < startColumn || c >= startColumn + numColumns) continue;
      widest.set(c, Math.max(widest.get(c) ?? 0, textWidth(displayOf(cell))));
    }
    for (const [c, px] of widest) if (px > 0) this.columnWidths[c - 1] = px + 10;
    return this;
  }
  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this._checkRow(startRow + numRows - 1);
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights[r - 1] = Math.round(height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    this._checkRow(rowPosition);
    return this.rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumn(columnIndex + numColumns - 1);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns[c - 1] = true;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return !!this.hiddenColumns[columnPosition - 1];
  }
  setTabColor(color: string | null): this {
    this.tabColor = normalizeColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): this {
    if (!this.hidden && this.book.sheets.filter((s) => !s.hidden).length === 1) {
      throw gasError("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }

  // ---- protection, charts ---------------------------------------------------------------

  /** A sheet has at most one sheet protection; asking again returns it. */
  protect(): LocalProtection {
    this.protection ??= new LocalProtection("SHEET", this, this._whole(), this.book.owner);
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
    chart.chartId = this.book._nextChartId();
    this.charts.push(chart);
  }
  getCharts(): LocalEmbeddedChart[] {
    return this.charts.slice();
  }
  removeChart(chart: LocalEmbeddedChart): void {
    this.charts = this.charts.filter((c) => c.chartId !== chart.getChartId());
  }
  updateChart(chart: LocalEmbeddedChart): void {
    const i = this.charts.findIndex((c) => c.chartId === chart.getChartId());
    if (i < 0) throw gasError("The chart does not exist on this sheet.");
    this.charts[i] = unwrap(chart);
  }
  toString(): string {
    return "Sheet";
  }

  // ---- used by ranges and the workbook; `_` members are invisible to scripts -------------

  _activateRange(range: LocalRange): void {
    this.book.setActiveSheet(this);
    this.activeRange = { row: range.row, column: range.column, numRows: range.numRows, numColumns: range.numColumns };
  }

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

  _mergesTouching(row: number, column: number, numRows: number, numColumns: number): Span[] {
    return this.merges.filter((m) => intersects(m, { row, column, numRows, numColumns }));
  }

  _addRangeProtection(range: LocalRange): LocalProtection {
    const p = new LocalProtection("RANGE", this, range, this.book.owner);
    this.rangeProtections.push(p);
    return p;
  }

  _dropProtection(p: LocalProtection): void {
    if (this.protection === p) this.protection = null;
    this.rangeProtections = this.rangeProtections.filter((x) => x !== p);
  }

  private _whole(): LocalRange {
    return new LocalRange(this, 1, 1, this.maxRows, this.maxColumns);
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
    const open: OpenEnds = {
      rows: ref.startRow === undefined,
      columns: ref.startCol === undefined,
      endRow: ref.startRow !== undefined && ref.endRow === undefined,
    };
    return this._rangeAt(Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1, open);
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
    spliceIn(this.rowHeights, at - 1, n);
    spliceIn(this.hiddenRows, at - 1, n);
    if (at <= this.frozenRows) this.frozenRows += n;
    this._reshapeMerges((m) => shiftForInsert(m.row, m.numRows, at, n), "rows");
  }

  private _insertColumns(at: number, howMany: number, inheritFrom: number): void {
    const n = count(howMany, "insertColumns");
    this.grid.insertColumns(at, n, inheritFrom);
    this.maxColumns += n;
    spliceIn(this.columnWidths, at - 1, n);
    spliceIn(this.hiddenColumns, at - 1, n);
    if (at <= this.frozenColumns) this.frozenColumns += n;
    this._reshapeMerges((m) => shiftForInsert(m.column, m.numColumns, at, n), "columns");
  }

  private _reshapeMerges(shift: (m: Span) => [number, number], axis: "rows" | "columns"): void {
    this.merges = this.merges
      .map((m) => {
        const [start, size] = shift(m);
        return axis === "rows" ? { ...m, row: start, numRows: size } : { ...m, column: start, numColumns: size };
      })
      .filter((m) => m.numRows > 0 && m.numColumns > 0 && m.numRows * m.numColumns > 1);
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

function spliceIn<T>(list: T[], index: number, n: number): void {
  if (index < list.length) list.splice(index, 0, ...new Array<T>(n));
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

function textWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += ch.codePointAt(0)! >= 0x2e80 ? 13 : 7;
  return px;
}
