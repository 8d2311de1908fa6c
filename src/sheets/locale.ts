import { langFromLocale, type Lang } from "../domain/messages";

/**
 * The sheet's language. Reading the locale is allowed inside custom functions (read-only
 * Spreadsheet access), but not before authorisation in onOpen, nor outside Apps Script — so a
 * failure means "no sheet to ask" and the department's first language is used.
 */
export function sheetLang(): Lang {
  try {
    if (typeof SpreadsheetApp === "undefined") return "zh";
    return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return "zh";
  }
}
