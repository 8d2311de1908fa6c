import { createHash } from "node:crypto";
import { gasError, signatureError } from "../errors";
import { tag, unwrap } from "../kinds";
import { isValidTimeZone } from "../tz";
import type { LocalProtection } from "./protection";
import type { LocalRange } from "./range";
import { LocalSheet, type SheetBook } from "./sheet";

export interface WorkbookOptions {
  name?: string;
  /** Default `zh_CN`. */
  locale?: string;
  /** Default `Asia/Shanghai`. */
  timeZone?: string;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

let bookCounter = 0;

function isChinese(locale: string): boolean {
  return locale.toLowerCase().startsWith("zh");
}

/** The workbook, with the Spreadsheet methods the add-on uses. */
export class LocalSpreadsheet implements SheetBook {
  sheets: LocalSheet[] = [];
  name: string;
  readonly id: string;
  locale: string;
  timeZone: string;
  /** The account that owns the file (and so edits every protection). */
  owner = "officer@example.edu";
  /** PropertiesService.getDocumentProperties() lives with the document, so here. */
  readonly documentProperties = new Map<string, string>();
  readonly toasts: Toast[] = [];
  onToast?: (toast: Toast) => void;
  private active: LocalSheet | undefined;
  private idSeed: number;
  private chartSeq = 0;

  constructor(options: WorkbookOptions = {}) {
    this.locale = options.locale ?? "zh_CN";
    this.timeZone = options.timeZone ?? "Asia/Shanghai";
    if (!isValidTimeZone(this.timeZone)) throw gasError(`Invalid argument: ${this.timeZone}`);
    this.name = options.name ?? (isChinese(this.locale) ? "无标题电子表格" : "Untitled spreadsheet");
    const n = ++bookCounter;
    this.id = `1${createHash("sha256").update(`${this.name}#${n}`).digest("base64url").slice(0, 43)}`;
    this.idSeed = n * 7919;
  }

  // ---- identity -------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    this.name = String(newName);
  }
  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** Changing the zone keeps every cell's wall clock, so the Dates scripts read shift. */
  setSpreadsheetTimeZone(timeZone: string): void {
    if (!isValidTimeZone(String(timeZone))) throw gasError(`Invalid argument: ${timeZone}`);
    this.timeZone = String(timeZone);
  }

  // ---- sheets ---------------------------------------------------------------------------

  getSheets(): LocalSheet[] {
    return this.sheets.slice();
  }
  /** Exact, case-sensitive match; null when absent. */
  getSheetByName(name: string): LocalSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheetById(id: number): LocalSheet | null {
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }

  /** insertSheet([name], [index], [{template}]) in any of Apps Script's overloads; the new sheet becomes active. */
  insertSheet(...args: unknown[]): LocalSheet {
    let name: string | undefined;
    let index: number | undefined;
    let template: LocalSheet | undefined;
    for (const a of args) {
      if (typeof a === "string") name = a;
      else if (typeof a === "number") index = a;
      else if (a && typeof a === "object" && "template" in a) template = unwrap((a as { template?: LocalSheet }).template);
      else if (a !== undefined) throw signatureError(args, "SpreadsheetApp.Spreadsheet.insertSheet");
    }
    const position = index ?? (this.active ? this.sheets.indexOf(this.active) + 1 : this.sheets.length);
    const sheet = this._addSheet(name || this._defaultSheetName(), position);
    if (template) copySheetState(template, sheet);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: LocalSheet): void {
    sheet = unwrap(sheet);
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw gasError("The sheet you are trying to delete does not exist.");
    if (this.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[Math.min(i, this.sheets.length - 1)];
  }
  getActiveSheet(): LocalSheet {
    return (this.active ??= this.sheets[0]);
  }
  setActiveSheet(sheet: LocalSheet, _restoreSelection?: boolean): LocalSheet {
    sheet = unwrap(sheet);
    if (!this.sheets.includes(sheet)) throw gasError("The sheet does not belong to this spreadsheet.");
    this.active = sheet;
    return sheet;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const sheet = this.getActiveSheet();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const at = Math.min(Math.max(Math.trunc(pos) - 1, 0), this.sheets.length);
    this.sheets.splice(at, 0, sheet);
  }

  // ---- ranges ---------------------------------------------------------------------------

  /** `Sheet!A1:B2`, or plain A1 on the active sheet. */
  getRange(a1Notation: string): LocalRange {
    if (typeof a1Notation !== "string") throw signatureError([a1Notation], "SpreadsheetApp.Spreadsheet.getRange");
    return this.getActiveSheet().getRange(a1Notation);
  }
  getActiveRange(): LocalRange {
    return this.getActiveSheet().getActiveRange();
  }
  getActiveCell(): LocalRange {
    return this.getActiveSheet().getActiveCell();
  }
  getCurrentCell(): LocalRange {
    return this.getActiveCell();
  }
  setActiveRange(range: LocalRange): LocalRange {
    unwrap(range).sheet._activateRange(unwrap(range));
    return range;
  }
  getProtections(type: string): LocalProtection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }

