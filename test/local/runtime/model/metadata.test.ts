/** Developer metadata on a sheet: how a script tags the tabs it made. */
import { createRuntime, loadBundle, newWorkbook } from "../../../../src/local/runtime";

describe("Sheet.addDeveloperMetadata / getDeveloperMetadata", () => {
  test("each overload, a null value when none is given, and ids unique in the spreadsheet", () => {
    const book = newWorkbook({ locale: "en_US" });
    const sheet = book.getSheets()[0];
    expect(sheet.addDeveloperMetadata("a")).toBe(sheet);
    sheet.addDeveloperMetadata("b", "PROJECT");
    sheet.addDeveloperMetadata("c", "value");
    sheet.addDeveloperMetadata("d", "value", "PROJECT");
    const all = sheet.getDeveloperMetadata();
    expect(all.map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([
      ["a", null, "DOCUMENT"],
      ["b", null, "PROJECT"],
      ["c", "value", "DOCUMENT"],
      ["d", "value", "PROJECT"],
    ]);
    expect(new Set(all.map((m) => m.getId())).size).toBe(4);
    all[0].remove();
    expect(sheet.getDeveloperMetadata()).toHaveLength(3);
  });

  test("a missing key or a wrong visibility is refused as Apps Script refuses a signature", () => {
    const sheet = newWorkbook().getSheets()[0];
    expect(() => (sheet.addDeveloperMetadata as (...a: unknown[]) => unknown)()).toThrow(
      "don't match the method signature for SpreadsheetApp.Sheet.addDeveloperMetadata",
    );
    expect(() => sheet.addDeveloperMetadata("k", "v", "EVERYONE")).toThrow("(String,String,String) don't match the method signature");
    expect(() => sheet.addDeveloperMetadata(5 as unknown as string)).toThrow("(number) don't match");
  });

  test("metadata goes with its sheet when the sheet is deleted, and a copy made from it as a template starts without it", () => {
    const book = newWorkbook({ locale: "en_US" });
    const sheet = book.insertSheet("Report");
    sheet.addDeveloperMetadata("made-by", "us");
    const copy = book.insertSheet("Report copy", { template: sheet });
    expect(copy.getDeveloperMetadata()).toEqual([]);
    book.deleteSheet(sheet);
    const again = book.insertSheet("Report");
    expect(again.getDeveloperMetadata()).toEqual([]);
  });

  test("a script reaches it through SpreadsheetApp, with the visibility enum", () => {
    const book = newWorkbook({ locale: "en_US" });
    const rt = createRuntime(book);
    const script = loadBundle(
      `function tag() {
         var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
         s.addDeveloperMetadata("k", "v", SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
         return s.getDeveloperMetadata().map(function (m) { return m.getKey() + "=" + m.getValue() + "/" + m.getVisibility(); });
       }`,
      rt,
    );
    expect(script.tag()).toEqual(["k=v/DOCUMENT"]);
    expect(rt.stats.calls.addDeveloperMetadata).toBe(1);
  });
});
