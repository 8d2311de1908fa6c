import { buildReport } from "../../src/domain/report";
import { reportToJson } from "../../src/domain/report-json";
import { summaryCharts } from "../../src/domain/summary-charts";
import { sampleTabs } from "../../src/local/sample/workbook";
import { parseWorkbook, type RawTab } from "../../src/sheets/parse";
import { layoutReport } from "../../src/sheets/report-layout";
import { TABS, type TabKey } from "../../src/sheets/schema";
import { cell, entry, equal, member, model } from "./fixtures";

const opts = { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" };

/** The month's model with three meetings: one before the month, two in it, one of those recorded for nobody. */
function month() {
  return model({
    members: [member("张三"), member("李四"), member("王五", { group: "" })],
    events: [
      { name: "迎新晚会", date: "2026-11-20", owner: "张三", target: 500000, budget: null, row: 2 },
      { name: "讲座", date: null, owner: "", target: null, budget: null, row: 3 },
    ] as never,
    ledger: [
      entry({ date: "2026-11-03", cash: 120000, event: "迎新晚会", credit: equal("张三") }),
      entry({ date: "2026-11-05", cash: 30000, event: "讲座", credit: equal("王五") }),
    ],
    attendance: {
      meetings: [
        { date: "2026-11-18", column: 3 },
        { date: "2026-10-28", column: 1 },
        { date: "2026-11-04", column: 2 },
        { date: "2026-11-25", column: 4 },
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: [cell("迟到"), cell("出席"), cell("出席"), cell("")] },
        { name: "李四", group: "一组", row: 3, statuses: [cell("缺席"), cell("出席"), cell("请假"), cell("")] },
        { name: "王五", group: "", row: 4, statuses: [cell("未批假"), cell("出席"), cell("出席"), cell("")] },
        // Not a member: a problem elsewhere, not an attendance record.
        { name: "路人", group: "", row: 5, statuses: [cell("出席"), cell("出席"), cell("出席"), cell("出席")] },
      ],
    },
  });
}

describe("the report's meetings and the charts the summary and the report tab share", () => {
  test("each meeting of the month in date order: who had a record, who came (late counts as came), the rate; nobody recorded is no rate", () => {
    const r = buildReport(month(), [], opts);
    expect(r.meetings).toEqual([
      { date: "2026-11-04", recorded: 3, attended: 2, rate: 2 / 3 },
      { date: "2026-11-18", recorded: 3, attended: 1, rate: 1 / 3 },
      { date: "2026-11-25", recorded: 0, attended: 0, rate: null },
    ]);
    expect(reportToJson(r, "zh").meetings).toEqual([
      { date: "2026-11-04", recorded: 3, attended: 2, rate: 0.6667 },
      { date: "2026-11-18", recorded: 3, attended: 1, rate: 0.3333 },
      { date: "2026-11-25", recorded: 0, attended: 0, rate: null },
    ]);
  });

  test("three charts from the report model as it is: events stacked to the target, cash per group, attendance per meeting (zh and en)", () => {
    const r = buildReport(month(), [], opts);
    const [events, groups, meetings] = summaryCharts(r, "zh");
    expect(events).toMatchObject({ key: "events", unit: "fen", stacked: true, categoryName: "活动", categories: ["迎新晚会", "讲座"] });
    expect(events.series.map((s) => [s.name, s.values])).toEqual([
      ["已到账（截至月底）", [120000, 30000]],
      ["意向", [0, 0]],
      ["加权预测", [0, 0]],
      ["预计仍差", [380000, null]],
    ]);
    expect(groups).toMatchObject({ title: "各小组经手现金", stacked: false, categories: ["一组", "未分组"] });
    expect(groups.series).toEqual([{ key: "cashCredited", name: "经手现金", values: [120000, 30000] }]);
    expect(meetings).toMatchObject({ title: "各次例会出勤率", unit: "rate", categories: ["2026-11-04", "2026-11-18", "2026-11-25"] });
    expect(meetings.series[0].values).toEqual([2 / 3, 1 / 3, null]);
    const en = summaryCharts(r, "en");
    expect(en.map((c) => c.title)).toEqual([
      "Raised, pledged and forecast per event, against target",
      "Cash credited per group",
      "Attendance rate per meeting",
    ]);
    expect(en[1].categories).toEqual(["一组", "No group"]);
  });

  test("the report tab lists the month's meetings under 二、成员, or says there were none; no meeting chart then", () => {
    const r = buildReport(month(), [], opts);
    const rows = layoutReport(r, "zh", "Asia/Shanghai").values;
    const at = rows.findIndex((row) => row[0] === "本月各次例会出勤");
    expect(rows.slice(at + 1, at + 5).map((row) => row.slice(0, 4))).toEqual([
      ["例会日期", "有记录人数", "出勤人数", "出勤率"],
      ["'2026-11-04", 3, 2, 2 / 3],
      ["'2026-11-18", 3, 1, 1 / 3],
      ["'2026-11-25", 0, 0, ""],
    ]);
    const none = layoutReport(buildReport(model(), [], opts), "en", "Asia/Shanghai");
    const empty = none.values.findIndex((row) => row[0] === "Attendance per meeting this month");
    expect(none.values[empty + 1][0]).toBe("None");
    expect(none.charts.map((c) => c.title)).not.toContain("Attendance rate per meeting");
  });

  test("the report tab charts the same series: each chart's ranges in the layout hold the summary's names and values", () => {
    const tabs: Partial<Record<TabKey, RawTab>> = {};
    for (const t of sampleTabs()) {
      const key = (Object.keys(TABS) as TabKey[]).find((k) => TABS[k].zh === t.name);
      if (key) tabs[key] = { sheet: t.name, values: t.rows as never };
    }
    const { model: m, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
    const r = buildReport(m, problems, opts);
    for (const lang of ["zh", "en"] as const) {
      const layout = layoutReport(r, lang, "Asia/Shanghai");
      const read = (row: number, col: number) => {
        const v = layout.values[row - 1][col - 1];
        // What Sheets stores: text written with its apostrophe, an empty cell as "".
        return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      };
      for (const chart of summaryCharts(r, lang)) {
        expect(chart.categories.length).toBeGreaterThan(0);
        const spec = layout.charts.find((c) => c.title === chart.title)!;
        expect(spec).toBeDefined();
        expect(spec.stacked ?? false).toBe(chart.stacked);
        expect(spec.rows).toBe(chart.categories.length);
        const rows = Array.from({ length: spec.rows + 1 }, (_, i) => spec.row + i);
        const [labels, ...series] = spec.columns.map((col) => rows.map((row) => read(row, col)));
        expect(labels).toEqual([chart.categoryName, ...chart.categories]);
        const yuan = (v: number | null) => (v === null ? "" : chart.unit === "fen" ? v / 100 : v);
        expect(series).toEqual(chart.series.map((s) => [s.name, ...s.values.map(yuan)]));
      }
    }
  });
});
