import { type Lang, langFromLocale } from "../domain/messages";

/**
 * The sheet's language, or null when there is no sheet to ask: reading the locale is allowed in
 * custom functions (read-only access) but not before authorisation, nor outside Apps Script.
 */
export function sheetLangOrNull(): Lang | null {
  try {
    if (typeof SpreadsheetApp === "undefined") return null;
    return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return null;
  }
}

/** The sheet's language, falling back to the department's first language. */
export function sheetLang(): Lang {
  return sheetLangOrNull() ?? "zh";
}

/** A simple onOpen in AuthMode.NONE (an add-on not yet used in this document) may not read the spreadsheet. */
export function mayReadSheet(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): boolean {
  return !e || e.authMode === undefined || String(e.authMode) !== String(ScriptApp.AuthMode.NONE);
}
