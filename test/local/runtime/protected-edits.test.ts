/** Sheets refuses a script's edit under a protection the running account may not edit. */
import type { LocalSpreadsheet } from "../../../src/local/runtime/model/spreadsheet";
import { createRuntime, loadBundle } from "../../../src/local/runtime/runtime";
import { workbookFromTabs } from "../../../src/local/runtime/workbook";

const REFUSED = "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/* eslint-disable @typescript-eslint/no-explicit-any */
const script = `
  function edit(tab, body) {
    var ss = SpreadsheetApp.getActiveSpreadsheet();
    var s = ss.getSheetByName(tab);
    try {
      new Function("s", "ss", body)(s, ss);
      return "ok";
    } catch (e) {
      return e.name + ": " + e.message;
    }
  }
`;

function workbook(): LocalSpreadsheet {
  const rows = [
    ["项目", "值"],
    ["佣金比例", 0.15],
    ["迟到罚款", 5],
  ];
  return workbookFromTabs([
    { name: "设置", rows },
    {
      name: "赞助记录",
      rows: [
        ["赞助商", "现金"],
        ["甲", 100],
      ],
    },
  ]);
}

/** The owner's session first (the first session on a workbook is its owner), then the member's. */
function sessions(book = workbook()) {
  const owner = loadBundle(script, createRuntime(book, { user: "owner@gmail.com" }));
  const memberRt = createRuntime(book, { user: "member@gmail.com" });
  const member = loadBundle(script, memberRt);
  return { book, owner, member, memberRt };
}

/** What the head does in Sheets: Protect sheets and ranges → Restrict who can edit → only the listed editors. */
function restrict(p: any, ...editors: string[]) {
  p.setWarningOnly(false);
  p.removeEditors(p.getEditors());
  for (const e of editors) p.addEditor(e);
  p.setDomainEdit(false);
  return p;
}

const run = (ctx: Record<string, any>, tab: string, body: string): string => ctx.edit(tab, body);

describe("writes under a sheet protection that restricts its editors", () => {
  test("a member's values, formulas, formats, notes, validation, styles, merges and row and column changes are refused with Sheets' message; nothing changes", () => {
    const { book, member } = sessions();
    restrict(book.getSheetByName("设置")!.protect(), "head@gmail.com");
    const calls = [
      "s.getRange('B2').setValue(0.2)",
      "s.getRange('B2:B3').setValues([[0.2],[6]])",
      "s.getRange('C2').setFormula('=B2*2')",
      "s.getRange('B2').setNumberFormat('0%')",
      "s.getRange('B2').setNote('x')",
      "s.getRange('B2').setBackground('#ff0000')",
      "s.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['a']).build())",
      "s.getRange('B2:B3').setFontWeights([['bold'],['bold']])",
      "s.getRange('A2:B3').merge()",
      "s.insertRowsAfter(1, 2)",
      "s.insertRowsBefore(2, 1)",
      "s.deleteRow(3)",
      "s.deleteRows(2, 2)",
      "s.insertColumnAfter(1)",
      "s.insertColumnsAfter(1, 2)",
      "s.setName('改名')",
      "ss.deleteSheet(s)",
    ];
    for (const c of calls) expect([c, run(member, "设置", c)]).toEqual([c, `Exception: ${REFUSED}`]);
    const tab = book.getSheetByName("设置")!;
    expect(tab.getDataRange().getValues()).toEqual([
      ["项目", "值"],
      ["佣金比例", 0.15],
      ["迟到罚款", 5],
    ]);
    expect([tab.getMaxRows(), tab.getMaxColumns(), tab.getRange("B2").getNote()]).toEqual([1000, 26, ""]);
  });

  test("the owner and the listed editors may write; a warning-only protection refuses nobody", () => {
    const { book, owner, member } = sessions();
    const head = loadBundle(script, createRuntime(book, { user: "head@gmail.com" }));
    const p = restrict(book.getSheetByName("设置")!.protect(), "head@gmail.com");
    expect(run(owner, "设置", "s.getRange('B2').setValue(0.2)")).toBe("ok");
    expect(run(head, "设置", "s.getRange('B3').setValue(6); s.insertRowsAfter(3, 1)")).toBe("ok");
    expect(run(member, "赞助记录", "s.getRange('A3:B3').setValues([['乙', 200]])")).toBe("ok");
    p.setWarningOnly(true);
    expect(run(member, "设置", "s.getRange('B2').setValue(0.25); s.setName('Settings')")).toBe("ok");
    expect(book.getSheetByName("Settings")!.getRange("B2:B3").getValues()).toEqual([[0.25], [6]]);
  });

  test("what changes no cell is not refused: reading, formats of the view, protecting a range, charts", () => {
    const { book, member } = sessions();
    restrict(book.getSheetByName("设置")!.protect(), "head@gmail.com");
    const calls = [
      "s.getRange('B2').getValue()",
      "s.setFrozenRows(1)",
      "s.setColumnWidth(1, 120)",
      "s.getRange('D1').protect()",
      "s.insertChart(s.newChart().addRange(s.getRange('A1:B3')).build())",
      "ss.setActiveSheet(s)",
    ];
    for (const c of calls) expect([c, run(member, "设置", c)]).toEqual([c, "ok"]);
  });

  test("the member may not change a protection they cannot edit", () => {
    const { book, member } = sessions();
    restrict(book.getSheetByName("设置")!.protect(), "head@gmail.com");
    expect(run(member, "设置", "s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setWarningOnly(true)")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "设置", "s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].addEditor('member@gmail.com')")).toBe(`Exception: ${REFUSED}`);
    expect(
      book
        .getSheetByName("设置")!
        .getProtections("SHEET")[0]
        .getEditors()
        .map((u) => u.getEmail()),
    ).toEqual(["owner@gmail.com", "head@gmail.com"]);
    expect(book.getSheetByName("设置")!.getProtections("SHEET")[0].isWarningOnly()).toBe(false);
  });
});

describe("writes under a range protection", () => {
  test("only cells inside it are refused; rows inserted above or below it, and rows beside it elsewhere, are not", () => {
    const { book, member } = sessions();
    const tab = book.getSheetByName("赞助记录")!;
    restrict(tab.getRange("A1:B1").protect(), "head@gmail.com");
    expect(run(member, "赞助记录", "s.getRange('A1').setValue('改')")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "赞助记录", "s.getRange('A1:A2').setValues([[''],['']])")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "赞助记录", "s.deleteRow(1)")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "赞助记录", "s.getRange('A2:B2').setValues([['丙', 300]]); s.insertRowsAfter(1, 1); s.getRange('A4:B4').setValues([['丁', 1]])")).toBe(
      "ok",
    );
    expect(run(member, "赞助记录", "s.setName('Sponsorships')")).toBe("ok");
    expect(run(member, "Sponsorships", "ss.deleteSheet(s)")).toBe(`Exception: ${REFUSED}`);
    expect(book.getSheetByName("Sponsorships")!.getRange("A1:A4").getValues()).toEqual([["赞助商"], [""], ["丙"], ["丁"]]);
  });

  test("a refused call still counts as a Sheets call", () => {
    const { book, member, memberRt } = sessions();
    restrict(book.getSheetByName("设置")!.protect(), "head@gmail.com");
    memberRt.resetStats();
    run(member, "设置", "s.getRange('B2').setValue(1)");
    expect(memberRt.stats.calls.setValue).toBe(1);
    expect(memberRt.stats.writes).toBe(1);
  });
});
