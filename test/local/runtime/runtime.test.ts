/** The services a bundle sees, run the way the add-on's tests and CLI run it: in node:vm. */
import { createRuntime, loadBundle, newWorkbook, type Runtime, workbookFromTabs } from "../../../src/local/runtime";

/* eslint-disable @typescript-eslint/no-explicit-any */
function bundle(code: string, rt: Runtime = createRuntime(newWorkbook())): { ctx: Record<string, any>; rt: Runtime } {
  return { ctx: loadBundle(code, rt), rt };
}

describe("loadBundle", () => {
  const code = `
    var CALLS = 0;
    function onOpen(e) {
      SpreadsheetApp.getUi().createMenu('外联部').addItem('生成月报', 'report').addToUi();
      return e && e.authMode;
    }
    function report() {
      CALLS++;
      var sheet = SpreadsheetApp.getActive().getSheetByName('赞助记录');
      var rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
      var total = rows.reduce(function (s, r) { return s + r[1]; }, 0);
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, 2).setValues([['合计', total]]);
      return total;
    }
    function kinds() {
      var v = SpreadsheetApp.getActive().getSheetByName('赞助记录').getRange('C2').getValue();
      var all = SpreadsheetApp.getActive().getSheets();
      var caught;
      try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { caught = e; }
      return [v instanceof Date, Array.isArray(all) && all instanceof Array, caught instanceof Error, caught.name, String(caught)];
    }
    function COMMISSION(x) { return Math.round(x * 15) / 100; }
  `;
  const tabs = [
    {
      name: "赞助记录",
      rows: [
        ["赞助商", "现金", "日期"],
        ["甲", 100, "2026-11-02"],
        ["乙", 250, ""],
      ],
    },
  ];

  test("top-level functions are callable by name and see the services as globals", () => {
    const { ctx, rt } = bundle(code, createRuntime(workbookFromTabs(tabs)));
    expect(ctx.onOpen({ authMode: "FULL" })).toBe("FULL");
    expect(rt.ui.menus).toEqual([{ caption: "外联部", items: [{ caption: "生成月报", functionName: "report" }] }]);
    expect(ctx.report()).toBe(350);
    expect(ctx.CALLS).toBe(1);
    expect(rt.book.getSheetByName("赞助记录")!.getRange("A4:B4").getValues()).toEqual([["合计", 350]]);
    expect(ctx.COMMISSION(1000)).toBe(150);
  });

  test("values, arrays and errors handed to the script belong to its own realm", () => {
    const { ctx } = bundle(code, createRuntime(workbookFromTabs(tabs)));
    expect(ctx.kinds()).toEqual([true, true, true, "Exception", "Exception: The starting row of the range is too small."]);
  });

  test("Dates made inside the script are written as dates", () => {
    const { ctx, rt } = bundle(`function put() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Date(Date.UTC(2026, 10, 1, 16))); }`);
    ctx.put();
    expect(rt.book.getActiveSheet().getRange("A1").getDisplayValue()).toBe("2026-11-02");
  });
});

describe("call counting", () => {
  test("reading 10,000 rows with one getValues is one read", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`成员${i}`, i, i % 2 === 0]);
    const rt = createRuntime(workbookFromTabs([{ name: "成员", rows }]));
    const { ctx } = bundle(
      `function read() { var s = SpreadsheetApp.getActive().getSheetByName('成员'); return s.getRange(1, 1, s.getLastRow(), 3).getValues().length; }`,
      rt,
    );
    expect(ctx.read()).toBe(10_000);
    expect(rt.stats.reads).toBe(1);
    expect(rt.stats.writes).toBe(0);
    expect(rt.stats.calls).toEqual({ getSheetByName: 1, getLastRow: 1, getRange: 1, getValues: 1 });
    expect(rt.stats.total).toBe(4);
  });

  test("a call per row is visible in the counts", () => {
    const rt = createRuntime(workbookFromTabs([{ name: "t", rows: [["a"], ["b"], ["c"]] }]));
    const { ctx } = bundle(
      `function slow() { var s = SpreadsheetApp.getActive().getSheetByName('t'); for (var r = 1; r <= 3; r++) s.getRange(r, 2).setValue(s.getRange(r, 1).getValue() + '!'); }`,
      rt,
    );
    ctx.slow();
    expect([rt.stats.reads, rt.stats.writes, rt.stats.calls.getRange]).toEqual([3, 3, 6]);
    rt.resetStats();
    expect(rt.stats).toEqual({ calls: {}, reads: 0, writes: 0, total: 0 });
  });

  test("writes include structure changes; selection, toasts and builders are not writes", () => {
    const rt = createRuntime(newWorkbook());
    const { ctx } = bundle(
      `function go() {
         var ss = SpreadsheetApp.getActive();
         var s = ss.insertSheet('x');
         s.insertRowsAfter(1, 2); s.deleteRow(1); s.appendRow([1]); s.getRange('A1:B2').merge(); s.protect();
         ss.setActiveSheet(s); s.getRange('A1').activate(); ss.toast('hi');
         SpreadsheetApp.newDataValidation().requireCheckbox().build();
       }`,
      rt,
    );
    ctx.go();
    expect(rt.stats.writes).toBe(6);
    expect(rt.stats.reads).toBe(0);
    expect(rt.stats.calls.toast).toBe(1);
    expect(rt.stats.calls.requireCheckbox).toBeUndefined();
  });

  test("host code using the book directly is not counted", () => {
    const rt = createRuntime(newWorkbook());
    rt.book.getSheets()[0].getRange("A1:B2").getValues();
    expect(rt.stats.total).toBe(0);
  });
});

