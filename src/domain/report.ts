/**
 * The monthly review (每月一小评) as a pure function of the department's data:
 * who raised what, who earned which reward, who was late or absent and what it costs,
 * which events reached their targets, where the department's money stands (财务账目),
 * what each event may still raise (the weighted forecast), which sponsors need a follow-up or have
 * gone without contact too long, and what could not be counted.
 */
import { type AccountFinding, accountsOfMonth, type CashMonth, type EventAccount, type FineAccount, type OwedReimbursement } from "./accounts";
import { addToTally, attendanceRate, emptyTally, penaltyFen, type Tally, type Warning, warnings } from "./attendance";
import { firstDayOf, type LocalDate, lastDayOf, type Month, monthOf } from "./dates";
import { staleSponsors } from "./followups";
import { type ForecastLine, forecasts } from "./forecast";
import { emptyLeaveTally, type LeaveTally } from "./leave";
import { monthTallies, type PendingLeave, pendingAt } from "./leave-month";
import type { Msg } from "./messages";
import type { Model, Stage } from "./model";
import type { Fen } from "./money";
import { type RenewalStats, renewalStats, thisSeasonRows } from "./renewals";
import type { Settings } from "./settings";
import { isUnpaid, sharesOf } from "./shares";

export interface ReportProblem {
  sheet: string;
  cell: string;
  message: Msg;
}

export interface MemberLine {
  name: string;
  group: string;
  active: boolean;
  sponsorships: number;
  cashCredited: Fen;
  commission: Fen;
  meetings: number;
  present: number;
  late: number;
  leftEarly: number;
  excused: number;
  absent: number;
  attendanceRate: number | null;
  penalty: Fen;
  net: Fen;
  unpaidCommission: Fen;
  /** Term counts (from 学期开始 to the end of the month) that reached a limit. */
  warnings: Warning[];
  /** The member's 请假 requests for the month's meetings, by outcome at the month's end; late = made after the meeting started. */
  leave: LeaveTally;
  /** The term's fines still unpaid at the month's end (penalties − paid − waived; 0 when settled or overpaid). */
  finesOwed: Fen;
}

export interface GroupLine {
  group: string;
  members: number;
  sponsorships: number;
  cashCredited: Fen;
  commission: Fen;
  late: number;
  leftEarly: number;
  absent: number;
  penalty: Fen;
  net: Fen;
  unpaidCommission: Fen;
}

export interface EventLine {
  name: string;
  date: LocalDate | null;
  owner: string;
  target: Fen | null;
  /** Received cash + in-kind value to the end of the month. */
  raised: Fen;
  pledged: Fen;
  /** raised / target, or null without a target. */
  progress: number | null;
  budget: Fen | null;
  /** 预测: the weighted forecast of sponsors aiming at the event with nothing received for it at the month's end. */
  forecast: Fen;
  /** The sponsors the forecast counts, in 赞助商 order. */
  forecastSponsors: ForecastLine[];
  /** What the target still lacks after raised, pledged and forecast (0 once covered); null without a target. */
  shortfall: Fen | null;
}

/** One of the month's meetings (a column of the 考勤 grid): the members with a record, and those who came (even late). */
export interface MeetingLine {
  date: LocalDate;
  recorded: number;
  attended: number;
  /** attended / recorded; null when nobody has a record. */
  rate: number | null;
}

export interface FollowUp {
  sponsor: string;
  owner: string;
  stage: Stage | null;
  due: LocalDate;
  overdue: boolean;
}

/** A sponsor 联系中 or 洽谈中 with no contact for more than 跟进间隔 days on the report's day. */
export interface StaleSponsor {
  sponsor: string;
  owner: string;
  stage: Stage | null;
  lastContact: LocalDate | null;
  /** Whole days since 最近联系; null when none was ever recorded. */
  days: number | null;
}

export interface DeliverableDue {
  sponsor: string;
  event: string;
  promised: string;
  owner: string;
  due: LocalDate;
  overdue: boolean;
}

