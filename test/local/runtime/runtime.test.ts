/** A bundle run the way the add-on's tests and command line run it: in node:vm, with the services as globals. */
import { createRuntime, loadBundle, type Runtime } from "../../../src/local/runtime/runtime";
import { newWorkbook, workbookFromTabs } from "../../../src/local/runtime/workbook";

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
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('赞助记录');
      var rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
      var total = rows.reduce(function (s, r) { return s + r[1]; }, 0);
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, 2).setValues([['合计', total]]);
      return total;
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

  test("Dates made inside the script are written as dates", () => {
    const { ctx, rt } = bundle(
      `function put() { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(new Date(Date.UTC(2026, 10, 1, 16))); }`,
    );
    ctx.put();
    expect(rt.book.getActiveSheet().getRange("A1").getDisplayValue()).toBe("2026-11-02");
  });
});

describe("createRuntime", () => {
  test("the first session made on a workbook is its owner; later sessions are other users", () => {
    const book = newWorkbook();
    createRuntime(book, { user: "head@example.edu" });
    createRuntime(book, { user: "member@example.edu" });
    expect(book.owner).toBe("head@example.edu");
  });

  test("a session whose e-mail Google hides still has an account of its own", () => {
    const a = newWorkbook();
    const b = newWorkbook();
    createRuntime(a, { user: "" });
    createRuntime(b, { user: "" });
    expect(a.owner).toMatch(/^account-\d+@gmail\.com$/);
    expect(b.owner).not.toBe(a.owner);
  });

  test("the globals a script sees are the services, and console", () => {
    expect(Object.keys(createRuntime(newWorkbook()).globals).sort()).toEqual(
      ["Charts", "HtmlService", "LockService", "PropertiesService", "ScriptApp", "Session", "SpreadsheetApp", "Utilities", "console"].sort(),
    );
  });

  test("loadBundle takes a runtime made by createRuntime only", () => {
    const fake = { ...createRuntime(newWorkbook()) };
    expect(() => loadBundle("", fake)).toThrow("loadBundle needs a runtime made by createRuntime");
  });

  test("each bundle runs in a fresh global scope", () => {
    const rt = createRuntime(newWorkbook());
    const first = loadBundle("var N = 1; function bump() { return ++N; }", rt);
    first.bump();
    expect(loadBundle("var N = 1; function bump() { return ++N; }", rt).bump()).toBe(2);
  });
});
