/** The spreadsheet's tabs: naming, order, the active tab, toasts. */
import { createRuntime } from "../../../../src/local/runtime/runtime";
import { newWorkbook, workbookFromTabs } from "../../../../src/local/runtime/workbook";

test("insertSheet: a default name for the locale, the given index, and the new tab becomes active", () => {
  const book = newWorkbook({ locale: "en_US" });
  const second = book.insertSheet();
  expect(second.getName()).toBe("Sheet2");
  expect(book.getActiveSheet()).toBe(second);
  const first = book.insertSheet("Front", 0);
  expect(book.getSheets().map((s) => s.getName())).toEqual(["Front", "Sheet1", "Sheet2"]);
  expect(first.getIndex()).toBe(1);
  expect(new Set(book.getSheets().map((s) => s.getSheetId())).size).toBe(3);
  expect(book.getSheets().filter((s) => s.getSheetId() === 0)).toEqual([book.getSheetByName("Sheet1")]);
  expect(newWorkbook().insertSheet().getName()).toBe("工作表2");
});

test("without an index a new tab goes right after the active one", () => {
  const book = workbookFromTabs(["a", "b", "c"].map((name) => ({ name, rows: [] })));
  book.setActiveSheet(book.getSheetByName("a")!);
  book.insertSheet("new");
  expect(book.getSheets().map((s) => s.getName())).toEqual(["a", "new", "b", "c"]);
});

test("a default name skips names already taken, whatever their case", () => {
  const book = newWorkbook({ locale: "en_US" });
  book.insertSheet("sheet2");
  expect(book.insertSheet().getName()).toBe("Sheet3");
});

test("a duplicate name is refused with Apps Script's message, whatever the case", () => {
  const book = newWorkbook({ locale: "en_US" });
  book.insertSheet("赞助记录");
  expect(() => book.insertSheet("赞助记录")).toThrow('A sheet with the name "赞助记录" already exists. Please enter another name.');
  expect(() => book.insertSheet("sheet1")).toThrow('A sheet with the name "sheet1" already exists. Please enter another name.');
  expect(() => book.getSheetByName("Sheet1")!.setName("赞助记录")).toThrow(/already exists/);
  expect(book.getSheetByName("Sheet1")!.setName("SHEET1").getName()).toBe("SHEET1");
  expect(book.getSheets()).toHaveLength(2);
});

test("insertSheet refuses arguments of no overload Apps Script has", () => {
  expect(() => newWorkbook().insertSheet("x", { template: null } as never)).toThrow(
    "The parameters (String,Object) don't match the method signature for SpreadsheetApp.Spreadsheet.insertSheet.",
  );
});

test("getSheetByName is exact and case-sensitive; a miss is null", () => {
  const book = newWorkbook({ locale: "en_US" });
  expect(book.getSheetByName("Sheet1")).not.toBeNull();
  expect(book.getSheetByName("sheet1")).toBeNull();
  expect(book.getSheetByName("Sheet1 ")).toBeNull();
});

test("the last tab cannot be deleted; deleting the active tab activates its neighbour; a tab of another book is not this one's", () => {
  const book = workbookFromTabs(["a", "b", "c"].map((name) => ({ name, rows: [] })));
  book.setActiveSheet(book.getSheetByName("b")!);
  book.deleteSheet(book.getSheetByName("b")!);
  expect(book.getActiveSheet().getName()).toBe("c");
  book.deleteSheet(book.getSheetByName("a")!);
  expect(() => book.deleteSheet(book.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  const stranger = newWorkbook().getSheets()[0];
  expect(() => book.deleteSheet(stranger)).toThrow("The sheet you are trying to delete does not exist.");
  expect(() => book.setActiveSheet(stranger)).toThrow("The sheet does not belong to this spreadsheet.");
});

test("a toast is shown to the user: the runtime logs it with its title", () => {
  const book = newWorkbook();
  const rt = createRuntime(book);
  book.toast("已保存", "外联部", 3);
  book.toast(12);
  expect(rt.ui.shown("toast")).toEqual([
    { kind: "toast", title: "外联部", message: "已保存" },
    { kind: "toast", title: "", message: "12" },
  ]);
});

test("every spreadsheet has its own id, in the shape of a Drive file id", () => {
  const a = newWorkbook();
  const b = newWorkbook();
  expect(a.getId()).not.toBe(b.getId());
  expect(a.getId()).toMatch(/^1[\w-]{43}$/);
});
