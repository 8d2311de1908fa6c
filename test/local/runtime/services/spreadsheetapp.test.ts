/** SpreadsheetApp as a container-bound script sees it: the one open spreadsheet, its Ui, flush and rule builders. */
import { workbookFromTabs } from "../../../../src/local/runtime/workbook";
import { script } from "../fixtures/script";

test("getActiveSpreadsheet is the bound workbook", () => {
  const { fn, book } = script(`function name() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }`, workbookFromTabs([], { name: "外联部" }));
  expect(fn.name()).toBe(book.getName());
});

test("flush applies pending writes: formulas written get their values", () => {
  const { fn, book } = script(
    `function write() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:A2').setValues([[2], ['=A1*21']]); SpreadsheetApp.flush(); }`,
  );
  fn.write();
  expect(book.getSheets()[0].grid.get(2, 1)?.value).toBe(42);
});

test("a rule built through newDataValidation lands on the cells, and its criteria compare with SpreadsheetApp's enum", () => {
  const { fn, book } = script(`function rules() {
    var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    var rule = SpreadsheetApp.newDataValidation().requireValueInList(['现金', '物资'], true).setAllowInvalid(false).build();
    s.getRange('D2:D5').setDataValidation(rule);
    var back = s.getRange('D5').getDataValidation();
    return [back.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, back.getCriteriaValues()];
  }`);
  expect(fn.rules()).toEqual([true, [["现金", "物资"], true]]);
  expect(book.getSheets()[0].getRange("D2").getDataValidation()!.allowInvalid).toBe(false);
});

test("a method Apps Script has but the add-on never calls is not here: it fails as an unknown method would", () => {
  const { fn } = script(`function other() { return typeof SpreadsheetApp.openById; }`);
  expect(fn.other()).toBe("undefined");
});
