import { DEFAULT_COLUMNS, DEFAULT_ROWS } from "./model/sheet";
import { defaultFirstSheetName, LocalSpreadsheet, type WorkbookOptions } from "./model/spreadsheet";
import type { CellValue } from "./values";

export interface Tab {
  name: string;
  rows: CellValue[][];
}

/** A new spreadsheet as Sheets creates it: one empty 1000 × 26 tab. */
export function newWorkbook(opts: WorkbookOptions = {}): LocalSpreadsheet {
  const book = new LocalSpreadsheet(opts);
  book._addSheet(defaultFirstSheetName(book.getSpreadsheetLocale()));
  return book;
}

/**
 * A spreadsheet holding the given tabs. Cells are entered like setValues(), so
 * `'=…'` becomes a formula and `'2026-11-02'` a date; ragged rows are padded.
 */
export function workbookFromTabs(tabs: Tab[], opts: WorkbookOptions = {}): LocalSpreadsheet {
  if (tabs.length === 0) return newWorkbook(opts);
  const book = new LocalSpreadsheet(opts);
  for (const tab of tabs) {
    const sheet = book._addSheet(tab.name);
    const width = Math.max(0, ...tab.rows.map((r) => r.length));
    sheet.maxRows = Math.max(DEFAULT_ROWS, tab.rows.length);
    sheet.maxColumns = Math.max(DEFAULT_COLUMNS, width);
    if (tab.rows.length && width) {
      const padded = tab.rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill("")]);
      sheet.getRange(1, 1, padded.length, width).setValues(padded);
    }
  }
  return book;
}
