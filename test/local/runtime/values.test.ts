/** What a cell holds after a write, and what the read methods return for it. */
import { type LocalSheet, newWorkbook, wallClockAt } from "../../../src/local/runtime";

function sheet(locale?: string): LocalSheet {
  return newWorkbook(locale ? { locale } : {}).getSheets()[0];
}

/** What a cell shows and holds after `text` is written to it. */
function typed(text: string, locale = "en_US") {
  const r = sheet(locale).getRange("A1");
  r.setValue(text);
  const v = r.getValue();
  return { value: v instanceof Date ? v.toISOString() : v, format: r.getNumberFormat(), shown: r.getDisplayValue() };
}

const thisYear = wallClockAt(Date.now(), "Asia/Shanghai").year;

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

describe("typed text in the spreadsheet's locale", () => {
  test("thousands separators: 1,234 in en_US and zh_CN; 1.234,5 in de_DE; the number keeps a grouped format", () => {
    expect(typed("1,234")).toEqual({ value: 1234, format: "#,##0", shown: "1,234" });
    expect(typed("1,234", "zh_CN").value).toBe(1234);
    expect(typed("1,234,567.5", "zh_CN")).toMatchObject({ value: 1234567.5, format: "#,##0.00" });
    expect(typed("1.234,5", "de_DE").value).toBe(1234.5);
    expect(typed("1.234", "de_DE").value).toBe(1234);
    expect(typed("12,5", "de_DE").value).toBe(12.5);
    expect(typed("1.5", "en_US").value).toBe(1.5);
    expect(typed("1 234,5", "fr_FR").value).toBe(1234.5);
  });

  test("percentages become fractions with a percent format", () => {
    expect(typed("15%")).toEqual({ value: 0.15, format: "0%", shown: "15%" });
    expect(typed("12.5%", "zh_CN")).toMatchObject({ value: 0.125, format: "0.00%", shown: "12.50%" });
    expect(typed("-3%").value).toBe(-0.03);
    expect(typed("7,5%", "de_DE").value).toBe(0.075);
  });

  test("currency: $, ¥ and ￥ before the amount, € after it, a sign on either side", () => {
    expect(typed("$12")).toEqual({ value: 12, format: '"$"#,##0.00', shown: "$12.00" });
    expect(typed("¥1,200", "zh_CN")).toMatchObject({ value: 1200, format: '"¥"#,##0.00', shown: "¥1,200.00" });
    expect(typed("￥12", "zh_CN")).toMatchObject({ value: 12, shown: "￥12.00" });
    expect(typed("-$12.50").value).toBe(-12.5);
    expect(typed("$-12").value).toBe(-12);
    expect(typed("12 €", "de_DE").value).toBe(12);
    expect(typed("(1,234)").value).toBe(-1234);
    expect(typed("US$12").value).toBe("US$12");
  });

  test("a format already on the cell is kept; only Automatic cells take the typed kind's format", () => {
    const r = sheet().getRange("A1");
    r.setNumberFormat("0.00");
    r.setValue("15%");
    expect([r.getValue(), r.getNumberFormat(), r.getDisplayValue()]).toEqual([0.15, "0.00", "0.15"]);
  });

  test("slash dates follow the locale's month/day order; a date without a year is in this year", () => {
    expect(typed("11/4/2026")).toMatchObject({ format: "yyyy-mm-dd", shown: "2026-11-04" });
    expect(typed("11/4/2026", "en_GB").shown).toBe("2026-04-11");
    expect(typed("4.11.2026", "de_DE").shown).toBe("2026-11-04");
    expect(typed("2026/11/4", "zh_CN").shown).toBe("2026-11-04");
    expect(typed("3/4").shown).toBe(`${thisYear}-03-04`);
    expect(typed("3/4", "zh_CN").shown).toBe(`${thisYear}-03-04`);
    expect(typed("3/4", "en_GB").shown).toBe(`${thisYear}-04-03`);
    expect(typed("11月4日", "zh_CN").shown).toBe(`${thisYear}-11-04`);
    expect(typed("2026年11月4日", "zh_CN").shown).toBe("2026-11-04");
    expect(typed("3/4/26").shown).toBe("2026-03-04");
    expect(typed("2/30/2026").value).toBe("2/30/2026");
  });

  test("times and date-times", () => {
    const time = sheet().getRange("A1");
    time.setValue("19:30");
    expect([time.getNumberFormat(), time.getDisplayValue()]).toEqual(["hh:mm", "19:30"]);
    expect(time.getValue()).toBeInstanceOf(Date);
    expect(typed("7:30 PM").shown).toBe("19:30");
    expect(typed("11/4/2026 19:30")).toMatchObject({ format: "yyyy-mm-dd hh:mm:ss", shown: "2026-11-04 19:30:00" });
    expect(typed("2026-11-04T09:30:15").shown).toBe("2026-11-04 09:30:15");
  });

  test("an apostrophe or a plain-text cell keeps every one of these as typed", () => {
    const s = sheet("zh_CN");
    const texts = ["1,234", "00123", "15%", "¥12", "1e3", "3/4", "19:30", "2026-11-04"];
    s.getRange(1, 1, 1, texts.length).setValues([texts.map((t) => `'${t}`)]);
    s.getRange(2, 1, 1, texts.length).setNumberFormat("@").setValues([texts]);
    expect(s.getRange(1, 1, 2, texts.length).getValues()).toEqual([texts, texts]);
  });

  test("long text is read quickly, whatever it looks like", () => {
    const s = sheet();
    const long = [`${"1".repeat(50000)}x`, "1/".repeat(20000), "(".repeat(20000), `$${"1,".repeat(20000)}`, "9:".repeat(20000)];
    const t0 = Date.now();
    s.getRange(1, 1, 1, long.length).setValues([long]);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(s.getRange(1, 1, 1, long.length).getValues()).toEqual([long]);
  });
});
