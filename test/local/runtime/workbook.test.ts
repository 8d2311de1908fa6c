/** New workbooks, as Sheets makes them and as the tests and the command line build them. */
import { newWorkbook, workbookFromTabs } from "../../../src/local/runtime/workbook";

test("a new spreadsheet has one empty 1000 × 26 tab named for its locale, with id 0", () => {
  const zh = newWorkbook();
  const en = newWorkbook({ locale: "en_US", timeZone: "Europe/London", name: "Outreach" });
  expect(zh.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getMaxColumns(), s.getSheetId(), s.getLastRow()])).toEqual([["工作表1", 1000, 26, 0, 0]]);
  expect(en.getSheets()[0].getName()).toBe("Sheet1");
  expect([zh.getName(), zh.getSpreadsheetLocale(), zh.getSpreadsheetTimeZone()]).toEqual(["无标题电子表格", "zh_CN", "Asia/Shanghai"]);
  expect([en.getName(), en.getSpreadsheetLocale(), en.getSpreadsheetTimeZone()]).toEqual(["Outreach", "en_US", "Europe/London"]);
});

test("tabs are entered as setValues enters them: formulas, dates and typed numbers are read, ragged rows padded", () => {
  const book = workbookFromTabs([
    {
      name: "赞助记录",
      rows: [["日期", "现金", "佣金"], ["2026-11-02", "1,200", "=B2*0.15"], ["短行"]],
    },
    { name: "空", rows: [] },
  ]);
  const s = book.getSheetByName("赞助记录")!;
  expect(s.getRange("A2:C2").getValues()).toEqual([[new Date("2026-11-01T16:00:00.000Z"), 1200, 180]]);
  expect(s.getRange("A3:C3").getValues()).toEqual([["短行", "", ""]]);
  expect(book.getSheetByName("空")!.getLastRow()).toBe(0);
  expect(book.getActiveSheet().getName()).toBe("赞助记录");
});

test("a tab larger than the default grid gets a grid that holds it", () => {
  const wide = Array.from({ length: 30 }, (_, i) => i);
  const book = workbookFromTabs([{ name: "big", rows: [wide, ...Array.from({ length: 1199 }, () => [1])] }]);
  const s = book.getSheetByName("big")!;
  expect([s.getMaxRows(), s.getMaxColumns(), s.getLastRow(), s.getLastColumn()]).toEqual([1200, 30, 1200, 30]);
});

test("no tabs at all is a new spreadsheet", () => {
  expect(
    workbookFromTabs([], { locale: "en_US" })
      .getSheets()
      .map((s) => s.getName()),
  ).toEqual(["Sheet1"]);
});
