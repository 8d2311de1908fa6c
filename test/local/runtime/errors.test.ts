/** Apps Script's error objects and its wording for arguments of the wrong kind. */
import { runInNewContext } from "node:vm";
import { gasError, signatureError } from "../../../src/local/runtime/errors";

test("an Apps Script failure is an Error named Exception, so it prints as users see it in the execution log", () => {
  const e = gasError("Those rows are out of bounds.");
  expect(e).toBeInstanceOf(Error);
  expect(String(e)).toBe("Exception: Those rows are out of bounds.");
});

test("a signature error names each argument's kind the way Apps Script does", () => {
  const args = ["x", 1, true, null, undefined, [1], [[1]], new Date(0), {}];
  expect(signatureError(args, "SpreadsheetApp.Range.setValues").message).toBe(
    "The parameters (String,number,Boolean,null,null,Object[],Object[][],Date,Object) don't match the method signature for SpreadsheetApp.Range.setValues.",
  );
  expect(signatureError([], "SpreadsheetApp.Sheet.getRange").message).toBe(
    "The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRange.",
  );
});

test("a Date made in a script's own realm is still a Date", () => {
  const foreign = runInNewContext("new Date(0)");
  expect(foreign instanceof Date).toBe(false);
  expect(signatureError([foreign], "Utilities.sleep").message).toContain("(Date)");
});
