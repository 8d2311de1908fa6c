/** Sheets refuses a script's edit under a protection the running account may not edit. */
import { createRuntime, type LocalSpreadsheet, loadBundle, workbookFromTabs } from "../../../src/local/runtime";

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
  test("a member's values, formulas, formats, notes, validation and clear are refused with Sheets' message; nothing changes", () => {
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
      "s.getRange('B2').clearContent()",
      "s.clear()",
      "s.appendRow(['新项目', 1])",
      "s.insertRowsAfter(1, 2)",
      "s.deleteRow(3)",
      "s.insertColumnAfter(1)",
      "s.deleteColumn(2)",
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
    expect(run(member, "赞助记录", "s.appendRow(['乙', 200])")).toBe("ok");
    p.setWarningOnly(true);
    expect(run(member, "设置", "s.getRange('B2').setValue(0.25); s.setName('Settings')")).toBe("ok");
    expect(book.getSheetByName("Settings")!.getRange("B2:B3").getValues()).toEqual([[0.25], [6]]);
  });

  test("a protected sheet's unprotected ranges stay open; a write reaching past them is refused whole", () => {
    const { book, member } = sessions();
    const tab = book.getSheetByName("赞助记录")!;
    const p = restrict(tab.protect(), "head@gmail.com");
    p.setUnprotectedRanges([tab.getRange("A5:B20"), tab.getRange("C5:C20")]);
    expect(run(member, "赞助记录", "s.getRange('A5:C20').setValue('x')")).toBe("ok");
    expect(run(member, "赞助记录", "s.getRange('B20:B21').setValues([['y'],['y']])")).toBe(`Exception: ${REFUSED}`);
    expect(tab.getRange("B20:B21").getValues()).toEqual([["x"], [""]]);
    expect(run(member, "赞助记录", "s.insertRowsAfter(6, 1)")).toBe(`Exception: ${REFUSED}`);
  });

  test("the member may not change or remove a protection they cannot edit", () => {
    const { book, member } = sessions();
    restrict(book.getSheetByName("设置")!.protect(), "head@gmail.com");
    expect(run(member, "设置", "s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove()")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "设置", "s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].addEditor('member@gmail.com')")).toBe(`Exception: ${REFUSED}`);
    expect(
      book
        .getSheetByName("设置")!
        .getProtections("SHEET")[0]
        .getEditors()
        .map((u) => u.getEmail()),
    ).toEqual(["head@gmail.com"]);
  });
});

describe("writes under a range protection", () => {
  test("only cells inside it are refused; rows inserted above or below it, and rows beside it elsewhere, are not", () => {
    const { book, member } = sessions();
    const tab = book.getSheetByName("赞助记录")!;
    restrict(tab.getRange("A1:B1").protect(), "head@gmail.com");
    expect(run(member, "赞助记录", "s.getRange('A1').setValue('改')")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "赞助记录", "s.getRange('A1:A2').clearContent()")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "赞助记录", "s.deleteRow(1)")).toBe(`Exception: ${REFUSED}`);
    expect(run(member, "赞助记录", "s.getRange('A2:B2').setValues([['丙', 300]]); s.insertRowsAfter(1, 1); s.appendRow(['丁', 1])")).toBe("ok");
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
