import { gasError, signatureError } from "../errors";
import { ensureCalculated } from "../formula/recalc";
import type { FormulaBook } from "../formula/types";
import { tag, unwrap } from "../kinds";
import { AUTOMATIC_FORMAT, formatNumberWith, isAutomaticFormat, isDateFormat } from "../numfmt";
import { CellError, type CellValue, toCellValue, userEntered } from "../values";
import { type Cell, clearContent, type Grid } from "./grid";
import type { LocalProtection } from "./protection";
import { STYLES, type StyleName, writeStyle } from "./style";
import { LocalDataValidation } from "./validation";

/** What a range (and the check of a script's edit on it) needs of its sheet, a LocalSheet. */
export interface RangeSheet {
  readonly name: string;
  readonly grid: Grid;
  readonly book: FormulaBook & { getSpreadsheetLocale(): string };
  readonly protection: LocalProtection | null;
  readonly rangeProtections: readonly LocalProtection[];
  getMaxRows(): number;
  getMaxColumns(): number;
  _addRangeProtection(range: LocalRange): LocalProtection;
  _addMerge(row: number, column: number, numRows: number, numColumns: number): void;
}

/** A rectangle of cells (1-based), with the Apps Script Range methods the add-on uses. */
/** Sheets' limit for one cell; longer input is refused before anything is written. */
export const CELL_MAX_CHARS = 50000;

export function checkCellLength(value: unknown): void {
  if (typeof value === "string" && value.length > CELL_MAX_CHARS) {
    throw gasError(`Your input contains more than the maximum of ${CELL_MAX_CHARS} characters in a single cell.`);
  }
}

export class LocalRange {
  constructor(
    readonly sheet: RangeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  // ---- values ---------------------------------------------------------------------------

  getValues(): CellValue[][] {
    ensureCalculated(this.sheet.book);
    const tz = this.sheet.book.getSpreadsheetTimeZone();
    return this._map((cell) => (cell ? toCellValue(cell.value, cell.format ?? "", tz) : ""));
  }

  getValue(): CellValue {
    ensureCalculated(this.sheet.book);
    const cell = this._topLeft();
    return cell ? toCellValue(cell.value, cell.format ?? "", this.sheet.book.getSpreadsheetTimeZone()) : "";
  }

  getDisplayValues(): string[][] {
    ensureCalculated(this.sheet.book);
    return this._map(displayOf);
  }

  getDisplayValue(): string {
    ensureCalculated(this.sheet.book);
    return displayOf(this._topLeft());
  }

  getFormulas(): string[][] {
    return this._map((cell) => cell?.formula ?? "");
  }

  getFormula(): string {
    return this._topLeft()?.formula ?? "";
  }

  setValues(values: unknown[][]): this {
    this._checkShape(values, "setValues");
    for (const row of values) for (const v of row) checkCellLength(v);
    this._each((r, c, i, j) => this._write(r, c, values[i][j]));
    return this;
  }

  /** Like Sheets, one value given to a multi-cell range goes into every cell. */
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw signatureError([value], "SpreadsheetApp.Range.setValue");
    checkCellLength(value);
    this._each((r, c) => this._write(r, c, value));
    return this;
  }

  setFormula(formula: string): this {
    this._each((r, c) => this._writeFormula(r, c, formula));
    return this;
  }

  setFormulas(formulas: string[][]): this {
    this._checkShape(formulas, "setFormulas");
    this._each((r, c, i, j) => this._writeFormula(r, c, formulas[i][j]));
    return this;
  }

  // ---- number formats, notes, validation ------------------------------------------------

  getNumberFormats(): string[][] {
    return this._map((cell) => cell?.format || AUTOMATIC_FORMAT);
  }
  getNumberFormat(): string {
    return this._topLeft()?.format || AUTOMATIC_FORMAT;
  }
  setNumberFormat(format: string): this {
    const stored = storedFormat(format);
    this._each((r, c) => this._setFormatAt(r, c, stored));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this._checkShape(formats, "setNumberFormats");
    this._each((r, c, i, j) => this._setFormatAt(r, c, storedFormat(formats[i][j])));
    return this;
  }

  getNotes(): string[][] {
    return this._map((cell) => cell?.note ?? "");
  }
  getNote(): string {
    return this._topLeft()?.note ?? "";
  }
  setNote(note: string | null): this {
    this._each((r, c) => this._setNoteAt(r, c, note));
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    this._checkShape(notes, "setNotes");
    this._each((r, c, i, j) => this._setNoteAt(r, c, notes[i][j]));
    return this;
  }

  getDataValidations(): (LocalDataValidation | null)[][] {
    return this._map((cell) => cell?.validation ?? null);
  }
  getDataValidation(): LocalDataValidation | null {
    return this._topLeft()?.validation ?? null;
  }
  setDataValidation(rule: LocalDataValidation | null): this {
    const v = validationArg(rule, "setDataValidation");
    this._each((r, c) => this._setValidationAt(r, c, v));
    return this;
  }

