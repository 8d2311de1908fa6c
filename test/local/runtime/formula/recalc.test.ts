/** Formulas get their values when written values are flushed, references find their cells, and arrays spill, as in Sheets. */
import { FormulaError } from "../../../../src/local/runtime/formula/errors";
import { ensureCalculated } from "../../../../src/local/runtime/formula/recalc";
import type { LocalSpreadsheet } from "../../../../src/local/runtime/model/spreadsheet";
import { createRuntime } from "../../../../src/local/runtime/runtime";
import type { CellValue } from "../../../../src/local/runtime/values";
import { newWorkbook, workbookFromTabs } from "../../../../src/local/runtime/workbook";

/* eslint-disable @typescript-eslint/no-explicit-any */
function sheetWith(rows: CellValue[][], opts: { locale?: string } = {}) {
  const book = workbookFromTabs(
    [
      { name: "数据 Data", rows },
      {
        name: "设置",
        rows: [
          ["项目", "值"],
          ["比例", 0.15],
          ["", ""],
          ["迟到", 5],
        ],
      },
    ],
    opts,
  );
  return { book, sheet: book.getSheetByName("数据 Data")!, app: createRuntime(book).globals.SpreadsheetApp as any };
}

function formulaValue(formula: string, rows: CellValue[][] = [[""]]): CellValue {
  const { sheet, app } = sheetWith(rows);
  sheet.getRange("Z1").setFormula(formula);
  app.flush();
  return sheet.getRange("Z1").getValue();
}

function noteOf(book: LocalSpreadsheet, sheet: string, a1: string): string {
  const v = (book.getSheetByName(sheet)!.grid as any).get(...rc(a1))?.value;
  return v instanceof FormulaError ? v.message : "";
}

