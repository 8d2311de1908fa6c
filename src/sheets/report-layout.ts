/**
 * The report tab as one rectangle of values with matching formats, so writing it costs one
 * setValues, one setNumberFormats, one setFontWeights and one setBackgrounds, however long it is.
 * Pure: the same layout is written in Sheets and on a local workbook.
 */
import { formatRate } from "../domain/commission";
import { type Lang, render } from "../domain/messages";
import { type Fen, fenToYuan, formatYuan } from "../domain/money";
import type { Report } from "../domain/report";
import { BASIS_LABELS } from "../domain/settings";
import { warningText } from "../domain/warnings";
import { textCell } from "./cells";
import { userText } from "./identity";
import { choiceLabel, STAGES } from "./schema";

export type Out = string | number;

/** `plain` is the pattern Sheets itself reports for an automatic-format cell. */
export const FORMAT = { money: "¥#,##0.00", percent: "0.0%", int: "0", plain: "0.###############" } as const;
type Fmt = (typeof FORMAT)[keyof typeof FORMAT];

export interface ChartSpec {
  kind: "bar" | "column" | "pie";
  title: string;
  /** 1-based first row of the table including its header row, and its data row count. */
  row: number;
  rows: number;
  /** 1-based columns: the label column, then the series columns. */
  columns: number[];
}

export interface Layout {
  values: Out[][];
  formats: string[][];
  bold: boolean[][];
  shaded: boolean[][];
  /** Numbers right-aligned, and a table's header cell aligned like the column under it. */
  align: ("left" | "right")[][];
  width: number;
  frozenRows: number;
  charts: ChartSpec[];
  /** 1-based row of each section title, for tests and readers. */
  sections: Record<string, number>;
}

