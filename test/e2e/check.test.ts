import { syntheticTabs } from "../../src/local/sample/synthetic";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { addon, shown, values } from "./addon";

type P = { sheet: string; cell: string; message: string };

describe("Check data, through the bundle", () => {
  test("the sample's deliberate mistakes are each listed with sheet, cell and a zh message", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData({ mark: false });
    const find = (re: RegExp) => problems.filter((p) => re.test(p.message));
    expect(find(new RegExp(`“${sampleFacts.typoMember}”，是否是“${sampleFacts.typoOf}”`))).toEqual([
      expect.objectContaining({ sheet: "赞助记录", cell: expect.stringMatching(/^D\d+$/) }),
    ]);
    expect(find(new RegExp(`赞助商表中没有“${sampleFacts.unknownSponsor}”`))).toHaveLength(1);
    expect(find(/无法识别的金额“两千”/)).toEqual([expect.objectContaining({ sheet: "赞助记录", cell: expect.stringMatching(/^E\d+$/) })]);
    expect(find(/“日期”不能为空/)).toEqual([expect.objectContaining({ sheet: "赞助记录", cell: expect.stringMatching(/^A\d+$/) })]);
    expect(find(/无法识别的考勤状态“病假\?”/)).toEqual([expect.objectContaining({ sheet: "考勤" })]);
  });

  test("English messages in an English sheet", () => {
    const a = addon(sampleTabs(), { locale: "en_US" });
    const problems: P[] = a.fn.checkData({ mark: false });
    expect(problems.some((p) => p.message === '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)')).toBe(true);
  });

  test("it marks cells with notes, keeps members' own notes, changes no value, and re-running does not pile up", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const departmentTabs = () =>
      a.book
        .getSheets()
        .filter((s) => s.getName() !== "日志")
        .map((s) => s.getDataRange().getValues());
    const before = departmentTabs();
    const problems: P[] = a.fn.checkData();
    const amount = problems.find((p) => /两千/.test(p.message))!;
    const cell = a.book.getSheetByName("赞助记录")!.getRange(amount.cell);
    expect(cell.getNote()).toMatch(/^⚠ 外联部检查 \/ Check:\n无法识别的金额“两千”/);
    cell.setNote("老板说下周补齐");
    a.fn.checkData();
    a.fn.checkData();
    expect(cell.getNote()).toBe(`老板说下周补齐\n\n⚠ 外联部检查 / Check:\n${amount.message}`);
    expect(departmentTabs()).toEqual(before);
    // the notes were logged: who marked which tab
    expect(
      values(a.book, "日志")
        .slice(1)
        .map((r) => [r[2], r[3]]),
    ).toContainEqual(["检查数据（批注）", "赞助记录"]);
    // Once fixed, the check's note goes and the member's note stays.
    cell.setValue(2000);
    a.fn.checkData();
    expect(cell.getNote()).toBe("老板说下周补齐");
  });

  test("the menu shows the list in a dialog, escaping what the sheet holds", () => {
    const tabs = sampleTabs();
    tabs
      .find((t) => t.name === "赞助记录")!
      .rows.push([new Date("2026-11-05T00:00:00+08:00"), "<img src=x onerror=alert(1)>", "", "张伟", 100, "", "", "已到账", "", "", ""]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.menuCheck();
    const dialog = shown(a, "dialog")[0];
    expect(dialog.title).toBe("数据检查结果");
    expect(dialog.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(dialog.html).not.toContain("<img");
  });

  test("a sponsor owned by one member but credited to another is pointed out", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData({ mark: false });
    const owned = problems.filter((p) => /负责（阶段：/.test(p.message));
    expect(owned.length).toBeGreaterThan(0);
    expect(owned[0].message).toMatch(/^“.+”由 .+ 负责（阶段：.+），这笔赞助却记在 .+ 名下：请确认没有重复联系同一商家$/);
    expect(owned.every((p) => /^D\d+$/.test(p.cell))).toBe(true);
  });

  test("with 需要登记回报 = 是, a received sponsorship without a deliverable is flagged", () => {
    const d = (x: string) => new Date(`${x}T00:00:00+08:00`);
    const tabs = [
      { name: "成员", rows: [["姓名"], ["张伟"]] },
      {
        name: "赞助商",
        rows: [
          ["赞助商", "负责人"],
          ["博文书店", "张伟"],
          ["老王餐馆", "张伟"],
        ],
      },
      { name: "活动", rows: [["活动"], ["迎新晚会"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "活动", "经办人", "现金"],
          [d("2026-11-02"), "博文书店", "迎新晚会", "张伟", 500],
          [d("2026-11-03"), "老王餐馆", "迎新晚会", "张伟", 300],
        ],
      },
      { name: "考勤", rows: [["姓名"]] },
      {
        name: "赞助回报",
        rows: [
          ["赞助商", "活动", "回报内容"],
          ["博文书店", "迎新晚会", "横幅 logo"],
        ],
      },
      {
        name: "设置",
        rows: [
          ["项目", "值"],
          ["需要登记回报", "是"],
        ],
      },
    ];
    const problems: P[] = addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false });
    expect(problems).toEqual([{ sheet: "赞助记录", cell: "B3", message: "已到账的赞助“老王餐馆”（迎新晚会）还没有登记赞助回报：请在“赞助回报”表中添加" }]);
    tabs[6].rows[1][1] = "否";
    expect(addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false })).toEqual([]);
  });

  test("a clean sheet says so", () => {
    const a = addon(undefined, { locale: "zh_CN" });
    a.fn.setupSheets();
    a.fn.menuCheck();
    expect(shown(a, "alert")[0].message).toBe("没有发现问题。");
  });

  test("a renamed tab is one clear message naming the tabs looked for", () => {
    const tabs = sampleTabs().map((t) => (t.name === "赞助记录" ? { ...t, name: "拉赞助明细表" } : t));
    const a = addon(tabs, { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData({ mark: false });
    expect(problems).toContainEqual({
      sheet: "赞助记录",
      cell: "",
      message: expect.stringContaining("找不到“赞助记录”工作表（查找了：赞助记录, Sponsorships"),
    });
  });

  test("headers typed in the other language, with extra spaces, under a merged title row", () => {
    const tabs = sampleTabs().map((t) => {
      if (t.name !== "赞助记录") return t;
      const header = t.rows[0].map((h) => (h === "现金" ? "  Cash " : h === "赞助商" ? "SPONSOR" : h));
      return { ...t, rows: [["2026 秋季 赞助记录", ...new Array(header.length - 1).fill("")], header, ...t.rows.slice(1)] };
    });
    const a = addon(tabs, { locale: "zh_CN" });
    a.book.getSheetByName("赞助记录")!.getRange("A1:K1").merge();
    const problems: P[] = a.fn.checkData({ mark: false });
    expect(problems.filter((p) => /缺少必需的列/.test(p.message))).toEqual([]);
    // rows moved down by one: the unreadable amount is reported one row lower than in the plain sample
    const plain: P[] = addon(sampleTabs(), { locale: "zh_CN" }).fn.checkData({ mark: false });
    const row = (ps: P[]) => Number(ps.find((p) => /两千/.test(p.message))!.cell.slice(1));
    expect(row(problems)).toBe(row(plain) + 1);
  });

  test("10,000+ ledger rows: one read per tab, the same calls as for 500", () => {
    const run = (n: number) => {
      const a = addon(syntheticTabs({ ledgerRows: n, members: 50, meetings: 20, seed: 3 }), { locale: "zh_CN" });
      a.runtime.resetStats();
      const problems: P[] = a.fn.checkData();
      return { stats: { ...a.runtime.stats, calls: undefined }, problems: problems.length };
    };
    const small = run(500);
    const big = run(12000);
    expect(big.stats.reads).toBe(small.stats.reads);
    expect(big.stats.writes).toBe(small.stats.writes);
    expect(big.stats.total).toBe(small.stats.total);
    expect(big.stats.reads).toBeLessThanOrEqual(12);
  });

  test("a name starting with = is reported as text and never becomes a formula", () => {
    const tabs = sampleTabs();
    tabs
      .find((t) => t.name === "赞助记录")!
      .rows.push([new Date("2026-11-05T00:00:00+08:00"), '\'=HYPERLINK("x")', "", "'+张伟", 100, "", "", "已到账", "", "", ""]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.checkData();
    const sheet = a.book.getSheetByName("赞助记录")!;
    const formulas = sheet
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== "");
    expect(formulas).toEqual([]);
    expect(values(a.book, "赞助记录").flat()).toContain('=HYPERLINK("x")');
  });
});
