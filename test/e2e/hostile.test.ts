/**
 * A hostile workbook: every cell the add-on reads (names, notes, amounts, credit, dates, statuses,
 * headers, settings) holds a 50,000-character text of the kind that makes a backtracking regular
 * expression or a quadratic loop hang. Every command must finish (the guard is a generous timeout
 * that stops the call, see ../hang-guard, not a stopwatch) and still say which cells it could not read.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { type CellValue, sampleTabs } from "../../src/local/sample/workbook";
import { problemList, reportSummary } from "../../src/local/terminal";
import { finishes, HANG_GUARD_MS } from "../hang-guard";
import { addon, shown, values } from "./addon";

const N = 50_000;
const fill = (unit: string, before = "", after = "") => before + unit.repeat(Math.floor((N - before.length - after.length) / unit.length)) + after;

/** The shapes that break naive patterns: long runs of brackets, spaces, separators, %, digits and dots. */
const HOSTILE: string[] = [
  fill("("),
  fill("（", "", "）"),
  fill("(", "张三", "60%"),
  fill(" ", "张三", "x"),
  fill("\u3000", "", "x"),
  fill("、，,;/"),
  fill("%"),
  fill("1"),
  fill("1."),
  fill("0", "0.", "1%"),
  fill("9", "张三 ", "%"),
  fill("0", "1", "x"),
  fill("1,"),
  fill("1", "¥"),
  fill("-", "", "1"),
  fill("a", "", "@"),
  fill(" ", "2026-11-25", "例会x"),
  fill(" ", "2026 年 11", "月 x"),
  fill("迟到+"),
  fill("+"),
  fill("(", "="),
];

const MONTH = "2026-11";
const LONG_MESSAGE = 600;

// Typed as text: a leading = + - @ would otherwise make the cell a formula, as typing it in Sheets does.
// The apostrophe counts towards the cell's 50,000 characters, so the text gives up its last one.
const typed = (text: string) => (/^[=+\-@]/.test(text) ? `'${text.slice(0, N - 1)}` : text);

function hostileRows(width: number, rows: number, shift: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => typed(HOSTILE[(r + c + shift) % HOSTILE.length])));
}

/** The sample workbook with hostile rows appended to every tab, hostile extra headers and hostile settings. */
function hostileTabs() {
  const tabs = sampleTabs();
  tabs.forEach((tab, i) => {
    const header = tab.rows[0];
    const width = header.length;
    if (tab.name === "设置") {
      tab.rows.slice(1).forEach((row, r) => (row[1] = typed(HOSTILE[(r * 3) % HOSTILE.length])));
      tab.rows.push(...hostileRows(3, 4, i));
      return;
    }
    tab.rows.push(...hostileRows(width, HOSTILE.length, i));
    // Headers no column is named: brackets, spaces, separators, digits.
    header.push(HOSTILE[0], HOSTILE[1], HOSTILE[5], HOSTILE[8], HOSTILE[16]);
  });
  // Tab names are at most 100 characters in Sheets: these are as hostile as a name can be.
  for (const name of ["(".repeat(100), `赞助记录${" ".repeat(90)}x`, `月报 ${MONTH} (${"9".repeat(80)})`, "、，,;".repeat(25)]) {
    tabs.push({ name, rows: [[typed(HOSTILE[0])]] });
  }
  return tabs;
}

const clippedMessages = (problems: { message: string }[]) => problems.every((p) => p.message.length < LONG_MESSAGE);

