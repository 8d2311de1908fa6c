/** Custom functions run as Sheets runs them: read-only, anonymous, no Ui, for at most 30 s. */
import { callCustomFunction, createRuntime, loadBundle, type Runtime, type RuntimeOptions } from "../../../../src/local/runtime/runtime";
import { workbookFromTabs } from "../../../../src/local/runtime/workbook";

/* eslint-disable @typescript-eslint/no-explicit-any */
const code = `
  var sheet = function () { return SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(); };
  function WRITE() { sheet().getRange('A1').setValue('x'); return 1; }
  function NEWROWS() { sheet().insertRowsAfter(1, 2); return 1; }
  function NEWTAB() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('x'); return 1; }
  function SWITCH() { sheet().activate(); return 1; }
  function TOAST() { SpreadsheetApp.getActiveSpreadsheet().toast('hi'); return 1; }
  function PROTECT() { sheet().protect(); return 1; }
  function ALERT() { SpreadsheetApp.getUi().alert('hi'); return 1; }
  function SAVE() { PropertiesService.getUserProperties().setProperty('k', 'v'); return 1; }
  function PROP() { return PropertiesService.getUserProperties().getProperty('k'); }
  function LOCKED() { var l = LockService.getDocumentLock(); var ok = l.tryLock(10); l.releaseLock(); return ok; }
  function WHO() { return Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail(); }
  function SCOPES() { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus(); }
  function READ() { return sheet().getRange('B1').getValue() * 2; }
  function SPIN() { for (;;) {} }
  function DOUBLE(x) { return Array.isArray(x) ? x.map(function (r) { return r.map(function (v) { return v * 2; }); }) : x * 2; }
  function COLUMN_OF(n) { var out = []; for (var i = 1; i <= n; i++) out.push(i); return out; }
  function FAIL(x) { throw new Error('无法识别的金额“' + x + '”'); }
  function private_() { return 1; }
`;

function setUp(ropts: RuntimeOptions = {}): { rt: Runtime; ctx: Record<string, any>; app: any } {
  const book = workbookFromTabs([
    {
      name: "表",
      rows: [
        ["", 21],
        ["2026-11-02", ""],
        [3, 4],
      ],
    },
  ]);
  const rt = createRuntime(book, ropts);
  rt.properties.user.set("k", "stored");
  return { rt, ctx: loadBundle(code, rt), app: rt.globals.SpreadsheetApp };
}

describe("callCustomFunction: the spreadsheet is read-only and the user anonymous", () => {
  test.each([
    ["WRITE", "You do not have permission to call setValue"],
    ["NEWROWS", "You do not have permission to call insertRowsAfter"],
    ["NEWTAB", "You do not have permission to call insertSheet"],
    ["SWITCH", "You do not have permission to call activate"],
    ["TOAST", "You do not have permission to call toast"],
    ["PROTECT", "You do not have permission to call protect"],
    ["ALERT", "Cannot call SpreadsheetApp.getUi() from this context."],
    ["SAVE", "You do not have permission to call setProperty"],
    ["SCOPES", "You do not have permission to call ScriptApp.getAuthorizationInfo. Required permissions: https://www.googleapis.com/auth/script.scriptapp"],
  ])("%s throws %s and changes nothing", (name, message) => {
    const { rt } = setUp();
    const before = JSON.stringify(rt.book.getSheets()[0].getDataRange().getValues());
    expect(() => callCustomFunction(rt, name)).toThrow(message);
    expect(rt.book.getSheets()).toHaveLength(1);
    expect(JSON.stringify(rt.book.getSheets()[0].getDataRange().getValues())).toBe(before);
    expect([rt.book.getSheets()[0].getMaxRows(), rt.book.getSheets()[0].getProtections("SHEET")]).toEqual([1000, []]);
    expect(rt.properties.user.get("k")).toBe("stored");
    expect(rt.ui.log).toEqual([]);
  });

  test("reading works, properties can be read, the lock works, the e-mail is empty", () => {
    const { rt } = setUp();
    expect(callCustomFunction(rt, "READ")).toBe(42);
    expect(callCustomFunction(rt, "PROP")).toBe("stored");
    expect(callCustomFunction(rt, "LOCKED")).toBe(true);
    expect(callCustomFunction(rt, "WHO")).toBe("|");
  });

  test("the same script outside a custom function may write, and sees the user", () => {
    const { rt, ctx } = setUp();
    ctx.WRITE();
    expect(rt.book.getSheets()[0].getRange("A1").getValue()).toBe("x");
    expect(ctx.WHO()).toBe("officer@example.edu|officer@example.edu");
  });

  test("a call running past the limit fails with Apps Script's time-out", () => {
    const { rt } = setUp({ customFunctionTimeoutMs: 100 });
    expect(() => callCustomFunction(rt, "SPIN")).toThrow("Exceeded maximum execution time (line 0).");
  });

  test("names are found in any case; private names are not custom functions", () => {
    const { rt } = setUp();
    expect(callCustomFunction(rt, "double", 21)).toBe(42);
    expect(() => callCustomFunction(rt, "private_")).toThrow("Unknown function: 'private_'.");
  });

  test("calls made by a custom function are not counted as the action's Sheets calls", () => {
    const { rt } = setUp();
    rt.resetStats();
    callCustomFunction(rt, "READ");
    expect(rt.stats.total).toBe(0);
  });

  test("a thrown error comes out with its message; a value comes out in the host's realm", () => {
    const { rt } = setUp();
    expect(() => callCustomFunction(rt, "FAIL", "两千")).toThrow("无法识别的金额“两千”");
    expect(callCustomFunction(rt, "COLUMN_OF", 2)).toBeInstanceOf(Array);
  });

  test("without a loaded bundle there is nothing to call", () => {
    expect(() => callCustomFunction(createRuntime(workbookFromTabs([])), "DOUBLE", 1)).toThrow("callCustomFunction needs a bundle loaded with loadBundle");
  });
});
