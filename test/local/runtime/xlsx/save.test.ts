/** Writing the workbook as .xlsx, for the command line's --out and for a user to open in Sheets or Excel. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DataValidationBuilder } from "../../../../src/local/runtime/model/validation";
import { newWorkbook, workbookFromTabs } from "../../../../src/local/runtime/workbook";
import { loadXlsx } from "../../../../src/local/runtime/xlsx/load";
import { saveXlsx, xlsxBuffer, xlsxTabNames } from "../../../../src/local/runtime/xlsx/save";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "runtime-save-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheetXml(buffer: Buffer, n = 1): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string");
}

describe("tab names Sheets allows and the .xlsx format does not", () => {
  test("are saved under a name the format takes, unique, and each change is reported", async () => {
    const book = newWorkbook();
    book.getSheets()[0].setName("月报 2026/11");
    book.insertSheet("赞助:商?[备份]");
    const long = `${"很长的工作表名称".repeat(5)}甲`;
    book.insertSheet(long);
    book.insertSheet(`${"很长的工作表名称".repeat(5)}乙`);
    book.insertSheet(`'${"(".repeat(50_000)}`);
    const file = join(dir, "names.xlsx");
    const renamed = await saveXlsx(book, file);
    const back = await loadXlsx(file);
    const saved = back.getSheets().map((s) => s.getName());
    expect(saved.slice(0, 4)).toEqual([
      "月报 2026_11",
      "赞助_商__备份_",
      `${"很长的工作表名称".repeat(3)}很长的工作表名`,
      `${"很长的工作表名称".repeat(3)}很长的 (2)`,
    ]);
    expect(saved.every((n) => n.length <= 31 && !/[/\\?*:[\]]/.test(n))).toBe(true);
    expect(new Set(saved.map((n) => n.toLowerCase())).size).toBe(saved.length);
    expect(renamed.map((r) => r.from)).toEqual(book.getSheets().map((s) => s.getName()));
    expect(renamed[0]).toEqual({ from: "月报 2026/11", to: "月报 2026_11" });
  });

  test("a name that fits is kept; a cut never splits a character Excel counts as two units; apostrophes at the ends go", () => {
    const emoji = "😀".repeat(20);
    const names = xlsxTabNames(["Sheet1", emoji, "'quoted'", "'''", "sheet1"]);
    expect(names.get("Sheet1")).toBe("Sheet1");
    expect(names.get(emoji)).toBe("😀".repeat(15));
    expect(names.get("'quoted'")).toBe("quoted");
    expect(names.get("'''")).toBe("_");
    expect(names.get("sheet1")).toBe("sheet1 (2)");
  });

  test("a workbook whose names all fit reports nothing renamed", async () => {
    expect(await saveXlsx(workbookFromTabs([{ name: "赞助记录", rows: [["x"]] }]), join(dir, "plain.xlsx"))).toEqual([]);
  });
});

describe("what the file holds", () => {
  test("formulas are computed and saved with their results, as a file downloaded from Sheets has them; Excel computes them again on open", async () => {
    const book = newWorkbook();
    const s = book.getSheets()[0];
    s.getRange("A1:A2").setValues([[2], ["=A1*21"]]);
    s.getRange("A3").setFormula("=1/0");
    expect(s.getRange("A2").getValue()).toBe(42);
    s.getRange("A1").setValue(3);
    const buffer = await xlsxBuffer(book);
    const xml = await sheetXml(buffer);
    expect(xml).toMatch(/<c r="A2"[^>]*><f>A1\*21<\/f><v>63<\/v><\/c>/);
    expect(xml).toMatch(/<c r="A3"[^>]*t="e"[^>]*><f>1\/0<\/f><v>#DIV\/0!<\/v><\/c>/);
    const workbook = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain('fullCalcOnLoad="1"');
  });

  test("a formula this runtime cannot compute is saved without a result, for Excel or Sheets to compute", async () => {
    const book = newWorkbook();
    book.getSheets()[0].getRange("A1").setFormula("=VLOOKUP(1,B1:C2,2,FALSE)");
    expect(await sheetXml(await xlsxBuffer(book))).toMatch(/<c r="A1"[^>]*><f>VLOOKUP\(1,B1:C2,2,FALSE\)<\/f><\/c>/);
  });

  test("an array formula's spilled values are not saved as typed values, which would block the array once loaded", async () => {
    const book = workbookFromTabs([{ name: "s", rows: [["={1;2;3}"]] }]);
    expect(book.getSheetByName("s")!.getRange("A1:A3").getValues().flat()).toEqual([1, 2, 3]);
    const back = await loadXlsx(await xlsxBuffer(book));
    const s = back.getSheetByName("s")!;
    expect(s.getRange("A2:A3").getFormulas().flat()).toEqual(["", ""]);
    expect(s.getRange("A1:A3").getValues().flat()).toEqual([1, 2, 3]);
  });

  test("a rule shared by many cells is written once per run of cells down a column", async () => {
    const book = newWorkbook();
    const s = book.getSheets()[0];
    const list = new DataValidationBuilder().requireValueInList(["现金", "物资"]).build();
    s.getRange("E2:E50").setDataValidation(list);
    s.getRange("E60").setDataValidation(list);
    s.getRange("F2:F3").setDataValidation(list);
    const xml = await sheetXml(await xlsxBuffer(book));
    expect((xml.match(/<dataValidation /g) ?? []).length).toBe(3);
    expect(xml).toContain('sqref="E2:E50"');
    expect(xml).toContain('sqref="E60"');
  });

  test("charts and protections are not written; the rest of the tab is", async () => {
    const book = workbookFromTabs([{ name: "s", rows: [["a", 1]] }]);
    const s = book.getSheetByName("s")!;
    s.protect().setWarningOnly(true);
    s.insertChart(s.newChart().addRange(s.getRange("A1:B1")).build());
    const zip = await JSZip.loadAsync(await xlsxBuffer(book));
    expect(Object.keys(zip.files).some((f) => f.includes("chart"))).toBe(false);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("sheetProtection");
    const back = await loadXlsx(await xlsxBuffer(book));
    expect(back.getSheetByName("s")!.getDataRange().getValues()).toEqual([["a", 1]]);
    expect(back.getSheetByName("s")!.getProtections("SHEET")).toEqual([]);
  });
});
