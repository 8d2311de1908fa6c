/** The command line a newcomer runs: the built bundle on .xlsx files, no Google account. */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { loadXlsx, saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";

const run = promisify(execFile);
const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "outreach-cli-"));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [join(root, "build", "cli.cjs"), ...args], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm start", () => {
  test("with no arguments: the sample's report, a summary table, and out/report-2026-10.xlsx", async () => {
    const r = await cli();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-10 月报");
    expect(r.stdout).toMatch(/姓名\s+小组\s+笔数\s+佣金/);
    const book = await loadXlsx(join(dir, "out", "report-2026-10.xlsx"));
    expect(book.getSheetByName("月报 2026-10")).toBeTruthy();
    expect(book.getSheetByName("赞助记录")).toBeTruthy();
  });

  test("--json prints only the report, and its numbers are the tab's", async () => {
    const r = await cli("--json", "--month", "2026-11", "--out", "nov.xlsx");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["month", "currency", "totals", "members", "groups", "events", "sponsors", "problems"]));
    expect(report.month).toBe("2026-11");
    const tab = (await loadXlsx(join(dir, "nov.xlsx"))).getSheetByName("月报 2026-11")!.getDataRange().getValues();
    const summary = new Map(tab.map((row) => [row[0], row[1]]));
    expect(summary.get("本月到账现金")).toBe(report.totals.cashReceived);
    expect(summary.get("佣金合计")).toBe(report.totals.commission);
    expect(summary.get("罚款合计")).toBe(report.totals.penalty);
  });

  test("--lang en", async () => {
    const r = await cli("--lang", "en", "--month", "2026-10");
    expect(r.stdout).toContain("monthly report 2026-10");
    expect(r.stdout).toMatch(/Name\s+Group\s+Deals\s+Commission/);
  });

  test("--check --json prints [{sheet, cell, message}] with A1 cells", async () => {
    const file = join(dir, "sample.xlsx");
    await saveXlsx(workbookFromTabs(sampleTabs()), file);
    const r = await cli("--workbook", file, "--check", "--json");
    expect(r.code).toBe(0);
    const problems = JSON.parse(r.stdout);
    expect(problems.length).toBeGreaterThanOrEqual(5);
    for (const p of problems) expect(Object.keys(p).sort()).toEqual(["cell", "message", "sheet"]);
    expect(problems.find((p: any) => /两千/.test(p.message)).cell).toMatch(/^E\d+$/);
  });

  test("--setup on no workbook makes a new set-up workbook", async () => {
    const r = await cli("--setup", "--out", "new.xlsx");
    expect(r.code).toBe(0);
    const book = await loadXlsx(join(dir, "new.xlsx"));
    expect(book.getSheets().map((s) => s.getName())).toEqual(expect.arrayContaining(["成员", "赞助商", "活动", "赞助记录", "考勤", "设置"]));
  });

  test("--statement prints one member's lines; --json gives them as data", async () => {
    const r = await cli("--statement", "郑宇轩", "--month", "2026-10");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("郑宇轩（二组）2026-10 个人明细");
    expect(r.stdout).toMatch(/¥500\.50 × 15% = ¥75\.075 → ¥75\.08/);
    const j = JSON.parse((await cli("--statement", "郑宇轩", "--month", "2026-10", "--json")).stdout);
    expect(j.blocks[0].rows.length).toBeGreaterThan(0);
    const unknown = await cli("--statement", "郑宇宣");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe("error: 成员表中没有“郑宇宣”，是否是“郑宇轩”？");
  });

  test("--handover saves the workbook with the hand-over tab", async () => {
    const r = await cli("--handover", "--year", "2026", "--out", "handover.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("交接 2026：赞助商 31 家");
    const book = await loadXlsx(join(dir, "handover.xlsx"));
    const tab = book.getSheetByName("交接 2026")!.getDataRange().getValues();
    expect(tab.some((row) => row[0] === "新东方学校")).toBe(true);
  });

  test("one-line errors and a non-zero exit for a missing file, a non-xlsx file, and no ledger tab", async () => {
    const missing = await cli("--workbook", "nope.xlsx");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim()).toBe("error: no such file: nope.xlsx");

    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "not a workbook");
    const bad = await cli("--workbook", text);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/is not an \.xlsx workbook/);

    const noLedger = join(dir, "members-only.xlsx");
    await saveXlsx(workbookFromTabs([{ name: "成员", rows: [["姓名"], ["张伟"]] }]), noLedger);
    const none = await cli("--workbook", noLedger, "--lang", "en");
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim()).toMatch(/^error: No "Sponsorships" tab \(looked for: 赞助记录, Sponsorships/);
  });

  test("bad options are refused with the usage", async () => {
    const r = await cli("--month", "November");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--month must look like 2026-11");
  });
});
