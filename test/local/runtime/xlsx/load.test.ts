/** Opening a user's .xlsx (from Google Sheets, Excel or LibreOffice) as Sheets would import it. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadXlsx } from "../../../../src/local/runtime/xlsx/load";
import { googleLikeXlsx } from "../fixtures/google-like";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "runtime-load-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function excelJsFile(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("files written elsewhere", () => {
  test("LibreOffice: cached formula results, errors, dates, notes, merges, rules, a chart", async () => {
    const book = await loadXlsx(join(__dirname, "..", "fixtures", "libreoffice.xlsx"));
    expect(book.getSheets().map((s) => [s.getName(), s.hidden])).toEqual([
      ["成员", false],
      ["设置", false],
      ["隐藏", true],
    ]);
    const s = book.getSheetByName("成员")!;
    expect(s.getRange("A1:G3").getValues()).toEqual([
      ["姓名", "入会日期", "金额", "方式", "在职", "提成", "错误"],
      // The file's cached 185.175 is recomputed here in binary floating point, as Sheets computes it.
      ["张三", new Date("2026-11-01T16:00:00.000Z"), 1234.5, "现金", true, 1234.5 * 0.15, "#N/A"],
      ["李四", new Date("2026-11-02T04:00:00.000Z"), 88, "物资", false, 13.2, "#DIV/0!"],
    ]);
    expect(s.getRange("F2:G2").getFormulas()).toEqual([["=C2*0.15", "=NA()"]]);
    expect(s.getRange("B2:C2").getDisplayValues()).toEqual([["2026-11-02", "1,234.50"]]);
    expect([s.getFrozenRows(), s.grid.get(1, 1)?.bold, s.grid.get(1, 1)?.background]).toEqual([1, true, "#d9ead3"]);
    expect(s.getRange("A2").getNote()).toBe("组长");
    expect(s.merges).toContainEqual({ row: 10, column: 1, numRows: 2, numColumns: 2 });
    expect(s.getRange("D20").getDataValidation()!.getCriteriaValues()).toEqual([["现金", "物资"], true]);
    const target = s.getRange("H2").getDataValidation()!.getCriteriaValues()[0] as { row: number; numRows: number };
    expect([target.row, target.numRows]).toEqual([1, 3]);
    expect(book.getSheetByName("设置")!.tabColor).toBe("#ff0000");
  });

  test("Google Sheets style: inline and rich strings, shared formulas, links, bare-text notes", async () => {
    const book = await loadXlsx(await googleLikeXlsx());
    const s = book.getSheetByName("赞助记录")!;
    expect(s.getRange("A1:E4").getValues()).toEqual([
      ["日期", "现金", "佣金", "方式", ""],
      [new Date("2026-11-01T16:00:00.000Z"), 1000, 150, "现金", true],
      [new Date("2026-11-02T16:00:00.000Z"), 200, 30, "内联", "#N/A"],
      ["", 10, 1.5, "富文本", "链接"],
    ]);
    expect(s.getRange("C3:C4").getFormulas()).toEqual([["=B3*0.15"], ["=B4*0.15"]]);
    expect(s.getRange("B2").getDisplayValue()).toBe("¥1,000.00");
    expect([s.getFrozenRows(), s.getColumnWidth(1), s.tabColor]).toEqual([1, 136, "#34a853"]);
    expect(s.getRange("A2").getNote()).toBe("请核对日期");
    expect(s.getRange("D100").getDataValidation()!.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(book.getSheetByName("设置")!.hidden).toBe(true);
  });
});

describe("what Sheets makes of a file on import", () => {
  test("a tab is at least 1000 × 26, and grows to hold every cell and merge in the file", async () => {
    const book = await loadXlsx(
      await excelJsFile((wb) => {
        wb.addWorksheet("small").getCell("B2").value = 1;
        const big = wb.addWorksheet("big");
        big.getCell(1500, 30).value = "far";
        big.mergeCells(1, 40, 1, 41);
      }),
    );
    expect(book.getSheets().map((s) => [s.getMaxRows(), s.getMaxColumns()])).toEqual([
      [1000, 26],
      [1500, 41],
    ]);
  });

  test("a file with two tab names equal but for case is refused, as Excel refuses it (Sheets' names are unique regardless of case too)", async () => {
    // exceljs will not write such a pair, so the second name is put into the file by hand.
    const zip = await JSZip.loadAsync(
      await excelJsFile((wb) => {
        wb.addWorksheet("Data");
        wb.addWorksheet("Other");
      }),
    );
    const workbook = (await zip.file("xl/workbook.xml")!.async("string")).replace('name="Other"', 'name="DATA"');
    zip.file("xl/workbook.xml", workbook);
    await expect(loadXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(
      "The data is not an .xlsx workbook: Worksheet name already exists: DATA",
    );
  });

  test("a hidden active tab gives way to the first visible one", async () => {
    const book = await loadXlsx(
      await excelJsFile((wb) => {
        wb.addWorksheet("hidden", { state: "hidden" });
        wb.addWorksheet("shown");
        wb.views = [{ x: 0, y: 0, width: 100, height: 100, firstSheet: 0, activeTab: 0, visibility: "visible" }];
      }),
    );
    expect(book.getActiveSheet().getName()).toBe("shown");
  });

  test("a rule reaching past the imported grid applies within it only; a rule pointing at another tab finds it", async () => {
    const book = await loadXlsx(
      await excelJsFile((wb) => {
        const s = wb.addWorksheet("s");
        wb.addWorksheet("lists").getCell("A1").value = "x";
        (s as unknown as { dataValidations: { add(a: string, v: object): void } }).dataValidations.add("A2:A3000", {
          type: "list",
          formulae: ["lists!$A$1:$A$5"],
        });
      }),
    );
    const s = book.getSheetByName("s")!;
    expect(s.getRange("A1000").getDataValidation()!.getCriteriaType()).toBe("VALUE_IN_RANGE");
    expect(s.getRange("A1").getDataValidation()).toBeNull();
    expect([...s.grid.entries()].length).toBe(999);
  });

  test("a named book takes the file's name; the spreadsheet's locale and zone are the caller's", async () => {
    const file = join(dir, "外联部 2026.xlsx");
    writeFileSync(file, await excelJsFile((wb) => wb.addWorksheet("s")));
    const book = await loadXlsx(file, { locale: "en_US", timeZone: "UTC" });
    expect([book.getName(), book.getSpreadsheetLocale(), book.getSpreadsheetTimeZone()]).toEqual(["外联部 2026", "en_US", "UTC"]);
  });
});

describe("files that are not workbooks", () => {
  test("anything that is not an .xlsx is refused as such, naming the file", async () => {
    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "姓名,金额\n张三,100\n");
    await expect(loadXlsx(text)).rejects.toThrow(`${text} is not an .xlsx workbook: it is not a zip archive`);
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expect(loadXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(/^The data is not an \.xlsx workbook/);
    await expect(loadXlsx(Buffer.alloc(0))).rejects.toThrow("The data is not an .xlsx workbook: it is not a zip archive");
  });

  test("a missing file is reported as missing", async () => {
    await expect(loadXlsx(join(dir, "nope.xlsx"))).rejects.toThrow(/ENOENT/);
  });
});
