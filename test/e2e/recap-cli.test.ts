/** `npm start -- --recap`: a sponsor's recap page written from a local .xlsx by the built bundle. */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { cliIn } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "outreach-recap-"));

const cli = cliIn(dir);

describe("npm start -- --recap", () => {
  const book = join(dir, "book.xlsx");
  beforeAll(async () => {
    await saveXlsx(workbookFromTabs(sampleTabs(), { name: "外联部" }), book);
  });

  test("a workbook and a sponsor: the whole self-contained page in the file named, the path said", async () => {
    const r = await cli("--workbook", book, "--recap", "博文书店", "--out", "recap.html");
    expect(r.stderr).toContain(join(dir, "recap.html"));
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "recap.html"), "utf8");
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    for (const text of ["考研经验讲座", "笔记本 50 本", "¥500.50", "图书 20 本", "决赛现场摆放书店展架", "已完成", "XX大学学生会外联部"])
      expect(html).toContain(text);
    expect(html).toContain('<th scope="row" colspan="3">合计</th><td class="num">¥1,700.50</td><td></td><td class="num">¥650.00</td>');
    expect(html).not.toMatch(/\b(?:src|href)=/);
  });

  test("--event and --lang en; the sample without --workbook is signed with the sample's own today", async () => {
    const r = await cli("--recap", "博文书店", "--event", "新生辩论赛", "--lang", "en", "--out", "en.html");
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "en.html"), "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Event: 新生辩论赛 (2026-11-07)");
    expect(html).not.toContain("考研经验讲座");
    expect(html).toMatch(/<p class="sign">XX大学学生会外联部<br>\d{4}-\d{2}-\d{2}<\/p>/);
  });

  test("option errors name the option, what it allows and what was given; nothing is written", async () => {
    const cases: [string[], string][] = [
      [["--recap", "博文书店"], "error: --recap writes an HTML page, so it needs --out, such as --out recap.html"],
      [["--event", "迎新晚会", "--out", "x.html"], 'error: --event only goes with --recap, not alone (given "迎新晚会")'],
      [["--recap", " ", "--out", "x.html"], 'error: --recap needs a sponsor\'s name, not " "'],
      [["--recap", "博文书店", "--month", "2026-11", "--out", "x.html"], 'error: --recap covers every date, so --month "2026-11" does not go with it'],
      [["--recap", "博文书店", "--lang", "fr", "--out", "x.html"], 'error: --lang must be zh or en, not "fr"'],
      [["--recap", "博文书店", "--statement", "王浩然", "--out", "x.html"], "use only one of"],
    ];
    for (const [args, said] of cases) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(said);
    }
    expect(existsSync(join(dir, "x.html"))).toBe(false);
  });

  test("--out the workbook itself, an unknown sponsor, a missing folder: refused, exit 1", async () => {
    const same = await cli("--workbook", book, "--recap", "博文书店", "--out", book);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain(`--out ${book} is the --workbook file itself`);
    const typo = await cli("--workbook", book, "--recap", "博文书屋", "--out", "t.html");
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("error: 赞助商表中没有“博文书屋”，是否是“博文书店”？");
    const typoEn = await cli("--workbook", book, "--recap", "博文书屋", "--lang", "en", "--out", "t.html");
    expect(typoEn.stderr).toContain('error: "博文书屋" is not in the Sponsors tab. Did you mean "博文书店"?');
    const folder = await cli("--workbook", book, "--recap", "博文书店", "--out", join(dir, "nope", "r.html"));
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain("the folder");
    expect(existsSync(join(dir, "t.html"))).toBe(false);
  });
});
