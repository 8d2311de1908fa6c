/** Tabs of the workbook: naming, order, growing and shrinking, and what rides along. */
import { DataValidationBuilder, newWorkbook, workbookFromTabs } from "../../../../src/local/runtime";

describe("the workbook's tabs", () => {
  test("a new workbook has one empty 1000 × 26 tab, named for the locale", () => {
    const zh = newWorkbook();
    const en = newWorkbook({ locale: "en_US" });
    expect(zh.getSheets().map((s) => s.getName())).toEqual(["工作表1"]);
    expect(en.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    expect(zh.getSpreadsheetLocale()).toBe("zh_CN");
    expect(zh.getSpreadsheetTimeZone()).toBe("Asia/Shanghai");
    expect(en.getSheets()[0].getSheetId()).toBe(0);
    expect(en.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${en.getId()}/edit`);
  });

  test("insertSheet: default names, index, activation", () => {
    const book = newWorkbook({ locale: "en_US" });
    const second = book.insertSheet();
    expect(second.getName()).toBe("Sheet2");
    expect(book.getActiveSheet().getName()).toBe("Sheet2");
    const first = book.insertSheet("Front", 0);
    expect(book.getSheets().map((s) => s.getName())).toEqual(["Front", "Sheet1", "Sheet2"]);
    expect(first.getIndex()).toBe(1);
    expect(new Set(book.getSheets().map((s) => s.getSheetId())).size).toBe(3);
  });

  test("a duplicate name is refused with Apps Script's message, whatever the case", () => {
    const book = newWorkbook({ locale: "en_US" });
    book.insertSheet("赞助记录");
    expect(() => book.insertSheet("赞助记录")).toThrow('A sheet with the name "赞助记录" already exists. Please enter another name.');
    expect(() => book.insertSheet("sheet1")).toThrow('A sheet with the name "sheet1" already exists. Please enter another name.');
    expect(() => book.getSheetByName("Sheet1")!.setName("赞助记录")).toThrow(/already exists/);
    expect(book.getSheets()).toHaveLength(2);
  });

  test("getSheetByName is exact and case-sensitive; a miss is null", () => {
    const book = newWorkbook({ locale: "en_US" });
    expect(book.getSheetByName("Sheet1")).not.toBeNull();
    expect(book.getSheetByName("sheet1")).toBeNull();
    expect(book.getSheetByName("Sheet1 ")).toBeNull();
  });

  test("the last tab cannot be deleted; deleting the active tab activates a neighbour", () => {
    const book = newWorkbook({ locale: "en_US" });
    expect(() => book.deleteSheet(book.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
    const b = book.insertSheet("B");
    book.deleteSheet(b);
    expect(book.getActiveSheet().getName()).toBe("Sheet1");
  });

  test("moveActiveSheet takes a 1-based position", () => {
    const book = workbookFromTabs(["a", "b", "c"].map((name) => ({ name, rows: [] })));
    book.setActiveSheet(book.getSheetByName("c")!);
    book.moveActiveSheet(1);
    expect(book.getSheets().map((s) => s.getName())).toEqual(["c", "a", "b"]);
  });

  test("insertSheet with a template copies its content and layout", () => {
    const book = workbookFromTabs([{ name: "模板", rows: [["表头"], ["x"]] }]);
    const src = book.getSheetByName("模板")!;
    src.setFrozenRows(1);
    src.setColumnWidth(1, 180);
    const copy = book.insertSheet("副本", { template: src });
    expect(copy.getDataRange().getValues()).toEqual([["表头"], ["x"]]);
    expect([copy.getFrozenRows(), copy.getColumnWidth(1)]).toEqual([1, 180]);
    copy.getRange("A2").setValue("y");
    expect(src.getRange("A2").getValue()).toBe("x");
  });

  test("a tab cannot hide the only visible tab", () => {
    const book = newWorkbook({ locale: "en_US" });
    expect(() => book.getSheets()[0].hideSheet()).toThrow("You can't hide all the sheets in a document.");
    book.insertSheet("Other").hideSheet();
    expect(book.getSheetByName("Other")!.isSheetHidden()).toBe(true);
  });
});

describe("rows and columns", () => {
  test("appendRow writes after the last content row and grows a full grid", () => {
    const book = workbookFromTabs([{ name: "t", rows: [["a"], ["b"]] }]);
    const s = book.getSheetByName("t")!;
    s.appendRow(["c", "2026-11-02", "=1+1"]);
    expect(s.getRange("A3:C3").getFormulas()).toEqual([["", "", "=1+1"]]);
    expect(s.getRange("B3").getValue()).toBeInstanceOf(Date);
    s.deleteRows(4, 997);
    expect(s.getMaxRows()).toBe(3);
    s.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([4, 30, 4, 30]);
  });

  test("inserted rows move content down and take the formats and rules of the row above", () => {
    const book = workbookFromTabs([{ name: "t", rows: [["h"], [1], [2]] }]);
    const s = book.getSheetByName("t")!;
    const rule = new DataValidationBuilder().requireNumberBetween(0, 9).build();
    s.getRange("A2").setNumberFormat("0.00").setDataValidation(rule);
    s.insertRowsAfter(2, 2);
    expect(s.getRange("A1:A5").getValues().flat()).toEqual(["h", 1, "", "", 2]);
    expect(s.getRange("A3").getNumberFormat()).toBe("0.00");
    expect(s.getRange("A4").getDataValidation()).toBe(rule);
    expect(s.getMaxRows()).toBe(1002);
    s.insertRowBefore(1);
    expect(s.getRange("A2").getValue()).toBe("h");
  });

  test("deleteRows and deleteColumns shift content; out-of-range and all-rows deletes fail", () => {
    const book = workbookFromTabs([
      {
        name: "t",
        rows: [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      },
    ]);
    const s = book.getSheetByName("t")!;
    s.deleteRows(2, 1);
    s.deleteColumns(1, 1);
    expect(s.getDataRange().getValues()).toEqual([
      [2, 3],
      [8, 9],
    ]);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([999, 25]);
    expect(() => s.deleteRows(999, 2)).toThrow("Those rows are out of bounds.");
    expect(() => s.deleteColumns(25, 2)).toThrow("Those columns are out of bounds.");
    s.setFrozenRows(1);
    expect(() => s.deleteRows(2, 998)).toThrow("Sorry, it is not possible to delete all non-frozen rows.");
  });

  test("merges and frozen rows follow inserts and deletes", () => {
    const s = newWorkbook().getSheets()[0];
    s.getRange("B3:C4").merge();
    s.setFrozenRows(2);
    s.insertRowsBefore(1, 2);
    expect(s.getFrozenRows()).toBe(4);
    expect(
      s
        .getRange("B5")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["B5:C6"]);
    s.insertColumnsAfter(2, 1);
    expect(
      s
        .getRange("B5")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["B5:D6"]);
    s.deleteRows(6, 1);
    expect(s.getRange("B5").isPartOfMerge()).toBe(true);
    expect(s.getRange("B5").getMergedRanges()[0].getA1Notation()).toBe("B5:D5");
  });

  test("column widths and auto-resize", () => {
    const s = newWorkbook().getSheets()[0];
    expect(s.getColumnWidth(1)).toBe(100);
    s.setColumnWidths(1, 2, 150);
    expect([s.getColumnWidth(1), s.getColumnWidth(2), s.getColumnWidth(3)]).toEqual([150, 150, 100]);
    s.getRange("C1:C2").setValues([["short"], ["一段比较长的中文说明文字"]]);
    s.autoResizeColumns(3, 1);
    expect(s.getColumnWidth(3)).toBeGreaterThan(150);
    s.insertColumnBefore(1);
    expect(s.getColumnWidth(2)).toBe(150);
  });
});

describe("protection and charts", () => {
  test("protect() returns the one sheet protection until removed", () => {
    const s = newWorkbook().getSheets()[0];
    const p = s.protect().setDescription("公式区").setWarningOnly(true);
    expect(s.protect()).toBe(p);
    expect(s.getProtections("SHEET")).toEqual([p]);
    expect([p.getDescription(), p.isWarningOnly(), p.getProtectionType()]).toEqual(["公式区", true, "SHEET"]);
    const r = s.getRange("A1:B2").protect();
    expect(s.getProtections("RANGE")).toEqual([r]);
    p.remove();
    expect(s.getProtections("SHEET")).toEqual([]);
  });

  test("charts are kept in memory with their ranges, type and options", () => {
    const s = newWorkbook().getSheets()[0];
    const chart = s.newChart().addRange(s.getRange("A1:B5")).setChartType("COLUMN").setOption("title", "月度").setPosition(2, 4, 0, 0).build();
    s.insertChart(chart);
    const [stored] = s.getCharts();
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B5"]);
    expect(stored.getOptions().get("title")).toBe("月度");
    expect(stored.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(stored.modify().getChartType()).toBe("COLUMN");
    s.updateChart(stored.modify().setOption("title", "新").build());
    expect(s.getCharts()[0].getOptions().get("title")).toBe("新");
    s.removeChart(s.getCharts()[0]);
    expect(s.getCharts()).toEqual([]);
  });
});
