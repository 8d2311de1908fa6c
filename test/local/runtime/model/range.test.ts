/** Range geometry, Apps Script's error messages, and the cell properties a range carries. */
import { DataValidationBuilder, type LocalSheet, newWorkbook } from "../../../../src/local/runtime";

function sheet(): LocalSheet {
  return newWorkbook({ locale: "en_US" }).getSheets()[0];
}

describe("setValues shape checks", () => {
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

  test("a non-array is a signature error", () => {
    const s = sheet();
    expect(() => s.getRange("A1").setValues("x" as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test("errors are named Exception, like Apps Script's", () => {
    const s = sheet();
    let caught: unknown;
    try {
      s.getRange(1, 1, 2, 1).setValues([[1]]);
    } catch (e) {
      caught = e;
    }
    expect(String(caught)).toMatch(/^Exception: The number of rows/);
  });
});

describe("getRange bounds", () => {
  test("rows and columns past the grid are out of bounds", () => {
    const s = sheet();
    expect(s.getMaxRows()).toBe(1000);
    expect(s.getMaxColumns()).toBe(26);
    expect(() => s.getRange(1001, 1)).toThrow("Those rows are out of bounds.");
    expect(() => s.getRange(999, 1, 5, 1)).toThrow("Those rows are out of bounds.");
    expect(() => s.getRange(1, 27)).toThrow("Those columns are out of bounds.");
    expect(() => s.getRange("AA1")).toThrow("Those columns are out of bounds.");
    expect(s.getRange(1000, 26).getA1Notation()).toBe("Z1000");
  });

  test("zero or negative coordinates have their own messages", () => {
    const s = sheet();
    expect(() => s.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => s.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => s.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => s.getRange(1, 1, 1, 0)).toThrow("The number of columns in the range must be at least 1.");
  });

  test("bad A1 text is 'Range not found'", () => {
    const s = sheet();
    for (const bad of ["", "A", "1A", "A1:B2:C3", "Nope!A1"]) expect(() => s.getRange(bad)).toThrow("Range not found");
  });
});

describe("A1 notation", () => {
  test("cells, blocks, whole columns, whole rows and open-ended ranges", () => {
    const s = sheet();
    const cases: [string, number, number, number, number, string][] = [
      ["B3", 3, 2, 1, 1, "B3"],
      ["$B$3:$C$4", 3, 2, 2, 2, "B3:C4"],
      ["C4:B3", 3, 2, 2, 2, "B3:C4"],
      ["A:B", 1, 1, 1000, 2, "A:B"],
      ["2:3", 2, 1, 2, 26, "2:3"],
      ["A2:C", 2, 1, 999, 3, "A2:C"],
    ];
    for (const [a1, row, col, rows, cols, back] of cases) {
      const r = s.getRange(a1);
      expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getA1Notation()]).toEqual([row, col, rows, cols, back]);
    }
  });

  test("Spreadsheet.getRange resolves a quoted sheet name", () => {
    const book = newWorkbook({ locale: "en_US" });
    book.insertSheet("赞助 记录");
    book.getRange("'赞助 记录'!B2").setValue("x");
    expect(book.getSheetByName("赞助 记录")!.getRange("B2").getValue()).toBe("x");
    expect(() => book.getRange("Missing!A1")).toThrow("Range not found");
  });

  test("offset and getCell move within the grid", () => {
    const s = sheet();
    const r = s.getRange("B2:C3");
    expect(r.offset(1, 1).getA1Notation()).toBe("C3:D4");
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
    expect(r.getCell(2, 2).getA1Notation()).toBe("C3");
    expect(r.getLastRow()).toBe(3);
    expect(r.getLastColumn()).toBe(3);
    expect(() => r.offset(-2, 0)).toThrow("The starting row of the range is too small.");
  });
});

describe("last row and column", () => {
  test("count values and formulas, not formatting or notes", () => {
    const s = sheet();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange("E20").setBackground("#ff0000").setNote("only a note");
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    s.getRange("C5").setValue(1);
    s.getRange("B9").setFormula("=C5");
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([9, 3]);
    expect(s.getDataRange().getA1Notation()).toBe("A1:C9");
  });

  test("an empty sheet's data range is A1", () => {
    expect(sheet().getDataRange().getA1Notation()).toBe("A1");
  });
});

describe("cell properties", () => {
  test("notes", () => {
    const s = sheet();
    s.getRange("A1:B1").setNotes([["first", ""]]);
    expect(s.getRange("A1:B1").getNotes()).toEqual([["first", ""]]);
    s.getRange("A1").clearNote();
    expect(s.getRange("A1").getNote()).toBe("");
  });

  test("styles read back in Sheets' normalised form", () => {
    const s = sheet();
    const r = s.getRange("A1:B1");
    r.setBackgrounds([["#F00", "yellow"]])
      .setFontWeight("bold")
      .setFontColor("#00FF00")
      .setHorizontalAlignment("center");
    expect(r.getBackgrounds()).toEqual([["#ff0000", "#ffff00"]]);
    expect(r.getFontWeights()).toEqual([["bold", "bold"]]);
    expect(r.getFontColor()).toBe("#00ff00");
    expect(r.getHorizontalAlignments()).toEqual([["center", "center"]]);
    expect(s.getRange("C1").getBackground()).toBe("#ffffff");
    expect(s.getRange("C1").getFontWeight()).toBe("normal");
    r.setBackground(null);
    expect(r.getBackground()).toBe("#ffffff");
  });

  test("wrap and wrap strategy are one property", () => {
    const s = sheet();
    s.getRange("A1").setWrap(true);
    expect(s.getRange("A1").getWrapStrategy()).toBe("WRAP");
    s.getRange("A1").setWrapStrategy("CLIP");
    expect(s.getRange("A1").getWrap()).toBe(false);
  });

  test("data validation rules: set, read, clear, and their defaults", () => {
    const s = sheet();
    const rule = new DataValidationBuilder().requireValueInList(["现金", "物资"], false).setHelpText("选择方式").build();
    s.getRange("D2:D4").setDataValidation(rule);
    const [[a], [b], [c]] = s.getRange("D2:D4").getDataValidations();
    expect(a).toBe(rule);
    expect(b).toBe(rule);
    expect(c!.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(c!.getCriteriaValues()).toEqual([["现金", "物资"], false]);
    expect(c!.getAllowInvalid()).toBe(true);
    expect(c!.getHelpText()).toBe("选择方式");
    expect(s.getRange("D5").getDataValidation()).toBeNull();
    const strict = c!.copy().setAllowInvalid(false).build();
    expect(strict.getAllowInvalid()).toBe(false);
    expect(rule.getAllowInvalid()).toBe(true);
    s.getRange("D3").clearDataValidations();
    expect(
      s
        .getRange("D2:D4")
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([false, true, false]);
  });

  test("builder criteria values", () => {
    const s = sheet();
    const b = () => new DataValidationBuilder();
    expect(b().requireNumberBetween(0, 100).build().getCriteriaValues()).toEqual([0, 100]);
    expect(b().requireNumberGreaterThanOrEqualTo(0).build().getCriteriaType()).toBe("NUMBER_GREATER_THAN_OR_EQUAL_TO");
    expect(b().requireDate().build().getCriteriaType()).toBe("DATE_IS_VALID_DATE");
    expect(b().requireCheckbox().build().getCriteriaType()).toBe("CHECKBOX");
    const inRange = b().requireValueInRange(s.getRange("Z1:Z3")).build();
    expect(inRange.getCriteriaType()).toBe("VALUE_IN_RANGE");
    expect((inRange.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation()).toBe("Z1:Z3");
    expect(() => b().build()).toThrow();
  });

  test("setDataValidations checks shape and rejects builders", () => {
    const s = sheet();
    const rule = new DataValidationBuilder().requireCheckbox().build();
    expect(() => s.getRange("A1:A2").setDataValidations([[rule]])).toThrow(/The data has 1 but the range has 2/);
    expect(() => s.getRange("A1").setDataValidation(new DataValidationBuilder().requireCheckbox() as never)).toThrow(/don't match the method signature/);
  });
});

describe("clearing", () => {
  function filled(s: LocalSheet) {
    const r = s.getRange("A1");
    r.setValue(5).setNumberFormat("0.00").setNote("n").setBackground("#ff0000");
    r.setDataValidation(new DataValidationBuilder().requireNumberBetween(1, 9).build());
    return r;
  }

  test("clearContent keeps formats, notes and rules", () => {
    const r = filled(sheet()).clearContent();
    expect([r.getValue(), r.getNumberFormat(), r.getNote(), r.getBackground(), !!r.getDataValidation()]).toEqual(["", "0.00", "n", "#ff0000", true]);
  });

  test("clearFormat keeps the value", () => {
    const r = filled(sheet()).clearFormat();
    expect([r.getValue(), r.getNumberFormat(), r.getBackground()]).toEqual([5, "0.###############", "#ffffff"]);
  });

  test("clear() drops contents and formats; clear({}) drops everything", () => {
    const a = filled(sheet()).clear();
    expect([a.getValue(), a.getBackground(), a.getNote(), !!a.getDataValidation()]).toEqual(["", "#ffffff", "n", true]);
    const b = filled(sheet()).clear({});
    expect([b.getValue(), b.getNote(), b.getDataValidation()]).toEqual(["", "", null]);
  });
});

describe("merges", () => {
  test("merge keeps the top-left value and reports the merged block", () => {
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
    expect(s.getRange("B2").isPartOfMerge()).toBe(true);
    expect(
      s
        .getRange("B2:C3")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:B2"]);
    expect(() => s.getRange("B2:C3").merge()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
  });
});
