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
/** Selection and sharing changes are edits to the document too. */
const ALSO_EDITS = /^(activate|setActive|setCurrentCell|toast|addEditor|addViewer|removeEditor|removeViewer|setNamedRange|addDeveloperMetadata)/;
const NO_UI = "Cannot call SpreadsheetApp.getUi() from this context.";
const PROPERTY_WRITES = new Set(["setProperty", "setProperties", "deleteProperty", "deleteAllProperties"]);

export function customFunctionVerdict(kind: Kind, method: string): Verdict {
  if (SHEET_KINDS.has(kind)) {
    return isWrite(method) || ALSO_EDITS.test(method) ? { deny: `You do not have permission to call ${method}` } : null;
  }
  switch (kind) {
    case "SpreadsheetApp":
      if (method === "getUi") return { deny: NO_UI };
      if (method === "openById" || method === "openByUrl" || method === "open" || method === "create") {
        return { deny: `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets` };
      }
      return ALSO_EDITS.test(method) ? { deny: `You do not have permission to call ${method}` } : null;
    case "Ui":
    case "Menu":
    case "PromptResponse":
      return { deny: NO_UI };
    case "Properties":
      // The guide only forbids setting user properties; every write is refused here, which is stricter.
      return PROPERTY_WRITES.has(method) ? { deny: `You do not have permission to call ${method}` } : null;
    case "Session":
      return method === "getActiveUser" || method === "getEffectiveUser" || method === "getUser" ? { replace: () => new LocalUser("") } : null;
    case "ScriptApp":
      return { deny: `You do not have permission to call ScriptApp.${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp` };
    default:
      return null;
  }
}
