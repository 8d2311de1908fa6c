/**
 * Apps Script in-process, for unit tests of src/sheets, src/app and src/ui: a local runtime over a
 * workbook, its services (SpreadsheetApp, Session, LockService, HtmlService…) installed on
 * globalThis for the current test only, so a module imported from src/ calls them as it would in
 * Sheets. Everything installed is removed again after each test, whatever the test did.
 */
import {
  type CellValue,
  createRuntime,
  type LocalSpreadsheet,
  type Runtime,
  type RuntimeOptions,
  type WorkbookOptions,
  workbookFromTabs,
} from "../../src/local/runtime";

export type Tabs = { name: string; rows: CellValue[][] }[];
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const scope = globalThis as unknown as Record<string, unknown>;
const undo: (() => void)[] = [];

function install(globals: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(globals)) {
    const had = Object.getOwnPropertyDescriptor(scope, name);
    undo.push(() => {
      if (had) Object.defineProperty(scope, name, had);
      else delete scope[name];
    });
    Object.defineProperty(scope, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

afterEach(() => {
  while (undo.length) undo.pop()!();
  jest.useRealTimers();
});

/**
 * A user's session on `book`: its services are the globals until the test ends. Calling it again on
 * the same book (another user, another locale) replaces them, as a second user's execution would.
 */
export function session(book: LocalSpreadsheet, opts: RuntimeOptions = {}): Runtime {
  const runtime = createRuntime(book, opts);
  install(runtime.globals);
  return runtime;
}

/** A spreadsheet holding `tabs` (zh_CN, Asia/Shanghai unless told) and the first user's session on it. */
export function sheetWith(tabs: Tabs, book: WorkbookOptions = {}, opts: RuntimeOptions = {}): Runtime {
  return session(workbookFromTabs(tabs, book), opts);
}

/**
 * Fixes the clock (only Date: timers keep running) for the rest of the test, e.g. `today("2026-11-23")`
 * for 10:00 that day in Shanghai.
 */
export function today(day: string, time = "10:00:00"): void {
  jest.useFakeTimers({
    now: new Date(`${day}T${time}+08:00`),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
}

/** The active spreadsheet as the script sees it (calls counted in runtime.stats). */
export function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** A tab as the script sees it. */
export function tab(name: string): Sheet {
  const sheet = active().getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

/** What a member would see in a tab, read past the bridge so the reading is not counted. */
export function values(rt: Runtime, name: string): CellValue[][] {
  const sheet = rt.book.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getValues() as CellValue[][];
}

export function formulas(rt: Runtime, name: string): string[][] {
  const sheet = rt.book.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getFormulas();
}

export function tabNames(rt: Runtime): string[] {
  return rt.book.getSheets().map((s) => s.getName());
}

/** The 日志 / Log tab's lines without the time: [user, action, sheet, rows]. */
export function logLines(rt: Runtime): CellValue[][] {
  const log = rt.book.getSheetByName("日志") ?? rt.book.getSheetByName("Log");
  return log ? (log.getDataRange().getValues() as CellValue[][]).slice(1).map((r) => r.slice(1, 5)) : [];
}

/** Every tab's values, formulas, formats and notes: to show that something changed nothing. */
export function snapshot(rt: Runtime) {
  return rt.book.getSheets().map((s) => {
    const r = s.getDataRange();
    return { name: s.getName(), values: r.getValues(), formulas: r.getFormulas(), formats: r.getNumberFormats(), notes: r.getNotes() };
  });
}

/** Midnight of a calendar day in Shanghai, as a date cell holds it. */
export const d = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** A date cell's calendar day in Shanghai. */
export const day = (v: unknown) =>
  v instanceof Date || Object.prototype.toString.call(v) === "[object Date]" ? new Date((v as Date).getTime() + 8 * 3600e3).toISOString().slice(0, 10) : v;
