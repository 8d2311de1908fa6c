/**
 * 换届交接 / Hand-over: what the outgoing committee gives the incoming one — the whole sponsor file
 * with each sponsor's history and owner, open pledges, open deliverables, unpaid commissions, the
 * events' totals, the members' totals for the year, and the accounts (整理往届外联资料: 财务账目,
 * 所获成果, 商家信息): the cash book month by month, each event's budget against its spending,
 * what the department owes members, the fines members owe, and what in the accounts is still open.
 */
import { type AccountFinding, buildAccounts, type CashMonth, type EventAccount, type FineAccount, type OwedReimbursement } from "./accounts";
import { addToTally, emptyTally, penaltyFen } from "./attendance";
import type { LocalDate } from "./dates";
import type { Deliverable, LedgerEntry, Model } from "./model";
import type { Fen } from "./money";
import { thisSeasonRows } from "./renewals";
import { isUnpaid, sharesOf } from "./shares";
import { type SponsorHistory, sponsorHistory } from "./sponsor-history";

/** The accounts as handed over: `buildAccounts` on the hand-over date, the cash book cut to the year. */
export interface HandoverAccounts {
  /** The hand-over date: today, or the year's last day once the year is over. */
  asOf: LocalDate;
  /** The day the cash book starts (期初日期, else 学期开始), and its opening balance. */
  start: LocalDate | null;
  openingBalance: Fen;
  /** From the year's first month, or the cash book's start when later, to the hand-over date. */
  cashBook: CashMonth[];
  events: EventAccount[];
  reimbursementsOwed: OwedReimbursement[];
  /** Members who still owe fines on the hand-over date. */
  finesOwed: FineAccount[];
  findings: AccountFinding[];
}

export interface Handover {
  year: string;
  years: string[];
  sponsors: SponsorHistory[];
  pledges: LedgerEntry[];
  deliverables: Deliverable[];
  unpaid: { name: string; amount: Fen; rows: number }[];
  events: { name: string; date: LocalDate | null; owner: string; target: Fen | null; raised: Fen; pledged: Fen; budget: Fen | null }[];
  members: { name: string; group: string; active: boolean; sponsorships: number; cashCredited: Fen; commission: Fen; penalty: Fen; net: Fen }[];
  totals: { received: Fen; commission: Fen; penalty: Fen };
  accounts: HandoverAccounts;
}

/** The unpaid line for commission credited to names not in 成员 (shown as 未分配 / unassigned). */
export const UNASSIGNED = "";

/** The accounts on the hand-over date: `today`, or the year's end once the year is over. */
export function handoverAccounts(model: Model, year: string, today: LocalDate): HandoverAccounts {
  const yearEnd = `${year}-12-31`;
  const a = buildAccounts(model, today < yearEnd ? today : yearEnd);
  return {
    asOf: a.asOf,
    start: a.start,
    openingBalance: a.openingBalance,
    cashBook: a.cashBook.filter((m) => m.month >= `${year}-01`),
    events: a.events,
    reimbursementsOwed: a.reimbursementsOwed,
    finesOwed: a.fines.filter((f) => f.balance > 0),
    findings: a.findings,
  };
}

export function buildHandover(model: Model, year: string, today: LocalDate): Handover {
  const known = new Set(model.members.map((m) => m.name));
  const yearEnd = `${year}-12-31`;
  const received = model.ledger.filter((e) => e.status === "received");
  const years = [...new Set(received.map((e) => e.date.slice(0, 4)))].sort();

  const sponsors = sponsorHistory(model, true);

  const unpaid = new Map<string, { amount: Fen; rows: number }>();
  const members = new Map(
    model.members.map((m) => [m.name, { name: m.name, group: m.group, active: m.active, sponsorships: 0, cashCredited: 0, commission: 0, penalty: 0, net: 0 }]),
  );
  const totals = { received: 0, commission: 0, penalty: 0 };
  for (const e of received) {
    const sh = sharesOf(e, model.settings, known);
    // Unpaid as of the year's end, so a past year's hand-over reads the same after later payouts.
    if (e.date <= yearEnd && isUnpaid(e, yearEnd)) {
      // The part credited to nobody known is owed too: it waits on its own line until the names are fixed.
      const owed: [string, Fen][] = [...sh.commission];
      if (sh.unassigned !== 0) owed.push([UNASSIGNED, sh.unassigned]);
      for (const [name, fen] of owed) {
        const u = unpaid.get(name) ?? { amount: 0, rows: 0 };
        u.amount += fen;
        u.rows++;
        unpaid.set(name, u);
      }
    }
    if (!e.date.startsWith(year)) continue;
    totals.received += e.cash + e.inKind;
    totals.commission += sh.total;
    for (const [name, fen] of sh.commission) {
      const m = members.get(name)!;
      m.commission += fen;
      m.cashCredited += sh.cash.get(name) ?? 0;
      if (e.cash + e.inKind > 0) m.sponsorships++;
    }
  }
  const inYear = model.attendance.meetings.map((m) => m.date.startsWith(year));
  for (const row of model.attendance.rows) {
    const m = members.get(row.name);
    if (!m) continue;
    const t = emptyTally();
    row.statuses.forEach((st, i) => inYear[i] && addToTally(t, st));
    m.penalty = penaltyFen(t, model.settings.fees);
  }
  for (const m of members.values()) {
    m.net = m.commission - m.penalty;
    totals.penalty += m.penalty;
  }

  const raised = new Map<string, Fen>();
  const pledged = new Map<string, Fen>();
  for (const e of thisSeasonRows(model.ledger, model.events, model.settings.renewalStart)) {
    if (!e.event) continue;
    if (e.status === "received") raised.set(e.event, (raised.get(e.event) ?? 0) + e.cash + e.inKind);
    if (e.status === "pledged") pledged.set(e.event, (pledged.get(e.event) ?? 0) + e.cash + e.inKind);
  }
  return {
    year,
    years,
    sponsors,
    pledges: model.ledger.filter((e) => e.status === "pledged"),
    deliverables: model.deliverables.filter((d) => d.status === "pending"),
    unpaid: [...unpaid].map(([name, u]) => ({ name, ...u })).filter((u) => u.amount !== 0),
    events: model.events.map((ev) => ({
      name: ev.name,
      date: ev.date,
      owner: ev.owner,
      target: ev.target,
      raised: raised.get(ev.name) ?? 0,
      pledged: pledged.get(ev.name) ?? 0,
      budget: ev.budget,
    })),
    members: [...members.values()].filter((m) => m.active || m.commission !== 0 || m.penalty !== 0),
    totals,
    accounts: handoverAccounts(model, year, today),
  };
}
