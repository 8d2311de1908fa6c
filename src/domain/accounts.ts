/**
 * 财务账目 / The department's accounts as a pure function of its data: the cash book month by month,
 * each event's budget against what it spent and raised, reimbursements still owed to members, and each
 * member's fines. Sponsorship cash and commission payouts come from 赞助记录 (nothing is typed twice);
 * expenses, other income and fines from 收支. Every figure is whole fen.
 *
 * Cash book: opening balance + sponsorship cash received + fines paid + other income
 *   − expenses paid from the department's cash − reimbursements made − commissions paid = closing balance.
 * Money moves on the day it moved: a sponsorship on its date, an expense a member advanced on the day the
 * member is paid back (报销日期), a commission on its 佣金发放日期. Nothing before the opening date counts:
 * it is in the opening balance.
 */
import { addToTally, emptyTally, penaltyFen } from "./attendance";
import { commissionFen } from "./commission";
import { addMonths, type LocalDate, lastDayOf, type Month, monthOf } from "./dates";
import type { Msg } from "./messages";
import type { AccountEntry, Model } from "./model";
import { type Fen, formatYuan } from "./money";
import { thisSeasonRows } from "./renewals";
import { baseOf } from "./shares";

export interface CashMonth {
  month: Month;
  opening: Fen;
  /** Cash of received sponsorships dated in the month (a refund is negative). */
  sponsorCash: Fen;
  finesPaid: Fen;
  otherIncome: Fen;
  /** Expenses paid from the department's cash (报销状态 blank). */
  expensesPaid: Fen;
  /** Members paid back for expenses they advanced, on the day they were paid. */
  reimbursed: Fen;
  /** Commissions whose 佣金发放日期 is in the month. */
  commissionsPaid: Fen;
  closing: Fen;
}

export interface EventAccount {
  /** "" for spending and income tied to no event. */
  name: string;
  budget: Fen | null;
  /** Every expense for the event, paid from cash or advanced by a member. */
  spent: Fen;
  cashRaised: Fen;
  inKindRaised: Fen;
  otherIncome: Fen;
  /** cashRaised + otherIncome − spent: what the event left in the department's hands. */
  net: Fen;
  /** budget − spent; null without a budget. */
  budgetLeft: Fen | null;
  overBudget: boolean;
}

export interface OwedReimbursement {
  row: number;
  date: LocalDate;
  member: string;
  event: string;
  item: string;
  amount: Fen;
  receipt: string;
}

export interface FineAccount {
  name: string;
  group: string;
  active: boolean;
  /** Penalties from the 考勤 grid, from the term start to the day. */
  penalties: Fen;
  paid: Fen;
  waived: Fen;
  /** penalties − paid − waived: still owed when positive. */
  balance: Fen;
}

/** Where a finding belongs: a row (1-based) and column of one of the tabs. */
export interface AccountFinding {
  tab: "ledger" | "accounts" | "events";
  row: number;
  column: string;
  /** The day the finding is about, so a month's report keeps its own. */
  date: LocalDate | null;
  message: Msg;
}

export interface Accounts {
  /** The first day the cash book counts: 期初日期, else 学期开始, else the first day money moved. */
  start: LocalDate | null;
  asOf: LocalDate;
  openingBalance: Fen;
  /** One line per month from the start's month to the day's month. */
  cashBook: CashMonth[];
  events: EventAccount[];
  reimbursementsOwed: OwedReimbursement[];
  fines: FineAccount[];
  findings: AccountFinding[];
}

type Flow = "sponsorCash" | "finesPaid" | "otherIncome" | "expensesPaid" | "reimbursed" | "commissionsPaid";
const INFLOWS: readonly Flow[] = ["sponsorCash", "finesPaid", "otherIncome"];
const OUTFLOWS: readonly Flow[] = ["expensesPaid", "reimbursed", "commissionsPaid"];

interface Movement {
  date: LocalDate;
  flow: Flow;
  amount: Fen;
  /** The cell that dates it, for a finding when it cannot be counted; none for sponsorship cash (the ledger keeps years of history). */
  at?: Pick<AccountFinding, "tab" | "row" | "column">;
  /** The cell of the amount itself, for a finding about what it did to the balance. */
  cell: Pick<AccountFinding, "tab" | "row" | "column">;
}