describe("authorisation", () => {
  test("AuthMode NONE: the menu can be built, nothing else", () => {
    const { ctx, rt } = bundle(
      `function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('打开', 'open').addSeparator().addToUi(); }
       function touch() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
       function props() { return PropertiesService.getDocumentProperties(); }
       function alertUser() { SpreadsheetApp.getUi().alert('hi'); }
       function fmt() { return Utilities.formatDate(new Date(0), 'UTC', 'yyyy'); }`,
      createRuntime(newWorkbook(), { authMode: "NONE" }),
    );
    expect(() => ctx.onOpen()).not.toThrow();
    expect(rt.ui.menus).toEqual([{ caption: "", addon: true, items: [{ caption: "打开", functionName: "open" }, { separator: true }] }]);
    expect(() => ctx.touch()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly",
    );
    expect(() => ctx.props()).toThrow(/You do not have permission to call PropertiesService.getDocumentProperties/);
    expect(() => ctx.alertUser()).toThrow(/You do not have permission to call Ui.alert/);
    expect(ctx.fmt()).toBe("1970");
    rt.setAuthMode("FULL");
    expect(ctx.touch()).toBe("无标题电子表格");
  });

  test("ScriptApp.AuthMode members compare equal to the names a host passes", () => {
    const { ctx } = bundle(`function isNone(e) { return e.authMode === ScriptApp.AuthMode.NONE; }`);
    expect(ctx.isNone({ authMode: "NONE" })).toBe(true);
    expect(ctx.isNone({ authMode: "LIMITED" })).toBe(false);
  });
});

describe("locks", () => {
  const code = `
    function guarded() {
      var lock = LockService.getDocumentLock();
      if (!lock.tryLock(5000)) return 'busy';
      try { return 'done'; } finally { lock.releaseLock(); }
    }
    function waiting() { LockService.getDocumentLock().waitLock(30000); return 'got it'; }
    function holds() { var l = LockService.getScriptLock(); l.tryLock(1); return l.hasLock(); }`;

  test("tryLock fails and waitLock times out while another user holds the lock", () => {
    const { ctx, rt } = bundle(code);
    expect(ctx.guarded()).toBe("done");
    expect(rt.locks.isHeld()).toBe(false);
    rt.locks.holdDocumentLockElsewhere(true);
    expect(ctx.guarded()).toBe("busy");
    expect(() => ctx.waiting()).toThrow("Lock timeout: another process was holding the lock for too long.");
    rt.locks.holdDocumentLockElsewhere(false);
    expect(ctx.waiting()).toBe("got it");
    expect(rt.locks.isHeld("document")).toBe(true);
    expect(ctx.holds()).toBe(true);
  });
});

