import { createHash } from "node:crypto";
import { gasError, signatureError } from "../errors";
import { tag, unwrap } from "../kinds";
import { isValidTimeZone } from "../tz";
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
  /** Where a toast goes: the runtime logs it with what else the user saw. */
  onToast?: (toast: Toast) => void;
  private active: LocalSheet | undefined;
  private idSeed: number;

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
  getId(): string {
    return this.id;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  // ---- sheets ---------------------------------------------------------------------------

  getSheets(): LocalSheet[] {
    return this.sheets.slice();
  }
  /** Exact, case-sensitive match; null when absent. */
  getSheetByName(name: string): LocalSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** insertSheet(), (sheetName), (sheetIndex) or (sheetName, sheetIndex); the new sheet becomes active. */
  insertSheet(...args: unknown[]): LocalSheet {
    let name: string | undefined;
    let index: number | undefined;
    for (const a of args) {
      if (typeof a === "string") name = a;
      else if (typeof a === "number") index = a;
      else if (a !== undefined) throw signatureError(args, "SpreadsheetApp.Spreadsheet.insertSheet");
    }
    const position = index ?? (this.active ? this.sheets.indexOf(this.active) + 1 : this.sheets.length);
    const sheet = this._addSheet(name || this._defaultSheetName(), position);
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

  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.onToast?.({ message: String(msg ?? ""), title: title == null ? "" : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  toString(): string {
    return "Spreadsheet";
  }

  // ---- internals: `_` members are invisible to scripts ---------------------------------

  _addSheet(name: string, index = this.sheets.length): LocalSheet {
    this._checkSheetName(name);
    // Sheets gives the first tab id 0 and later ones large random ids.
    const id = this.sheets.length === 0 ? 0 : this._nextSheetId();
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

  private _nextSheetId(): number {
    let id: number;
    do {
      this.idSeed = (this.idSeed * 1103515245 + 12345) % 2147483648;
      id = this.idSeed % 2000000000;
    } while (id === 0 || this.sheets.some((s) => s.sheetId === id));
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

export function defaultFirstSheetName(locale: string): string {
  return isChinese(locale) ? "工作表1" : "Sheet1";
}