/** With no opening date or term start, money dated this long before the day is taken for a typing slip, not history. */
const OLDEST_YEARS = 10;

/** Every cash movement up to the day, on the day it happened. */
function movements(model: Model, start: LocalDate | null, asOf: LocalDate, findings: AccountFinding[]): Movement[] {
  const out: Movement[] = [];
  for (const e of model.ledger) {
    if (e.status !== "received") continue;
    if (e.cash !== 0 && e.date <= asOf) out.push({ date: e.date, flow: "sponsorCash", amount: e.cash, cell: { tab: "ledger", row: e.row, column: "cash" } });
    if (e.paidOnBlank) continue;
    // The row's whole commission, however it is split: what the department paid out.
    const total = commissionFen(baseOf(e, model.settings), model.settings.rate);
    if (total === 0) continue;
    if (e.paidOn === null) {
      // Paid (the cell is not blank) but on no day the cash book can place: said, not guessed.
      if (e.date <= asOf && (start === null || e.date >= start)) {
        findings.push({
          tab: "ledger",
          row: e.row,
          column: "paidOn",
          date: e.date,
          message: { key: "commissionPaidUndated", params: { amount: formatYuan(total) } },
        });
      }
    } else if (e.paidOn <= asOf) {
      // Paid before the book starts is in the opening balance, unless the sponsorship itself is in the book.
      const inBook = start === null || e.date >= start;
      const cell = { tab: "ledger" as const, row: e.row, column: "paidOn" };
      out.push({ date: e.paidOn, flow: "commissionsPaid", amount: total, cell, ...(inBook ? { at: cell } : {}) });
      if (e.paidOn < e.date) {
        findings.push({
          tab: "ledger",
          row: e.row,
          column: "paidOn",
          date: e.date,
          message: { key: "commissionPaidBeforeSponsorship", params: { paid: e.paidOn, date: e.date } },
        });
      }
    }
  }
  for (const a of model.accounts) {
    const at = { tab: "accounts" as const, row: a.row, column: "date" };
    const cell = { tab: "accounts" as const, row: a.row, column: "amount" };
    if (a.type === "finePaid" && a.date <= asOf) out.push({ date: a.date, flow: "finesPaid", amount: a.amount, at, cell });
    if (a.type === "income" && a.date <= asOf) out.push({ date: a.date, flow: "otherIncome", amount: a.amount, at, cell });
    if (a.type !== "expense") continue;
    if (a.reimbursement === null && a.date <= asOf) out.push({ date: a.date, flow: "expensesPaid", amount: a.amount, at, cell });
    if (a.reimbursement === "done" && a.reimbursedOn && a.reimbursedOn <= asOf) {
      const paid = { tab: "accounts" as const, row: a.row, column: "reimbursedOn" };
      out.push({ date: a.reimbursedOn, flow: "reimbursed", amount: a.amount, at: paid, cell: paid });
    }
  }
  return out;
}

/**
 * The movements the cash book counts: from its start (or, without one, from the first movement not
 * more than OLDEST_YEARS before the day). A dated movement left out is a finding at its cell.
 */
function countedMoves(moves: readonly Movement[], start: LocalDate | null, asOf: LocalDate, findings: AccountFinding[]): Movement[] {
  const oldest = `${String(Number(asOf.slice(0, 4)) - OLDEST_YEARS).padStart(4, "0")}${asOf.slice(4)}`;
  const out: Movement[] = [];
  for (const m of moves) {
    if (start !== null ? m.date >= start : m.date >= oldest) {
      out.push(m);
      continue;
    }
    if (!m.at) continue;
    const message: Msg =
      start !== null
        ? { key: "movementBeforeStart", params: { date: m.date, start, amount: formatYuan(m.amount) } }
        : { key: "movementTooOld", params: { date: m.date, years: OLDEST_YEARS, amount: formatYuan(m.amount) } };
    findings.push({ ...m.at, date: m.date, message });
  }
  return out;
}

/**
 * Cash cannot go below zero: the day the balance first drops under it (and again each time it drops
 * after coming back) is a finding at that day's last outflow — an income or the opening balance is
 * missing, or an amount is mistyped. Each day's money in is counted before its money out.
 */
