/**
 * 发放佣金 / Mark commissions paid: which ledger rows a payout for a month settles, and how much
 * each member receives (refunds netted). A row is settled whole or not at all, so a row whose
 * share names nobody known waits until its 经办人 is fixed; otherwise its members would be paid
 * and the unknown share forgotten.
 */
import { lastDayOf, type Month } from "./dates";
import type { Model } from "./model";
import type { Fen } from "./money";
import { sharesOf } from "./shares";

export interface PayoutPlan {
  month: Month;
  /** 1-based ledger rows whose 佣金发放日期 gets filled. */
  rows: number[];
  members: { name: string; amount: Fen }[];
  total: Fen;
  /** Rows left unpaid because part of their commission is unassigned. */
  held: number[];
  /** Every settled row with its commission and every member's amount: what the head confirmed. */
  fingerprint: string;
}

export function planPayout(model: Model, month: Month): PayoutPlan {
  const to = lastDayOf(month);
  const known = new Set(model.members.map((m) => m.name));
  const amounts = new Map<string, Fen>();
  const rows: number[] = [];
  const held: number[] = [];
  const parts: string[] = [];
  for (const e of model.ledger) {
    // Only rows whose paid-on cell is truly empty: a date (or anything typed there) means settled.
    if (e.status !== "received" || e.date > to || !e.paidOnBlank) continue;
    const sh = sharesOf(e, model.settings, known);
    if (sh.total === 0) continue;
    if (sh.unassigned !== 0) {
      held.push(e.row);
      continue;
    }
    rows.push(e.row);
    parts.push(`${e.row}:${sh.total}`);
    for (const [name, fen] of sh.commission) amounts.set(name, (amounts.get(name) ?? 0) + fen);
  }
  const members = [...amounts].map(([name, amount]) => ({ name, amount })).filter((m) => m.amount !== 0);
  members.sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));
  const total = members.reduce((a, m) => a + m.amount, 0);
  const fingerprint = [month, parts.join(","), members.map((m) => `${m.name}=${m.amount}`).join(","), total].join("|");
  return { month, rows, members, total, held, fingerprint };
}