  // Spreadsheet methods that act on the active sheet.
  appendRow(rowContents: unknown[]): LocalSheet {
    return this.getActiveSheet().appendRow(rowContents);
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  getDataRange(): LocalRange {
    return this.getActiveSheet().getDataRange();
  }
  getFrozenRows(): number {
    return this.getActiveSheet().getFrozenRows();
  }
  getFrozenColumns(): number {
    return this.getActiveSheet().getFrozenColumns();
  }
  setFrozenRows(rows: number): void {
    this.getActiveSheet().setFrozenRows(rows);
  }
  setFrozenColumns(columns: number): void {
    this.getActiveSheet().setFrozenColumns(columns);
  }
  getSheetName(): string {
    return this.getActiveSheet().getName();
  }
  getSheetId(): number {
    return this.getActiveSheet().getSheetId();
  }

  /** Shows a toast; the runtime records it where tests can see it. */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    const toast = { message: String(msg ?? ""), title: title == null ? "" : String(title), timeoutSeconds: timeoutSeconds ?? 5 };
    this.toasts.push(toast);
    this.onToast?.(toast);
  }

  toString(): string {
    return "Spreadsheet";
  }

  // ---- internals: `_` members are invisible to scripts ---------------------------------

  _addSheet(name: string, index = this.sheets.length): LocalSheet {
    this._checkSheetName(name);
    // Sheets gives the first tab id 0 and later ones large random ids.
    const id = this.sheets.length === 0 && !this.getSheetById(0) ? 0 : this._nextSheetId();
    const sheet = new LocalSheet(this, name, id);
    this.sheets.splice(Math.min(Math.max(index, 0), this.sheets.length), 0, sheet);
    return sheet;
  }

  /** Tab names are unique regardless of case in Sheets (and in Excel). */
  _checkSheetName(name: string, self?: LocalSheet): void {
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  _nextChartId(): number {
    return ++this.chartSeq;
  }

  private _nextSheetId(): number {
    let id: number;
    do {
      this.idSeed = (this.idSeed * 1103515245 + 12345) % 2147483648;
      id = this.idSeed % 2000000000;
    } while (id === 0 || this.getSheetById(id));
    return id;
  }

  private _defaultSheetName(): string {
    const base = isChinese(this.locale) ? "工作表" : "Sheet";
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s.name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
    return `${base}${n}`;
  }
}
tag(LocalSpreadsheet, "Spreadsheet");

/** Contents and layout of one tab copied onto another (charts and protections stay behind). */
export function copySheetState(from: LocalSheet, to: LocalSheet): void {
  to.grid = from.grid.clone();
  to.maxRows = from.maxRows;
  to.maxColumns = from.maxColumns;
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  to.columnWidths = from.columnWidths.slice();
  to.rowHeights = from.rowHeights.slice();
  to.hiddenColumns = from.hiddenColumns.slice();
  to.hiddenRows = from.hiddenRows.slice();
  to.tabColor = from.tabColor;
  to.merges = from.merges.map((m) => ({ ...m }));
}

export function defaultFirstSheetName(locale: string): string {
  return isChinese(locale) ? "工作表1" : "Sheet1";
}