type L = { zh: string; en: string };
const T = {
  title: { zh: "{dept}{month} 月报", en: "{dept}monthly report {month}" },
  generated: {
    zh: "生成于 {at}（{tz}），生成人 {by}。本表为数值快照，修改原始数据后请重新生成。",
    en: "Generated {at} ({tz}) by {by}. Values only: generate again after editing the data.",
  },
  settingsUsed: {
    zh: "规则：佣金比例 {rate}，基数 {basis}；罚款 迟到 {late}、早退 {early}、缺席 {absent}；警告 迟到早退 {ll} 次 / 缺席 {al} 次，自 {term} 起计",
    en: "Rules: commission {rate} of {basis}; fees late {late}, left early {early}, absent {absent}; warnings at {ll} lates/early leaves or {al} absences since {term}",
  },
  termUnset: { zh: "最早一次例会", en: "the first meeting" },
  summary: { zh: "一、汇总", en: "1. Summary" },
  item: { zh: "项目", en: "Item" },
  amount: { zh: "数值", en: "Value" },
  cashReceived: { zh: "本月到账现金", en: "Cash received this month" },
  inKindValue: { zh: "本月到账物资估值", en: "In-kind value received" },
  pledged: { zh: "意向未到账（截至月底）", en: "Pledged, not yet received (to month end)" },
  sponsorships: { zh: "本月赞助笔数", en: "Sponsorships this month" },
  newSponsors: { zh: "新赞助商", en: "New sponsors" },
  ytdCash: { zh: "本年累计到账现金", en: "Cash received this year" },
  commission: { zh: "佣金", en: "Commission" },
  commissionTotal: { zh: "佣金合计", en: "Total commission" },
  unassigned: { zh: "其中未分配（经办人不明）", en: "of which unassigned (unknown names)" },
  penaltyTotal: { zh: "罚款合计", en: "Total penalties" },
  netTotal: { zh: "净额（佣金 − 罚款）", en: "Net (commission − penalties)" },
  meetingsHeld: { zh: "本月例会次数", en: "Meetings this month" },
  members: { zh: "二、成员", en: "2. Members" },
  name: { zh: "姓名", en: "Name" },
  group: { zh: "小组", en: "Group" },
  count: { zh: "赞助笔数", en: "Sponsorships" },
  cashCredited: { zh: "经手现金", en: "Cash credited" },
  meetings: { zh: "例会", en: "Meetings" },
  present: { zh: "出席", en: "Present" },
  late: { zh: "迟到", en: "Late" },
  leftEarly: { zh: "早退", en: "Left early" },
  excused: { zh: "请假", en: "Leave" },
  absent: { zh: "缺席", en: "Absent" },
  rate: { zh: "出勤率", en: "Attendance" },
  penalty: { zh: "罚款", en: "Penalty" },
  net: { zh: "净额", en: "Net" },
  unpaid: { zh: "未发佣金（累计）", en: "Unpaid commission (all months)" },
  warnings: { zh: "警告（本学期）", en: "Warnings (this term)" },
  left: { zh: "（已离部）", en: " (left)" },
  ungrouped: { zh: "未分组", en: "No group" },
  groups: { zh: "三、小组", en: "3. Groups" },
  headcount: { zh: "人数", en: "Members" },
  events: { zh: "四、活动", en: "4. Events" },
  event: { zh: "活动", en: "Event" },
  date: { zh: "日期", en: "Date" },
  owner: { zh: "负责人", en: "Owner" },
  target: { zh: "赞助目标", en: "Target" },
  raised: { zh: "已到账（截至月底）", en: "Raised (to month end)" },
  pledgedShort: { zh: "意向", en: "Pledged" },
  progress: { zh: "完成度", en: "Progress" },
  budget: { zh: "预算", en: "Budget" },
  sponsors: { zh: "五、赞助商", en: "5. Sponsors" },
  stage: { zh: "阶段", en: "Stage" },
  sponsorCount: { zh: "家数", en: "Sponsors" },
  noStage: { zh: "未填写", en: "Not set" },
  followUps: { zh: "需跟进（下次跟进 ≤ 月底）", en: "Follow-ups due (next follow-up ≤ month end)" },
  sponsor: { zh: "赞助商", en: "Sponsor" },
  due: { zh: "跟进日期", en: "Due" },
  state: { zh: "状态", en: "State" },
  overdue: { zh: "已逾期", en: "Overdue" },
  dueSoon: { zh: "待跟进", en: "Due" },
  none: { zh: "无", en: "None" },
  deliverables: { zh: "六、待完成的赞助回报（截止 ≤ 月底）", en: "6. Deliverables owed to sponsors (due ≤ month end)" },
  promised: { zh: "回报内容", en: "Promised" },
  problems: { zh: "七、未能计入的数据", en: "7. What could not be counted" },
  sheet: { zh: "工作表", en: "Sheet" },
  cell: { zh: "单元格", en: "Cell" },
  problem: { zh: "问题", en: "Problem" },
  noProblems: { zh: "没有问题：所有数据均已计入。", en: "No problems: everything was counted." },
  chartMembers: { zh: "成员佣金与经手现金", en: "Commission and cash per member" },
  chartEvents: { zh: "活动赞助进度（对比目标）", en: "Event sponsorship against target" },
  chartStages: { zh: "赞助商阶段分布", en: "Sponsors by stage" },
} satisfies Record<string, L>;

export type ReportLabel = keyof typeof T;

export function reportLabel(key: ReportLabel, lang: Lang, p: Record<string, string | number> = {}): string {
  return T[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(p[k] ?? ""));
}

