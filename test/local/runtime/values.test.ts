/** What a cell holds after a write, and what the read methods return for it. */
import { newWorkbook, type LocalSheet } from "../../../src/local/runtime";

function sheet(): LocalSheet {
  return newWorkbook().getSheets()[0];
}

describe("setValues parses text the way Sheets does for typed input", () => {
  test("a leading = makes a formula with no cached value", () => {
    const s = sheet();
    s.getRange("A1:B1").setValues([["=SUM(1,2)", "= not a formula?"]]);
    expect(s.getRange("A1:B1").getFormulas()).toEqual([["=SUM(1,2)", "= not a formula?"]]);
    expect(s.getRange("A1:B1").getValues()).toEqual([["", ""]]);
    expect(s.getLastRow()).toBe(1);
  });

  test("a leading apostrophe keeps the rest as text, whatever it looks like", () => {
    const s = sheet();
    s.getRange("A1:D1").setValues([["'=HYPERLINK(\"x\")", "'0012", "'TRUE", "'2026-11-02"]]);
    expect(s.getRange("A1:D1").getValues()).toEqual([['=HYPERLINK("x")', "0012", "TRUE", "2026-11-02"]]);
    expect(s.getRange("A1:D1").getFormulas()).toEqual([["", "", "", ""]]);
  });

  test("a lone apostrophe leaves the cell empty", () => {
    const s = sheet();
    s.getRange("A1").setValue("'");
    expect(s.getRange("A1").getValue()).toBe("");
    expect(s.getLastRow()).toBe(0);
  });

  test("cells formatted as plain text (@) store the string exactly", () => {
    const s = sheet();
    const r = s.getRange("A1:E1");
    r.setNumberFormat("@");
    r.setValues([["=1+1", "007", "true", "2026-11-02", "'quoted"]]);
    expect(r.getValues()).toEqual([["=1+1", "007", "true", "2026-11-02", "'quoted"]]);
    expect(r.getFormulas()).toEqual([["", "", "", "", ""]]);
  });

  test("plain numbers become numbers, other numeric-looking text stays text", () => {
    const s = sheet();
    const r = s.getRange("A1:H1");
    r.setValues([["42", "-12.5", "+3", "007", "1,234", "1e3", "12.", " 5"]]);
    expect(r.getValues()).toEqual([[42, -12.5, 3, 7, "1,234", "1e3", "12.", " 5"]]);
  });

  test("TRUE and FALSE in any case become booleans", () => {
    const s = sheet();
    s.getRange("A1:C1").setValues([["true", "FALSE", "True "]]);
    expect(s.getRange("A1:C1").getValues()).toEqual([[true, false, "True "]]);
    expect(s.getRange("A1:C1").getDisplayValues()).toEqual([["TRUE", "FALSE", "True "]]);
  });

  test("yyyy-mm-dd text becomes a date at midnight in the spreadsheet's zone and gets a date format", () => {
    const s = sheet();
    s.getRange("A1:C1").setValues([["2026-11-02", "2026-02-30", "2026-11-02 09:30"]]);
    const [[date, notADate, withTime]] = s.getRange("A1:C1").getValues();
    expect(date).toEqual(new Date("2026-11-01T16:00:00.000Z"));
    expect(notADate).toBe("2026-02-30");
    expect(withTime).toEqual(new Date("2026-11-02T01:30:00.000Z"));
    expect(s.getRange("A1").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(s.getRange("A1:C1").getDisplayValues()).toEqual([["2026-11-02", "2026-02-30", "2026-11-02 09:30:00"]]);
  });

  test("numbers, booleans and Dates are stored as given", () => {
    const s = sheet();
    const when = new Date("2026-03-04T05:06:07.000Z");
    s.getRange("A1:C1").setValues([[0.1 + 0.2, false, when]]);
    const [[n, b, d]] = s.getRange("A1:C1").getValues();
    expect(n).toBe(0.1 + 0.2);
    expect(b).toBe(false);
    expect(d).toEqual(when);
    expect(s.getRange("A1").getDisplayValue()).toBe("0.3");
  });

  test("null, undefined and '' clear a cell, formula included", () => {
    const s = sheet();
    s.getRange("A1:C1").setValues([["=1", "x", 3]]);
    s.getRange("A1:C1").setValues([[null, undefined, ""] as unknown as string[]]);
    expect(s.getRange("A1:C1").getValues()).toEqual([["", "", ""]]);
    expect(s.getRange("A1:C1").getFormulas()).toEqual([["", "", ""]]);
    expect(s.getLastRow()).toBe(0);
  });

  test("setValue on a block writes the value into every cell", () => {
    const s = sheet();
    s.getRange("B2:C3").setValue("9");
    expect(s.getRange("B2:C3").getValues()).toEqual([
      [9, 9],
      [9, 9],
    ]);
  });

  test("a value written over a formula replaces it", () => {
    const s = sheet();
    s.getRange("A1").setFormula("=A2*2");
    s.getRange("A1").setValue(5);
    expect(s.getRange("A1").getFormula()).toBe("");
    expect(s.getRange("A1").getValue()).toBe(5);
  });
});

describe("reads", () => {
  test("getValues has the range's exact shape with '' for empty cells", () => {
    const s = sheet();
    s.getRange("B3").setValue("x");
    const values = s.getRange(2, 1, 3, 4).getValues();
    expect(values).toHaveLength(3);
    for (const row of values) expect(row).toHaveLength(4);
    expect(values).toEqual([
      ["", "", "", ""],
      ["", "x", "", ""],
      ["", "", "", ""],
    ]);
  });

  test("a number under a date format reads back as a Date, as in Sheets", () => {
    const s = sheet();
    s.getRange("A1").setValue(46328).setNumberFormat("yyyy-mm-dd");
    expect(s.getRange("A1").getValue()).toEqual(new Date("2026-11-01T16:00:00.000Z"));
    s.getRange("A1").setNumberFormat("0.00");
    expect(s.getRange("A1").getValue()).toBe(46328);
    expect(s.getRange("A1").getDisplayValue()).toBe("46328.00");
  });

  test("display values follow common number formats", () => {
    const s = sheet();
    const r = s.getRange("A1:F1");
    r.setValues([[1234.5, 0.153, -8, 1234567.891, 5, 0.5]]);
    r.setNumberFormats([["#,##0.00", "0.0%", "0.00;(0.00)", '"¥"#,##0', "000", "#.##"]]);
    expect(r.getDisplayValues()).toEqual([["1,234.50", "15.3%", "(8.00)", "¥1,234,568", "005", ".5"]]);
  });

  test("getNumberFormats reports the automatic format for untouched cells", () => {
    const s = sheet();
    s.getRange("B1").setNumberFormat("0.00");
    expect(s.getRange("A1:B1").getNumberFormats()).toEqual([["0.###############", "0.00"]]);
    s.getRange("B1").setNumberFormat("General");
    expect(s.getRange("B1").getNumberFormat()).toBe("0.###############");
  });
});
