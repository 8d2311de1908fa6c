/** Runs the built dist/Code.js on the local runtime, exactly as the command line does. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addonFunctions } from "../../src/local/addon";
import type { CellValue } from "../../src/local/runtime";
import {
  createRuntime,
  type LocalSpreadsheet,
  loadBundle,
  newWorkbook,
  type Runtime,
  type RuntimeOptions,
  type WorkbookOptions,
  workbookFromTabs,
} from "../../src/local/runtime";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");

export interface Addon {
  book: LocalSpreadsheet;
  runtime: Runtime;
  // The bundle's top-level functions, called by name as Apps Script would.
  fn: Record<string, (...args: unknown[]) => any>;
}

export function addon(tabs?: { name: string; rows: CellValue[][] }[], opts: WorkbookOptions = {}, ropts: RuntimeOptions = {}): Addon {
  const book = tabs ? workbookFromTabs(tabs, opts) : newWorkbook(opts);
  return withBook(book, ropts);
}

export function withBook(book: LocalSpreadsheet, ropts: RuntimeOptions = {}): Addon {
  const runtime = createRuntime(book, ropts);
  return { book, runtime, fn: addonFunctions(loadBundle(code, runtime)) };
}

/** Everything a user could see of a tab: values, formulas, formats, notes, validations, frozen rows. */
export function snapshot(book: LocalSpreadsheet) {
  return book.getSheets().map((s) => {
    const range = s.getDataRange();
    return {
      name: s.getName(),
      values: range.getValues(),
      formulas: range.getFormulas(),
      formats: range.getNumberFormats(),
      notes: range.getNotes(),
      validations: range
        .getDataValidations()
        .map((row) => row.map((v) => (v ? [String(v.getCriteriaType()), JSON.stringify(v.getCriteriaValues().map(String))] : null))),
      frozen: s.getFrozenRows(),
      maxRows: s.getMaxRows(),
      maxColumns: s.getMaxColumns(),
    };
  });
}

export function values(book: LocalSpreadsheet, sheet: string): CellValue[][] {
  const s = book.getSheetByName(sheet);
  if (!s) throw new Error(`no tab ${sheet}`);
  return s.getDataRange().getValues() as CellValue[][];
}

/** What the add-on showed the user, oldest first: alerts, prompts, toasts, dialogs, sidebars. */
export function shown(a: Addon, kind: string): { title?: string; message?: string; html?: string }[] {
  return (a.runtime.ui.log as any[]).filter((l) => l.kind === kind);
}

export function menus(a: Addon): { caption: string; items: { caption?: string; functionName?: string; separator?: boolean }[] }[] {
  return a.runtime.ui.menus as any;
}
