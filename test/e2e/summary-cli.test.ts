/** `npm start` writes the month's one-page summary beside the report; `--summary-png` draws it with the installed Chromium. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { chromiumOnPath } from "../../src/local/summary-png";
import { runCli } from "../support/cli";

const cli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => runCli(cwd, args, env);

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe("npm start: the one-page summary beside the report", () => {
  test("with no arguments: out/summary-YYYY-MM.html next to out/report-YYYY-MM.xlsx, its figures the report's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-summary-"));
    const r = await cli(dir, ["--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const month = report.month as string;
    expect(existsSync(join(dir, "out", `report-${month}.xlsx`))).toBe(true);
    const file = join(dir, "out", `summary-${month}.html`);
    expect(r.stderr).toContain(`→ ${file}`);
    const html = readFileSync(file, "utf8");
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(html).toContain(`<h1>${month} 月报摘要</h1>`);
    const yuan = (v: number) => `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    expect(html).toContain(`<span data-json="totals.cashReceived">${yuan(report.totals.cashReceived)}</span>`);
    expect(html).toContain(`<span data-json="totals.commission">${yuan(report.totals.commission)}</span>`);
    expect(html).not.toMatch(/\b(?:src|href)=/);
  });

  test("a workbook, a month and --out in a folder: the summary goes into that folder, in the report's language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-summary-"));
    await saveXlsx(workbookFromTabs(sampleTabs(), { name: "外联部" }), join(dir, "book.xlsx"));
    mkdirSync(join(dir, "reports"));
    const r = await cli(dir, ["--workbook", "book.xlsx", "--month", "2026-10", "--out", "reports/r.xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "reports", "summary-2026-10.html"), "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>Monthly summary 2026-10</h1>");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  test("--summary-png without chromium on PATH says so, never fetches one, and still writes the HTML", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-summary-"));
    const empty = join(dir, "bin");
    mkdirSync(empty);
    const r = await cli(dir, ["--month", "2026-11", "--summary-png"], { ...process.env, PATH: empty });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("--summary-png draws the picture with Chromium, and no `chromium` is on PATH");
    expect(r.stderr).toContain("apt-get install chromium");
    expect(existsSync(join(dir, "out", "summary-2026-11.html"))).toBe(true);
    expect(existsSync(join(dir, "out", "summary-2026-11.png"))).toBe(false);
  });

  test("--summary-png with the installed chromium: summary-YYYY-MM.png beside the HTML, a phone's width at twice the pixels", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-summary-"));
    const r = await cli(dir, ["--month", "2026-11", "--summary-png"]);
    expect(r.code).toBe(0);
    const png = join(dir, "out", "summary-2026-11.png");
    if (chromiumOnPath()) {
      expect(r.stderr).toContain(`→ ${png}`);
      const { width, height } = pngSize(png);
      expect(width).toBe(880);
      // The whole page, not a window's worth: far taller than wide.
      expect(height).toBeGreaterThan(2 * width);
    } else {
      expect(r.stderr).toContain("no `chromium` is on PATH");
    }
  }, 120000);

  test("--summary-png goes with the report only", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-summary-"));
    const r = await cli(dir, ["--check", "--summary-png"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: --summary-png goes with the monthly report, not with --check");
  });
});
