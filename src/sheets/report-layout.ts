/**
 * The report tab as one rectangle of values with matching formats, so writing it costs one
 * setValues, one setNumberFormats, one setFontWeights and one setBackgrounds, however long it is.
 * Pure: the same layout is written in Sheets and on a local workbook.
 */
import { CASH_FLOWS } from "../domain/accounts";
import { formatRate } from "../domain/commission";
import { formatLocalDateTime } from "../domain/dates";
import { type Lang, render } from "../domain/messages";
import type { Stage } from "../domain/model";
import { type Fen, fenToYuan, formatYuan } from "../domain/money";
import type { Report, ReportAccounts } from "../domain/report";
import { BASIS_LABELS } from "../domain/settings";
import { LIST, t } from "../domain/text";
import { warningText } from "../domain/warnings";
import { textCell } from "./cells";
import { userText } from "./identity";
import { type ReportLabel, reportLabel } from "./report-labels";
import { choiceLabel, STAGES } from "./schema";

export type Out = string | number;

/** `plain` is the pattern Sheets itself reports for an automatic-format cell. */
export const FORMAT = { money: "¥#,##0.00", percent: "0.0%", int: "0", plain: "0.###############" } as const;
type Fmt = (typeof FORMAT)[keyof typeof FORMAT];

export interface ChartSpec {
  kind: "bar" | "column" | "pie";
  /** Series drawn on top of each other (a column then reaches the sum of its parts). */
  stacked?: boolean;
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

type Flow = (typeof CASH_FLOWS.in)[number] | (typeof CASH_FLOWS.out)[number];
const FLOW_LABELS: Record<Flow, ReportLabel> = {
  sponsorCash: "flowSponsorCash",
  finesPaid: "flowFinesPaid",
  otherIncome: "flowOtherIncome",
  expensesPaid: "flowExpensesPaid",
  reimbursed: "flowReimbursed",
  commissionsPaid: "flowCommissionsPaid",
};

type Label = (k: ReportLabel, p?: Record<string, string | number>) => string;

const money = (f: Fen | null): Out => (f === null ? "" : fenToYuan(f));

/**
 * 五、收支: the month's cash book as a two-column sum (opening, each flow with its sign, closing), each
 * event's budget against its spending (over budget said in words, not only shown), the term's fines with
 * those who still owe first, and the reimbursements owed to members. Returns the section's row.
 */
function accountsSection(b: Builder, a: ReportAccounts, L: Label, charts: ChartSpec[]): number {
  const m = FORMAT.money;
  const row = b.section(L("accounts"));
  if (!a.tab) b.add([L("accountsNoTab")]);
  const c = a.cashBook;
  if (a.start === null) b.add([L("cashBookEmpty")]);
  else if (c === null) b.add([L("cashBookBefore", { start: a.start })]);
  else {
    b.add([L("cashBookFrom", { start: a.start, opening: formatYuan(a.openingBalance) })]);
    b.add([L("cashBook", { month: c.month })], [], { bold: true });
    b.header([L("item"), L("money")]);
    b.add([L("openingBalance"), money(c.opening)], ["", m]);
    // Outflows are written negative, so the column adds up to the closing balance as it stands
    // (0, not −0, for a month without any).
    for (const f of CASH_FLOWS.in) b.add([textCell(L(FLOW_LABELS[f])), money(c[f])], ["", m]);
    for (const f of CASH_FLOWS.out) b.add([textCell(L(FLOW_LABELS[f])), money(c[f] === 0 ? 0 : -c[f])], ["", m]);
    b.add([textCell(L("closingBalance")), money(c.closing)], ["", m], { bold: true });
  }
  b.blank();

  b.add([L("eventAccounts")], [], { bold: true });
  const header = b.header([
    L("event"),
    L("budget"),
    L("spent"),
    L("cashRaised"),
    L("inKindRaised"),
    L("otherIncome"),
    L("eventNet"),
    L("budgetLeft"),
    L("overBudget"),
  ]);
  for (const e of a.events) {
    b.add(
      [
        textCell(e.name || L("noEvent")),
        money(e.budget),
        money(e.spent),
        money(e.cashRaised),
        money(e.inKindRaised),
        money(e.otherIncome),
        money(e.net),
        money(e.budgetLeft),
        e.overBudget ? L("overBudget") : "",
      ],
      ["", m, m, m, m, m, m, m, ""],
    );
  }
  // The line of no event is last: the chart compares the events themselves.
  const named = a.events.filter((e) => e.name !== "").length;
  if (named > 0) charts.push({ kind: "column", title: L("chartBudget"), row: header, rows: named, columns: [1, 2, 3] });
  b.blank();

  b.add([L("fines")], [], { bold: true });
  if (a.fines.length === 0) b.add([L("none")]);
  else {
    b.add([L("finesOwing", { count: a.owing.length, total: formatYuan(a.finesOwed) })]);
    b.header([L("name"), L("group"), L("penalties"), L("paid"), L("waived"), L("balance"), L("state")]);
    for (const f of a.fines) {
      const state = f.balance > 0 ? L("owes") : f.balance < 0 ? L("overpaid") : "";
      b.add(
        [textCell(f.name + (f.active ? "" : L("left"))), textCell(f.group), money(f.penalties), money(f.paid), money(f.waived), money(f.balance), state],
        ["", "", m, m, m, m, ""],
      );
    }
  }
  b.blank();

  b.add([L("reimbursementsOwed")], [], { bold: true });
  if (a.reimbursementsOwed.length === 0) b.add([L("none")]);
  else {
    b.header([L("date"), L("member"), L("event"), L("accountItem"), L("money"), L("receipt")]);
    for (const o of a.reimbursementsOwed) {
      b.add([textCell(o.date), textCell(o.member), textCell(o.event), textCell(o.item), money(o.amount), textCell(o.receipt)], ["", "", "", "", m, ""]);
    }
    b.add([L("total"), "", "", "", money(a.reimbursementsOwedTotal)], ["", "", "", "", m], { bold: true });
  }
  return row;
}

/**
 * 四、活动: each event's target against what is raised, pledged and forecast, and what it still lacks;
 * the stacked columns reach the target while one is short (the shortfall is the top part). Under it,
 * the sponsors the forecast counts and the odds it used. Returns the section's row.
 */
function eventsSection(b: Builder, r: Report, lang: Lang, L: Label, charts: ChartSpec[]): number {
  const m = FORMAT.money;
  const row = b.section(L("events"));
  const header = b.header([
    L("event"),
    L("date"),
    L("owner"),
    L("target"),
    L("raised"),
    L("pledgedShort"),
    L("forecast"),
    L("shortfall"),
    L("progress"),
    L("budget"),
  ]);
  for (const e of r.events) {
    b.add(
      [
        textCell(e.name),
        textCell(e.date ?? ""),
        textCell(e.owner),
        money(e.target),
        money(e.raised),
        money(e.pledged),
        money(e.forecast),
        money(e.shortfall),
        e.progress ?? "",
        money(e.budget),
      ],
      ["", "", "", m, m, m, m, m, FORMAT.percent, m],
    );
  }
  if (r.events.length > 0) {
    charts.push({ kind: "column", stacked: true, title: L("chartEvents"), row: header, rows: r.events.length, columns: [1, 5, 6, 7, 8] });
  }
  const counted = r.events.filter((e) => e.forecastSponsors.length > 0);
  if (counted.length === 0) return row;
  b.blank();
  const odds = r.settings.odds;
  const stages = STAGES.map((c) => `${choiceLabel(STAGES, c.value, lang)} ${formatRate(odds[c.value as Stage])}`).join(lang === "zh" ? "、" : ", ");
  b.add([L("forecastSponsors")], [], { bold: true });
  b.add([textCell(L("forecastRule", { stages }))]);
  b.header([L("event"), L("sponsor"), L("stage"), L("expected"), L("odds"), L("forecast")]);
  for (const e of counted) {
    for (const f of e.forecastSponsors) {
      const stage = f.stage ?? "potential";
      b.add(
        [
          textCell(e.name),
          textCell(f.sponsor),
          f.stage ? choiceLabel(STAGES, f.stage, lang) : L("noStage"),
          money(f.expected),
          textCell(formatRate(odds[stage])),
          money(f.weighted),
        ],
        ["", "", "", m, "", m],
      );
    }
  }
  return row;
}

export function layoutReport(r: Report, lang: Lang, timeZone: string): Layout {
  const L: Label = (k, p) => reportLabel(k, lang, p);
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
        basis: t(BASIS_LABELS[s.basis], lang),
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
  const totals = r.totals;
  const m = FORMAT.money;
  const i = FORMAT.int;
  b.add([L("cashReceived"), money(totals.cashReceived)], ["", m]);
  b.add([L("inKindValue"), money(totals.inKindValue)], ["", m]);
  b.add([L("pledged"), money(totals.pledged)], ["", m]);
  b.add([L("sponsorships"), totals.sponsorships], ["", i]);
  b.add([L("newSponsors"), totals.newSponsors], ["", i]);
  b.add([L("ytdCash"), money(totals.ytdCash)], ["", m]);
  b.add([L("commissionTotal"), money(totals.commission)], ["", m]);
  b.add([L("unassigned"), money(totals.unassigned)], ["", m]);
  b.add([L("penaltyTotal"), money(totals.penalty)], ["", m]);
  b.add([L("netTotal"), money(totals.net)], ["", m], { bold: true });
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
    L("leaveApproved"),
    L("leaveRejected"),
    L("leaveLate"),
    L("penalty"),
    L("net"),
    L("unpaid"),
    L("finesOwed"),
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
        x.leave.approved,
        x.leave.rejected,
        x.leave.late,
        money(x.penalty),
        money(x.net),
        money(x.unpaidCommission),
        money(x.finesOwed),
        warningText(x.warnings, lang),
      ],
      ["", "", i, m, m, i, i, i, i, i, i, FORMAT.percent, i, i, i, m, m, m, m, ""],
    );
  }
  if (r.members.length > 0) charts.push({ kind: "bar", title: L("chartMembers"), row: memberHeader, rows: r.members.length, columns: [1, 4, 5] });
  b.blank();
  b.add([L("leavePending")], [], { bold: true });
  if (r.leavePending.length === 0) b.add([L("none")]);
  else {
    b.header([L("name"), L("meetingDate"), L("reason"), L("submittedAt"), L("leaveLate")]);
    for (const l of r.leavePending) {
      b.add([
        textCell(l.name),
        textCell(l.meeting),
        textCell(l.reason),
        textCell(l.submittedAt ? formatLocalDateTime(l.submittedAt) : ""),
        l.late ? L("yes") : "",
      ]);
    }
  }
  b.blank();
  b.add([L("meetingRates")], [], { bold: true });
  if (r.meetings.length === 0) b.add([L("none")]);
  else {
    const meetingHeader = b.header([L("meetingDate"), L("recorded"), L("attended"), L("rate")]);
    for (const x of r.meetings) b.add([textCell(x.date), x.recorded, x.attended, x.rate ?? ""], ["", i, i, FORMAT.percent]);
    charts.push({ kind: "column", title: L("chartMeetings"), row: meetingHeader, rows: r.meetings.length, columns: [1, 4] });
  }
  b.blank();

  sections.groups = b.add([L("groups")], [], { bold: true, shaded: true });
  const groupHeader = b.header([
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
  if (r.groups.length > 0) charts.push({ kind: "bar", title: L("chartGroups"), row: groupHeader, rows: r.groups.length, columns: [1, 4] });
  b.blank();

  sections.events = eventsSection(b, r, lang, L, charts);
  b.blank();

  sections.accounts = accountsSection(b, r.accounts, L, charts);
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
  b.add([L("stale", { days: s.followUpDays, day: r.sponsors.staleAsOf })], [], { bold: true });
  if (r.sponsors.stale.length === 0) b.add([L("none")]);
  else {
    b.header([L("sponsor"), L("owner"), L("stage"), L("lastContact"), L("daysSince")]);
    for (const x of r.sponsors.stale) {
      b.add(
        [
          textCell(x.sponsor),
          textCell(x.owner),
          x.stage ? choiceLabel(STAGES, x.stage, lang) : "",
          textCell(x.lastContact ?? L("neverContacted")),
          x.days ?? "",
        ],
        ["", "", "", "", i],
      );
    }
  }
  b.blank();
  if (r.renewals) {
    const rn = r.renewals;
    b.add([L("renewals", { start: rn.start, day: rn.asOf })], [], { bold: true });
    b.add(
      [L("renewalRate"), rn.sponsors === 0 ? "" : rn.renewed / rn.sponsors, textCell(L("renewedOf", { renewed: rn.renewed, sponsors: rn.sponsors }))],
      ["", FORMAT.percent, ""],
    );
    b.add([L("renewalMoney"), money(rn.money)], ["", m]);
    b.add([L("notYetRenewed"), textCell(rn.waiting.length ? rn.waiting.join(t(LIST, lang)) : L("none"))]);
    b.blank();
  }

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