describe("the user interface", () => {
  const code = `
    function ask() {
      var ui = SpreadsheetApp.getUi();
      var r = ui.prompt('月报', '输入月份', ui.ButtonSet.OK_CANCEL);
      if (r.getSelectedButton() !== ui.Button.OK) return 'cancelled';
      var sure = ui.alert('确认', '生成 ' + r.getResponseText() + '？', ui.ButtonSet.YES_NO);
      return sure === ui.Button.YES ? r.getResponseText() : 'no';
    }
    function tell() { SpreadsheetApp.getUi().alert('完成'); SpreadsheetApp.getActive().toast('已保存', '外联部'); }
    function side() {
      var t = HtmlService.createTemplateFromFile('sidebar');
      t.month = '2026-11'; t.items = ['<a>', 'b'];
      SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('月报'));
    }
    function sub() {
      var ui = SpreadsheetApp.getUi();
      ui.createMenu('外联部').addItem('检查', 'check').addSubMenu(ui.createMenu('更多').addItem('设置', 'setup')).addToUi();
    }`;

  test("scripted answers are used in order; without one the default button is clicked", () => {
    const { ctx, rt } = bundle(code);
    rt.ui.answer({ button: "OK", text: "2026-11" }).answer({ button: "NO" });
    expect(ctx.ask()).toBe("no");
    rt.ui.answer({ text: "2026-10" });
    expect(ctx.ask()).toBe("2026-10");
    rt.ui.answer({ button: "CANCEL" });
    expect(ctx.ask()).toBe("cancelled");
    expect(rt.ui.shown("prompt")[0]).toMatchObject({ title: "月报", message: "输入月份", buttons: "OK_CANCEL", button: "OK", text: "2026-11" });
    expect(rt.ui.pendingAnswers()).toBe(0);
  });

  test("alerts and toasts are logged", () => {
    const { ctx, rt } = bundle(code);
    ctx.tell();
    expect(rt.ui.log).toEqual([
      { kind: "alert", message: "完成", buttons: "OK", button: "OK" },
      { kind: "toast", title: "外联部", message: "已保存" },
    ]);
  });

  test("sidebars render templates with escaped and raw output and scriptlets", () => {
    const html = `<h1><?= month ?></h1><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?><?!= '<b>raw</b>' ?>`;
    const { ctx, rt } = bundle(code, createRuntime(newWorkbook(), { htmlFiles: { sidebar: html } }));
    ctx.side();
    expect(rt.ui.shown("sidebar")).toEqual([{ kind: "sidebar", title: "月报", html: "<h1>2026-11</h1><li>&lt;a&gt;</li><li>b</li><b>raw</b>" }]);
  });

  test("a missing HTML file is Apps Script's error", () => {
    const { ctx } = bundle(`function f() { return HtmlService.createHtmlOutputFromFile('nope'); }`);
    expect(() => ctx.f()).toThrow("No HTML file named nope was found.");
  });

  test("sub-menus are recorded as nested data", () => {
    const { ctx, rt } = bundle(code);
    ctx.sub();
    expect(rt.ui.menus[0].items).toEqual([
      { caption: "检查", functionName: "check" },
      { submenu: { caption: "更多", items: [{ caption: "设置", functionName: "setup" }] } },
    ]);
  });
});

describe("other services", () => {
  test("properties keep strings; document properties live with the book", () => {
    const book = newWorkbook();
    const { ctx } = bundle(
      `function save() { var p = PropertiesService.getDocumentProperties(); p.setProperty('rate', 0.15); p.setProperties({a: 1, b: true});
         return [p.getProperty('rate'), p.getProperty('missing'), p.getKeys().sort().join(','), typeof p.getProperties().b]; }
       function read() { return PropertiesService.getDocumentProperties().getProperty('rate'); }
       function user() { PropertiesService.getUserProperties().setProperty('lang', 'en'); }`,
      createRuntime(book),
    );
    expect(ctx.save()).toEqual(["0.15", null, "a,b,rate", "string"]);
    const second = bundle(`function read() { return PropertiesService.getDocumentProperties().getProperty('rate'); }`, createRuntime(book));
    expect(second.ctx.read()).toBe("0.15");
    const rt = createRuntime(book);
    bundle(`function user() { PropertiesService.getUserProperties().setProperty('lang', 'en'); }`, rt).ctx.user();
    expect(rt.properties.user.get("lang")).toBe("en");
  });

  test("Session gives the configured user and locales", () => {
    const { ctx } = bundle(
      `function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), Session.getScriptTimeZone()]; }`,
      createRuntime(newWorkbook(), { user: "部长@example.edu" }),
    );
    expect(ctx.who()).toEqual(["部长@example.edu", "部长@example.edu", "zh-CN", "Asia/Shanghai"]);
  });

  test("Logger and console lines are kept for the host", () => {
    const { ctx, rt } = bundle(
      `function log() { Logger.log('rows: %s', 3); console.warn('careful', {a: 1}); Utilities.sleep(10000); return Utilities.getUuid().length; }`,
    );
    expect(ctx.log()).toBe(36);
    expect(rt.logs).toEqual([
      { level: "log", message: "rows: 3" },
      { level: "warn", message: 'careful {"a":1}' },
    ]);
  });

  test("validation builders work through SpreadsheetApp", () => {
    const { ctx, rt } = bundle(`function rules() {
      var s = SpreadsheetApp.getActiveSheet();
      s.getRange('D2:D').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(s.getRange('Z1:Z3'), true).setAllowInvalid(false).build());
      return [s.getRange('D9').getDataValidation().getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_RANGE];
    }`);
    expect(ctx.rules()).toEqual([true]);
    expect(rt.book.getActiveSheet().getRange("D9").getDataValidation()!.getCriteriaValues()[0]).toBeDefined();
  });

  test("internal members are invisible to scripts", () => {
    const { ctx } = bundle(
      `function peek() { var r = SpreadsheetApp.getActiveSheet().getRange('A1'); return [typeof r._write, typeof r.getValues, String(r)]; }`,
    );
    expect(ctx.peek()).toEqual(["undefined", "function", "Range"]);
  });
});
