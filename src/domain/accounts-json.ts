/**
 * 财务账目 / The accounts as plain JSON: camelCase, money as yuan numbers with two decimals, messages in
 * one language. What `--accounts --json` prints and what the terminal's tables are drawn from.
 */
import type { Accounts, FineAccount } from "./accounts";
import type { Month } from "./dates";
import { type Lang, type Msg, render } from "./messages";
import { type Fen, fenToYuan } from "./money";

const y = (fen: Fen | null) => (fen === null ? null : fenToYuan(fen));

/** A bad cell or an accounts finding, already placed at its sheet and cell. */
export interface PlacedMessage {
  sheet: string;
  cell: string;
  message: Msg;
}

/**
 * Who still owes comes first, the most owed first; then everyone else in the 成员 tab's order, so the
 * head reads the list from the top when collecting fines.
 */
export function finesOwedFirst(fines: readonly FineAccount[]): FineAccount[] {
  const owing = fines.filter((f) => f.balance > 0);
  const rest = fines.filter((f) => f.balance <= 0);
  // Array.prototype.sort is stable (ES2019): equal balances keep the 成员 order.
  return [...owing.sort((a, b) => b.balance - a.balance), ...rest];
}

export function accountsToJson(a: Accounts, month: Month, problems: readonly PlacedMessage[], lang: Lang) {
  return {
    month,
    asOf: a.asOf,
    start: a.start,
    openingBalance: fenToYuan(a.openingBalance),
    cashBook: a.cashBook.map((m) => ({
      month: m.month,
      opening: fenToYuan(m.opening),
      sponsorCash: fenToYuan(m.sponsorCash),
      finesPaid: fenToYuan(m.finesPaid),
      otherIncome: fenToYuan(m.otherIncome),
      expensesPaid: fenToYuan(m.expensesPaid),
      reimbursed: fenToYuan(m.reimbursed),
      commissionsPaid: fenToYuan(m.commissionsPaid),
      closing: fenToYuan(m.closing),
    })),
    events: a.events.map((e) => ({
      name: e.name,
      budget: y(e.budget),
      spent: fenToYuan(e.spent),
      cashRaised: fenToYuan(e.cashRaised),
      inKindRaised: fenToYuan(e.inKindRaised),
      otherIncome: fenToYuan(e.otherIncome),
      net: fenToYuan(e.net),
      budgetLeft: y(e.budgetLeft),
      overBudget: e.overBudget,
    })),
    reimbursementsOwed: a.reimbursementsOwed.map((r) => ({
      row: r.row,
      date: r.date,
      member: r.member,
      event: r.event,
      item: r.item,
      amount: fenToYuan(r.amount),
      receipt: r.receipt,
    })),
    fines: finesOwedFirst(a.fines).map((f) => ({
      name: f.name,
      group: f.group,
      active: f.active,
      penalties: fenToYuan(f.penalties),
      paid: fenToYuan(f.paid),
      waived: fenToYuan(f.waived),
      balance: fenToYuan(f.balance),
    })),
    problems: problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: render(p.message, lang) })),
  };
}

export type AccountsJson = ReturnType<typeof accountsToJson>;
