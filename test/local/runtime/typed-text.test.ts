/**
 * Text written with setValue/setValues is read as if typed, in the spreadsheet's locale: numbers with
 * the locale's separators, percentages, currency, dates by the locale's day/month order, times.
 */

import type { LocalSheet } from "../../../src/local/runtime/model/sheet";
import { parseDateText, parseNumberText } from "../../../src/local/runtime/typed-text";
import { serialOfWallClock, wallClockAt } from "../../../src/local/runtime/tz";
import { newWorkbook } from "../../../src/local/runtime/workbook";
import { finishes } from "../../hang-guard";

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
const day = (year: number, month: number, d: number) => serialOfWallClock({ year, month, day: d, hour: 0, minute: 0, second: 0, ms: 0 });

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
    // At a cell's 50,000 characters: a pattern that retried from every position would hang here.
    const long = [`${"1".repeat(49_999)}x`, "1/".repeat(20000), "(".repeat(20000), `$${"1,".repeat(20000)}`, "9:".repeat(20000)];
    finishes(() => s.getRange(1, 1, 1, long.length).setValues([long]));
    expect(s.getRange(1, 1, 1, long.length).getValues()).toEqual([long]);
  });
});

describe("parseNumberText and parseDateText on their own", () => {
  test("a number's marks are the locale's: a comma is a decimal in de and fr, a group in en and zh; a malformed group is text", () => {
    expect(parseNumberText("1,5", "de_DE")).toEqual({ value: 1.5, format: undefined });
    expect(parseNumberText("1,5", "en_US")).toBeUndefined();
    expect(parseNumberText("1,234.5", "de_DE")).toBeUndefined();
    expect(parseNumberText("12,34,567", "zh_CN")).toBeUndefined();
    expect(parseNumberText("1\u00a0234,5", "fr_FR")?.value).toBe(1234.5);
    expect(parseNumberText("+.5", "en_US")?.value).toBe(0.5);
    expect(parseNumberText(".", "en_US")).toBeUndefined();
  });

  test("a negative in parentheses takes a plain amount only, and a sign on both sides of a currency symbol is text", () => {
    expect(parseNumberText("(12.5)", "en_US")?.value).toBe(-12.5);
    expect(parseNumberText("(-12)", "en_US")).toBeUndefined();
    expect(parseNumberText("-$-12", "en_US")).toBeUndefined();
    expect(parseNumberText("€12", "en_US")).toEqual({ value: 12, format: '"€"#,##0.00' });
    expect(parseNumberText("12 ₩", "ko_KR")).toEqual({ value: 12, format: '#,##0.00"₩"' });
  });

  test("a date without a year takes the year of `now` in the spreadsheet's zone", () => {
    // 2026-12-31 20:00 UTC is already 2027 in Shanghai.
    const now = Date.UTC(2026, 11, 31, 20);
    expect(parseDateText("3/4", "en_US", "Asia/Shanghai", now)?.value).toBe(day(2027, 3, 4));
    expect(parseDateText("3/4", "en_US", "UTC", now)?.value).toBe(day(2026, 3, 4));
  });

  test("two-digit years 00–29 are this century and 30–99 the last; three-digit years are not dates", () => {
    expect(parseDateText("1/2/29", "en_US", "UTC")?.value).toBe(day(2029, 1, 2));
    expect(parseDateText("1/2/30", "en_US", "UTC")?.value).toBe(day(1930, 1, 2));
    expect(parseDateText("1/2/202", "en_US", "UTC")).toBeUndefined();
    expect(parseDateText("202/1/2", "en_US", "UTC")).toBeUndefined();
  });

  test("a dotted date is day first and only in day-first locales; ISO dates are year first everywhere", () => {
    expect(parseDateText("4.11.2026", "de_DE", "UTC")?.value).toBe(day(2026, 11, 4));
    expect(parseDateText("4.11.2026", "en_US", "UTC")).toBeUndefined();
    expect(parseDateText("2026.11.4", "en_US", "UTC")?.value).toBe(day(2026, 11, 4));
    expect(parseDateText("2026-2-29", "zh_CN", "UTC")).toBeUndefined();
    expect(parseDateText("2028-2-29", "zh_CN", "UTC")?.value).toBe(day(2028, 2, 29));
  });

  test("12-hour times run 1–12; midnight is 12 AM; hours past 23 or minutes past 59 are not times", () => {
    expect(parseDateText("12:00 AM", "en_US", "UTC")?.value).toBe(0);
    expect(parseDateText("12:30 pm", "en_US", "UTC")?.value).toBeCloseTo(12.5 / 24, 10);
    expect(parseDateText("13:00 PM", "en_US", "UTC")).toBeUndefined();
    expect(parseDateText("24:00", "en_US", "UTC")).toBeUndefined();
    expect(parseDateText("9:60", "en_US", "UTC")).toBeUndefined();
    expect(parseDateText("9:05:07", "en_US", "UTC")).toEqual({ value: (9 * 3600 + 5 * 60 + 7) / 86400, format: "hh:mm:ss", isDate: true });
  });

  test("日 dates are read in Chinese, Japanese and Korean spreadsheets only", () => {
    expect(parseDateText("2026年11月4日", "ja_JP", "UTC")?.value).toBe(day(2026, 11, 4));
    expect(parseDateText("2026年11月4日", "en_US", "UTC")).toBeUndefined();
  });
});