/** Rows of a generated tab, with the formats, weights and shading written alongside in one call each. */
export class Builder {
  rows: { cells: Out[]; formats: (Fmt | "")[]; bold: boolean; shaded: boolean; header: boolean }[] = [];
  add(cells: Out[], formats: (Fmt | "")[] = [], style: { bold?: boolean; shaded?: boolean; header?: boolean } = {}): number {
    this.rows.push({ cells, formats, bold: !!style.bold, shaded: !!style.shaded, header: !!style.header });
    return this.rows.length;
  }
  header(cells: Out[]): number {
    return this.add(cells, [], { bold: true, header: true });
  }
  section(title: string): number {
    return this.add([title], [], { bold: true, shaded: true });
  }
  blank() {
    this.add([]);
  }
  build(charts: ChartSpec[] = [], sections: Record<string, number> = {}): Layout {
    const width = Math.max(...this.rows.map((row) => row.cells.length), 1);
    const align = this.rows.map(
      (row) => Array.from({ length: width }, (_, c) => (typeof row.cells[c] === "number" ? "right" : "left")) as ("left" | "right")[],
    );
    this.rows.forEach((row, i) => {
      if (row.header && i + 1 < this.rows.length && this.rows[i + 1].cells.length > 1) align[i] = [...align[i + 1]];
    });
    const pad = <T>(xs: T[], fill: T) => [...xs, ...new Array(width - xs.length).fill(fill)];
    return {
      values: this.rows.map((row) => pad(row.cells, "")),
      formats: this.rows.map((row) =>
        pad(
          row.formats.map((f) => f || FORMAT.plain),
          FORMAT.plain,
        ),
      ),
      bold: this.rows.map((row) => new Array(width).fill(row.bold)),
      shaded: this.rows.map((row) => new Array(width).fill(row.shaded)),
      align,
      width,
      frozenRows: 1,
      charts,
      sections,
    };
  }
}

