/** The monthly report's renewal rate, through the bundle, on the sample with a previous season. */
import type { CellValue } from "../../src/local/runtime";
import { syntheticTabs } from "../../src/local/sample/synthetic";
import { noSeasonSample, renewalSample } from "../support/renewal-sample";
import { addon, values } from "./addon";

/** The rows from a title to the next blank row. */
function block(tab: CellValue[][], starts: string): CellValue[][] {
  const at = tab.findIndex((r) => String(r[0]).startsWith(starts));
  if (at < 0) throw new Error(`no block ${starts}`);
  const end = tab.findIndex((r, i) => i > at && r.every((v) => v === ""));
  return tab.slice(at, end < 0 ? tab.length : end).map((r) => r.slice(0, 3));
}

describe("月报: 续约", () => {
  // Last season (2025-09-01 … 2026-08-31): 新华书店 ¥1,500, 博文书店 ¥400, 一点点 ¥300.
  // From 2026-09-01 to 11-30: 新华书店 2,000 + 1,000 (the 11-18 pledge is not money);
  // 博文书店 600 + 250 in kind + 500.50 + 200 + 400 in kind = 1,950.50. 一点点 has not given.
  test("November: 2 of 3 renewed, ¥4,950.50 — in the JSON and in the tab, zh", () => {
    const a = addon(renewalSample(), { locale: "zh_CN" });
    const run = a.fn.generateMonthlyReport({ month: "2026-11" });
    expect(run.report.renewals).toEqual({
      seasonStart: "2026-09-01",
      asOf: "2026-11-30",
      lastSeasonSponsors: 3,
      renewed: 2,
      rate: 0.6667,
      moneyRenewed: 4950.5,
      notYetRenewed: ["一点点(北门店)"],
    });
    expect(block(values(a.book, run.tab), "续约（")).toEqual([
      ["续约（上季赞助商自 2026-09-01 起，截至 2026-11-30）", "", ""],
      ["续约率", 2 / 3, "2 / 3 家"],
      ["续约金额（现金+物资）", 4950.5, ""],
      ["尚未续约", "一点点(北门店)", ""],
    ]);
    const sheet = a.book.getSheetByName(run.tab)!;
    const row = values(a.book, run.tab).findIndex((r) => r[0] === "续约率") + 1;
    expect(sheet.getRange(row, 2).getNumberFormat()).toBe("0.0%");
  });

  test("in English", () => {
    const a = addon(renewalSample("en"), { locale: "zh_CN" });
    const run = a.fn.generateMonthlyReport({ month: "2026-11", lang: "en" });
    expect(block(values(a.book, run.tab), "Renewals")).toEqual([
      ["Renewals (last season's sponsors since 2026-09-01, as of 2026-11-30)", "", ""],
      ["Renewal rate", 2 / 3, "2 of 3"],
      ["Money renewed (cash + in kind)", 4950.5, ""],
      ["Not yet renewed", "一点点(北门店)", ""],
    ]);
  });

  test("last season's ¥1,500 to 2025's 迎新晚会 does not count toward this year's; without a season start it would", () => {
    const raised = (tabs: ReturnType<typeof renewalSample>) =>
      addon(tabs, { locale: "zh_CN" })
        .fn.generateMonthlyReport({ month: "2026-11" })
        .report.events.find((e: { name: string }) => e.name === "迎新晚会").raised;
    const season = raised(renewalSample());
    expect(raised(noSeasonSample())).toBe(season + 1500);
  });

  test("a month that ends before the season starts, or no season at all: no renewal block", () => {
    const a = addon(renewalSample(), { locale: "zh_CN" });
    const aug = a.fn.generateMonthlyReport({ month: "2026-08" });
    expect(aug.report.renewals).toBeNull();
    expect(values(a.book, aug.tab).some((r) => String(r[0]).startsWith("续约（"))).toBe(false);
    const plain = addon(noSeasonSample(), { locale: "zh_CN" }).fn.generateMonthlyReport({ month: "2026-11" });
    expect(plain.report.renewals).toBeNull();
  });

  test("the report's Sheets calls are the same with a season set, at 500 and 5,000 ledger rows", () => {
    const calls = (n: number, season: boolean) => {
      const tabs = syntheticTabs({ ledgerRows: n, members: 40, meetings: 30, seed: 7 });
      if (season) tabs.find((t) => t.name === "设置")!.rows.push(["续约季开始", new Date("2026-06-01T00:00:00+08:00"), ""]);
      const a = addon(tabs, { locale: "zh_CN" });
      a.runtime.resetStats();
      const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
      if (season) expect(r.renewals.lastSeasonSponsors).toBeGreaterThan(0);
      return [a.runtime.stats.reads, a.runtime.stats.writes];
    };
    const small = calls(500, true);
    expect(calls(5000, true)).toEqual(small);
    expect(calls(500, false)).toEqual(small);
  }, 120000);
});
