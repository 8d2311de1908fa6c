/** .xlsx in and out together: everything the runtime keeps of a workbook survives a save and a load. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/local/runtime/model/grid";
import type { LocalSpreadsheet } from "../../../src/local/runtime/model/spreadsheet";
import { DataValidationBuilder, LocalDataValidation } from "../../../src/local/runtime/model/validation";
import { newWorkbook, workbookFromTabs } from "../../../src/local/runtime/workbook";
import { loadXlsx, saveXlsx, xlsxBuffer } from "../../../src/local/runtime/xlsx";

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

const rule = (criteria: ConstructorParameters<typeof LocalDataValidation>[0], args: unknown[]) => new LocalDataValidation(criteria, args, true, null);

/** A workbook with everything the runtime keeps: what the add-on writes, and what a user's own file may carry. */
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
  ledger.getRange("A1:F1").setFontWeight("bold").setBackground("#d9ead3");
  ledger.getRange("A1:B1").setHorizontalAlignments([["center", "right"]]);
  ledger.getRange("A1").setNote("每笔赞助一行");
  ledger.getRange("A5:C6").merge();
  ledger.setFrozenRows(1);
  ledger.setColumnWidth(2, 180);
  // What only a loaded workbook brings: styles, sizes and hidden parts the add-on never sets itself.
  Object.assign(ledger.grid.get(2, 2) as Cell, { italic: true, fontColor: "#1155cc", vAlign: "top", wrap: "WRAP" });
  ledger.frozenColumns = 2;
  ledger.rowHeights[0] = 30;
  ledger.hiddenColumns[7] = true;
  ledger.tabColor = "#ff9900";

  const settings = book.insertSheet("设置");
  settings.getRange("A1:A3").setValues([["现金"], ["物资"], ["其他"]]);
  settings.hidden = true;
  const b = () => new DataValidationBuilder();
  ledger.getRange("E2:E50").setDataValidation(b().requireValueInList(["现金", "物资"]).setAllowInvalid(false).setHelpText("选一个").build());
  ledger.getRange("I2:I50").setDataValidation(b().requireValueInRange(settings.getRange("A1:A3")).build());
  ledger.getRange("C2:C50").setDataValidation(rule("NUMBER_GREATER_THAN_OR_EQUAL_TO", [0]));
  ledger.getRange("J2:J50").setDataValidation(rule("NUMBER_BETWEEN", [1, 10]));
  ledger.getRange("A2:A50").setDataValidation(rule("DATE_IS_VALID_DATE", []));
  ledger.getRange("K2").setDataValidation(rule("DATE_ON_OR_AFTER", [new Date("2026-09-01T00:00:00+08:00")]));
  ledger.getRange("L2").setDataValidation(rule("CUSTOM_FORMULA", ["=L2>0"]));

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
  const ledger = (book: LocalSpreadsheet) => book.getSheetByName("赞助记录")!;

  test("tab order, names, hidden tabs, tab colour and the active tab", () => {
    expect(after.getSheets().map((s) => [s.getName(), s.hidden, s.tabColor])).toEqual([
      ["赞助记录", false, "#ff9900"],
      ["报表", false, null],
      ["设置", true, null],
    ]);
    expect(after.getActiveSheet().getName()).toBe("赞助记录");
  });

  test("values, formulas and text that looks like a formula", () => {
    const a = ledger(before).getDataRange();
    const b = ledger(after).getDataRange();
    expect(b.getValues()).toEqual(a.getValues());
    expect(b.getFormulas()).toEqual(a.getFormulas());
    expect(b.getDisplayValues()).toEqual(a.getDisplayValues());
    expect(ledger(after).getRange("G2").getValue()).toBe("=not a formula");
  });

  test("number formats and every style the runtime keeps", () => {
    expect(ledger(after).getRange("A1:G3").getNumberFormats()).toEqual(ledger(before).getRange("A1:G3").getNumberFormats());
    const styles = (book: LocalSpreadsheet) =>
      [1, 2, 3].map((r) =>
        [1, 2, 3, 4, 5, 6, 7].map((c) => {
          const { value, formula, format, note, validation, spill, ...style } = ledger(book).grid.get(r, c) ?? {};
          return style;
        }),
      );
    expect(styles(after)).toEqual(styles(before));
    expect(styles(after)[0][0]).toEqual({ bold: true, background: "#d9ead3", hAlign: "center" });
    expect(styles(after)[1][1]).toEqual({ italic: true, fontColor: "#1155cc", vAlign: "top", wrap: "WRAP" });
  });

  test("layout: frozen panes, widths, heights, hidden columns, merges, notes", () => {
    const s = ledger(after);
    expect([s.getFrozenRows(), s.frozenColumns]).toEqual([1, 2]);
    expect([s.getColumnWidth(2), s.getColumnWidth(3)]).toEqual([180, 100]);
    expect(s.rowHeights[0]).toBe(30);
    expect(s.hiddenColumns[7]).toBe(true);
    expect(s.merges).toEqual([{ row: 5, column: 1, numRows: 2, numColumns: 3 }]);
    expect(s.getRange("A1").getNote()).toBe("每笔赞助一行");
  });

  test("data validation rules", () => {
    const s = ledger(after);
    const at = (a1: string) => s.getRange(a1).getDataValidation();
    const list = at("E50")!;
    expect([list.getCriteriaType(), list.getCriteriaValues(), list.allowInvalid, list.helpText]).toEqual([
      "VALUE_IN_LIST",
      [["现金", "物资"], true],
      false,
      "选一个",
    ]);
    expect(at("E51")).toBeNull();
    const inRange = at("I2")!;
    const target = inRange.getCriteriaValues()[0] as { sheet: { name: string }; row: number; column: number; numRows: number; numColumns: number };
    expect([inRange.getCriteriaType(), target.sheet.name, target.row, target.column, target.numRows, target.numColumns, inRange.allowInvalid]).toEqual([
      "VALUE_IN_RANGE",
      "设置",
      1,
      1,
      3,
      1,
      true,
    ]);
    expect([at("C9")!.getCriteriaType(), at("C9")!.getCriteriaValues()]).toEqual(["NUMBER_GREATER_THAN_OR_EQUAL_TO", [0]]);
    expect([at("J2")!.getCriteriaType(), at("J2")!.getCriteriaValues()]).toEqual(["NUMBER_BETWEEN", [1, 10]]);
    expect(at("A7")!.getCriteriaType()).toBe("DATE_IS_VALID_DATE");
    expect([at("K2")!.getCriteriaType(), at("K2")!.getCriteriaValues()]).toEqual(["DATE_ON_OR_AFTER", [new Date("2026-09-01T00:00:00+08:00")]]);
    expect([at("L2")!.getCriteriaType(), at("L2")!.getCriteriaValues()]).toEqual(["CUSTOM_FORMULA", ["=L2>0"]]);
  });

  test("the book is named after the file", () => {
    expect(after.getName()).toBe(before.getId());
  });
});

describe("dates survive a round trip, whatever the host's time zone", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  test.each(["America/New_York", "UTC", "Asia/Kolkata", "Asia/Shanghai"])("host zone %s: dates and times come back exactly", async (zone) => {
    process.env.TZ = zone;
    const when = [new Date("2026-11-01T16:00:00.000Z"), new Date("2026-01-31T23:59:59.000Z"), new Date("1999-12-31T16:00:00.000Z")];
    const book = workbookFromTabs([{ name: "d", rows: when.map((d) => [d]) }]);
    const back = await loadXlsx(await xlsxBuffer(book));
    const values = back.getSheetByName("d")!.getRange("A1:A3").getValues().flat() as Date[];
    expect(values.map((d) => d.toISOString())).toEqual(when.map((d) => d.toISOString()));
  });
});
