/** What a cell holds after a write (USER_ENTERED, as setValue/setValues write), and what getValues gives back. */
import type { LocalSheet } from "../../../src/local/runtime/model/sheet";
import { CellError, toCellValue, userEntered } from "../../../src/local/runtime/values";
import { newWorkbook } from "../../../src/local/runtime/workbook";

function sheet(locale?: string): LocalSheet {
  return newWorkbook(locale ? { locale } : {}).getSheets()[0];
}

describe("setValues parses text the way Sheets does for typed input", () => {
  test("a leading = makes a formula; one Sheets cannot parse is kept and shows #ERROR!", () => {
    const s = sheet();
    s.getRange("A1:B1").setValues([["=SUM(1,2)", "= not a formula?"]]);
    expect(s.getRange("A1:B1").getFormulas()).toEqual([["=SUM(1,2)", "= not a formula?"]]);
    expect(s.getRange("A1:B1").getValues()).toEqual([[3, "#ERROR!"]]);
    expect(s.getLastRow()).toBe(1);
  });

  test("a leading apostrophe keeps the rest as text, whatever it looks like", () => {
    const s = sheet();
    s.getRange("A1:D1").setValues([['\'=HYPERLINK("x")', "'0012", "'TRUE", "'2026-11-02"]]);
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

  test("numeric text becomes a number: signs, leading zeros, a trailing point, exponents", () => {
    const s = sheet();
    const r = s.getRange("A1:H1");
    r.setValues([["42", "-12.5", "+3", "007", "00123", "1e3", "12.", ".5"]]);
    expect(r.getValues()).toEqual([[42, -12.5, 3, 7, 123, 1000, 12, 0.5]]);
  });

  test("text that only looks partly numeric stays text", () => {
    const s = sheet();
    const r = s.getRange("A1:H1");
    r.setValues([["5 5", "1,23", "138-0013-1005", "2026-13-01", "25:00", "No. 3", "1.2.3.4", "A-12"]]);
    expect(r.getValues()).toEqual([["5 5", "1,23", "138-0013-1005", "2026-13-01", "25:00", "No. 3", "1.2.3.4", "A-12"]]);
  });

  test("TRUE and FALSE in any case become booleans", () => {
    const s = sheet();
    s.getRange("A1:C1").setValues([["true", "FALSE", "Truely"]]);
    expect(s.getRange("A1:C1").getValues()).toEqual([[true, false, "Truely"]]);
    expect(s.getRange("A1:C1").getDisplayValues()).toEqual([["TRUE", "FALSE", "Truely"]]);
  });

  test("spaces around a number, a date or a boolean do not keep it text", () => {
    const s = sheet();
    s.getRange("A1:C1").setValues([[" 5", "True ", " 2026-11-04 "]]);
    expect(s.getRange("A1:C1").getDisplayValues()).toEqual([["5", "TRUE", "2026-11-04"]]);
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
  test("a number under a date format reads back as a Date, as in Sheets", () => {
    const s = sheet();
    s.getRange("A1").setValue(46328).setNumberFormat("yyyy-mm-dd");
    expect(s.getRange("A1").getValue()).toEqual(new Date("2026-11-01T16:00:00.000Z"));
    s.getRange("A1").setNumberFormat("0.00");
    expect(s.getRange("A1").getValue()).toBe(46328);
    expect(s.getRange("A1").getDisplayValue()).toBe("46328.00");
  });
});

describe("userEntered and toCellValue on their own", () => {
  test("a Date is stored as the spreadsheet's wall clock: midnight gets a date format, any other time a date-time format", () => {
    expect(userEntered(new Date("2026-11-01T16:00:00.000Z"), "", "Asia/Shanghai")).toEqual({ value: 46328, format: "yyyy-mm-dd", isDate: true });
    expect(userEntered(new Date("2026-11-02T01:30:00.000Z"), "", "Asia/Shanghai")).toMatchObject({ format: "yyyy-mm-dd hh:mm:ss", isDate: true });
    expect(userEntered(new Date(Number.NaN), "", "UTC")).toEqual({ value: "Invalid Date" });
  });

  test("a formula error value is kept as it is, and reads back as its code", () => {
    const error = new CellError("#N/A");
    expect(userEntered(error, "", "UTC")).toEqual({ value: error });
    expect(toCellValue(error, "", "UTC")).toBe("#N/A");
  });

  test("text past 64 characters is never read as a number or a date", () => {
    const long = `${"1".repeat(64)}`;
    expect(userEntered(long, "", "UTC").value).toBe(Number(long));
    expect(userEntered(` ${long}`, "", "UTC").value).toBe(` ${long}`);
  });

  test("an empty cell reads as ''; a number under a time format as a Date of 1899-12-30, the day Sheets counts from", () => {
    expect(toCellValue(undefined, "", "UTC")).toBe("");
    expect(toCellValue(0.5, "hh:mm", "UTC")).toEqual(new Date("1899-12-30T12:00:00.000Z"));
  });
});
