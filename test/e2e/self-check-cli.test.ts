/** `npm start -- --self-check`: the same check on a local workbook, its table and its exit status. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { cliIn } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "outreach-self-check-"));

const cli = cliIn(dir);

describe("npm start -- --self-check", () => {
  test("on the sample workbook every line is ✓ and the exit status is 0", async () => {
    const r = await cli("--self-check");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓\s+授权范围\s+已授予全部 3 项/);
    expect(r.stdout).toMatch(/✓\s+=COMMISSION 公式\s+=COMMISSION\(1000\) = 150/);
    expect(r.stdout).toContain("通过 15/15");
    expect(r.stdout).not.toContain("✗");
  });

  test("--json prints the report only", async () => {
    const r = await cli("--self-check", "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: true, lang: "en", passed: 15, total: 15 });
    expect(report.checks[0]).toEqual({ id: "scopes", ok: true, name: "Permissions granted", detail: expect.stringContaining("All 3 granted"), fix: "" });
  });

  test("a workbook without the attendance tab: ✗ with what to do, exit status 1, and the file is left as it was", async () => {
    const file = join(dir, "no-attendance.xlsx");
    await saveXlsx(workbookFromTabs(sampleTabs().filter((t) => t.name !== "考勤")), file);
    const bytes = readFileSync(file);
    const r = await cli("--workbook", file, "--self-check");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗\s+工作表\s+必需 4\/5，缺少：考勤（Attendance）/);
    expect(r.stdout).toContain("怎么办：");
    expect(r.stdout).toContain("✗ 工作表: 运行 初始化表格");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test("--self-check with another mode is refused as a usage error", async () => {
    const r = await cli("--self-check", "--check");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--self-check");
  });
});