describe("a workbook full of 50,000-character texts", () => {
  // Building and reading 20 tabs of 50,000-character cells takes a few seconds by itself.
  jest.setTimeout(8 * HANG_GUARD_MS);

  test("the monthly report finishes and names the unreadable cells in short messages", () => {
    const a = addon(hostileTabs(), { locale: "zh_CN" });
    const run = finishes(() => a.fn.generateMonthlyReport({ month: MONTH }));
    expect(run.tab).toBe(`月报 ${MONTH}`);
    const problems: { sheet: string; cell: string; message: string }[] = run.report.problems;
    // The ledger's hostile amounts are reported where they are, never counted.
    expect(problems.some((p) => p.sheet === "赞助记录" && /^E\d+$/.test(p.cell) && p.message.includes("无法识别的金额"))).toBe(true);
    expect(clippedMessages(problems)).toBe(true);
    // The sample's own October money is untouched by the rubbish around it.
    expect(values(a.book, run.tab).length).toBeGreaterThan(10);
    // What the command line prints of it.
    const text = finishes(() => reportSummary(run.report, "zh", run.tab, "out.xlsx"));
    expect(text.includes(`${MONTH} 月报`)).toBe(true);
    expect(finishes(() => problemList(problems, "zh")).includes("赞助记录")).toBe(true);
  });

  test("the menu's report: a hostile month typed at the prompt is refused in a short alert", () => {
    const a = addon(hostileTabs(), { locale: "zh_CN" });
    a.runtime.ui.answer({ button: "OK", text: HOSTILE[17] });
    finishes(() => a.fn.menuReport());
    const alert = shown(a, "alert").pop()!;
    expect(alert.message).toMatch(/月份/);
    expect(alert.message!.length).toBeLessThan(LONG_MESSAGE);
    a.runtime.ui.answer({ button: "OK", text: `${MONTH}${" ".repeat(N)}` });
    finishes(() => a.fn.menuReport());
    expect(a.book.getSheetByName(`月报 ${MONTH}`)).toBeTruthy();
  });

  test("check data lists and marks every hostile cell, and the notes stay short", () => {
    const a = addon(hostileTabs(), { locale: "zh_CN" });
    // A member's own note with a long run of spaces, above the check's earlier text.
    const own = `老板说${" ".repeat(N)}下周补`;
    const ledger = a.book.getSheetByName("赞助记录")!;
    for (let r = 1; r <= ledger.getLastRow(); r++) ledger.getRange(r, 5).setNote(`${own}\n\n⚠ 外联部检查 / Check:\n旧的`);
    const problems: { sheet: string; cell: string; message: string }[] = finishes(() => a.fn.checkData({ mark: true }));
    expect(problems.length).toBeGreaterThan(50);
    expect(clippedMessages(problems)).toBe(true);
    const amount = problems.find((p) => p.sheet === "赞助记录" && /^E\d+$/.test(p.cell))!;
    const note = ledger.getRange(amount.cell).getNote();
    expect(note.startsWith(`${own}\n\n⚠ 外联部检查 / Check:\n无法识别的金额`)).toBe(true);
    expect(note.length - own.length).toBeLessThan(2 * LONG_MESSAGE);
    const attendance = problems.filter((p) => p.sheet === "考勤");
    expect(attendance.some((p) => /无法识别的考勤状态/.test(p.message))).toBe(true);
    // The command line's --check output of the same list.
    expect(finishes(() => problemList(problems, "zh")).split("\n").length).toBeGreaterThan(problems.length);
  });

  test("set-up finishes and keeps every hostile text as typed", () => {
    const a = addon(hostileTabs(), { locale: "zh_CN" });
    const before = values(a.book, "赞助记录").map((r) => r.slice(0, 11));
    const res = finishes(() => a.fn.setupSheets());
    expect(typeof res.summary).toBe("string");
    const after = values(a.book, "赞助记录")
      .slice(0, before.length)
      .map((r) => r.slice(0, 11));
    expect(after.every((row, r) => row.every((v, c) => v === before[r][c] || (v instanceof Date && v.getTime() === (before[r][c] as Date).getTime())))).toBe(
      true,
    );
  });

  test("a member statement for a hostile name, and from the menu's prompt", () => {
    const a = addon(hostileTabs(), { locale: "zh_CN" });
    const st = finishes(() => a.fn.memberStatement({ name: HOSTILE[3], month: MONTH }));
    expect(typeof st.title).toBe("string");
    a.runtime.ui.answer({ button: "OK", text: `陈思远${" ".repeat(N)}${MONTH}` });
    finishes(() => a.fn.menuStatement());
    expect(String(shown(a, "dialog")[0]?.title).includes("陈思远")).toBe(true);
    a.runtime.ui.answer({ button: "OK", text: HOSTILE[3] });
    finishes(() => a.fn.menuStatement());
    const seen = [...shown(a, "dialog"), ...shown(a, "alert")];
    expect(seen.length).toBe(2);
  });

  test("the hand-over finishes and carries the hostile sponsor names as text", () => {
    const a = addon(hostileTabs(), { locale: "zh_CN" });
    const run = finishes(() => a.fn.exportHandover({ year: "2026" }));
    expect(run.tab).toBe("交接 2026");
    const cells = values(a.book, run.tab).flat();
    // Written back as text, not as a formula (a failure here must not print 50,000 brackets).
    expect(cells.some((c) => c === typed(HOSTILE[20]).slice(1))).toBe(true);
  });

  test("the command line, on the saved hostile workbook and with hostile arguments", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-hostile-"));
    const file = join(dir, "hostile.xlsx");
    await saveXlsx(workbookFromTabs(hostileTabs(), { locale: "zh_CN" }), file);
    const cli = join(__dirname, "..", "..", "build", "cli.cjs");
    const run = async (...args: string[]) => {
      try {
        const r = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: dir, maxBuffer: 256 * 1024 * 1024, timeout: 2 * HANG_GUARD_MS });
        return { code: 0, stdout: r.stdout, stderr: r.stderr };
      } catch (e: any) {
        return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
      }
    };
    const report = await run("--workbook", file, "--month", MONTH, "--out", join(dir, "r.xlsx"));
    expect(report.code).toBe(0);
    expect(report.stdout.includes(`${MONTH} 月报`)).toBe(true);
    const check = await run("--workbook", file, "--check");
    expect(check.code).toBe(0);
    expect(check.stdout.includes("无法识别的金额")).toBe(true);
    const bad = await run("--workbook", file, "--month", HOSTILE[17]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.includes("--month")).toBe(true);
    // What the user gave is quoted, cut to a readable length: one short line, not 50,000 characters.
    expect(bad.stderr.trim().split("\n")[0].length).toBeLessThan(200);
    // A table cell holding a sheet's 50,000-character name is cut too.
    expect(Math.max(...report.stdout.split("\n").map((l) => l.length))).toBeLessThan(400);
  });
});
