/** Formulas get their values when written values are flushed, and arrays spill, as in Sheets. */
import { type CellValue, createRuntime, FormulaError, type LocalSpreadsheet, newWorkbook, workbookFromTabs } from "../../../../src/local/runtime";

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
  test("numbers, strings, booleans, arithmetic, comparison and &", () => {
    expect(formulaValue("=1+2*3^2")).toBe(19);
    expect(formulaValue("=-2^2")).toBe(4);
    expect(formulaValue("=50%*10")).toBe(5);
    expect(formulaValue('="a"&1&TRUE')).toBe("a1TRUE");
    expect(formulaValue('=0.1+0.2&""')).toBe("0.3");
    expect(formulaValue('="ABC"="abc"')).toBe(true);
    expect(formulaValue("=2>=3")).toBe(false);
    expect(formulaValue("=(1+2)*3")).toBe(9);
  });

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

  test("IF, IFERROR, REGEXMATCH, LOWER, SUBSTITUTE, TO_TEXT", () => {
    expect(formulaValue('=IF(1>2,"yes","no")')).toBe("no");
    expect(formulaValue("=IF(FALSE,1)")).toBe(false);
    expect(formulaValue("=IFERROR(1/0,7)")).toBe(7);
    expect(formulaValue('=REGEXMATCH(LOWER(SUBSTITUTE(" Re ceived"," ","")),"^(received|已到账|)$")')).toBe(true);
    expect(formulaValue('=TO_TEXT(12.50)&"元"')).toBe("12.5元");
    expect(formulaValue('=SUBSTITUTE("a-b-c","-","+",2)')).toBe("a-b+c");
  });

  test("errors become Sheets' error values with Sheets' messages", () => {
    const { book, sheet, app } = sheetWith([["text"]]);
    sheet.getRange("B1").setFormula("=1/0");
    sheet.getRange("B2").setFormula("=A1*2");
    sheet.getRange("B3").setFormula("=IF(1,2,3,4)");
    sheet.getRange("B4").setFormula("='没有这个表'!A1");
    sheet.getRange("B5").setFormula("=B5+1");
    sheet.getRange("B6").setFormula('=REGEXMATCH("a","(a")');
    app.flush();
    expect(sheet.getRange("B1:B6").getValues().flat()).toEqual(["#DIV/0!", "#VALUE!", "#N/A", "#REF!", "#REF!", "#REF!"]);
    expect(noteOf(book, "数据 Data", "B2")).toBe(
      "Function MULTIPLY parameter 1 expects number values. But 'text' is a text and cannot be coerced to a number.",
    );
    expect(noteOf(book, "数据 Data", "B5")).toMatch(/^Circular dependency detected/);
  });

  test("a function this runtime does not know leaves the cell without a value", () => {
    expect(formulaValue("=VLOOKUP(1,A1:B2,2,FALSE)")).toBe("");
  });

  test("a regular expression that could backtrack for ever is not run over cell text", () => {
    const started = Date.now();
    expect(formulaValue('=REGEXMATCH(A1,"^(a+)+$")', [[`${"a".repeat(40)}!`]])).toBe("");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("a script that reads after writing a formula sees its value without calling flush", () => {
    const { sheet } = sheetWith([[2]]);
    sheet.getRange("B1").setFormula("=A1*21");
    expect(sheet.getRange("B1").getValue()).toBe(42);
    sheet.getRange("A1").setValue(3);
    expect(sheet.getRange("B1").getValue()).toBe(63);
  });
});

describe("formula syntax is en_US in every locale", () => {
  test.each(["en_US", "zh_CN", "de_DE"])("%s: `,` between arguments and `.` decimals; `;` arguments or `1,5` decimals are #ERROR!", (locale) => {
    const { sheet, app } = sheetWith([[1]], { locale });
    sheet.getRange("B1").setFormula("=IF(A1>0.5,1.5,0)");
    sheet.getRange("B2").setFormula("=IF(A1>0,5;1;0)");
    sheet.getRange("B3").setValue("=SUM(1,5)");
    sheet.getRange("B4").setFormula("={1\\2}");
    app.flush();
    expect(sheet.getRange("B1:B4").getValues().flat()).toEqual([1.5, "#ERROR!", 6, "#ERROR!"]);
    // Sheets keeps a formula it cannot parse, as typed.
    expect(sheet.getRange("B2").getFormula()).toBe("=IF(A1>0,5;1;0)");
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
    sheet.getRange("A3").clearContent();
    app.flush();
    expect(sheet.getRange("A2:A4").getValues().flat()).toEqual([1, 2, 3]);
  });

  test('ARRAYFORMULA over an open-ended column fills every row to the sheet\'s end; its "" cells count for getLastRow and appendRow', () => {
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
    expect(sheet.getDataRange().getNumRows()).toBe(1000);
    sheet.appendRow([30]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange("A1001").getValue()).toBe(30);
  });

  test("without ARRAYFORMULA a range is read at the formula's own row, or is #VALUE!", () => {
    const { sheet, app } = sheetWith([[1], [2], [3]]);
    sheet.getRange("B2").setFormula("=A1:A3*10");
    sheet.getRange("C9").setFormula("=A1:A3*10");
    app.flush();
    expect(sheet.getRange("B2").getValue()).toBe(20);
    expect(sheet.getRange("C9").getValue()).toBe("#VALUE!");
  });

  test("a spill that would run past the last row is #REF!", () => {
    const book = newWorkbook();
    const sheet = book.getSheets()[0];
    sheet.getRange(999, 1).setFormula("={1;2;3}");
    expect(sheet.getRange(999, 1).getValue()).toBe("#REF!");
  });
});
