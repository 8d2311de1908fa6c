/**
 * 续约 / Renewals: good sponsors are renewed every year, and last season's sponsors are the new
 * committee's best leads. A season starts on a day S; last season is the twelve months before it.
 */
import type { LocalDate } from "./dates";
import type { LedgerEntry, Sponsor } from "./model";
import { type Fen, formatYuan } from "./money";
import { type Lang, LIST, t, text } from "./text";

/** Every note the add-on writes starts with one of these, so it never takes a note the owner typed for its own. */
export const NOTE_PREFIX = text("【续约】", "[Renewal] ");

const NOTE = text("{prefix}{start} 起：上季 {amount}{events}", "{prefix}from {start}: last season {amount}{events}");
const NOTE_EVENTS = text("（{events}）", " ({events})");

/** The same day twelve months earlier (29 February falls back to the 28th). */
export function yearBefore(day: LocalDate): LocalDate {
  const y = Number(day.slice(0, 4)) - 1;
  const md = day.slice(5) === "02-29" ? "02-28" : day.slice(5);
  return `${String(y).padStart(4, "0")}-${md}`;
}

type Given = Pick<LedgerEntry, "date" | "sponsor" | "event" | "cash" | "inKind" | "status">;
type Named = Pick<Sponsor, "name" | "stage">;

/** A received sponsorship worth something: a pledge, a cancelled row or a refund is not a gift. */
const gift = (e: Given) => e.status === "received" && (e.cash > 0 || e.inKind > 0);

export interface LastSeason<T> {
  sponsor: T;
  /** Cash + in-kind received in the twelve months before the season. */
  amount: Fen;
  /** The events they gave to, in ledger order. */
  events: string[];
}

/** 赞助商 rows that gave in [S − 12 months, S), not 已拒绝, in sheet order. */
export function lastSeasonSponsors<T extends Named>(sponsors: readonly T[], ledger: readonly Given[], start: LocalDate): LastSeason<T>[] {
  const from = yearBefore(start);
  const found = new Map<string, { amount: Fen; events: string[] }>();
  for (const e of ledger) {
    if (!gift(e) || e.date < from || e.date >= start) continue;
    const h = found.get(e.sponsor) ?? { amount: 0, events: [] };
    h.amount += e.cash + e.inKind;
    if (e.event && !h.events.includes(e.event)) h.events.push(e.event);
    found.set(e.sponsor, h);
  }
  const out: LastSeason<T>[] = [];
  for (const s of sponsors) {
    const h = found.get(s.name);
    if (h && s.stage !== "declined") out.push({ sponsor: s, ...h });
  }
  return out;
}

/** ¥3,000 for a whole amount, ¥3,000.50 otherwise: a note is read at a glance. */
function shortYuan(fen: Fen): string {
  const y = formatYuan(fen);
  return y.endsWith(".00") ? y.slice(0, -3) : y;
}

export function renewalNote(start: LocalDate, amount: Fen, events: readonly string[], lang: Lang): string {
  const ev = events.length ? t(NOTE_EVENTS, lang, { events: events.join(t(LIST, lang)) }) : "";
  return t(NOTE, lang, { prefix: t(NOTE_PREFIX, lang), start, amount: shortYuan(amount), events: ev });
}

/** Whether the add-on wrote this note (either language). */
export function isOwnNote(note: string): boolean {
  return note.startsWith(NOTE_PREFIX.zh) || note.startsWith(NOTE_PREFIX.en);
}

