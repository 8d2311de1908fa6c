/**
 * 个人明细 / Member statement: every line behind a member's numbers for a month, so a member can
 * check their own reward without asking anyone — each sponsorship share with its ledger row, the
 * exact product before rounding, the split, each meeting and its fee; the term's fines (penalties,
 * paid, waived, still owed) and the money the department owes them for expenses they advanced.
 * The fines and reimbursements are the figures of `buildAccounts` at the month's end, so the
 * statement and the report never disagree.
 */
import { buildAccounts } from "./accounts";
import { addToTally, emptyTally, penaltyFen, type Status, type Warning, warnings } from "./attendance";
import { formatRate } from "./commission";
import { firstDayOf, type LocalDate, lastDayOf, type Month } from "./dates";
import { divRoundHalfUp, trimZeros, ZERO } from "./decimal";
import { lateRequest, madeBy, statusAt } from "./leave-month";
import type { AccountEntry, LeaveStatus, Model } from "./model";
import type { Fen } from "./money";
import { baseOf, isUnpaid, sharesOf } from "./shares";

export interface ShareLine {
  row: number;
  date: LocalDate;
  sponsor: string;
  event: string;
  base: Fen;
  /** base × rate before rounding, in yuan as exact decimal text ("150.0015"). */
  exact: string;
  rowCommission: Fen;
  /** This member's part of the row: "1/3", "60%". */
  part: string;
  /** The share before the leftover fen were handed out, and whether this member got one of them. */
  share: Fen;
  extraFen: number;
  cashShare: Fen;
  paidOn: LocalDate | null;
  /** The paid-on cell is blank: unpaid. A cell holding text that is not a date (已发) counts as paid. */
  paidOnBlank: boolean;
}

export interface MeetingLine {
  date: LocalDate;
  statuses: Status[];
  fee: Fen;
}

/** One of the member's 请假 requests for a meeting in the month, as it stood at the month's end (one made later is left out). */
export interface LeaveLine {
  row: number;
  meeting: LocalDate;
  reason: string;
  status: LeaveStatus;
  /** Made after the meeting started. */
  late: boolean;
  /** The head's note (审批意见). */
  note: string;
}

/** One line of the term's fines: a meeting's penalty from 考勤 (no 收支 row), or a 收支 row paying or waiving. */
export interface FineLine {
  /** The 收支 row (1-based); null for a penalty, which comes from the 考勤 grid. */
  row: number | null;
  date: LocalDate;
  kind: "penalty" | "finePaid" | "fineWaived";
  /** The meeting's statuses for a penalty; empty for a 收支 row. */
  statuses: Status[];
  /** 事由 of a 收支 row. */
  item: string;
  amount: Fen;
  /** 备注 of a 收支 row: for a waiver, the head's reason. */
  note: string;
}

/** The term's fines, 学期开始 to the month's end: penalties − paid − waived = balance (owed when positive). */
export interface FineStatement {
  from: LocalDate | null;
  to: LocalDate;
  penalties: Fen;
  paid: Fen;
  waived: Fen;
  balance: Fen;
  lines: FineLine[];
}

/** An expense the member advanced (垫付): owed to them, or paid back on `reimbursedOn`. */
export interface ReimbursementLine {
  row: number;
  date: LocalDate;
  event: string;
  item: string;
  amount: Fen;
  receipt: string;
  reimbursedOn: LocalDate | null;
}

export interface Statement {
  name: string;
  group: string;
  month: Month;
  rate: string;
  shares: ShareLine[];
  meetings: MeetingLine[];
  leave: LeaveLine[];
  commission: Fen;
  penalty: Fen;
  net: Fen;
  /** Received rows up to the month's end with no 佣金发放日期, all months. */
  unpaid: { row: number; date: LocalDate; sponsor: string; share: Fen }[];
  warnings: Warning[];
  fines: FineStatement;
  /** `owed`: advanced and not paid back at the month's end (any month); `paid`: paid back in the month. */
  reimbursements: { owed: ReimbursementLine[]; paid: ReimbursementLine[] };
}

function exactYuan(baseFen: Fen, units: bigint, scale: number): string {
  // base fen × units / 10^scale fen = base × units / 10^(scale+2) yuan, written out exactly.
  const n = BigInt(baseFen) * units;
  const neg = n < ZERO;
  const digits = (neg ? -n : n).toString().padStart(scale + 3, "0");
  const cut = digits.length - (scale + 2);
  const frac = trimZeros(digits.slice(cut)).padEnd(2, "0");
  return `${neg ? "-" : ""}${digits.slice(0, cut)}.${frac}`;
}

function partText(weight: bigint, all: readonly bigint[]): string {
  const sum = all.reduce((a, b) => a + b, ZERO);
  if (all.every((w) => w === all[0])) return `1/${all.length}`;
  // Weighted credit is written as percentages (600000 = 60%), rounded half up to four decimals.
  const pct = Number(divRoundHalfUp(weight * BigInt(1000000), sum)) / 10000;
  return `${pct}%`;
}

