/** Data-validation rules a script builds with SpreadsheetApp.newDataValidation(). */
import { DataValidationBuilder, LocalDataValidation } from "../../../../src/local/runtime/model/validation";
import { newWorkbook } from "../../../../src/local/runtime/workbook";

test("a list rule keeps its items as text and shows a dropdown unless told not to", () => {
  const rule = new DataValidationBuilder().requireValueInList([1, "物资", true]).build();
  expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual(["VALUE_IN_LIST", [["1", "物资", "true"], true]]);
  expect(new DataValidationBuilder().requireValueInList(["a"], false).build().getCriteriaValues()).toEqual([["a"], false]);
});

test("a range rule keeps the range itself", () => {
  const range = newWorkbook().getSheets()[0].getRange("Z1:Z3");
  const rule = new DataValidationBuilder().requireValueInRange(range, true).build();
  expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual(["VALUE_IN_RANGE", [range, true]]);
});

test("new rules warn rather than reject until setAllowInvalid(false); help text is optional", () => {
  const b = new DataValidationBuilder().requireValueInList(["a"]);
  const warn = b.build();
  const strict = b.setAllowInvalid(false).setHelpText("选一个").build();
  expect([warn.allowInvalid, warn.helpText]).toEqual([true, null]);
  expect([strict.allowInvalid, strict.helpText]).toEqual([false, "选一个"]);
});

test("a rule is immutable: later builder calls and changes to the values read back do not reach it", () => {
  const b = new DataValidationBuilder().requireValueInList(["a", "b"]);
  const rule = b.build();
  b.requireValueInList(["z"]);
  (rule.getCriteriaValues()[0] as string[]).push("c");
  expect(rule.getCriteriaValues()).toEqual([["a", "b"], true]);
});

test("building without a criterion fails with Apps Script's message", () => {
  expect(() => new DataValidationBuilder().setHelpText("x").build()).toThrow("You must specify a validation criteria.");
});

test("a rule loaded from a workbook reads back its criterion and values", () => {
  const rule = new LocalDataValidation("NUMBER_BETWEEN", [1, 10], false, null);
  expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual(["NUMBER_BETWEEN", [1, 10]]);
});
