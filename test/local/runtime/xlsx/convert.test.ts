/** Between Sheets' units and rules and the .xlsx format's. */

import { DataValidationBuilder, LocalDataValidation } from "../../../../src/local/runtime/model/validation";
import { newWorkbook, workbookFromTabs } from "../../../../src/local/runtime/workbook";
import {
  argbFromColor,
  colorFromArgb,
  fromExcelValidation,
  pixelsFromPoints,
  pixelsFromWidth,
  pointsFromPixels,
  toExcelValidation,
  utcWallDate,
  widthFromPixels,
} from "../../../../src/local/runtime/xlsx/convert";

test("colours: xlsx's FFRRGGBB is Sheets' lower-case #rrggbb; theme and indexed colours are not read", () => {
  expect(colorFromArgb("FFD9EAD3")).toBe("#d9ead3");
  expect(argbFromColor("#d9ead3")).toBe("FFD9EAD3");
  expect([colorFromArgb(undefined), colorFromArgb("theme1"), colorFromArgb("FFF")]).toEqual([undefined, undefined, undefined]);
});

test("sizes: a column of n characters is 7n + 5 pixels; a row of p points is 4p/3 pixels; both round-trip", () => {
  expect(pixelsFromWidth(12.63)).toBe(93);
  expect(pixelsFromWidth(widthFromPixels(180))).toBe(180);
  expect(pixelsFromPoints(15.75)).toBe(21);
  expect(pixelsFromPoints(pointsFromPixels(30))).toBe(30);
  expect(widthFromPixels(2)).toBe(0);
});

test("a serial goes to exceljs as a UTC Date holding the wall clock", () => {
  expect(utcWallDate(46328.75).toISOString()).toBe("2026-11-02T18:00:00.000Z");
});

describe("data validation rules", () => {
  const book = workbookFromTabs([{ name: "设置 表", rows: [["a"], ["b"]] }]);
  const rule = (criteria: ConstructorParameters<typeof LocalDataValidation>[0], args: unknown[], allowInvalid = false, help: string | null = null) =>
    new LocalDataValidation(criteria, args, allowInvalid, help);

  test("a list keeps its items, quotes doubled; help text becomes the input prompt; allowing invalid data is a warning", () => {
    const dv = toExcelValidation(new DataValidationBuilder().requireValueInList(['说"好"', "b"]).setHelpText("选一个").build(), book)!;
    expect(dv).toEqual({
      type: "list",
      formulae: ['"说""好"",b"'],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning",
      showInputMessage: true,
      prompt: "选一个",
    });
    const back = fromExcelValidation(dv, book, "设置 表")!;
    expect([back.getCriteriaType(), back.getCriteriaValues(), back.allowInvalid, back.helpText]).toEqual([
      "VALUE_IN_LIST",
      [['说"好"', "b"], true],
      true,
      "选一个",
    ]);
  });

  test("a list from a range names its tab, quoted when the name needs it", () => {
    const s = book.getSheetByName("设置 表")!;
    const dv = toExcelValidation(new DataValidationBuilder().requireValueInRange(s.getRange("A1:A2")).setAllowInvalid(false).build(), book)!;
    expect(dv.formulae).toEqual(["'设置 表'!$A$1:$A$2"]);
    expect(dv.errorStyle).toBeUndefined();
    const back = fromExcelValidation(dv, book, "other")!;
    const target = back.getCriteriaValues()[0] as { sheet: unknown; row: number; numRows: number };
    expect([target.sheet, target.row, target.numRows]).toEqual([s, 1, 2]);
  });

  test("a range rule pointing at a missing tab, or at nothing, is dropped rather than guessed", () => {
    expect(fromExcelValidation({ type: "list", formulae: ["Missing!$A$1:$A$3"] } as never, book, "设置 表")).toBeUndefined();
    expect(fromExcelValidation({ type: "list", formulae: ["#REF!"] } as never, book, "设置 表")).toBeUndefined();
  });

  test("number and date rules map to Excel's operators both ways; any date is 'on or after 1900-01-01'", () => {
    expect(toExcelValidation(rule("NUMBER_BETWEEN", [1, 10]), book)).toMatchObject({ type: "decimal", operator: "between", formulae: [1, 10] });
    expect(fromExcelValidation({ type: "whole", operator: "lessThan", formulae: [5] } as never, book, "s")!.getCriteriaType()).toBe("NUMBER_LESS_THAN");
    const anyDate = toExcelValidation(rule("DATE_IS_VALID_DATE", []), book)!;
    expect(anyDate).toMatchObject({ type: "date", operator: "greaterThanOrEqual" });
    expect(fromExcelValidation(anyDate, book, "s")!.getCriteriaType()).toBe("DATE_IS_VALID_DATE");
    const after = new Date("2026-09-01T00:00:00+08:00");
    const dv = toExcelValidation(rule("DATE_AFTER", [after]), book)!;
    expect(dv).toMatchObject({ type: "date", operator: "greaterThan", formulae: [new Date("2026-09-01T00:00:00.000Z")] });
    expect(fromExcelValidation(dv, book, "s")!.getCriteriaValues()).toEqual([after]);
  });

  test("a custom formula travels without its =, and comes back with it", () => {
    const dv = toExcelValidation(rule("CUSTOM_FORMULA", ["=LEN(A1)<5"]), book)!;
    expect(dv.formulae).toEqual(["LEN(A1)<5"]);
    expect(fromExcelValidation(dv, book, "s")!.getCriteriaValues()).toEqual(["=LEN(A1)<5"]);
  });

  test("a rule showing no error is one that allows invalid data", () => {
    const loose = fromExcelValidation({ type: "decimal", operator: "equal", formulae: [1], showErrorMessage: false } as never, newWorkbook(), "s")!;
    const strict = fromExcelValidation({ type: "decimal", operator: "equal", formulae: [1], showErrorMessage: true } as never, newWorkbook(), "s")!;
    expect([loose.allowInvalid, strict.allowInvalid]).toEqual([true, false]);
  });

  test("Excel rules Sheets has no counterpart for here (text length, times) are dropped", () => {
    expect(fromExcelValidation({ type: "textLength", operator: "lessThan", formulae: [5] } as never, book, "s")).toBeUndefined();
    expect(fromExcelValidation({ type: "time", operator: "between", formulae: [0, 0.5] } as never, book, "s")).toBeUndefined();
  });
});
