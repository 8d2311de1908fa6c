import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { syntheticTabs } from "../../src/local/sample/synthetic";
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
    const before = a.book.getSheets().map((s) => s.getDataRange().getValues());
    const problems: P[] = a.fn.checkData();
    const amount = problems.find((p) => /两千/.test(p.message))!;
    const cell = a.book.getSheetByName("赞助记录")!.getRange(amount.cell);
    expect(cell.getNote()).toMatch(/^⚠ 外联部检查 \/ Check:\n无法识别的金额“两千”/);
    cell.setNote("老板说下周补齐");
    a.fn.checkData();
    a.fn.checkData();
    expect(cell.getNote()).toBe("老板说下周补齐\n\n⚠ 外联部检查 / Check:\n" + amount.message);
    expect(a.book.getSheets().map((s) => s.getDataRange().getValues())).toEqual(before);
    // Once fixed, the check's note goes and the member's note stays.
    cell.setValue(2000);
    a.fn.checkData();
    expect(cell.getNote()).toBe("老板说下周补齐");
  });

  test("the menu shows the list in a dialog, escaping what the sheet holds", () => {
    const tabs = sampleTabs();
    tabs.find((t) => t.name === "赞助记录")!.rows.push([new Date("2026-11-05T00:00:00+08:00"), "<img src=x onerror=alert(1)>", "", "张伟", 100, "", "", "已到账", "", "", ""]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.menuCheck();
    const dialog = shown(a, "dialog")[0];
    expect(dialog.title).toBe("数据检查结果");
    expect(dialog.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(dialog.html).not.toContain("<img");
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
    expect(problems).toContainEqual({ sheet: "赞助记录", cell: "", message: expect.stringContaining("找不到“赞助记录”工作表（查找了：赞助记录, Sponsorships") });
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
    tabs.find((t) => t.name === "赞助记录")!.rows.push([new Date("2026-11-05T00:00:00+08:00"), "'=HYPERLINK(\"x\")", "", "'+张伟", 100, "", "", "已到账", "", "", ""]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.checkData();
    const sheet = a.book.getSheetByName("赞助记录")!;
    const formulas = sheet.getDataRange().getFormulas().flat().filter((f) => f !== "");
    expect(formulas).toEqual([]);
    expect(values(a.book, "赞助记录").flat()).toContain('=HYPERLINK("x")');
  });
});
