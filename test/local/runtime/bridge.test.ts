/** What stands between a script and the workbook: call counts, AuthMode, hidden internals, the script's own realm. */
import { newWorkbook, workbookFromTabs } from "../../../src/local/runtime/workbook";
import { script } from "./fixtures/script";

describe("call counting", () => {
  test("reading 10,000 rows with one getValues is one read", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`成员${i}`, i, i % 2 === 0]);
    const { fn, rt } = script(
      `function read() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('成员'); return s.getRange(1, 1, s.getLastRow(), 3).getValues().length; }`,
      workbookFromTabs([{ name: "成员", rows }]),
    );
    expect(fn.read()).toBe(10_000);
    expect(rt.stats.calls).toEqual({ getSheetByName: 1, getLastRow: 1, getRange: 1, getValues: 1 });
    expect([rt.stats.reads, rt.stats.writes, rt.stats.total]).toEqual([1, 0, 4]);
  });

  test("a call per row is visible in the counts, and resetStats starts them again", () => {
    const { fn, rt } = script(
      `function slow() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('t'); for (var r = 1; r <= 3; r++) s.getRange(r, 2).setValue(s.getRange(r, 1).getValue() + '!'); }`,
      workbookFromTabs([{ name: "t", rows: [["a"], ["b"], ["c"]] }]),
    );
    fn.slow();
    expect([rt.stats.reads, rt.stats.writes, rt.stats.calls.getRange]).toEqual([3, 3, 6]);
    const held = rt.stats;
    rt.resetStats();
    expect(held).toEqual({ calls: {}, reads: 0, writes: 0, total: 0 });
  });

  test("only Spreadsheet, Sheet and Range calls are Sheets round trips; services, builders and protections are not counted", () => {
    const { fn, rt } = script(`function go() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var s = ss.getActiveSheet();
      s.protect().setWarningOnly(true);
      SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
      Session.getScriptTimeZone();
      String(s);
    }`);
    fn.go();
    expect(rt.stats.calls).toEqual({ getActiveSheet: 1, protect: 1 });
  });

  test("host code using the book directly is not counted", () => {
    const { rt } = script("");
    rt.book.getSheets()[0].getRange("A1:B2").getValues();
    expect(rt.stats.total).toBe(0);
  });
});

describe("AuthMode NONE (a simple-trigger onOpen before the add-on is authorised)", () => {
  const code = `
    function onOpen() { SpreadsheetApp.getUi().createMenu('外联部').addItem('打开', 'open').addSeparator().addToUi(); }
    function touch() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
    function props() { return PropertiesService.getUserProperties(); }
    function alertUser() { SpreadsheetApp.getUi().alert('hi'); }
    function lock() { return LockService.getDocumentLock(); }
    function who() { return Session.getActiveUser(); }
    function locale() { return Session.getActiveUserLocale() + ' ' + Session.getScriptTimeZone(); }
    function free() { return Utilities.getUuid().length + HtmlService.createHtmlOutput('x').getContent(); }`;

  test("the menu can be built; every service that needs the user's consent names the scope it needs", () => {
    const { fn, rt } = script(code, newWorkbook(), { authMode: "NONE" });
    expect(() => fn.onOpen()).not.toThrow();
    expect(rt.ui.menus).toEqual([{ caption: "外联部", items: [{ caption: "打开", functionName: "open" }, { separator: true }] }]);
    expect(() => fn.touch()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly",
    );
    expect(() => fn.props()).toThrow(
      "You do not have permission to call PropertiesService.getUserProperties. Required permissions: https://www.googleapis.com/auth/script.storage",
    );
    expect(() => fn.alertUser()).toThrow(
      "You do not have permission to call Ui.alert. Required permissions: https://www.googleapis.com/auth/script.container.ui",
    );
    expect(() => fn.lock()).toThrow(/^You do not have permission to call LockService.getDocumentLock/);
    expect(() => fn.who()).toThrow(
      "You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
  });

  test("the user's locale, the script's zone, Utilities and HtmlService need no consent", () => {
    const { fn } = script(code, newWorkbook(), { authMode: "NONE" });
    expect(fn.locale()).toBe("zh-CN Asia/Shanghai");
    expect(fn.free()).toBe("36x");
  });

  test("the same script authorised (FULL) may do all of it", () => {
    const { fn } = script(code, newWorkbook());
    expect(fn.touch()).toBe("无标题电子表格");
  });
});

describe("what a script sees of the runtime's objects", () => {
  test("methods only: a model field (sheet.name, range.row) is undefined, as on Apps Script's objects, and assigning it changes nothing", () => {
    const { fn, book } = script(`function peek() {
      var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      var r = s.getRange('B3');
      s.name = 'renamed';
      return [typeof s.name, typeof s.maxRows, typeof s.grid, typeof r.row, typeof r.sheet, typeof s.getName, s.getName()];
    }`);
    expect(fn.peek()).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "function", "工作表1"]);
    expect(book.getSheets()[0].getName()).toBe("工作表1");
  });

  test("members whose names start with _ are invisible; String() of an object is its kind", () => {
    const { fn } = script(
      `function peek() { var r = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); return [typeof r._write, typeof r.constructor, String(r), String(SpreadsheetApp)]; }`,
    );
    expect(fn.peek()).toEqual(["undefined", "undefined", "Range", "SpreadsheetApp"]);
  });

  test("a service shows its enums", () => {
    const { fn } = script(
      `function kinds() { return [SpreadsheetApp.ProtectionType.SHEET, ScriptApp.AuthMode.FULL, SpreadsheetApp.getUi().ButtonSet.YES_NO, Charts.ChartType.PIE]; }`,
    );
    expect(fn.kinds()).toEqual(["SHEET", "FULL", "YES_NO", "PIE"]);
  });

  test("the same object asked for twice is the same object to the script", () => {
    const { fn } = script(`function same() { var ss = SpreadsheetApp.getActiveSpreadsheet(); return ss.getSheets()[0] === ss.getActiveSheet(); }`);
    expect(fn.same()).toBe(true);
  });

  test("arrays, Dates and errors handed to a script belong to its own realm; errors are named Exception", () => {
    const { fn } = script(
      `function kinds() {
        var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
        s.getRange('A1').setValue('2026-11-02');
        var caught;
        try { s.getRange(0, 1); } catch (e) { caught = e; }
        var v = s.getRange('A1').getValues();
        return [v instanceof Array, v[0][0] instanceof Date, caught instanceof Error, caught.name, String(caught)];
      }`,
    );
    expect(fn.kinds()).toEqual([true, true, true, "Exception", "Exception: The starting row of the range is too small."]);
  });

  test("objects the script passes in reach the model as the objects behind them", () => {
    const { fn, book } = script(`function move() {
      var ss = SpreadsheetApp.getActiveSpreadsheet();
      var other = ss.insertSheet('二');
      ss.setActiveSheet(ss.getSheets()[0]);
      ss.deleteSheet(other);
      return ss.getSheets().length;
    }`);
    expect(fn.move()).toBe(1);
    expect(book.getSheetByName("二")).toBeNull();
  });
});
