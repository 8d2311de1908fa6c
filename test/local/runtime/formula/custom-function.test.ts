/** Custom functions run as Sheets runs them: read-only, anonymous, no Ui, for at most 30 s. */
import { callCustomFunction, createRuntime, loadBundle, type Runtime, type RuntimeOptions, workbookFromTabs } from "../../../../src/local/runtime";

/* eslint-disable @typescript-eslint/no-explicit-any */
const code = `
  function WRITE() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'); return 1; }
  function APPEND() { SpreadsheetApp.getActiveSheet().appendRow(['x']); return 1; }
  function NEWTAB() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('x'); return 1; }
  function CLEAR() { SpreadsheetApp.getActiveSheet().clear(); return 1; }
  function PROTECT() { SpreadsheetApp.getActiveSheet().protect(); return 1; }
  function ALERT() { SpreadsheetApp.getUi().alert('hi'); return 1; }
  function OPEN() { SpreadsheetApp.openById(SpreadsheetApp.getActiveSpreadsheet().getId()); return 1; }
  function SAVE() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); return 1; }
  function PROP() { return PropertiesService.getDocumentProperties().getProperty('k'); }
  function LOCKED() { var l = LockService.getDocumentLock(); var ok = l.tryLock(10); l.releaseLock(); return ok; }
  function WHO() { return Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail(); }
  function TRIGGERS() { return ScriptApp.getProjectTriggers().length; }
  function READ() { return SpreadsheetApp.getActiveSheet().getRange('B1').getValue() * 2; }
  function SPIN() { for (;;) {} }
  function KINDS(a, b, c, d) {
    var kind = function (v) { return v instanceof Date ? 'Date' : Array.isArray(v) ? 'Array' : v === '' ? 'empty' : typeof v; };
    return [kind(a), kind(b), kind(c), kind(d), Array.isArray(b) && Array.isArray(b[0]) ? b.length + 'x' + b[0].length : ''].join(' ');
  }
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
  rt.properties.document.set("k", "stored");
  return { rt, ctx: loadBundle(code, rt), app: rt.globals.SpreadsheetApp };
}

describe("callCustomFunction: the spreadsheet is read-only and the user anonymous", () => {
  test.each([
    ["WRITE", "You do not have permission to call setValue"],
    ["APPEND", "You do not have permission to call appendRow"],
    ["NEWTAB", "You do not have permission to call insertSheet"],
    ["CLEAR", "You do not have permission to call clear"],
    ["PROTECT", "You do not have permission to call protect"],
    ["ALERT", "Cannot call SpreadsheetApp.getUi() from this context."],
    ["OPEN", /^You do not have permission to call SpreadsheetApp.openById/],
    ["SAVE", "You do not have permission to call setProperty"],
    ["TRIGGERS", /^You do not have permission to call ScriptApp.getProjectTriggers/],
  ])("%s throws %s and changes nothing", (name, message) => {
    const { rt } = setUp();
    const before = JSON.stringify(rt.book.getSheets()[0].getDataRange().getValues());
    expect(() => callCustomFunction(rt, name)).toThrow(message);
    expect(rt.book.getSheets()).toHaveLength(1);
    expect(JSON.stringify(rt.book.getSheets()[0].getDataRange().getValues())).toBe(before);
    expect(rt.properties.document.get("k")).toBe("stored");
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
});

describe("custom functions in cells", () => {
  test('arguments arrive as Sheets hands them: a cell\'s value, a range as a 2-D array, empty as "", a date as a Date', () => {
    const { rt, app } = setUp();
    const sheet = rt.book.getSheets()[0];
    sheet.getRange("D1").setFormula("=KINDS(B1,A2:B3,A1,A2)");
    app.flush();
    expect(sheet.getRange("D1").getValue()).toBe("number Array empty Date 2x2");
  });

  test("an answer spills: a 2-D array as it is, a 1-D array as a column", () => {
    const { rt, app } = setUp();
    const sheet = rt.book.getSheets()[0];
    sheet.getRange("E1").setFormula("=DOUBLE(B1)");
    sheet.getRange("F1").setFormula("=COLUMN_OF(3)");
    sheet.getRange("G1").setFormula("=double(A3:B3)");
    app.flush();
    expect(sheet.getRange("E1:H3").getValues()).toEqual([
      [42, 1, 6, 8],
      ["", 2, "", ""],
      ["", 3, "", ""],
    ]);
  });

  test("a write, a Ui call or a thrown message becomes #ERROR! with that message; the sheet is unchanged", () => {
    const { rt, app } = setUp();
    const sheet = rt.book.getSheets()[0];
    sheet.getRange("E1").setFormula("=WRITE()");
    sheet.getRange("E2").setFormula("=ALERT()");
    sheet.getRange("E3").setFormula('=FAIL("两千")');
    app.flush();
    expect(sheet.getRange("E1:E3").getValues().flat()).toEqual(["#ERROR!", "#ERROR!", "#ERROR!"]);
    const note = (r: number) => (sheet.grid.get(r, 5)!.value as unknown as { message: string }).message;
    expect([note(1), note(2), note(3)]).toEqual([
      "You do not have permission to call setValue",
      "Cannot call SpreadsheetApp.getUi() from this context.",
      "无法识别的金额“两千”",
    ]);
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  test("a cell whose function runs too long shows #ERROR! and the time-out note", () => {
    const { rt, app } = setUp({ customFunctionTimeoutMs: 100 });
    const sheet = rt.book.getSheets()[0];
    sheet.getRange("E1").setFormula("=SPIN()");
    app.flush();
    expect(sheet.getRange("E1").getValue()).toBe("#ERROR!");
    expect((sheet.grid.get(1, 5)!.value as unknown as { message: string }).message).toBe("Exceeded maximum execution time (line 0).");
  });
});