  // ---- styles ---------------------------------------------------------------------------

  setFontWeight(weight: string | null): this {
    return this._setStyle("fontWeight", weight);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this._setStyles("fontWeight", weights, "setFontWeights");
  }
  setBackground(color: string | null): this {
    return this._setStyle("background", color);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this._setStyles("background", colors, "setBackgrounds");
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this._setStyles("horizontalAlignment", alignments, "setHorizontalAlignments");
  }

  // ---- merges ---------------------------------------------------------------------------

  /** Merging keeps the top-left value and blanks the rest, as Sheets does. */
  merge(): this {
    this.sheet._addMerge(this.row, this.column, this.numRows, this.numColumns);
    return this;
  }

  // ---- other ----------------------------------------------------------------------------

  protect(): LocalProtection {
    return this.sheet._addRangeProtection(this);
  }

  toString(): string {
    return "Range";
  }

  // ---- internals: `_` members are invisible to scripts ---------------------------------

  private _topLeft(): Cell | undefined {
    return this.sheet.grid.get(this.row, this.column);
  }

  private _each(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) fn(this.row + i, this.column + j, i, j);
    }
  }

  private _map<T>(fn: (cell: Cell | undefined) => T): T[][] {
    const grid = this.sheet.grid;
    const out: T[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const row: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) row[j] = fn(grid.get(this.row + i, this.column + j));
      out[i] = row;
    }
    return out;
  }

  private _checkShape(data: unknown, method: string): void {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw signatureError([data], `SpreadsheetApp.Range.${method}`);
    }
    if (data.length !== this.numRows) {
      throw gasError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this.numColumns) {
        throw gasError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private _write(row: number, col: number, input: unknown): void {
    const grid = this.sheet.grid;
    const existing = grid.get(row, col);
    const format = existing?.format ?? "";
    const entry = userEntered(input, format, this.sheet.book.getSpreadsheetTimeZone(), this.sheet.book.getSpreadsheetLocale());
    if (entry.value === undefined && entry.formula === undefined) {
      if (existing) clearContent(existing);
      return;
    }
    const cell = existing ?? grid.ensure(row, col);
    clearContent(cell);
    if (entry.value !== undefined) cell.value = entry.value;
    if (entry.formula !== undefined) cell.formula = entry.formula;
    if (entry.format && (entry.isDate ? !isDateFormat(format) : isAutomaticFormat(format))) cell.format = entry.format;
  }

  private _writeFormula(row: number, col: number, formula: unknown): void {
    const text = formula === null || formula === undefined ? "" : String(formula);
    if (text !== "" && !text.startsWith("=")) return this._write(row, col, text);
    const cell = text === "" ? this.sheet.grid.get(row, col) : this.sheet.grid.ensure(row, col);
    if (!cell) return;
    clearContent(cell);
    if (text !== "") cell.formula = text;
  }

  private _setFormatAt(row: number, col: number, format: string): void {
    if (format === "") {
      const cell = this.sheet.grid.get(row, col);
      if (cell) delete cell.format;
    } else this.sheet.grid.ensure(row, col).format = format;
  }

  private _setNoteAt(row: number, col: number, note: unknown): void {
    if (note === null || note === undefined || note === "") {
      const cell = this.sheet.grid.get(row, col);
      if (cell) delete cell.note;
    } else this.sheet.grid.ensure(row, col).note = String(note);
  }

  private _setValidationAt(row: number, col: number, rule: LocalDataValidation | null): void {
    if (!rule) {
      const cell = this.sheet.grid.get(row, col);
      if (cell) delete cell.validation;
    } else this.sheet.grid.ensure(row, col).validation = rule;
  }

  private _setStyle(name: StyleName, value: unknown): this {
    const spec = STYLES[name];
    spec.store(value); // validate once before touching any cell
    this._each((r, c) => writeStyle(this.sheet.grid.ensure(r, c), spec, value));
    return this;
  }

  private _setStyles(name: StyleName, values: unknown[][], method: string): this {
    this._checkShape(values, method);
    const spec = STYLES[name];
    values.forEach((row) => row.forEach((v) => spec.store(v)));
    this._each((r, c, i, j) => writeStyle(this.sheet.grid.ensure(r, c), spec, values[i][j]));
    return this;
  }
}
tag(LocalRange, "Range");

export function displayOf(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === undefined) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return formatNumberWith(v, cell?.format ?? "");
  if (v instanceof CellError) return v.code;
  return v;
}

/** "Automatic" is stored as no format at all. */
function storedFormat(format: unknown): string {
  const f = format === null || format === undefined ? "" : String(format);
  return f === AUTOMATIC_FORMAT || /^general$/i.test(f) ? "" : f;
}

function validationArg(rule: unknown, method: string): LocalDataValidation | null {
  rule = unwrap(rule);
  if (rule === null || rule === undefined) return null;
  if (!(rule instanceof LocalDataValidation)) throw signatureError([rule], `SpreadsheetApp.Range.${method}`);
  return rule;
}
