import { runReport } from "../../src/app/generate-report";
import { monthlySummary, runSummary } from "../../src/app/summary";
import { buildReport } from "../../src/domain/report";
import { summaryCharts } from "../../src/domain/summary-charts";
import { sampleTabs } from "../../src/local/sample/workbook";
import { context, loadModel } from "../../src/sheets/workbook";
import { sheetWith, snapshot, today } from "../support/apps-script";

type Span = { row: number; column: number; numRows: number; numColumns: number };

describe("runSummary on the sample workbook", () => {
  test("the month's page in the report's language; nothing written, one read per tab", () => {
    today("2026-11-30");
    const rt = sheetWith(sampleTabs());
    const before = snapshot(rt);
    rt.resetStats();
    const run = runSummary(context(), "2026-11");
    expect(run).toMatchObject({ month: "2026-11", lang: "zh" });
    expect(run.html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(run.html).toContain("<h1>2026-11 月报摘要</h1>");
    expect(run.html).toContain('<button type="button" id="print">打印</button>');
    expect(snapshot(rt)).toEqual(before);
    expect(rt.stats.writes).toBe(0);
  });

  test("its figures are the report's: the same amounts as 生成月报 answers for the month", () => {
    today("2026-11-30");
    sheetWith(sampleTabs());
    const html = runSummary(context(), "2026-11", "en").html;
    const r = runReport(context(), "2026-11", "en").report;
    const yuan = (v: number) => `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    for (const [path, value] of [
      ["totals.cashReceived", r.totals.cashReceived],
      ["totals.commission", r.totals.commission],
      ["totals.penalty", r.totals.penalty],
      ["totals.net", r.totals.net],
    ] as const) {
      expect(html).toContain(`<span data-json="${path}">${yuan(value!)}</span>`);
    }
    expect(html).toContain(`<span data-json="meetingsHeld">${r.meetingsHeld}</span>`);
    expect(html).toContain(`<span data-json="sponsors.followUps.length">${r.sponsors.followUps.length}</span>`);
    expect(r.meetings.length).toBeGreaterThan(0);
  });

  test("the report tab's charts draw the summary's series: each chart's ranges in the tab hold its names and values", () => {
    today("2026-11-30");
    const rt = sheetWith(sampleTabs());
    const ctx = context();
    const loaded = loadModel(ctx);
    const r = buildReport(loaded.model, [], { month: "2026-11", today: ctx.today, generatedAt: "", generatedBy: "" });
    const { tab } = runReport(ctx, "2026-11", "zh");
    const sheet = rt.book.getSheetByName(tab)!;
    const charts = sheet.getCharts();
    for (const chart of summaryCharts(r, "zh")) {
      const drawn = charts.find((c) => c.state.options.get("title") === chart.title)!;
      expect(drawn).toBeDefined();
      expect(Boolean(drawn.state.options.get("isStacked"))).toBe(chart.stacked);
      const [labels, ...series] = drawn.state.ranges.map((x) => {
        const { row, column, numRows } = x as Span;
        return sheet
          .getRange(row, column, numRows, 1)
          .getValues()
          .map((v) => v[0]);
      });
      expect(labels).toEqual([chart.categoryName, ...chart.categories]);
      const value = (v: number | null) => (v === null ? "" : chart.unit === "fen" ? v / 100 : v);
      expect(series).toEqual(chart.series.map((s) => [s.name, ...s.values.map(value)]));
    }
  });

  test("monthlySummary checks its options; without a ledger it says which tab it looked for", () => {
    today("2026-11-30");
    sheetWith(sampleTabs());
    expect(() => monthlySummary({ month: "2026-13" })).toThrow();
    expect(monthlySummary({ month: "2026-10", lang: "en" })).toMatchObject({ month: "2026-10", lang: "en" });
    sheetWith([{ name: "成员", rows: [["姓名"], ["王浩然"]] }]);
    expect(() => monthlySummary()).toThrow(/赞助记录/);
  });
});
