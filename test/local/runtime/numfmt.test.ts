/** getDisplayValues under Sheets/Excel number formats; formats come from workbooks, so from users, and must not hang. */
import { formatNumberWith, generalNumber, isAutomaticFormat, isDateFormat, splitSections } from "../../../src/local/runtime/numfmt";
import { newWorkbook } from "../../../src/local/runtime/workbook";
import { finishes } from "../../hang-guard";

const N = 50_000;

test("display values follow common number formats", () => {
  const r = newWorkbook().getSheets()[0].getRange("A1:F1");
  r.setValues([[1234.5, 0.153, -8, 1234567.891, 5, 0.5]]);
  r.setNumberFormats([["#,##0.00", "0.0%", "0.00;(0.00)", '"¥"#,##0', "000", "#.##"]]);
  expect(r.getDisplayValues()).toEqual([["1,234.50", "15.3%", "(8.00)", "¥1,234,568", "005", ".5"]]);
});

test("the automatic format shows a number as Sheets does: no float noise, an exponent past 15 digits", () => {
  expect(formatNumberWith(0.1 + 0.2, "")).toBe("0.3");
  expect(generalNumber(1e15)).toBe("1E+15");
  expect(generalNumber(-1.5e-10)).toBe("-1.5E-10");
  expect(generalNumber(123456789012345)).toBe("123456789012345");
  expect(generalNumber(Number.POSITIVE_INFINITY)).toBe("#NUM!");
  expect([isAutomaticFormat(""), isAutomaticFormat("0.###############"), isAutomaticFormat("General"), isAutomaticFormat("0")]).toEqual([
    true,
    true,
    true,
    false,
  ]);
});

test("sections: negative, zero, and a section left empty falls back to the first with a minus sign", () => {
  expect(formatNumberWith(-5, '0.0;[Red]-0.0;"zero"')).toBe("-5.0");
  expect(formatNumberWith(0, '0.0;(0.0);"zero"')).toBe("zero");
  expect(formatNumberWith(-5, "0.0;;")).toBe("-5.0");
  expect(formatNumberWith(-0.004, "0.00")).toBe("0.00");
  expect(splitSections('0;"a;b";0')).toEqual(["0", '"a;b"', "0"]);
});

test("date formats show the serial's wall clock; mm after h or before s is minutes, elsewhere months", () => {
  const serial = 46328 + (19 * 60 + 5) / 1440; // 2026-11-02 19:05
  expect(formatNumberWith(serial, "yyyy-mm-dd hh:mm:ss")).toBe("2026-11-02 19:05:00");
  expect(formatNumberWith(serial, "d mmm yy, h:mm AM/PM")).toBe("2 Nov 26, 7:05 PM");
  expect(formatNumberWith(serial, "dddd, mmmm d")).toBe("Monday, November 2");
  expect(formatNumberWith(1.5 + 5 / 1440, "[h]:mm")).toBe("36:05");
  expect(formatNumberWith((30 * 60 + 5) / 86400, "[mm]:ss")).toBe("30:05");
  expect(formatNumberWith(3 / 24, "[hh]")).toBe("03");
  expect(formatNumberWith(serial, 'yyyy"年"m"月"d"日"')).toBe("2026年11月2日");
  expect([isDateFormat("yyyy-mm-dd"), isDateFormat("hh:mm"), isDateFormat('0.00" days"'), isDateFormat("@"), isDateFormat("General")]).toEqual([
    true,
    true,
    false,
    false,
    false,
  ]);
});

test("ordinary formats still read as before", () => {
  expect(formatNumberWith(1234.5, "#,##0.00")).toBe("1,234.50");
  expect(formatNumberWith(1234567, "#,##0,")).toBe("1,235");
  expect(formatNumberWith(12.5, "[$¥-804]#,##0.00")).toBe("¥12.50");
  expect(formatNumberWith(-3, "[Red]0;[Blue](0)")).toBe("(3)");
  expect(isDateFormat("[h]:mm")).toBe(true);
  expect(isDateFormat("[Red]0.00")).toBe(false);
});

test("a format with 50,000 unclosed brackets, or a long run of commas, is read in one pass", () => {
  expect(finishes(() => isDateFormat(`${"[".repeat(N)}0`))).toBe(false);
  expect(typeof finishes(() => formatNumberWith(1234.5, `${"[".repeat(N)}0.00`))).toBe("string");
  expect(typeof finishes(() => formatNumberWith(1234.5, `${"[$".repeat(N)}0.00`))).toBe("string");
  expect(finishes(() => formatNumberWith(1234.5, `0${",".repeat(N)}`))).toBe("0");
  expect(finishes(() => formatNumberWith(1234567, `#,${"0".repeat(N)}`)).length).toBeGreaterThan(N);
});

test("a date format of thousands of minute tokens is written in one pass", () => {
  const text = finishes(() => formatNumberWith(46000.5, `h${" m".repeat(N / 2)}`));
  // 2025-12-09 12:00: the first m after h is minutes, the others months.
  expect(text.startsWith("12 0 12 12 ")).toBe(true);
});