/** The department's money at the month's end (src/domain/accounts.ts). */
export interface ReportAccounts {
  /** false without a 收支 tab: the cash book then holds only 赞助记录's cash received and commissions paid. */
  tab: boolean;
  /** The first day the cash book counts (期初日期, else 学期开始); null when nothing has moved yet. */
  start: LocalDate | null;
  openingBalance: Fen;
  /** The month's line of the cash book; null for a month before the book starts. */
  cashBook: CashMonth | null;
  /** Each event's budget against what it spent and raised to the month's end; "" (no event) last. */
  events: EventAccount[];
  /** The term's fines per member at the month's end, those who still owe first (most first). */
  fines: FineAccount[];
  /** The members who still owe fines at the month's end (balance > 0), most first. */
  owing: FineAccount[];
  finesOwed: Fen;
  /** Expenses members advanced and had not been paid back for at the month's end, oldest first. */
  reimbursementsOwed: OwedReimbursement[];
  reimbursementsOwedTotal: Fen;
  /**
   * Findings dated in the month, so a past month's report keeps its own. Those without a date (over
   * budget, fines overpaid) describe the month's end and show in the tables themselves.
   */
  findings: AccountFinding[];
}

export interface Report {
  month: Month;
  currency: "CNY";
  department: string;
  generatedAt: string;
  generatedBy: string;
  settings: Settings;
  meetingsHeld: number;
  /** The month's meetings in date order, counting the members of 成员 (a name not there is a problem, not a record). */
  meetings: MeetingLine[];
  totals: {
    cashReceived: Fen;
    inKindValue: Fen;
    pledged: Fen;
    sponsorships: number;
    newSponsors: number;
    ytdCash: Fen;
    commission: Fen;
    unassigned: Fen;
    penalty: Fen;
    net: Fen;
  };
  members: MemberLine[];
  groups: GroupLine[];
  events: EventLine[];
  sponsors: {
    byStage: Record<Stage | "none", number>;
    followUps: FollowUp[];
    /** The day staleness is judged on: today, or the month's end for a past month. */
    staleAsOf: LocalDate;
    stale: StaleSponsor[];
  };
  /** 续约: of last season's sponsors, who gave again from 续约季开始 to the month's end; null (or absent) when no season had started by then. */
  renewals?: RenewalStats | null;
  /** Pending deliverables owed to sponsors, due by the month's end. */
  deliverables: DeliverableDue[];
  /** 请假 requests the head had not decided by the month's end, in meeting order. */
  leavePending: PendingLeave[];
  accounts: ReportAccounts;
  problems: ReportProblem[];
}

export interface ReportOptions {
  month: Month;
  today: LocalDate;
  generatedAt: string;
  generatedBy: string;
  /** false when the spreadsheet has no 收支 tab (the report says so); true when absent. */
  accountsTab?: boolean;
}

const UNGROUPED = "";

function emptyLine(name: string, group: string, active: boolean): MemberLine {
  return {
    name,
    group,
    active,
    sponsorships: 0,
    cashCredited: 0,
    commission: 0,
    meetings: 0,
    present: 0,
    late: 0,
    leftEarly: 0,
    excused: 0,
    absent: 0,
    attendanceRate: null,
    penalty: 0,
    net: 0,
    unpaidCommission: 0,
    warnings: [],
    leave: emptyLeaveTally(),
    finesOwed: 0,
  };
}

