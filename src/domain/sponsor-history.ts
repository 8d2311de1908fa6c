/**
 * What the department got from each sponsor over the years: the hand-over passes it on, and a
 * member about to call a shop wants it in front of them (who gave what, for which event, when).
 */
import type { LocalDate } from "./dates";
import type { Model, Sponsor } from "./model";
import type { Fen } from "./money";

export interface History {
  /** Received cash + in-kind per calendar year, e.g. { "2025": 300000, "2026": 520000 }. */
  byYear: Record<string, Fen>;
  events: string[];
  lastSponsorship: LocalDate | null;
}

export type SponsorHistory = Sponsor & History;

/** Received sponsorships only: a pledge or a cancelled row is not money the sponsor gave. */
export function sponsorHistory(model: Pick<Model, "sponsors" | "ledger">, includeLedgerOnly = false): SponsorHistory[] {
  const found = new Map<string, { byYear: Record<string, Fen>; events: Set<string>; last: LocalDate | null }>();
  for (const e of model.ledger) {
    if (e.status !== "received") continue;
    const h = found.get(e.sponsor) ?? { byYear: {}, events: new Set<string>(), last: null };
    const y = e.date.slice(0, 4);
    h.byYear[y] = (h.byYear[y] ?? 0) + e.cash + e.inKind;
    if (e.event) h.events.add(e.event);
    // A refund row is not a sponsorship: the last one is the last money that came in.
    if (e.cash + e.inKind > 0 && (!h.last || e.date > h.last)) h.last = e.date;
    found.set(e.sponsor, h);
  }
  // A sponsor that only appears in the ledger (never added to 赞助商) must not be lost at hand-over.
  const filed = new Set(model.sponsors.map((s) => s.name));
  const ledgerOnly: Sponsor[] = [...found.keys()]
    .filter((name) => includeLedgerOnly && !filed.has(name))
    .map((name) => ({
      name,
      category: "",
      contactPerson: "",
      phone: "",
      wechat: "",
      notes: "",
      owner: "",
      stage: null,
      lastContact: null,
      nextFollowUp: null,
      row: 0,
    }));
  return [...model.sponsors, ...ledgerOnly].map((s) => {
    const h = found.get(s.name);
    return { ...s, byYear: h?.byYear ?? {}, events: h ? [...h.events] : [], lastSponsorship: h?.last ?? null };
  });
}