export function buildStatement(model: Model, name: string, month: Month): Statement | null {
  const member = model.members.find((m) => m.name === name);
  if (!member) return null;
  const s = model.settings;
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const known = new Set(model.members.map((m) => m.name));
  const shares: ShareLine[] = [];
  const unpaid: Statement["unpaid"] = [];
  for (const e of model.ledger) {
    if (e.status !== "received" || e.date > to) continue;
    const i = e.credit.findIndex((c) => c.name === name);
    if (i < 0) continue;
    const sh = sharesOf(e, s, known);
    const mine = sh.commission.get(name) ?? 0;
    if (isUnpaid(e, to) && mine !== 0) unpaid.push({ row: e.row, date: e.date, sponsor: e.sponsor, share: mine });
    if (e.date < from) continue;
    const weights = e.credit.map((c) => c.weight);
    const sum = weights.reduce((a, b) => a + b, ZERO);
    const abs = BigInt(Math.abs(sh.total));
    const floor = Number((abs * e.credit[i].weight) / sum) * Math.sign(sh.total || 1);
    shares.push({
      row: e.row,
      date: e.date,
      sponsor: e.sponsor,
      event: e.event,
      base: baseOf(e, s),
      exact: exactYuan(baseOf(e, s), s.rate.units, s.rate.scale),
      rowCommission: sh.total,
      part: partText(e.credit[i].weight, weights),
      share: mine,
      extraFen: Math.abs(mine - floor),
      cashShare: sh.cash.get(name) ?? 0,
      paidOn: e.paidOn,
      paidOnBlank: e.paidOnBlank,
    });
  }
  const meetings: MeetingLine[] = [];
  const termFrom = s.termStart ?? "0000-01-01";
  const term = emptyTally();
  const row = model.attendance.rows.find((r) => r.name === name);
  if (row) {
    model.attendance.meetings.forEach((m, i) => {
      const st = row.statuses[i];
      if (m.date >= termFrom && m.date <= to) addToTally(term, st);
      if (m.date < from || m.date > to || st.length === 0) return;
      const one = emptyTally();
      addToTally(one, st);
      meetings.push({ date: m.date, statuses: st, fee: penaltyFen(one, s.fees) });
    });
  }
  meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const leave: LeaveLine[] = model.leave
    .filter((l) => l.name === name && l.meeting >= from && l.meeting <= to && madeBy(l, to))
    .map((l) => ({ row: l.row, meeting: l.meeting, reason: l.reason, status: statusAt(l, to), late: lateRequest(model, l), note: l.note }))
    .sort((a, b) => (a.meeting < b.meeting ? -1 : a.meeting > b.meeting ? 1 : a.row - b.row));
  const accounts = accountsOf(model, name, month);
  const commission = shares.reduce((a, x) => a + x.share, 0);
  const penalty = meetings.reduce((a, x) => a + x.fee, 0);
  return {
    name,
    group: member.group,
    month,
    rate: formatRate(s.rate),
    shares,
    meetings,
    leave,
    commission,
    penalty,
    net: commission - penalty,
    unpaid,
    warnings: warnings(term, s.limits),
    ...accounts,
  };
}

const byDateThenRow = <T extends { date: LocalDate; row: number | null }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.row ?? 0) - (b.row ?? 0);

function reimbursementLine(a: Pick<AccountEntry, "row" | "date" | "event" | "item" | "amount" | "receipt">, reimbursedOn: LocalDate | null): ReimbursementLine {
  return { row: a.row, date: a.date, event: a.event, item: a.item, amount: a.amount, receipt: a.receipt, reimbursedOn };
}

/** The member's fines and reimbursements at the month's end, with the rows behind them. */
function accountsOf(model: Model, name: string, month: Month): Pick<Statement, "fines" | "reimbursements"> {
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const a = buildAccounts(model, to);
  const termFrom = model.settings.termStart;
  const inTerm = (date: LocalDate) => (termFrom === null || date >= termFrom) && date <= to;
  const lines: FineLine[] = [];
  const row = model.attendance.rows.find((r) => r.name === name);
  if (row) {
    model.attendance.meetings.forEach((m, i) => {
      if (!inTerm(m.date)) return;
      const one = emptyTally();
      addToTally(one, row.statuses[i]);
      const fee = penaltyFen(one, model.settings.fees);
      if (fee !== 0) lines.push({ row: null, date: m.date, kind: "penalty", statuses: row.statuses[i], item: "", amount: fee, note: "" });
    });
  }
  for (const e of model.accounts) {
    if ((e.type === "finePaid" || e.type === "fineWaived") && e.member === name && inTerm(e.date)) {
      lines.push({ row: e.row, date: e.date, kind: e.type, statuses: [], item: e.item, amount: e.amount, note: e.notes });
    }
  }
  const f = a.fines.find((x) => x.name === name);
  const paid = model.accounts
    .filter(
      (e) =>
        e.type === "expense" && e.member === name && e.reimbursement === "done" && e.reimbursedOn !== null && e.reimbursedOn >= from && e.reimbursedOn <= to,
    )
    .map((e) => reimbursementLine(e, e.reimbursedOn));
  return {
    fines: {
      from: termFrom,
      to,
      penalties: f?.penalties ?? 0,
      paid: f?.paid ?? 0,
      waived: f?.waived ?? 0,
      balance: f?.balance ?? 0,
      lines: lines.sort(byDateThenRow),
    },
    reimbursements: {
      owed: a.reimbursementsOwed.filter((r) => r.member === name).map((r) => reimbursementLine(r, null)),
      paid: paid.sort(byDateThenRow),
    },
  };
}