function belowZero(counted: readonly Movement[], opening: Fen, findings: AccountFinding[]): void {
  const days = new Map<LocalDate, Movement[]>();
  for (const m of counted) {
    const list = days.get(m.date);
    if (list) list.push(m);
    else days.set(m.date, [m]);
  }
  let balance = opening;
  for (const day of [...days.keys()].sort()) {
    const moves = days.get(day)!;
    const before = balance;
    for (const m of moves) balance += INFLOWS.includes(m.flow) ? m.amount : -m.amount;
    if (balance >= 0 || before < 0) continue;
    const out = moves.filter((m) => OUTFLOWS.includes(m.flow) || m.amount < 0);
    const culprit = out[out.length - 1] ?? moves[moves.length - 1];
    findings.push({ ...culprit.cell, date: day, message: { key: "cashBelowZero", params: { date: day, balance: formatYuan(balance) } } });
  }
}

function emptyMonth(month: Month, opening: Fen): CashMonth {
  return { month, opening, sponsorCash: 0, finesPaid: 0, otherIncome: 0, expensesPaid: 0, reimbursed: 0, commissionsPaid: 0, closing: opening };
}

function cashBook(counted: readonly Movement[], start: LocalDate | null, opening: Fen, asOf: LocalDate): { start: LocalDate | null; months: CashMonth[] } {
  let first = start;
  if (first === null) for (const m of counted) if (first === null || m.date < first) first = m.date;
  if (first === null || first > asOf) return { start: first, months: [] };
  const byMonth = new Map<Month, Movement[]>();
  for (const m of counted) {
    const key = monthOf(m.date);
    const list = byMonth.get(key);
    if (list) list.push(m);
    else byMonth.set(key, [m]);
  }
  const months: CashMonth[] = [];
  let balance = opening;
  const last = monthOf(asOf);
  for (let month = monthOf(first); month <= last; month = addMonths(month, 1)) {
    const line = emptyMonth(month, balance);
    for (const m of byMonth.get(month) ?? []) line[m.flow] += m.amount;
    line.closing = line.opening + INFLOWS.reduce((a, f) => a + line[f], 0) - OUTFLOWS.reduce((a, f) => a + line[f], 0);
    balance = line.closing;
    months.push(line);
  }
  return { start: first, months };
}

function eventAccounts(model: Model, asOf: LocalDate, findings: AccountFinding[]): EventAccount[] {
  const lines = new Map<string, EventAccount>();
  const line = (name: string, budget: Fen | null = null): EventAccount => {
    let l = lines.get(name);
    if (!l) {
      l = { name, budget, spent: 0, cashRaised: 0, inKindRaised: 0, otherIncome: 0, net: 0, budgetLeft: null, overBudget: false };
      lines.set(name, l);
    }
    return l;
  };
  for (const ev of model.events) line(ev.name, ev.budget);
  // Last season's rows went to last season's edition of an event, not to this one in 活动.
  for (const e of thisSeasonRows(model.ledger, model.events, model.settings.renewalStart)) {
    if (e.status !== "received" || e.date > asOf) continue;
    const l = line(e.event);
    l.cashRaised += e.cash;
    l.inKindRaised += e.inKind;
  }
  for (const a of model.accounts) {
    if (a.date > asOf) continue;
    if (a.type === "expense") line(a.event).spent += a.amount;
    if (a.type === "income") line(a.event).otherIncome += a.amount;
  }
  const rows = new Map(model.events.map((ev) => [ev.name, ev.row]));
  const out = [...lines.values()];
  for (const l of out) {
    l.net = l.cashRaised + l.otherIncome - l.spent;
    l.budgetLeft = l.budget === null ? null : l.budget - l.spent;
    l.overBudget = l.budget !== null && l.spent > l.budget;
    const row = rows.get(l.name);
    if (l.overBudget && row !== undefined) {
      findings.push({
        tab: "events",
        row,
        column: "budget",
        date: null,
        message: {
          key: "overBudget",
          params: { event: l.name, spent: formatYuan(l.spent), budget: formatYuan(l.budget!), over: formatYuan(l.spent - l.budget!) },
        },
      });
    }
  }
  // Events in the 活动 tab's order, then names only 收支 or 赞助记录 know, then what belongs to no event.
  const none = lines.get("");
  const noneUsed = none && (none.spent !== 0 || none.otherIncome !== 0 || none.cashRaised !== 0 || none.inKindRaised !== 0);
  return [...out.filter((l) => l.name !== ""), ...(noneUsed ? [none] : [])];
}

