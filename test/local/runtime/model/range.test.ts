/** A range's values, formulas, formats, notes, rules and styles, with Apps Script's checks and messages. */
import type { LocalSheet } from "../../../../src/local/runtime/model/sheet";
import { DataValidationBuilder } from "../../../../src/local/runtime/model/validation";
import { newWorkbook } from "../../../../src/local/runtime/workbook";

function sheet(): LocalSheet {
  return newWorkbook({ locale: "en_US" }).getSheets()[0];
}

describe("shape checks", () => {
  test("too few rows: Apps Script's message, nothing written", () => {
    const s = sheet();
    expect(() => s.getRange(1, 1, 3, 2).setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
    expect(s.getLastRow()).toBe(0);
  });

  test("a row of the wrong width: the column message, nothing written", () => {
    const s = sheet();
    expect(() =>
      s.getRange("A1:C2").setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow("The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.");
    expect(s.getRange("A1").getValue()).toBe("");
  });

  test("a non-array is a signature error, and so is an array given to setValue", () => {
    const s = sheet();
    expect(() => s.getRange("A1").setValues("x" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => s.getRange("A1").setValues([1] as never)).toThrow(
      "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(() => s.getRange("A1").setValue([[1]])).toThrow("The parameters (Object[][]) don't match the method signature for SpreadsheetApp.Range.setValue.");
  });

  test("every *s setter checks the shape the same way", () => {
    const r = sheet().getRange("A1:B1");
    const one = [["x"]];
    for (const call of [
      () => r.setFormulas(one),
      () => r.setNumberFormats(one),
      () => r.setNotes(one),
      () => r.setFontWeights(one),
      () => r.setBackgrounds(one),
    ]) {
      expect(call).toThrow("The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.");
    }
  });
});

describe("values and formulas", () => {
  it("refuses a string longer than 50,000 characters with Sheets' message, writing nothing of the block", () => {
    const sheet = newWorkbook().getSheets()[0];
    const range = sheet.getRange(1, 1, 1, 2);
    expect(() => range.setValues([["ok", "x".repeat(50_001)]])).toThrow("Your input contains more than the maximum of 50000 characters in a single cell.");
    expect(() => sheet.getRange(1, 1).setValue("x".repeat(50_001))).toThrow(/maximum of 50000 characters/);
    expect(range.getValues()).toEqual([["", ""]]);
    sheet.getRange(1, 1).setValue("x".repeat(50_000));
    expect(String(sheet.getRange(1, 1).getValue())).toHaveLength(50_000);
  });

  test("getValues has the range's exact shape with '' for empty cells", () => {
    const s = sheet();
    s.getRange("B3").setValue("x");
    expect(s.getRange(2, 1, 3, 4).getValues()).toEqual([
      ["", "", "", ""],
      ["", "x", "", ""],
      ["", "", "", ""],
    ]);
  });

  test("setFormula writes one formula into every cell; text without = is a value; '' clears", () => {
    const s = sheet();
    s.getRange("A1:A2").setValues([[2], [3]]);
    s.getRange("B1:B2").setFormulas([["=A1*2"], ["=A2*2"]]);
    s.getRange("C1:C2").setFormula("=1+1");
    s.getRange("D1").setFormula("007");
    expect(s.getRange("B1:D2").getValues()).toEqual([
      [4, 2, 7],
      [6, 2, ""],
    ]);
    expect(s.getRange("D1").getFormula()).toBe("");
    s.getRange("B1").setFormula("");
    expect([s.getRange("B1").getValue(), s.getRange("B1").getFormula()]).toEqual(["", ""]);
  });

  test("display values are what the cell shows: TRUE/FALSE, error codes, numbers in the cell's format", () => {
    const s = sheet();
    s.getRange("A1:D1").setValues([[true, "=1/0", 0.5, "text"]]);
    s.getRange("C1").setNumberFormat("0%");
    expect(s.getRange("A1:D1").getDisplayValues()).toEqual([["TRUE", "#DIV/0!", "50%", "text"]]);
    expect(s.getRange("C1").getDisplayValue()).toBe("50%");
  });
});

describe("formats, notes and rules", () => {
  test("getNumberFormats reports the automatic format for untouched cells; General is automatic", () => {
    const s = sheet();
    s.getRange("B1").setNumberFormat("0.00");
    expect(s.getRange("A1:B1").getNumberFormats()).toEqual([["0.###############", "0.00"]]);
    s.getRange("B1").setNumberFormat("General");
    expect(s.getRange("B1").getNumberFormat()).toBe("0.###############");
    expect(s.grid.get(1, 2)?.format).toBeUndefined();
  });

  test("notes: set, read, and cleared by '' or null", () => {
    const s = sheet();
    s.getRange("A1:B1").setNotes([["first", ""]]);
    expect(s.getRange("A1:B1").getNotes()).toEqual([["first", ""]]);
    s.getRange("A1").setNote(null);
    expect(s.getRange("A1").getNote()).toBe("");
  });

  test("data validation rules: set on every cell, read back, cleared with null", () => {
    const s = sheet();
    const rule = new DataValidationBuilder().requireValueInList(["现金", "物资"], false).setHelpText("选择方式").build();
    s.getRange("D2:D4").setDataValidation(rule);
    expect(s.getRange("D2:D4").getDataValidations()).toEqual([[rule], [rule], [rule]]);
    expect(s.getRange("D5").getDataValidation()).toBeNull();
    s.getRange("D3").setDataValidation(null);
    expect(
      s
        .getRange("D2:D4")
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([false, true, false]);
  });

  test("a builder is not a rule: setDataValidation refuses it", () => {
    const s = sheet();
    expect(() => s.getRange("A1").setDataValidation(new DataValidationBuilder().requireValueInList(["a"]) as never)).toThrow(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  });
});

describe("styles", () => {
  test("bold, backgrounds and horizontal alignment are kept in Sheets' normalised form; null resets", () => {
    const s = sheet();
    const r = s.getRange("A1:B1");
    r.setBackgrounds([["#F00", "rgb(0, 128, 255)"]]).setFontWeight("BOLD");
    r.setHorizontalAlignments([["center", "normal"]]);
    expect([s.grid.get(1, 1), s.grid.get(1, 2)]).toEqual([
      { background: "#ff0000", bold: true, hAlign: "center" },
      { background: "#0080ff", bold: true },
    ]);
    r.setBackground(null).setFontWeights([["normal", null]]);
    expect([s.grid.get(1, 1), s.grid.get(1, 2)]).toEqual([{ hAlign: "center" }, {}]);
  });

  test("an alignment Sheets does not have is refused before any cell changes", () => {
    const s = sheet();
    expect(() => s.getRange("A1:B1").setHorizontalAlignments([["left", "middle"]])).toThrow("Invalid argument: middle");
    expect(s.grid.get(1, 1)).toBeUndefined();
  });
});

describe("merges", () => {
  test("merge keeps the top-left value and blanks the rest", () => {
    const s = sheet();
    s.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    s.getRange("A1:B2").merge();
    expect(s.getRange("A1:B2").getValues()).toEqual([
      [1, ""],
      ["", ""],
    ]);
    expect(s.merges).toEqual([{ row: 1, column: 1, numRows: 2, numColumns: 2 }]);
  });

  test("a merge may swallow whole merges but not cut one; a single cell is no merge", () => {
    const s = sheet();
    s.getRange("A1:B2").merge();
    expect(() => s.getRange("B2:C3").merge()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
    s.getRange("A1:C3").merge();
    s.getRange("E5").merge();
    expect(s.merges).toEqual([{ row: 1, column: 1, numRows: 3, numColumns: 3 }]);
  });
});

test("a range protection covers exactly the range's cells", () => {
  const s = sheet();
  const p = s.getRange("B2:C4").protect();
  expect([p.type, p.range]).toEqual(["RANGE", { row: 2, column: 2, numRows: 3, numColumns: 2 }]);
  expect(s.getProtections("RANGE")).toEqual([p]);
});
