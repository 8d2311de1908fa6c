import { Builder } from "../../src/sheets/report-layout";
import { reportTabName, writeGeneratedTab, writeReportTab } from "../../src/sheets/report-tab";
import { context } from "../../src/sheets/workbook";
import { active, sheetWith, tabNames, values } from "../support/apps-script";

function layout(text: string, chart = false) {
  const b = new Builder();
  b.section(text);
  const header = b.header(["成员", "佣金"]);
  b.add(["王浩然", 150]);
  return b.build(chart ? [{ kind: "bar", title: "佣金", row: header, rows: 1, columns: [1, 2] }] : []);
}

const MEMBERS = { name: "成员", rows: [["姓名"]] };

describe("writeReportTab", () => {
  test("writes the month's tab, sized to what it holds, protected with a warning, and opens it", () => {
    const rt = sheetWith([MEMBERS]);
    expect(writeReportTab(context(), "2026-11", "zh", layout("一、汇总"))).toEqual({ tab: "月报 2026-11", beside: null });
    const sheet = rt.book.getSheetByName("月报 2026-11")!;
    expect(values(rt, "月报 2026-11")).toEqual([
      ["一、汇总", ""],
      ["成员", "佣金"],
      ["王浩然", 150],
    ]);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getProtections("SHEET").map((p) => p.isWarningOnly())).toEqual([true]);
    expect(active().getActiveSheet().getName()).toBe("月报 2026-11");
  });

  test("running it again replaces the add-on's own report, in either language, and nothing else", () => {
    const rt = sheetWith([MEMBERS]);
    writeReportTab(context(), "2026-11", "zh", layout("第一次"));
    writeReportTab(context(), "2026-10", "zh", layout("十月"));
    writeReportTab(context(), "2026-11", "en", layout("second"));
    expect(tabNames(rt)).toEqual(["成员", "Report 2026-11", "月报 2026-10"]);
    expect(values(rt, "Report 2026-11")[0][0]).toBe("second");
    expect(values(rt, "月报 2026-10")[0][0]).toBe("十月");
  });

  test("a tab of that name the add-on did not make is left untouched: the report goes beside it", () => {
    const rt = sheetWith([MEMBERS, { name: "月报 2026-11", rows: [["我自己的总结"]] }]);
    expect(writeReportTab(context(), "2026-11", "zh", layout("一、汇总"))).toEqual({ tab: "月报 2026-11 (2)", beside: "月报 2026-11" });
    expect(values(rt, "月报 2026-11")).toEqual([["我自己的总结"]]);
    writeReportTab(context(), "2026-11", "zh", layout("again"));
    expect(tabNames(rt)).toEqual(["成员", "月报 2026-11", "月报 2026-11 (2)"]);
    expect(values(rt, "月报 2026-11 (2)")[0][0]).toBe("again");
  });

  test("charts are placed beside the record", () => {
    const rt = sheetWith([MEMBERS]);
    writeReportTab(context(), "2026-11", "zh", layout("一、汇总", true));
    expect(rt.book.getSheetByName("月报 2026-11")!.getCharts()).toHaveLength(1);
  });

  test("a column chart (budget against spending) is built from the label column and one column per series, header included", () => {
    const rt = sheetWith([MEMBERS]);
    const b = new Builder();
    const header = b.header(["活动", "预算", "已支出"]);
    b.add(["迎新晚会", 500, 560.5]);
    b.add(["运动会", 300, 246]);
    writeReportTab(context(), "2026-11", "zh", b.build([{ kind: "column", title: "活动预算与支出", row: header, rows: 2, columns: [1, 2, 3] }]));
    const [chart] = rt.book.getSheetByName("月报 2026-11")!.getCharts();
    expect(chart.state.chartType).toBe("COLUMN");
    expect(chart.state.options.get("title")).toBe("活动预算与支出");
    expect(chart.state.numHeaders).toBe(1);
    // Series side by side (clustered): not stacked.
    expect(chart.state.options.get("isStacked")).toBeUndefined();
    type Span = { row: number; column: number; numRows: number; numColumns: number };
    expect(
      chart.state.ranges.map((r) => {
        const { row, column, numRows, numColumns } = r as Span;
        return [row, column, numRows, numColumns];
      }),
    ).toEqual([
      [1, 1, 3, 1],
      [1, 2, 3, 1],
      [1, 3, 3, 1],
    ]);
  });

  test("a stacked column chart (raised, pledged, forecast, still short) draws its series on top of each other", () => {
    const rt = sheetWith([MEMBERS]);
    const b = new Builder();
    const header = b.header(["活动", "日期", "负责人", "赞助目标", "已到账", "意向", "加权预测", "预计仍差"]);
    b.add(["迎新晚会", "", "", 5000, 1000, 500, 817.29, 2682.71]);
    const spec = { kind: "column" as const, stacked: true, title: "活动赞助", row: header, rows: 1, columns: [1, 5, 6, 7, 8] };
    writeReportTab(context(), "2026-11", "zh", b.build([spec]));
    const [chart] = rt.book.getSheetByName("月报 2026-11")!.getCharts();
    expect(chart.state.chartType).toBe("COLUMN");
    expect(chart.state.options.get("isStacked")).toBe(true);
    expect(chart.state.ranges.map((r) => (r as { column: number }).column)).toEqual([1, 5, 6, 7, 8]);
  });

  test("costs the same Sheets calls for a 3-row record as for a 2,000-row one", () => {
    const calls = (n: number) => {
      const b = new Builder();
      b.section("一、汇总");
      for (let i = 0; i < n; i++) b.add([`成员${i}`, i]);
      const rt = sheetWith([MEMBERS]);
      rt.resetStats();
      writeReportTab(context(), "2026-11", "zh", b.build());
      // A short record trims the new tab's rows and a long one adds rows: one sizing call either way.
      return { reads: rt.stats.reads, writes: rt.stats.writes, total: rt.stats.total };
    };
    expect(calls(3)).toEqual(calls(2000));
  });

  test("report names per language", () => {
    expect(reportTabName("2026-11", "zh")).toBe("月报 2026-11");
    expect(reportTabName("2026-11", "en")).toBe("Report 2026-11");
  });
});

describe("writeGeneratedTab", () => {
  test("a hand-over and a report with the same name are not each other's: the mark tells them apart", () => {
    const rt = sheetWith([MEMBERS]);
    writeGeneratedTab(context(), "交接 2026", ["交接 2026"], layout("a"), "handover 2026");
    const second = writeGeneratedTab(context(), "交接 2026", ["交接 2026"], layout("b"), "report 2026-11");
    expect(second).toEqual({ tab: "交接 2026 (2)", beside: "交接 2026" });
    expect(values(rt, "交接 2026")[0][0]).toBe("a");
  });
});
