/**
 * The charts the month shows twice: drawn as SVG on the one-page summary (./summary-html) and by
 * Sheets on the report tab (src/sheets/report-layout.ts). Both read this one list, so a chart in
 * the sheet and on the page cannot disagree: the same title, categories, series names and values,
 * every value taken from the report model as it is.
 */
import type { Lang } from "./messages";
import type { Report } from "./report";
import { type Text, t, text } from "./text";

/** The charts' words; the report tab's headers over the same columns use them too. */
export const CHART_TEXT = {
  events: text("活动赞助：已到账、意向、加权预测与目标差距", "Raised, pledged and forecast per event, against target"),
  groups: text("各小组经手现金", "Cash credited per group"),
  meetings: text("各次例会出勤率", "Attendance rate per meeting"),
  event: text("活动", "Event"),
  group: text("小组", "Group"),
  meetingDate: text("例会日期", "Meeting date"),
  raised: text("已到账（截至月底）", "Raised (to month end)"),
  pledged: text("意向", "Pledged"),
  forecast: text("加权预测", "Weighted forecast"),
  shortfall: text("预计仍差", "Still short"),
  cashCredited: text("经手现金", "Cash credited"),
  rate: text("出勤率", "Attendance"),
  ungrouped: text("未分组", "No group"),
} satisfies Record<string, Text>;

export interface ChartSeries {
  /** The field of the report line (and of its JSON) the values come from. */
  key: "raised" | "pledged" | "forecast" | "shortfall" | "cashCredited" | "rate";
  name: string;
  /** Fen, or a rate in [0, 1]; null where the report has none (no target, nobody recorded). */
  values: (number | null)[];
}

export interface SummaryChart {
  /** The report's list the categories are the lines of: `events`, `groups` or `meetings`. */
  key: "events" | "groups" | "meetings";
  title: string;
  unit: "fen" | "rate";
  /** Series drawn on top of each other: an event short of its target then reaches the target. */
  stacked: boolean;
  categoryName: string;
  categories: string[];
  series: ChartSeries[];
}

export function summaryCharts(r: Report, lang: Lang): SummaryChart[] {
  const L = (x: Text) => t(x, lang);
  const series = <T>(lines: T[], key: ChartSeries["key"], value: (line: T) => number | null): ChartSeries => ({
    key,
    name: L(CHART_TEXT[key]),
    values: lines.map(value),
  });
  return [
    {
      key: "events",
      title: L(CHART_TEXT.events),
      unit: "fen",
      stacked: true,
      categoryName: L(CHART_TEXT.event),
      categories: r.events.map((e) => e.name),
      series: [
        series(r.events, "raised", (e) => e.raised),
        series(r.events, "pledged", (e) => e.pledged),
        series(r.events, "forecast", (e) => e.forecast),
        series(r.events, "shortfall", (e) => e.shortfall),
      ],
    },
    {
      key: "groups",
      title: L(CHART_TEXT.groups),
      unit: "fen",
      stacked: false,
      categoryName: L(CHART_TEXT.group),
      categories: r.groups.map((g) => g.group || L(CHART_TEXT.ungrouped)),
      series: [series(r.groups, "cashCredited", (g) => g.cashCredited)],
    },
    {
      key: "meetings",
      title: L(CHART_TEXT.meetings),
      unit: "rate",
      stacked: false,
      categoryName: L(CHART_TEXT.meetingDate),
      categories: r.meetings.map((m) => m.date),
      series: [series(r.meetings, "rate", (m) => m.rate)],
    },
  ];
}
