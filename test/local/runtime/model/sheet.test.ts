/** A tab: its ranges, its size, rows and columns coming and going, and what rides along. */
import type { LocalSheet } from "../../../../src/local/runtime/model/sheet";
import { DataValidationBuilder } from "../../../../src/local/runtime/model/validation";
import { newWorkbook, workbookFromTabs } from "../../../../src/local/runtime/workbook";

function sheet(): LocalSheet {
  return newWorkbook({ locale: "en_US" }).getSheets()[0];
}

const box = (r: { row: number; column: number; numRows: number; numColumns: number }) => [r.row, r.column, r.numRows, r.numColumns];

describe("getRange", () => {
  test("rows and columns past the grid are out of bounds", () => {
    const s = sheet();
    expect(() => s.getRange(1001, 1)).toThrow("Those rows are out of bounds.");
    expect(() => s.getRange(999, 1, 5, 1)).toThrow("Those rows are out of bounds.");
    expect(() => s.getRange(1, 27)).toThrow("Those columns are out of bounds.");
    expect(() => s.getRange("AA1")).toThrow("Those columns are out of bounds.");
    expect(box(s.getRange(1000, 26))).toEqual([1000, 26, 1, 1]);
  });

  test("zero or negative coordinates have their own messages", () => {
    const s = sheet();
    expect(() => s.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => s.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => s.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => s.getRange(1, 1, 1, 0)).toThrow("The number of columns in the range must be at least 1.");
  });

  test("arguments that are not numbers are a signature error", () => {
    const s = sheet();
    expect(() => s.getRange(1, "B" as never)).toThrow("The parameters (number,String) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    expect(() => s.getRange(Number.NaN, 1)).toThrow(/don't match the method signature/);
  });

  test("A1 notation: cells, blocks either way round, whole columns, whole rows, a column from a row down", () => {
    const s = sheet();
    const cases: [string, number[]][] = [
      ["B3", [3, 2, 1, 1]],
      ["$B$3:$C$4", [3, 2, 2, 2]],
      ["C4:B3", [3, 2, 2, 2]],
      ["A:B", [1, 1, 1000, 2]],
      ["2:3", [2, 1, 2, 26]],
      ["A2:C", [2, 1, 999, 3]],
    ];
    for (const [a1, expected] of cases) expect([a1, box(s.getRange(a1))]).toEqual([a1, expected]);
  });

  test("a range on another tab, named in the notation, is on that tab; a tab that does not exist is 'Range not found'", () => {
    const book = newWorkbook({ locale: "en_US" });
    const other = book.insertSheet("赞助 记录");
    expect(book.getSheets()[0].getRange("'赞助 记录'!B2").sheet).toBe(other);
    for (const bad of ["", "A", "1A", "A1:B2:C3", "Nope!A1"]) expect(() => book.getSheets()[0].getRange(bad)).toThrow("Range not found");
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
    expect(box(s.getDataRange())).toEqual([1, 1, 9, 3]);
  });

  test("an empty sheet's data range is A1", () => {
    expect(box(sheet().getDataRange())).toEqual([1, 1, 1, 1]);
  });
});

describe("rows and columns", () => {
  test("inserted rows move content down and take the formats and rules of the row they follow", () => {
    const book = workbookFromTabs([{ name: "t", rows: [["h"], [1], [2]] }]);
    const s = book.getSheetByName("t")!;
    const rule = new DataValidationBuilder().requireValueInList(["a"]).build();
    s.getRange("A2").setNumberFormat("0.00").setDataValidation(rule);
    s.insertRowsAfter(2, 2);
    expect(s.getRange("A1:A5").getValues().flat()).toEqual(["h", 1, "", "", 2]);
    expect(s.getRange("A3").getNumberFormat()).toBe("0.00");
    expect(s.getRange("A4").getDataValidation()).toBe(rule);
    expect(s.getMaxRows()).toBe(1002);
    s.insertRowsBefore(1, 1);
    expect(s.getRange("A2").getValue()).toBe("h");
    expect(() => s.insertRowsAfter(1004, 1)).toThrow("Those rows are out of bounds.");
    expect(() => s.insertRowsAfter(1, 0)).toThrow("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.insertRows.");
  });

  test("inserted columns move content right and take the formats of the column they follow", () => {
    const book = workbookFromTabs([{ name: "t", rows: [["a", "b"]] }]);
    const s = book.getSheetByName("t")!;
    s.getRange("A1").setFontWeight("bold");
    s.insertColumnAfter(1);
    s.insertColumnsAfter(26, 2);
    expect(s.getRange("A1:C1").getValues()).toEqual([["a", "", "b"]]);
    expect(s.grid.get(1, 2)).toEqual({ bold: true });
    expect(s.getMaxColumns()).toBe(29);
    expect(() => s.insertColumnsAfter(30, 1)).toThrow("Those columns are out of bounds.");
  });

  test("deleteRows shifts content up; out-of-range deletes and deleting every unfrozen row fail", () => {
    const book = workbookFromTabs([{ name: "t", rows: [[1], [2], [3]] }]);
    const s = book.getSheetByName("t")!;
    s.deleteRow(2);
    expect(s.getDataRange().getValues()).toEqual([[1], [3]]);
    expect(s.getMaxRows()).toBe(999);
    expect(() => s.deleteRows(999, 2)).toThrow("Those rows are out of bounds.");
    expect(() => s.deleteRows(0, 1)).toThrow("Those rows are out of bounds.");
    s.setFrozenRows(1);
    expect(() => s.deleteRows(2, 998)).toThrow("Sorry, it is not possible to delete all non-frozen rows.");
    s.deleteRows(1, 1);
    expect([s.getFrozenRows(), s.getRange("A1").getValue()]).toEqual([0, 3]);
  });

  test("merges and frozen rows follow inserts and deletes; a merge cut to one cell is no merge", () => {
    const s = newWorkbook().getSheets()[0];
    s.getRange("B3:C4").merge();
    s.setFrozenRows(2);
    s.insertRowsBefore(1, 2);
    expect(s.getFrozenRows()).toBe(4);
    expect(s.merges).toEqual([{ row: 5, column: 2, numRows: 2, numColumns: 2 }]);
    s.insertColumnsAfter(2, 1);
    expect(s.merges).toEqual([{ row: 5, column: 2, numRows: 2, numColumns: 3 }]);
    s.deleteRows(6, 1);
    expect(s.merges).toEqual([{ row: 5, column: 2, numRows: 1, numColumns: 3 }]);
    s.getRange("E8:E9").merge();
    s.deleteRows(9, 1);
    expect(s.merges).toEqual([{ row: 5, column: 2, numRows: 1, numColumns: 3 }]);
  });

  test("a protected range moves with its cells, and goes when all of them are deleted", () => {
    const s = newWorkbook().getSheets()[0];
    const p = s.getRange("A5:B5").protect();
    const q = s.getRange("D8").protect();
    s.insertRowsBefore(1, 2);
    expect(box(p.range)).toEqual([7, 1, 1, 2]);
    s.insertColumnAfter(1);
    expect(box(p.range)).toEqual([7, 1, 1, 3]);
    s.deleteRows(1, 3);
    expect(box(p.range)).toEqual([4, 1, 1, 3]);
    expect(box(q.range)).toEqual([7, 5, 1, 1]);
    s.deleteRow(7);
    expect(s.getProtections("RANGE")).toEqual([p]);
  });

  test("huge inserts next to sized rows do not overflow", () => {
    const s = newWorkbook().getSheets()[0];
    s.rowHeights[4] = 30;
    s.insertRowsAfter(1, 200_000);
    expect([s.getMaxRows(), s.rowHeights[200_004]]).toEqual([201_000, 30]);
  });
});

describe("view", () => {
  test("frozen rows stay within the grid", () => {
    const s = sheet();
    s.setFrozenRows(3);
    expect(s.getFrozenRows()).toBe(3);
    expect(() => s.setFrozenRows(1001)).toThrow("Those rows are out of bounds.");
    expect(() => s.setFrozenRows(-1)).toThrow("Those rows are out of bounds.");
  });

  test("column widths are 100 px until set; a width is rounded to whole pixels; inserted columns shift them", () => {
    const s = sheet();
    expect(s.getColumnWidth(1)).toBe(100);
    s.setColumnWidths(1, 2, 150.4);
    s.setColumnWidth(4, 80);
    expect([1, 2, 3, 4].map((c) => s.getColumnWidth(c))).toEqual([150, 150, 100, 80]);
    s.insertColumnAfter(1);
    expect([1, 2, 3].map((c) => s.getColumnWidth(c))).toEqual([150, 100, 150]);
    expect(() => s.getColumnWidth(28)).toThrow("Those columns are out of bounds.");
  });

  test("widths of columns outside the grid are refused at either end", () => {
    const s = sheet();
    expect(() => s.setColumnWidths(0, 2, 50)).toThrow("Those columns are out of bounds.");
    expect(() => s.setColumnWidths(26, 2, 50)).toThrow("Those columns are out of bounds.");
    expect(s.columnWidths).toEqual([]);
  });

  test("activate makes the tab the active one", () => {
    const book = newWorkbook();
    const other = book.insertSheet("b");
    book.setActiveSheet(book.getSheets()[0]);
    other.activate();
    expect(book.getActiveSheet()).toBe(other);
  });
});

describe("protections and charts", () => {
  test("getProtections takes SHEET or RANGE and nothing else", () => {
    const s = sheet();
    expect(s.getProtections("SHEET")).toEqual([]);
    const p = s.protect();
    const r = s.getRange("A1:B2").protect();
    expect([s.getProtections("SHEET"), s.getProtections("RANGE")]).toEqual([[p], [r]]);
    expect(() => s.getProtections("CELL")).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.getProtections.");
  });

  test("a built chart is inserted on the tab; anything else is refused", () => {
    const s = sheet();
    s.insertChart(s.newChart().addRange(s.getRange("A1:B5")).build());
    expect(s.getCharts()).toHaveLength(1);
    expect(() => s.insertChart(s.newChart() as never)).toThrow(/don't match the method signature for SpreadsheetApp.Sheet.insertChart/);
  });
});