export function layoutReport(r: Report, lang: Lang, timeZone: string): Layout {
  const L = (k: ReportLabel, p?: Record<string, string | number>) => reportLabel(k, lang, p);
  const money = (f: Fen | null): Out => (f === null ? "" : fenToYuan(f));
  const b = new Builder();
  const sections: Record<string, number> = {};
  const charts: ChartSpec[] = [];
  const s = r.settings;

  b.add([textCell(L("title", { dept: r.department ? `${r.department} ` : "", month: r.month }))], [], { bold: true });
  b.add([textCell(L("generated", { at: r.generatedAt, tz: timeZone, by: userText(r.generatedBy, lang) }))]);
  b.add([
    textCell(
      L("settingsUsed", {
        rate: formatRate(s.rate),
        basis: BASIS_LABELS[s.basis][lang],
        late: formatYuan(s.fees.late),
        early: formatYuan(s.fees.leftEarly),
        absent: formatYuan(s.fees.absent),
        ll: s.limits.lateOrEarly,
        al: s.limits.absent,
        term: s.termStart ?? L("termUnset"),
      }),
    ),
  ]);
  b.blank();

  sections.summary = b.add([L("summary")], [], { bold: true, shaded: true });
  b.header([L("item"), L("amount")]);
  const t = r.totals;
  const m = FORMAT.money;
  const i = FORMAT.int;
  b.add([L("cashReceived"), money(t.cashReceived)], ["", m]);
  b.add([L("inKindValue"), money(t.inKindValue)], ["", m]);
  b.add([L("pledged"), money(t.pledged)], ["", m]);
  b.add([L("sponsorships"), t.sponsorships], ["", i]);
  b.add([L("newSponsors"), t.newSponsors], ["", i]);
  b.add([L("ytdCash"), money(t.ytdCash)], ["", m]);
  b.add([L("commissionTotal"), money(t.commission)], ["", m]);
  b.add([L("unassigned"), money(t.unassigned)], ["", m]);
  b.add([L("penaltyTotal"), money(t.penalty)], ["", m]);
  b.add([L("netTotal"), money(t.net)], ["", m], { bold: true });
  b.add([L("meetingsHeld"), r.meetingsHeld], ["", i]);
  b.blank();

  sections.members = b.add([L("members")], [], { bold: true, shaded: true });
  const memberHeader = b.header([
    L("name"),
    L("group"),
    L("count"),
    L("cashCredited"),
    L("commission"),
    L("meetings"),
    L("present"),
    L("late"),
    L("leftEarly"),
    L("excused"),
    L("absent"),
    L("rate"),
    L("penalty"),
    L("net"),
    L("unpaid"),
    L("warnings"),
  ]);
  for (const x of r.members) {
    b.add(
      [
        textCell(x.name + (x.active ? "" : L("left"))),
        textCell(x.group),
        x.sponsorships,
        money(x.cashCredited),
        money(x.commission),
        x.meetings,
        x.present,
        x.late,
        x.leftEarly,
        x.excused,
        x.absent,
        x.attendanceRate ?? "",
        money(x.penalty),
        money(x.net),
        money(x.unpaidCommission),
        warningText(x.warnings, lang),
      ],
      ["", "", i, m, m, i, i, i, i, i, i, FORMAT.percent, m, m, m, ""],
    );
  }
  if (r.members.length > 0) charts.push({ kind: "bar", title: L("chartMembers"), row: memberHeader, rows: r.members.length, columns: [1, 4, 5] });
  b.blank();

  sections.groups = b.add([L("groups")], [], { bold: true, shaded: true });
  b.header([
    L("group"),
    L("headcount"),
    L("count"),
    L("cashCredited"),
    L("commission"),
    L("late"),
    L("leftEarly"),
    L("absent"),
    L("penalty"),
    L("net"),
    L("unpaid"),
  ]);
  for (const g of r.groups) {
    b.add(
      [
        textCell(g.group || L("ungrouped")),
        g.members,
        g.sponsorships,
        money(g.cashCredited),
        money(g.commission),
        g.late,
        g.leftEarly,
        g.absent,
        money(g.penalty),
        money(g.net),
        money(g.unpaidCommission),
      ],
      ["", i, i, m, m, i, i, i, m, m, m],
    );
  }
  b.blank();

  sections.events = b.add([L("events")], [], { bold: true, shaded: true });
  const eventHeader = b.header([L("event"), L("date"), L("owner"), L("target"), L("raised"), L("pledgedShort"), L("progress"), L("budget")]);
  for (const e of r.events) {
    b.add(
      [textCell(e.name), textCell(e.date ?? ""), textCell(e.owner), money(e.target), money(e.raised), money(e.pledged), e.progress ?? "", money(e.budget)],
      ["", "", "", m, m, m, FORMAT.percent, m],
    );
  }
  if (r.events.length > 0) charts.push({ kind: "bar", title: L("chartEvents"), row: eventHeader, rows: r.events.length, columns: [1, 4, 5] });
  b.blank();

  sections.sponsors = b.add([L("sponsors")], [], { bold: true, shaded: true });
  const stageHeader = b.header([L("stage"), L("sponsorCount")]);
  const stages = [...STAGES.map((c) => c.value), "none"] as const;
  for (const st of stages) {
    b.add([st === "none" ? L("noStage") : choiceLabel(STAGES, st, lang), r.sponsors.byStage[st as keyof typeof r.sponsors.byStage]], ["", i]);
  }
  charts.push({ kind: "pie", title: L("chartStages"), row: stageHeader, rows: stages.length, columns: [1, 2] });
  b.blank();
  b.add([L("followUps")], [], { bold: true });
  b.header([L("sponsor"), L("owner"), L("stage"), L("due"), L("state")]);
  for (const f of r.sponsors.followUps) {
    b.add(
      [textCell(f.sponsor), textCell(f.owner), f.stage ? choiceLabel(STAGES, f.stage, lang) : "", textCell(f.due), L(f.overdue ? "overdue" : "dueSoon")],
      [],
    );
  }
  if (r.sponsors.followUps.length === 0) b.add([L("none")]);
  b.blank();

  sections.deliverables = b.add([L("deliverables")], [], { bold: true, shaded: true });
  if (r.deliverables.length === 0) b.add([L("none")]);
  else {
    b.header([L("sponsor"), L("event"), L("promised"), L("owner"), L("due"), L("state")]);
    for (const d of r.deliverables) {
      b.add([textCell(d.sponsor), textCell(d.event), textCell(d.promised), textCell(d.owner), textCell(d.due), L(d.overdue ? "overdue" : "dueSoon")]);
    }
  }
  b.blank();

  sections.problems = b.add([L("problems")], [], { bold: true, shaded: true });
  if (r.problems.length === 0) b.add([L("noProblems")]);
  else {
    b.header([L("sheet"), L("cell"), L("problem")]);
    for (const p of r.problems) b.add([textCell(p.sheet), p.cell, textCell(render(p.message, lang))], []);
  }

  return b.build(charts, sections);
}
