/** What a custom function may call, per Google's guide "Custom Functions in Google Sheets". */
import { customFunctionVerdict } from "../../../../src/local/runtime/formula/restrictions";

const deny = (kind: Parameters<typeof customFunctionVerdict>[0], method: string) => {
  const v = customFunctionVerdict(kind, method);
  return v && "deny" in v ? v.deny : null;
};

test("the spreadsheet is read-only: every write, tab switch and toast throws Apps Script's 'no permission' text", () => {
  for (const [kind, method] of [
    ["Range", "setValue"],
    ["Range", "merge"],
    ["Sheet", "insertRowsAfter"],
    ["Sheet", "deleteRows"],
    ["Sheet", "activate"],
    ["Spreadsheet", "setActiveSheet"],
    ["Spreadsheet", "toast"],
    ["Protection", "addEditor"],
  ] as const) {
    expect(deny(kind, method)).toBe(`You do not have permission to call ${method}`);
  }
});

test("reading is allowed", () => {
  for (const [kind, method] of [
    ["Range", "getValues"],
    ["Sheet", "getLastRow"],
    ["Spreadsheet", "getSheetByName"],
    ["SpreadsheetApp", "getActiveSpreadsheet"],
    ["Protection", "canEdit"],
    ["Properties", "getProperty"],
    ["Lock", "tryLock"],
    ["Utilities", "getUuid"],
  ] as const) {
    expect([kind, method, customFunctionVerdict(kind, method)]).toEqual([kind, method, null]);
  }
});

test("no Ui at all; no ScriptApp; user properties cannot be set", () => {
  for (const [kind, method] of [
    ["SpreadsheetApp", "getUi"],
    ["Ui", "alert"],
    ["Menu", "addItem"],
  ] as const) {
    expect(deny(kind, method)).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
  }
  expect(deny("ScriptApp", "getAuthorizationInfo")).toBe(
    "You do not have permission to call ScriptApp.getAuthorizationInfo. Required permissions: https://www.googleapis.com/auth/script.scriptapp",
  );
  expect(deny("Properties", "setProperty")).toBe("You do not have permission to call setProperty");
});

test("the user is anonymous: Session's users are a user with no e-mail", () => {
  for (const method of ["getActiveUser", "getEffectiveUser"]) {
    const v = customFunctionVerdict("Session", method);
    expect(v && "replace" in v ? (v.replace() as { getEmail(): string }).getEmail() : "not replaced").toBe("");
  }
  expect(customFunctionVerdict("Session", "getScriptTimeZone")).toBeNull();
});
