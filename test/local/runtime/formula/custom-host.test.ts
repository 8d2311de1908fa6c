/** A bundle's custom functions called from cells: arguments as Sheets hands them, answers as Sheets shows them. */
import type { FormulaError } from "../../../../src/local/runtime/formula/errors";
import { createRuntime, loadBundle, type RuntimeOptions } from "../../../../src/local/runtime/runtime";
import { workbookFromTabs } from "../../../../src/local/runtime/workbook";

const code = `
  function WRITE() { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('x'); return 1; }
  function ALERT() { SpreadsheetApp.getUi().alert('hi'); return 1; }
  function SPIN() { for (;;) {} }
  function KINDS(a, b, c, d) {
    var kind = function (v) { return v instanceof Date ? 'Date' : Array.isArray(v) ? 'Array' : v === '' ? 'empty' : typeof v; };
    return [kind(a), kind(b), kind(c), kind(d), Array.isArray(b) && Array.isArray(b[0]) ? b.length + 'x' + b[0].length : ''].join(' ');
  }
  function CALLS() { CALLED++; return CALLED; }
  var CALLED = 0;
  function SHOW(x) { return JSON.stringify(x); }
  function DOUBLE(x) { return Array.isArray(x) ? x.map(function (r) { return r.map(function (v) { return v * 2; }); }) : x * 2; }
  function COLUMN_OF(n) { var out = []; for (var i = 1; i <= n; i++) out.push(i); return out; }
  function ANSWER(kind) {
    if (kind === 'date') return new Date(Date.UTC(2026, 10, 1, 16));
    if (kind === 'nan') return NaN;
    if (kind === 'none') return undefined;
    if (kind === 'empty') return [];
    if (kind === 'ragged') return [[1, 2], [3]];
    return { not: 'a value' };
  }
  function FAIL(x) { throw new Error('无法识别的金额“' + x + '”'); }
`;

function setUp(ropts: RuntimeOptions = {}) {
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
  loadBundle(code, rt);
  return { rt, app: rt.globals.SpreadsheetApp as { flush(): void } };
}

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
    const note = (r: number) => (sheet.grid.get(r, 5)!.value as FormulaError).message;
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
    expect((sheet.grid.get(1, 5)!.value as FormulaError).message).toBe("Exceeded maximum execution time (line 0).");
  });

  test("an error argument is the answer, and the function is not called; an error inside a range arrives as its code", () => {
    const { rt, app } = setUp();
    const sheet = rt.book.getSheets()[0];
    sheet.getRange("C1:C2").setFormulas([["=1/0"], ["=1/0"]]);
    sheet.getRange("E1").setFormula("=CALLS(C1)");
    sheet.getRange("E2").setFormula("=SHOW(C1:C2)");
    app.flush();
    expect(sheet.getRange("E1:E2").getValues().flat()).toEqual(["#DIV/0!", '[["#DIV/0!"],["#DIV/0!"]]']);
  });

  test("answers: a Date is its serial (unformatted), NaN is #NUM!, nothing or [] is an empty cell, a ragged array is padded, an object is its text", () => {
    const { rt, app } = setUp();
    const sheet = rt.book.getSheets()[0];
    const kinds = ["date", "nan", "none", "empty", "object"];
    kinds.forEach((k, i) => sheet.getRange(1, 5 + i).setFormula(`=ANSWER("${k}")`));
    sheet.getRange("E5").setFormula('=ANSWER("ragged")');
    app.flush();
    expect(sheet.getRange("E1:I1").getValues()).toEqual([[46328, "#NUM!", "", "", "[object Object]"]]);
    expect(sheet.getRange("E5:F6").getValues()).toEqual([
      [1, 2],
      [3, ""],
    ]);
  });

  test("a function the bundle does not have leaves the cell without a value, as any unknown function does here", () => {
    const { rt, app } = setUp();
    const sheet = rt.book.getSheets()[0];
    sheet.getRange("E1").setFormula("=NOT_THERE(1)");
    app.flush();
    expect(sheet.getRange("E1").getValue()).toBe("");
  });
});
