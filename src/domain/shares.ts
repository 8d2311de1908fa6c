/** Who earns what from one ledger row: the one rule the report, payouts and statements share. */
import { commissionFen, splitFen } from "./commission";
import type { LedgerEntry } from "./model";
import type { Fen } from "./money";
import type { Settings } from "./settings";

/** The commission base of a row, per Settings: cash only, or cash plus in-kind value. */
export function baseOf(e: LedgerEntry, s: Settings): Fen {
  return s.basis === "cashAndInKind" ? e.cash + e.inKind : e.cash;
}

/**
 * Unpaid as of a day: the 佣金发放日期 cell is empty, or holds a date after that day. Anything else
 * typed there ("已发") counts as paid — the payout never offers such a row again — and Check data
 * reports the unreadable date.
 */
export function isUnpaid(e: LedgerEntry, asOf: string): boolean {
  return e.paidOnBlank || (e.paidOn !== null && e.paidOn > asOf);
}

export interface Shares {
  /** The row's whole commission: round half up of base × rate. */
  total: Fen;
  commission: Map<string, Fen>;
  cash: Map<string, Fen>;
  /** The part credited to nobody in 成员 (unknown names, or no name at all). */
  unassigned: Fen;
}

/** Splits one row's commission and cash among its credited members, in whole fen (largest remainder). */
export function sharesOf(e: LedgerEntry, s: Settings, known: ReadonlySet<string>): Shares {
  const total = commissionFen(baseOf(e, s), s.rate);
  const out: Shares = { total, commission: new Map(), cash: new Map(), unassigned: 0 };
  if (e.credit.length === 0) {
    out.unassigned = total;
    return out;
  }
  const weights = e.credit.map((c) => c.weight);
  const c = splitFen(total, weights);
  const cash = splitFen(e.cash, weights);
  e.credit.forEach((share, i) => {
    if (known.has(share.name)) {
      out.commission.set(share.name, (out.commission.get(share.name) ?? 0) + c[i]);
      out.cash.set(share.name, (out.cash.get(share.name) ?? 0) + cash[i]);
    } else {
      out.unassigned += c[i];
    }
  });
  return out;
}