function rc(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return [Number(m[2]), [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
}

describe("values of formulas", () => {
  test("references: a cell, another tab by quoted name with $, an open-ended column", () => {
    const rows = [
      ["h", 1],
      ["x", 2],
      ["y", 3],
    ];
    expect(formulaValue("=B2*10", rows)).toBe(20);
    expect(formulaValue("='设置'!$B$2*100", rows)).toBe(15);
    expect(formulaValue("=设置!B4", rows)).toBe(5);
    expect(formulaValue("=SUM(B1:B)", rows)).toBe(6);
    expect(formulaValue("=SUM(B:B,10)", rows)).toBe(16);
  });

  test("a missing tab is #REF! naming it; a formula that needs its own value is #REF! for the circular dependency", () => {
    const { book, sheet, app } = sheetWith([["text"]]);
    sheet.getRange("B4").setFormula("='没有这个表'!A1");
    sheet.getRange("B5").setFormula("=B5+1");
    sheet.getRange("C1").setFormula("=C2");
    sheet.getRange("C2").setFormula("=SUM(C1:C3)");
    app.flush();
    expect(sheet.getRange("B4:B5").getValues().flat()).toEqual(["#REF!", "#REF!"]);
    expect(noteOf(book, "数据 Data", "B4")).toBe("Unresolved sheet name '没有这个表'.");
    expect(noteOf(book, "数据 Data", "B5")).toBe("Circular dependency detected. To resolve with iterative calculation, see File > Settings.");
    expect(noteOf(book, "数据 Data", "C2")).toMatch(/^Circular dependency detected/);
  });

  test("a formula Sheets cannot parse shows #ERROR! with Sheets' note", () => {
    const { book, sheet, app } = sheetWith([[""]]);
    sheet.getRange("B1").setFormula("=1+");
    app.flush();
    expect([sheet.getRange("B1").getValue(), noteOf(book, "数据 Data", "B1")]).toEqual(["#ERROR!", "Formula parse error."]);
  });

  test("tab names in references are found regardless of case, as Sheets finds them", () => {
    const { sheet, app } = sheetWith([[""]]);
    sheet.getRange("B1").setFormula("='设置'!B2+'数据 data'!A1");
    app.flush();
    expect(sheet.getRange("B1").getValue()).toBe(0.15);
  });

  test("a script that reads after writing a formula sees its value without calling flush", () => {
    const { sheet } = sheetWith([[2]]);
    sheet.getRange("B1").setFormula("=A1*21");
    expect(sheet.getRange("B1").getValue()).toBe(42);
    sheet.getRange("A1").setValue(3);
    expect(sheet.getRange("B1").getValue()).toBe(63);
  });
});

describe("array results spill", () => {
  test("an array literal fills the cells below and to the right; they hold values, not formulas", () => {
    const { sheet, app } = sheetWith([["h"]]);
    sheet.getRange("B2").setFormula('={1,"a";2,"b"}');
    app.flush();
    expect(sheet.getRange("B2:C3").getValues()).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
    expect(sheet.getRange("B2:C3").getFormulas()).toEqual([
      ['={1,"a";2,"b"}', ""],
      ["", ""],
    ]);
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
  });

  test("a typed value in the way turns the formula into #REF! naming the cell; clearing it lets the array spill", () => {
    const { book, sheet, app } = sheetWith([["h"], [""], ["typed"]]);
    sheet.getRange("A2").setFormula("={1;2;3}");
    app.flush();
    expect(sheet.getRange("A2:A4").getValues().flat()).toEqual(["#REF!", "typed", ""]);
    expect(noteOf(book, "数据 Data", "A2")).toBe("Array result was not expanded because it would overwrite data in A3.");
    sheet.getRange("A3").setValue("");
    app.flush();
    expect(sheet.getRange("A2:A4").getValues().flat()).toEqual([1, 2, 3]);
  });

  test('ARRAYFORMULA over an open-ended column fills every row to the sheet\'s end; its "" cells count for getLastRow and getDataRange', () => {
    const { sheet, app } = sheetWith([
      ["金额", "双倍"],
      [10, ""],
      [20, ""],
    ]);
    sheet.getRange("B2").setFormula('=ARRAYFORMULA(IF(A2:A="","",A2:A*2))');
    app.flush();
    expect(sheet.getRange("B2:B4").getValues().flat()).toEqual([20, 40, ""]);
    expect(sheet.getRange("B1000").getValue()).toBe("");
    expect(sheet.getRange("B3").getFormula()).toBe("");
    // Sheets: a cell holding "" from a formula has content, so the last row is the sheet's last.
    expect(sheet.getLastRow()).toBe(1000);
    expect(sheet.getDataRange().numRows).toBe(1000);
  });

  test("a spill that would run past the last row or column is #REF! saying how many to insert", () => {
    const book = newWorkbook();
    const sheet = book.getSheets()[0];
    sheet.getRange(999, 1).setFormula("={1;2;3}");
    sheet.getRange(1, 25).setFormula("={1,2,3,4}");
    expect(sheet.getRange(999, 1).getValue()).toBe("#REF!");
    expect(noteOf(book, "工作表1", "A999")).toBe("Result was not automatically expanded, please insert more rows (1).");
    expect(noteOf(book, "工作表1", "Y1")).toBe("Result was not automatically expanded, please insert more columns (2).");
  });

  test("another formula's array in the way is as much in the way as a typed value", () => {
    const { book, sheet, app } = sheetWith([[""]]);
    sheet.getRange("D1").setFormula("={1;2}");
    sheet.getRange("C2").setFormula("={1,2}");
    app.flush();
    expect([sheet.getRange("D2").getValue(), noteOf(book, "数据 Data", "C2")]).toEqual([
      2,
      "Array result was not expanded because it would overwrite data in D2.",
    ]);
  });
});

describe("when formulas are computed", () => {
  test("nothing is computed again until something is written", () => {
    const { book, sheet } = sheetWith([[2]]);
    sheet.getRange("B1").setFormula("=A1*2");
    ensureCalculated(book);
    (sheet.grid.get(1, 2) as { value?: unknown }).value = "stale";
    ensureCalculated(book);
    expect(sheet.grid.get(1, 2)?.value).toBe("stale");
    sheet.getRange("C1").setValue("x");
    expect(sheet.getRange("B1").getValue()).toBe(4);
  });
});