function owedReimbursements(accounts: readonly AccountEntry[], asOf: LocalDate): OwedReimbursement[] {
  return accounts
    .filter(
      (a) =>
        a.type === "expense" &&
        a.date <= asOf &&
        (a.reimbursement === "owed" || (a.reimbursement === "done" && a.reimbursedOn !== null && a.reimbursedOn > asOf)),
    )
    .map((a) => ({ row: a.row, date: a.date, member: a.member, event: a.event, item: a.item, amount: a.amount, receipt: a.receipt }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
}

/** Fines of the term (学期开始 to the day): penalties from the grid, less what was paid or waived. */
function fineAccounts(model: Model, asOf: LocalDate, findings: AccountFinding[]): FineAccount[] {
  const from = model.settings.termStart ?? "0000-01-01";
  const lines = new Map<string, FineAccount>();
  const line = (name: string): FineAccount => {
    let l = lines.get(name);
    if (!l) {
      l = { name, group: "", active: false, penalties: 0, paid: 0, waived: 0, balance: 0 };
      lines.set(name, l);
    }
    return l;
  };
  for (const m of model.members) Object.assign(line(m.name), { group: m.group, active: m.active });
  const { meetings, rows } = model.attendance;
  for (const row of rows) {
    let fee = 0;
    row.statuses.forEach((st, i) => {
      if (meetings[i].date < from || meetings[i].date > asOf) return;
      const one = emptyTally();
      addToTally(one, st);
      fee += penaltyFen(one, model.settings.fees);
    });
    line(row.name).penalties += fee;
  }
  const lastRow = new Map<string, number>();
  for (const a of model.accounts) {
    if ((a.type !== "finePaid" && a.type !== "fineWaived") || a.date > asOf) continue;
    if (a.date < from) {
      findings.push({
        tab: "accounts",
        row: a.row,
        column: "date",
        date: a.date,
        message: { key: "fineBeforeTerm", params: { date: a.date, start: from, name: a.member } },
      });
      continue;
    }
    const l = line(a.member);
    if (a.type === "finePaid") l.paid += a.amount;
    else l.waived += a.amount;
    lastRow.set(a.member, a.row);
  }
  const out: FineAccount[] = [];
  for (const l of lines.values()) {
    l.balance = l.penalties - l.paid - l.waived;
    if (!l.active && l.penalties === 0 && l.paid === 0 && l.waived === 0) continue;
    out.push(l);
    if (l.balance < 0) {
      findings.push({
        tab: "accounts",
        row: lastRow.get(l.name)!,
        column: "amount",
        date: null,
        message: {
          key: "fineOverpaid",
          params: { name: l.name, settled: formatYuan(l.paid + l.waived), owed: formatYuan(l.penalties), over: formatYuan(-l.balance) },
        },
      });
    }
  }
  return out;
}

/** The accounts as they stood at the end of `asOf`. */
export function buildAccounts(model: Model, asOf: LocalDate): Accounts {
  const findings: AccountFinding[] = [];
  const s = model.settings;
  const opening = s.opening.date ?? s.termStart;
  const moves = countedMoves(movements(model, opening, asOf, findings), opening, asOf, findings);
  const book = cashBook(moves, opening, s.opening.balance, asOf);
  belowZero(moves, s.opening.balance, findings);
  return {
    start: book.start,
    asOf,
    openingBalance: s.opening.balance,
    cashBook: book.months,
    events: eventAccounts(model, asOf, findings),
    reimbursementsOwed: owedReimbursements(model.accounts, asOf),
    fines: fineAccounts(model, asOf, findings),
    findings,
  };
}

/** The accounts at a month's end, with its own line of the cash book (a month before the start has none). */
export function accountsOfMonth(model: Model, month: Month): { accounts: Accounts; month: CashMonth | null } {
  const accounts = buildAccounts(model, lastDayOf(month));
  return { accounts, month: accounts.cashBook.find((m) => m.month === month) ?? null };
}

/** The flows of a cash book line that add to the balance and those that take from it, for tables and tests. */
export const CASH_FLOWS = { in: INFLOWS, out: OUTFLOWS } as const;