export function buildReport(model: Model, problems: readonly ReportProblem[], o: ReportOptions): Report {
  const s = model.settings;
  const from = firstDayOf(o.month);
  const to = lastDayOf(o.month);
  const yearStart = `${o.month.slice(0, 4)}-01-01`;
  const known = new Set(model.members.map((m) => m.name));
  const lines = new Map<string, MemberLine>();
  for (const m of model.members) lines.set(m.name, emptyLine(m.name, m.group, m.active));

  const totals: Report["totals"] = {
    cashReceived: 0,
    inKindValue: 0,
    pledged: 0,
    sponsorships: 0,
    newSponsors: 0,
    ytdCash: 0,
    commission: 0,
    unassigned: 0,
    penalty: 0,
    net: 0,
  };
  const firstReceived = new Map<string, LocalDate>();

  for (const e of model.ledger) {
    if (e.date > to) continue;
    if (e.status === "pledged") {
      totals.pledged += e.cash + e.inKind;
      continue;
    }
    if (e.status !== "received") continue;
    if (e.cash + e.inKind > 0) {
      const seen = firstReceived.get(e.sponsor);
      if (!seen || e.date < seen) firstReceived.set(e.sponsor, e.date);
    }
    if (e.date >= yearStart) totals.ytdCash += e.cash;
    const inMonth = e.date >= from;
    // Unpaid as of the month's end, so a past month's report reads the same when run again later.
    const unpaid = isUnpaid(e, to);
    if (!inMonth && !unpaid) continue;
    const sh = sharesOf(e, s, known);
    if (unpaid) for (const [name, fen] of sh.commission) lines.get(name)!.unpaidCommission += fen;
    if (!inMonth) continue;
    totals.cashReceived += e.cash;
    totals.inKindValue += e.inKind;
    if (e.cash + e.inKind > 0) totals.sponsorships++;
    totals.unassigned += sh.unassigned;
    totals.commission += sh.unassigned;
    for (const [name, fen] of sh.commission) {
      const line = lines.get(name)!;
      line.commission += fen;
      line.cashCredited += sh.cash.get(name) ?? 0;
      if (e.cash + e.inKind > 0) line.sponsorships++;
      totals.commission += fen;
    }
  }
  for (const date of firstReceived.values()) if (monthOf(date) === o.month) totals.newSponsors++;

  // Attendance: the month's meetings for the fees; the term's for the warnings.
  const termFrom = s.termStart ?? "0000-01-01";
  const meetings = model.attendance.meetings;
  const inMonth = meetings.map((m) => m.date >= from && m.date <= to);
  const inTerm = meetings.map((m) => m.date >= termFrom && m.date <= to);
  const meetingsHeld = new Set(meetings.filter((_, i) => inMonth[i]).map((m) => m.date)).size;
  const perMeeting = meetings.map(emptyTally);
  for (const row of model.attendance.rows) {
    const line = lines.get(row.name);
    if (!line) continue;
    const month: Tally = emptyTally();
    const term: Tally = emptyTally();
    row.statuses.forEach((st, i) => {
      if (inMonth[i]) {
        addToTally(month, st);
        addToTally(perMeeting[i], st);
      }
      if (inTerm[i]) addToTally(term, st);
    });
    line.meetings = month.meetings;
    line.present = month.present;
    line.late = month.late;
    line.leftEarly = month.leftEarly;
    line.excused = month.excused;
    line.absent = month.absent;
    line.attendanceRate = attendanceRate(month);
    line.penalty = penaltyFen(month, s.fees);
    line.warnings = warnings(term, s.limits);
  }

  for (const [name, tally] of monthTallies(model, from, to)) {
    const line = lines.get(name);
    if (line) line.leave = tally;
  }

  const accounts = accountsPart(model, o);
  for (const f of accounts.owing) {
    const line = lines.get(f.name);
    if (line) line.finesOwed = f.balance;
  }

  const members = [...lines.values()].filter(
    (l) => l.active || l.commission !== 0 || l.penalty !== 0 || l.unpaidCommission !== 0 || l.cashCredited !== 0 || l.finesOwed !== 0,
  );
  for (const l of members) {
    l.net = l.commission - l.penalty;
    totals.penalty += l.penalty;
  }
  totals.net = totals.commission - totals.penalty;

  return {
    month: o.month,
    currency: "CNY",
    department: s.department,
    generatedAt: o.generatedAt,
    generatedBy: o.generatedBy,
    settings: s,
    meetingsHeld,
    meetings: meetingLines(meetings, perMeeting, inMonth),
    totals,
    members,
    groups: groupLines(members),
    events: eventLines(model, to),
    sponsors: sponsorSummary(model, to, o.today),
    renewals: s.renewalStart && s.renewalStart <= to ? renewalStats(model.sponsors, model.ledger, s.renewalStart, to) : null,
    deliverables: deliverablesDue(model, to, o.today),
    leavePending: pendingAt(model, to),
    accounts,
    problems: [...problems],
  };
}

function accountsPart(model: Model, o: ReportOptions): ReportAccounts {
  const { accounts: a, month } = accountsOfMonth(model, o.month);
  const order = new Map(a.fines.map((f, i) => [f.name, i]));
  const owing = a.fines.filter((f) => f.balance > 0).sort((x, y) => y.balance - x.balance || order.get(x.name)! - order.get(y.name)!);
  const sum = (xs: readonly { amount: Fen }[]) => xs.reduce((s, x) => s + x.amount, 0);
  return {
    tab: o.accountsTab ?? true,
    start: a.start,
    openingBalance: a.openingBalance,
    cashBook: month,
    events: a.events,
    fines: [...owing, ...a.fines.filter((f) => f.balance <= 0)],
    owing,
    finesOwed: owing.reduce((s, f) => s + f.balance, 0),
    reimbursementsOwed: a.reimbursementsOwed,
    reimbursementsOwedTotal: sum(a.reimbursementsOwed),
    findings: a.findings.filter((f) => f.date !== null && monthOf(f.date) === o.month),
  };
}