/** The season an add-on note belongs to; null for a note the owner typed or one not read as the add-on's. */
export function noteSeason(note: string): LocalDate | null {
  const prefix = note.startsWith(NOTE_PREFIX.zh) ? NOTE_PREFIX.zh : note.startsWith(NOTE_PREFIX.en) ? NOTE_PREFIX.en : null;
  if (prefix === null) return null;
  const rest = prefix === NOTE_PREFIX.en ? note.slice(prefix.length).replace(/^from /, "") : note.slice(prefix.length);
  const day = rest.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

export interface RenewalCell<T> {
  sponsor: T;
  /** The 下次跟进 to write; null when the cell already holds something. */
  followUp: LocalDate | null;
  /** The note to write into 续约; null when it holds the owner's own note or this very note. */
  note: string | null;
}

type Cells = Named & { nextFollowUp: LocalDate | null; renewal?: string };

/**
 * What starting the season S writes for each of last season's sponsors. `blankFollowUp` tells
 * whether the 下次跟进 cell is really empty (an unreadable cell is not a date but must stay too).
 */
export function renewalPlan<T extends Cells>(
  sponsors: readonly T[],
  ledger: readonly Given[],
  start: LocalDate,
  lang: Lang,
  blankFollowUp: (s: T) => boolean = (s) => s.nextFollowUp === null,
): { last: LastSeason<T>[]; cells: RenewalCell<T>[] } {
  const last = lastSeasonSponsors(sponsors, ledger, start);
  const cells: RenewalCell<T>[] = [];
  for (const l of last) {
    const note = renewalNote(start, l.amount, l.events, lang);
    const had = (l.sponsor.renewal ?? "").trim();
    const mayWrite = had === "" || isOwnNote(had);
    const followUp = blankFollowUp(l.sponsor) ? start : null;
    const newNote = mayWrite && had !== note ? note : null;
    if (followUp !== null || newNote !== null) cells.push({ sponsor: l.sponsor, followUp, note: newNote });
  }
  return { last, cells };
}

export interface RenewalStats {
  start: LocalDate;
  asOf: LocalDate;
  /** Last season's sponsors. */
  sponsors: number;
  /** Of them, those who gave again in [S, asOf]. */
  renewed: number;
  /** renewed / sponsors, in whole percent rounded half up; null without last-season sponsors. */
  ratePercent: number | null;
  /** Their cash + in-kind received in [S, asOf]. */
  money: Fen;
  /** Names of those who have not given again yet, in sheet order. */
  waiting: string[];
}

export function renewalStats(sponsors: readonly Named[], ledger: readonly Given[], start: LocalDate, asOf: LocalDate): RenewalStats {
  const last = lastSeasonSponsors(sponsors, ledger, start);
  const names = new Set(last.map((l) => l.sponsor.name));
  const gave = new Set<string>();
  let money = 0;
  for (const e of ledger) {
    if (!gift(e) || !names.has(e.sponsor) || e.date < start || e.date > asOf) continue;
    gave.add(e.sponsor);
    money += e.cash + e.inKind;
  }
  const n = last.length;
  return {
    start,
    asOf,
    sponsors: n,
    renewed: gave.size,
    ratePercent: n === 0 ? null : Math.floor((gave.size * 100) / n + 0.5),
    money,
    waiting: last.filter((l) => !gave.has(l.sponsor.name)).map((l) => l.sponsor.name),
  };
}

/**
 * 我的跟进's 续约 group: sponsors holding the add-on's note of the current season who have not
 * given since it started (as of `today`).
 */
export function awaitingRenewal<T extends Cells>(sponsors: readonly T[], ledger: readonly Given[], start: LocalDate, today: LocalDate): T[] {
  const gave = new Set(ledger.filter((e) => gift(e) && e.date >= start && e.date <= today).map((e) => e.sponsor));
  return sponsors.filter((s) => noteSeason(s.renewal ?? "") === start && !gave.has(s.name));
}

/**
 * Events recur every year under the same name (迎新晚会, 元旦晚会), and the 活动 tab lists this
 * season's. So once a season has started on S, a ledger row dated before S belongs to last season's
 * edition of its event, not to the one in 活动 held on or after S (nor to one with no date).
 * Without a season start every row counts toward its event.
 */
export function countsForEvent(rowDate: LocalDate, eventDate: LocalDate | null, seasonStart: LocalDate | null | undefined): boolean {
  return !seasonStart || rowDate >= seasonStart || (eventDate !== null && eventDate < seasonStart);
}

/** The ledger rows that count toward their event of the 活动 tab (rows with no event pass through). */
export function thisSeasonRows<E extends { date: LocalDate; event: string }>(
  ledger: readonly E[],
  events: readonly { name: string; date: LocalDate | null }[],
  seasonStart: LocalDate | null | undefined,
): E[] {
  if (!seasonStart) return [...ledger];
  const dates = new Map<string, LocalDate | null>();
  for (const ev of events) if (!dates.has(ev.name)) dates.set(ev.name, ev.date);
  return ledger.filter((e) => e.event === "" || countsForEvent(e.date, dates.get(e.event) ?? null, seasonStart));
}
