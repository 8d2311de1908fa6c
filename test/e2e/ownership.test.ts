/**
 * The add-on replaces only what it made. A member's own tab that happens to be named like the
 * report or the hand-over is never deleted or overwritten: the new tab goes beside it, and the
 * user is told so.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { loadXlsx, saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, shown, values } from "./addon";

const MONTH = "2026-11";
const mine = [["我自己的月报草稿"], ["十一月：拉到三家赞助"]];

function withOwnTab(name: string, locale = "zh_CN") {
  return addon([...sampleTabs(), { name, rows: mine.map((r) => [...r]) }], { locale });
}

const tabNames = (a: ReturnType<typeof addon>) => a.book.getSheets().map((s) => s.getName());

describe("the monthly report tab", () => {
  test("a member's own 月报 2026-11 survives untouched; the report goes beside it, and the answer says so", () => {
    const a = withOwnTab(`月报 ${MONTH}`);
    const run = a.fn.generateMonthlyReport({ month: MONTH });
    expect(run.tab).toBe(`月报 ${MONTH} (2)`);
    expect(run.beside).toBe(`月报 ${MONTH}`);
    expect(run.notice).toBe(`已有一个不是本插件生成的“月报 ${MONTH}”工作表，它保持原样；新内容写在“月报 ${MONTH} (2)”中`);
    expect(values(a.book, `月报 ${MONTH}`)).toEqual(mine);
    expect(values(a.book, run.tab)[0][0]).toMatch(/2026-11/);
    // Again: the add-on's own "(2)" is replaced, the member's tab still stands, no "(3)" appears.
    const again = a.fn.generateMonthlyReport({ month: MONTH });
    expect(again.tab).toBe(`月报 ${MONTH} (2)`);
    expect(
      tabNames(a)
        .filter((n) => n.startsWith(`月报 ${MONTH}`))
        .sort(),
    ).toEqual([`月报 ${MONTH}`, `月报 ${MONTH} (2)`]);
    expect(values(a.book, `月报 ${MONTH}`)).toEqual(mine);
  });

  test("from the menu, the dialog says it in the sheet's language", () => {
    // Without Settings' report language, the report follows the sheet's.
    const tabs = sampleTabs().filter((t) => t.name !== "设置");
    const a = addon([...tabs, { name: `Report ${MONTH}`, rows: mine.map((r) => [...r]) }], { locale: "en_US" });
    a.runtime.ui.answer({ button: "OK", text: MONTH });
    a.fn.menuReport();
    const alert = shown(a, "alert").pop()!;
    expect(alert.message).toBe(
      `A tab named "Report ${MONTH}" that the add-on did not make already exists and was left as it is; the new one is "Report ${MONTH} (2)"`,
    );
    expect(values(a.book, `Report ${MONTH}`)).toEqual(mine);
  });

  test("a report the add-on made is replaced on a re-run, in either language, as before", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const first = a.fn.generateMonthlyReport({ month: MONTH });
    expect(first).toMatchObject({ tab: `月报 ${MONTH}`, beside: null, notice: "" });
    const count = a.book.getSheets().length;
    a.fn.generateMonthlyReport({ month: MONTH });
    const en = a.fn.generateMonthlyReport({ month: MONTH, lang: "en" });
    expect(en.tab).toBe(`Report ${MONTH}`);
    expect(a.book.getSheets().length).toBe(count);
    expect(a.book.getSheetByName(`月报 ${MONTH}`)).toBeNull();
  });

  test("a member's tab named like the report's temporary tab is left alone too", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.generateMonthlyReport({ month: MONTH });
    a.book.insertSheet(`月报 ${MONTH} …`).getRange("A1").setValue("草稿");
    a.fn.generateMonthlyReport({ month: MONTH });
    expect(values(a.book, `月报 ${MONTH} …`)).toEqual([["草稿"]]);
    expect(a.book.getSheetByName(`月报 ${MONTH}`)).not.toBeNull();
  });

  test("renaming another month's report to this month's name does not make it this month's", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.generateMonthlyReport({ month: "2026-10" });
    a.book.getSheetByName("月报 2026-10")!.setName(`月报 ${MONTH}`);
    const before = values(a.book, `月报 ${MONTH}`);
    const run = a.fn.generateMonthlyReport({ month: MONTH });
    expect(run.tab).toBe(`月报 ${MONTH} (2)`);
    expect(values(a.book, `月报 ${MONTH}`)).toEqual(before);
  });
});

describe("the hand-over tab", () => {
  test("a member's own 交接 2026 survives; the hand-over goes beside it and is replaced on a re-run", () => {
    const a = withOwnTab("交接 2026");
    const run = a.fn.exportHandover({ year: "2026" });
    expect(run).toMatchObject({ tab: "交接 2026 (2)", beside: "交接 2026" });
    expect(run.notice).toContain("不是本插件生成的“交接 2026”");
    expect(values(a.book, "交接 2026")).toEqual(mine);
    a.fn.exportHandover({ year: "2026" });
    expect(
      tabNames(a)
        .filter((n) => n.startsWith("交接 2026"))
        .sort(),
    ).toEqual(["交接 2026", "交接 2026 (2)"]);
    expect(values(a.book, "交接 2026")).toEqual(mine);
  });

  test("from the menu, the member is told in a dialog", () => {
    const a = withOwnTab("交接 2026");
    a.runtime.ui.answer({ button: "OK", text: "2026" });
    a.fn.menuHandover();
    expect(shown(a, "alert").pop()!.message).toContain("新内容写在“交接 2026 (2)”中");
  });

  test("a hand-over the add-on made is replaced on a re-run", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.exportHandover({ year: "2026" });
    const count = a.book.getSheets().length;
    const again = a.fn.exportHandover({ year: "2026" });
    expect(again).toMatchObject({ tab: "交接 2026", beside: null });
    expect(a.book.getSheets().length).toBe(count);
  });
});

describe("the command line on a saved workbook", () => {
  test("an .xlsx keeps no marker, so a report tab in it is left alone and the new one goes beside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-ownership-"));
    const file = join(dir, "book.xlsx");
    await saveXlsx(workbookFromTabs(sampleTabs(), { locale: "zh_CN" }), file);
    const cli = (...args: string[]) => promisify(execFile)(process.execPath, [join(__dirname, "..", "..", "build", "cli.cjs"), ...args], { cwd: dir });
    await cli("--workbook", file, "--month", MONTH, "--out", join(dir, "r1.xlsx"));
    const second = await cli("--workbook", join(dir, "r1.xlsx"), "--month", MONTH, "--out", join(dir, "r2.xlsx"));
    expect(second.stderr).toContain(`已有一个不是本插件生成的“月报 ${MONTH}”工作表`);
    const book = await loadXlsx(join(dir, "r2.xlsx"));
    const first = (await loadXlsx(join(dir, "r1.xlsx"))).getSheetByName(`月报 ${MONTH}`)!.getDataRange().getValues();
    expect(book.getSheetByName(`月报 ${MONTH}`)!.getDataRange().getValues()).toEqual(first);
    expect(book.getSheetByName(`月报 ${MONTH} (2)`)).not.toBeNull();
  });
});
