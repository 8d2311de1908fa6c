/**
 * What a custom function may do, from Google's guide "Custom Functions in Google Sheets"
 * (https://developers.google.com/apps-script/guides/sheets/functions, "Use Apps Script services"):
 * the spreadsheet is read-only ("can use most get*() methods, but not set*()", no other
 * spreadsheets), services that need the user's authorisation throw "You do not have permission to
 * call …", the function runs as an anonymous user (so the user's e-mail is ""), Lock "works", and
 * user properties cannot be set. A write throws "Exception: You do not have permission to call
 * setValue", the text users report (https://support.google.com/docs/thread/202011707).
 */
import type { Kind } from "../kinds";
import { LocalUser } from "../model/protection";
import { isWrite } from "../stats";

export type Verdict = { deny: string } | { replace: () => unknown } | null;

const SHEET_KINDS = new Set<Kind>(["Spreadsheet", "Sheet", "Range", "Protection", "EmbeddedChart"]);
/** Switching tabs and showing a toast change what the user sees, so a custom function may not do them either. */
const ALSO_EDITS = new Set(["activate", "setActiveSheet", "toast"]);
const NO_UI = "Cannot call SpreadsheetApp.getUi() from this context.";

export function customFunctionVerdict(kind: Kind, method: string): Verdict {
  if (SHEET_KINDS.has(kind)) {
    return isWrite(method) || ALSO_EDITS.has(method) ? { deny: `You do not have permission to call ${method}` } : null;
  }
  switch (kind) {
    case "SpreadsheetApp":
      return method === "getUi" ? { deny: NO_UI } : null;
    case "Ui":
    case "Menu":
    case "PromptResponse":
      return { deny: NO_UI };
    case "Properties":
      // "Cannot set user properties" (the guide): the only property store here is the user's.
      return method === "setProperty" ? { deny: `You do not have permission to call ${method}` } : null;
    case "Session":
      return method === "getActiveUser" || method === "getEffectiveUser" ? { replace: () => new LocalUser("") } : null;
    case "ScriptApp":
      return { deny: `You do not have permission to call ScriptApp.${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp` };
    default:
      return null;
  }
}
