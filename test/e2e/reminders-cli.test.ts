/** `npm start -- --reminders`: the texts for the WeChat group and the head, printed from a local .xlsx by the built bundle. */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { cliIn } from "../support/cli";
import { SAMPLE_GROUP_ZH, SAMPLE_HEAD_ZH } from "../support/reminders-sample";

const dir = mkdtempSync(join(tmpdir(), "outreach-reminders-"));

const cli = cliIn(dir);

const PRINTED = `== 发到部门群 ==\n${SAMPLE_GROUP_ZH}\n\n== 只发给部长 ==\n${SAMPLE_HEAD_ZH}\n`;

describe("npm start -- --reminders", () => {
  const book = join(dir, "book.xlsx");
  beforeAll(async () => {
    await saveXlsx(workbookFromTabs(sampleTabs(), { name: "外联部" }), book);
  });

  test("the sample without --workbook: both texts for the sample's own today, exactly; nothing written", async () => {
    const r = await cli("--reminders");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(PRINTED);
    expect(readdirSync(dir)).toEqual(["book.xlsx"]);
  });

  test("a workbook and --date: the same texts; --json puts them and the model on stdout, the texts on stderr", async () => {
    const r = await cli("--workbook", book, "--reminders", "--date", "2026-11-23", "--json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(PRINTED);
    const json = JSON.parse(r.stdout);
    expect(json.today).toBe("2026-11-23");
    expect(json.lang).toBe("zh");
    expect(json.texts).toEqual({ group: SAMPLE_GROUP_ZH, head: SAMPLE_HEAD_ZH });
    expect(json.reminders.until).toBe("2026-11-30");
    expect(json.reminders.people.find((p: { name: string }) => p.name === "刘雨桐")).toEqual({
      name: "刘雨桐",
      tasks: [{ kind: "followUp", sponsor: "中国联通(大学城营业厅)", event: "", promised: "", due: "2026-11-25", days: 2, row: 17 }],
      commission: 37500,
      commissionRows: 1,
    });
  });

  test("another day in English", async () => {
    const r = await cli("--workbook", book, "--reminders", "--date", "2026-11-30", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("== For the department's group ==\n[XX大学学生会外联部 reminders] 2026-11-30\n")).toBe(true);
    expect(r.stdout).toContain("@林志鹏\n· Follow up with 通达驾校: 11 days overdue (2026-11-19)\n· Follow up with 书虫咖啡书吧: due today (2026-11-30)");
    expect(r.stdout).toContain("== For the head only ==\n[XX大学学生会外联部 reminders · for the head] 2026-11-30");
  });

  test("option errors name the option, what it allows and what was given", async () => {
    const cases: [string[], string][] = [
      [["--date", "2026-11-30"], 'error: --date only goes with --reminders, not alone (given "2026-11-30")'],
      [["--reminders", "--date", "2026-02-30"], 'error: --date must be a day such as 2026-11-30, not "2026-02-30"'],
      [["--reminders", "--date", "30/11/2026"], 'error: --date must be a day such as 2026-11-30, not "30/11/2026"'],
      [["--reminders", "--date", "2026-13-01"], 'error: --date must be a day such as 2026-11-30, not "2026-13-01"'],
      [["--reminders", "--out", "r.txt"], 'error: --reminders only prints, so --out "r.txt" does not go with it'],
      [["--reminders", "--month", "2026-11"], 'error: --reminders is for one day, so --month "2026-11" does not go with it: use --date such as 2026-11-30'],
      [["--reminders", "--recap", "博文书店", "--out", "x.html"], "use only one of"],
      [["--reminders=yes"], 'error: --reminders takes no value, not "yes"'],
    ];
    for (const [args, said] of cases) {
      const r = await cli(...args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stderr).toContain(said);
    }
  });

  test("the help lists it", async () => {
    const r = await cli("--help");
    expect(r.stdout).toContain("--reminders [--date YYYY-MM-DD] [--lang zh|en] [--json]");
  });
});