function meetingLines(meetings: Model["attendance"]["meetings"], tallies: Tally[], inMonth: boolean[]): MeetingLine[] {
  return meetings
    .map((_, i) => i)
    .filter((i) => inMonth[i])
    .sort((a, b) => (meetings[a].date < meetings[b].date ? -1 : meetings[a].date > meetings[b].date ? 1 : a - b))
    .map((i) => ({ date: meetings[i].date, recorded: tallies[i].meetings, attended: tallies[i].attended, rate: attendanceRate(tallies[i]) }));
}

function groupLines(members: readonly MemberLine[]): GroupLine[] {
  const groups = new Map<string, GroupLine>();
  for (const m of members) {
    const key = m.group || UNGROUPED;
    const g = groups.get(key) ?? {
      group: key,
      members: 0,
      sponsorships: 0,
      cashCredited: 0,
      commission: 0,
      late: 0,
      leftEarly: 0,
      absent: 0,
      penalty: 0,
      net: 0,
      unpaidCommission: 0,
    };
    g.members++;
    g.sponsorships += m.sponsorships;
    g.cashCredited += m.cashCredited;
    g.commission += m.commission;
    g.late += m.late;
    g.leftEarly += m.leftEarly;
    g.absent += m.absent;
    g.penalty += m.penalty;
    g.net += m.net;
    g.unpaidCommission += m.unpaidCommission;
    groups.set(key, g);
  }
  return [...groups.values()];
}

function eventLines(model: Model, to: LocalDate): EventLine[] {
  const prospects = model.sponsors.map((s) => ({ name: s.name, stage: s.stage, expected: s.expected ?? null, targetEvent: s.targetEvent ?? "" }));
  // Last season's rows go to last season's edition of an event, not to this one.
  const ledger = thisSeasonRows(model.ledger, model.events, model.settings.renewalStart);
  const forecast = forecasts(prospects, ledger, to, model.settings.odds);
  const raised = new Map<string, Fen>();
  const pledged = new Map<string, Fen>();
  for (const e of ledger) {
    if (e.date > to || e.event === "") continue;
    if (e.status === "received") raised.set(e.event, (raised.get(e.event) ?? 0) + e.cash + e.inKind);
    if (e.status === "pledged") pledged.set(e.event, (pledged.get(e.event) ?? 0) + e.cash + e.inKind);
  }
  return model.events.map((ev) => {
    const r = raised.get(ev.name) ?? 0;
    const p = pledged.get(ev.name) ?? 0;
    const f = forecast.get(ev.name);
    const ahead = r + p + (f?.total ?? 0);
    return {
      name: ev.name,
      date: ev.date,
      owner: ev.owner,
      target: ev.target,
      raised: r,
      pledged: p,
      progress: ev.target && ev.target > 0 ? r / ev.target : null,
      budget: ev.budget,
      forecast: f?.total ?? 0,
      forecastSponsors: f?.lines ?? [],
      shortfall: ev.target === null ? null : Math.max(0, ev.target - ahead),
    };
  });
}

function deliverablesDue(model: Model, to: LocalDate, today: LocalDate): DeliverableDue[] {
  return model.deliverables
    .filter((d) => d.status === "pending" && d.due !== null && d.due <= to)
    .map((d) => ({ sponsor: d.sponsor, event: d.event, promised: d.promised, owner: d.owner, due: d.due!, overdue: d.due! < today }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.sponsor.localeCompare(b.sponsor)));
}

function sponsorSummary(model: Model, to: LocalDate, today: LocalDate): Report["sponsors"] {
  // The report's day: today, or the month's end for a month already over (ISO dates compare as text).
  const staleAsOf = today > to ? to : today;
  const byStage: Record<Stage | "none", number> = {
    potential: 0,
    contacting: 0,
    negotiating: 0,
    signed: 0,
    partner: 0,
    declined: 0,
    none: 0,
  };
  const followUps: FollowUp[] = [];
  for (const sp of model.sponsors) {
    byStage[sp.stage ?? "none"]++;
    if (sp.nextFollowUp && sp.nextFollowUp <= to && sp.stage !== "declined") {
      followUps.push({ sponsor: sp.name, owner: sp.owner, stage: sp.stage, due: sp.nextFollowUp, overdue: sp.nextFollowUp < today });
    }
  }
  followUps.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.sponsor.localeCompare(b.sponsor)));
  // Only today's 最近联系 is known: for a past month, a sponsor contacted since is not flagged.
  const stale = staleSponsors(model.sponsors, staleAsOf, model.settings.followUpDays).map(({ sponsor: sp, days }) => ({
    sponsor: sp.name,
    owner: sp.owner,
    stage: sp.stage,
    lastContact: sp.lastContact,
    days,
  }));
  return { byStage, followUps, staleAsOf, stale };
}
