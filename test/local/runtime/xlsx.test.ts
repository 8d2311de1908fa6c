/** .xlsx in and out: everything the runtime keeps survives a save and a load. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { DataValidationBuilder, type LocalSpreadsheet, loadXlsx, newWorkbook, saveXlsx, xlsxBuffer } from "../../../src/local/runtime";
import { googleLikeXlsx } from "./fixtures/google-like";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "runtime-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(book: LocalSpreadsheet): Promise<LocalSpreadsheet> {
  const file = join(dir, `${book.getId()}.xlsx`);
  await saveXlsx(book, file);
  return loadXlsx(file);
}

function richBook(): LocalSpreadsheet {
  const book = newWorkbook({ name: "外联部" });
  const ledger = book.getSheets()[0].setName("赞助记录");
  ledger.getRange("A1:F1").setValues([["日期", "赞助商", "现金", "佣金", "方式", "已发放"]]);
  ledger.getRange("A2:F3").setValues([
    ["2026-11-02", '=HYPERLINK("x")', 1200.5, "=C2*0.15", "现金", true],
    [new Date("2026-11-03T10:30:00.000Z"), "'007 公司", 88, "=C3*0.15", "物资", false],
  ]);
  ledger.getRange("C2:D3").setNumberFormat("#,##0.00");
  ledger.getRange("G2").setNumberFormat("@").setValue("=not a formula");
  ledger.getRange("A1:F1").setFontWeight("bold").setBackground("#d9ead3").setFontColor("#1155cc").setHorizontalAlignment("center");
  ledger.getRange("B2").setWrap(true).setVerticalAlignment("top");
  ledger.getRange("A1").setNote("每笔赞助一行");
  ledger.getRange("A5:C6").merge();
  ledger.setFrozenRows(1);
  ledger.setFrozenColumns(2);
  ledger.setColumnWidth(2, 180);
  ledger.setRowHeight(1, 30);
  ledger.hideColumns(8);
  ledger.setTabColor("#ff9900");

  const settings = book.insertSheet("设置");
  settings.getRange("A1:A3").setValues([["现金"], ["物资"], ["其他"]]);
  settings.hideSheet();
  const b = () => new DataValidationBuilder();
  ledger.getRange("E2:E50").setDataValidation(b().requireValueInList(["现金", "物资"]).setAllowInvalid(false).setHelpText("选一个").build());
  ledger.getRange("I2:I50").setDataValidation(b().requireValueInRange(settings.getRange("A1:A3")).build());
  ledger.getRange("C2:C50").setDataValidation(b().requireNumberGreaterThanOrEqualTo(0).build());
  ledger.getRange("J2:J50").setDataValidation(b().requireNumberBetween(1, 10).build());
  ledger.getRange("A2:A50").setDataValidation(b().requireDate().build());
  ledger.getRange("K2").setDataValidation(b().requireDateOnOrAfter(new Date("2026-09-01T00:00:00+08:00")).build());
  ledger.getRange("L2").setDataValidation(b().requireFormulaSatisfied("=L2>0").build());

  book.insertSheet("报表", 1);
  book.setActiveSheet(ledger);
  return book;
}

describe("save then load", () => {
  let before: LocalSpreadsheet;
  let after: LocalSpreadsheet;
  beforeAll(async () => {
    before = richBook();
    after = await roundTrip(before);
  });

  test("tab order, names, hidden tabs, tab colour and the active tab", () => {
    expect(after.getSheets().map((s) => [s.getName(), s.isSheetHidden(), s.getTabColor()])).toEqual([
      ["赞助记录", false, "#ff9900"],
      ["报表", false, null],
      ["设置", true, null],
    ]);
    expect(after.getActiveSheet().getName()).toBe("赞助记录");
  });

  test("values, formulas and text that looks like a formula", () => {
    const a = before.getSheetByName("赞助记录")!.getDataRange();
    const b = after.getSheetByName("赞助记录")!.getDataRange();
    expect(b.getValues()).toEqual(a.getValues());
    expect(b.getFormulas()).toEqual(a.getFormulas());
    expect(b.getDisplayValues()).toEqual(a.getDisplayValues());
    expect(after.getSheetByName("赞助记录")!.getRange("G2").getValue()).toBe("=not a formula");
  });

  test("number formats and styles", () => {
    const a = before.getSheetByName("赞助记录")!.getRange("A1:G3");
    const b = after.getSheetByName("赞助记录")!.getRange("A1:G3");
    expect(b.getNumberFormats()).toEqual(a.getNumberFormats());
    expect(b.getFontWeights()).toEqual(a.getFontWeights());
    expect(b.getBackgrounds()).toEqual(a.getBackgrounds());
    expect(b.getFontColors()).toEqual(a.getFontColors());
    expect(b.getHorizontalAlignments()).toEqual(a.getHorizontalAlignments());
    expect(b.getWrapStrategies()).toEqual(a.getWrapStrategies());
    expect(b.getVerticalAlignments()).toEqual(a.getVerticalAlignments());
  });

  test("layout: frozen panes, widths, heights, hidden columns, merges, notes", () => {
    const s = after.getSheetByName("赞助记录")!;
    expect([s.getFrozenRows(), s.getFrozenColumns()]).toEqual([1, 2]);
    expect([s.getColumnWidth(2), s.getColumnWidth(3)]).toEqual([180, 100]);
    expect(s.getRowHeight(1)).toBe(30);
    expect(s.isColumnHiddenByUser(8)).toBe(true);
    expect(
      s
        .getRange("B6")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A5:C6"]);
    expect(s.getRange("A1").getNote()).toBe("每笔赞助一行");
  });

  test("data validation rules", () => {
    const s = after.getSheetByName("赞助记录")!;
    const rule = (a1: string) => s.getRange(a1).getDataValidation();
    const list = rule("E50")!;
    expect([list.getCriteriaType(), list.getCriteriaValues(), list.getAllowInvalid(), list.getHelpText()]).toEqual([
      "VALUE_IN_LIST",
      [["现金", "物资"], true],
      false,
      "选一个",
    ]);
    expect(rule("E51")).toBeNull();
    const inRange = rule("I2")!;
    const target = inRange.getCriteriaValues()[0] as { getSheet(): { getName(): string }; getA1Notation(): string };
    expect([inRange.getCriteriaType(), target.getSheet().getName(), target.getA1Notation(), inRange.getAllowInvalid()]).toEqual([
      "VALUE_IN_RANGE",
      "设置",
      "A1:A3",
      true,
    ]);
    expect([rule("C9")!.getCriteriaType(), rule("C9")!.getCriteriaValues()]).toEqual(["NUMBER_GREATER_THAN_OR_EQUAL_TO", [0]]);
    expect([rule("J2")!.getCriteriaType(), rule("J2")!.getCriteriaValues()]).toEqual(["NUMBER_BETWEEN", [1, 10]]);
    expect(rule("A7")!.getCriteriaType()).toBe("DATE_IS_VALID_DATE");
    expect([rule("K2")!.getCriteriaType(), rule("K2")!.getCriteriaValues()]).toEqual(["DATE_ON_OR_AFTER", [new Date("2026-09-01T00:00:00+08:00")]]);
    expect([rule("L2")!.getCriteriaType(), rule("L2")!.getCriteriaValues()]).toEqual(["CUSTOM_FORMULA", ["=L2>0"]]);
  });

  test("a rule shared by many cells is written once per column run", async () => {
    const zip = await JSZip.loadAsync(await xlsxBuffer(before));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('sqref="E2:E50"');
    expect((xml.match(/<dataValidation /g) ?? []).length).toBe(7);
  });

  test("the book is named after the file", () => {
    expect(after.getName()).toBe(before.getId());
  });
});

describe("files written elsewhere", () => {
  test("LibreOffice: cached formula results, errors, dates, notes, merges, rules, a chart", async () => {
    const book = await loadXlsx(join(__dirname, "fixtures", "libreoffice.xlsx"));
    expect(book.getSheets().map((s) => [s.getName(), s.isSheetHidden()])).toEqual([
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
    expect([s.getFrozenRows(), s.getRange("A1").getFontWeight(), s.getRange("A1").getBackground()]).toEqual([1, "bold", "#d9ead3"]);
    expect(s.getRange("A2").getNote()).toBe("组长");
    expect(s.getRange("A10").getMergedRanges()[0].getA1Notation()).toBe("A10:B11");
    expect(s.getRange("D20").getDataValidation()!.getCriteriaValues()).toEqual([["现金", "物资"], true]);
    const target = s.getRange("H2").getDataValidation()!.getCriteriaValues()[0] as { getA1Notation(): string };
    expect(target.getA1Notation()).toBe("A1:A3");
    expect(book.getSheetByName("设置")!.getTabColor()).toBe("#ff0000");
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
    expect([s.getFrozenRows(), s.getColumnWidth(1), s.getTabColor()]).toEqual([1, 136, "#34a853"]);
    expect(s.getRange("A2").getNote()).toBe("请核对日期");
    expect(s.getRange("D100").getDataValidation()!.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(book.getSheetByName("设置")!.isSheetHidden()).toBe(true);
  });

  test("anything that is not an .xlsx is refused as such", async () => {
    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "姓名,金额\n张三,100\n");
    await expect(loadXlsx(text)).rejects.toThrow(/is not an \.xlsx workbook/);
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    await expect(loadXlsx(await zip.generateAsync({ type: "nodebuffer" }))).rejects.toThrow(/is not an \.xlsx workbook/);
    await expect(loadXlsx(Buffer.alloc(0))).rejects.toThrow(/is not an \.xlsx workbook/);
  });

  test("a missing file is reported as missing", async () => {
    await expect(loadXlsx(join(dir, "nope.xlsx"))).rejects.toThrow(/ENOENT/);
  });

  test("formulas written here are saved without a cached result and computed again once loaded", async () => {
    const book = newWorkbook();
    book.getSheets()[0].getRange("A1").setFormula("=1/0");
    const zip = await JSZip.loadAsync(await xlsxBuffer(book));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<c r="A1"[^>]*><f>1\/0<\/f><\/c>/);
    const back = await loadXlsx(await xlsxBuffer(book));
    expect(back.getSheets()[0].getRange("A1").getFormula()).toBe("=1/0");
    expect(back.getSheets()[0].getRange("A1").getValue()).toBe("#DIV/0!");
    expect(readFileSync(join(__dirname, "fixtures", "libreoffice.xlsx")).length).toBeGreaterThan(0);
  });
});

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
});
