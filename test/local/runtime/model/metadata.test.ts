/** Developer metadata on a sheet: how a script tags the tabs it made. */
import { newWorkbook } from "../../../../src/local/runtime/workbook";
import { script } from "../fixtures/script";

describe("Sheet.addDeveloperMetadata / getDeveloperMetadata", () => {
  test("each overload; the value is null when none is given; the visibility defaults to DOCUMENT", () => {
    const sheet = newWorkbook({ locale: "en_US" }).getSheets()[0];
    expect(sheet.addDeveloperMetadata("a")).toBe(sheet);
    sheet.addDeveloperMetadata("b", "PROJECT");
    sheet.addDeveloperMetadata("c", "value");
    sheet.addDeveloperMetadata("d", "value", "PROJECT");
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.visibility])).toEqual([
      ["a", null, "DOCUMENT"],
      ["b", null, "PROJECT"],
      ["c", "value", "DOCUMENT"],
      ["d", "value", "PROJECT"],
    ]);
  });

  test("a value can be changed, to a string only", () => {
    const sheet = newWorkbook().getSheets()[0];
    sheet.addDeveloperMetadata("k", "filling");
    const [m] = sheet.getDeveloperMetadata();
    expect(m.setValue("done").getValue()).toBe("done");
    expect(() => m.setValue(5 as never)).toThrow("The parameters (number) don't match the method signature for SpreadsheetApp.DeveloperMetadata.setValue.");
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe("done");
  });

  test("a missing key or a wrong visibility is refused as Apps Script refuses a signature", () => {
    const sheet = newWorkbook().getSheets()[0];
    expect(() => (sheet.addDeveloperMetadata as (...a: unknown[]) => unknown)()).toThrow(
      "The parameters () don't match the method signature for SpreadsheetApp.Sheet.addDeveloperMetadata.",
    );
    expect(() => sheet.addDeveloperMetadata("k", "v", "EVERYONE")).toThrow("(String,String,String) don't match the method signature");
    expect(() => sheet.addDeveloperMetadata(5 as unknown as string)).toThrow("(number) don't match");
    expect(() => sheet.addDeveloperMetadata("")).toThrow("(String) don't match");
    expect(sheet.getDeveloperMetadata()).toEqual([]);
  });

  test("the list a script gets is a copy: changing it does not change the sheet's metadata", () => {
    const sheet = newWorkbook().getSheets()[0];
    sheet.addDeveloperMetadata("k");
    sheet.getDeveloperMetadata().pop();
    expect(sheet.getDeveloperMetadata()).toHaveLength(1);
  });

  test("metadata goes with its sheet when the sheet is deleted; a new tab of the same name starts without any", () => {
    const book = newWorkbook({ locale: "en_US" });
    const sheet = book.insertSheet("Report");
    sheet.addDeveloperMetadata("made-by", "us");
    book.deleteSheet(sheet);
    expect(book.insertSheet("Report").getDeveloperMetadata()).toEqual([]);
  });

  test("a script reaches it through SpreadsheetApp, with the visibility enum, and the call is counted", () => {
    const { fn, rt } = script(
      `function tag() {
         var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
         s.addDeveloperMetadata("k", "v", SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
         return s.getDeveloperMetadata().map(function (m) { return m.getKey() + "=" + m.getValue(); });
       }`,
      newWorkbook({ locale: "en_US" }),
    );
    expect(fn.tag()).toEqual(["k=v"]);
    expect(rt.stats.calls.addDeveloperMetadata).toBe(1);
  });
});
