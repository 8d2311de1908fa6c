/**
 * 赞助反馈 / Sponsor recap: what one sponsor gave (and may still give) and what the department
 * promised in return, with each promise's status and proof — the page sent to the sponsor after
 * the event. Pure: the model in, plain data out; the page itself is built by ./recap-html.
 *
 * The sponsor's name is matched as everywhere else (./names: trimmed, spaces collapsed, English
 * case-insensitive) against the 赞助商 tab and the names the ledger and 赞助回报 use; an unknown
 * name is an error with a did-you-mean. So is an unknown event (looked for in 活动 and in the
 * sponsor's own rows).
 */
import type { LocalDate } from "./dates";
import { UserError } from "./errors";
import type { Lang } from "./messages";
import type { DeliverableStatus, Model } from "./model";
import type { Fen } from "./money";
import { NameIndex, nameKey } from "./names";
import { countsForEvent } from "./renewals";

export interface RecapGift {
  /** The 赞助记录 row (1-based). */
  row: number;
  date: LocalDate;
  event: string;
  /** The event's date from 活动; null when the event is not there or has no date. */
  eventDate: LocalDate | null;
  cash: Fen;
  /** 物资 as typed (笔记本 50 本) and its value (物资折价). */
  goods: string;
  goodsValue: Fen;
}

export interface RecapBenefit {
  /** The 赞助回报 row (1-based). */
  row: number;
  event: string;
  eventDate: LocalDate | null;
  promised: string;
  due: LocalDate | null;
  status: DeliverableStatus;
  /** 凭证 as typed. */
  proof: string;
}

export interface Recap {
  lang: Lang;
  /** The sponsor's name as the sheet spells it. */
  sponsor: string;
  /** The event chosen, as the sheet spells it; null for every event. */
  event: string | null;
  /** The chosen event's date (活动); null without an event or a date. */
  eventDate: LocalDate | null;
  /** 部门名称 from 设置; blank when not filled in (the page then says 外联部 / Outreach Department). */
  department: string;
  /** The day the recap was made: the thank-you's date. */
  today: LocalDate;
  /** 已到账 rows, oldest first. */
  received: RecapGift[];
  /** 已承诺 rows: pledged, not yet received. A cancelled row is in neither list. */
  pledged: RecapGift[];
  benefits: RecapBenefit[];
  /** Sums of the received rows. */
  totals: { cash: Fen; goodsValue: Fen };
}

export type RecapModel = Pick<Model, "sponsors" | "events" | "ledger" | "deliverables" | "settings">;

const byDate = <T extends { date: LocalDate; row: number }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row);

/**
 * The recap of `sponsorTyped` (and of `eventTyped` alone when given).
 * @throws UserError unknown_sponsor(_suggest), unknown_event(_suggest)
 */
export function buildRecap(model: RecapModel, sponsorTyped: string, eventTyped: string | null, today: LocalDate, lang: Lang): Recap {
  const sponsors = new NameIndex([...model.sponsors.map((s) => s.name), ...model.ledger.map((e) => e.sponsor), ...model.deliverables.map((d) => d.sponsor)]);
  const sponsor = sponsors.find(sponsorTyped);
  if (!sponsor) {
    const suggestion = sponsors.suggest(sponsorTyped);
    throw new UserError(
      suggestion
        ? { key: "unknown_sponsor_suggest", params: { value: sponsorTyped, suggestion } }
        : { key: "unknown_sponsor", params: { value: sponsorTyped } },
    );
  }
  const key = nameKey(sponsor);
  const ledger = model.ledger.filter((e) => nameKey(e.sponsor) === key);
  const deliverables = model.deliverables.filter((d) => nameKey(d.sponsor) === key);

  let event: string | null = null;
  if (eventTyped !== null && eventTyped.trim() !== "") {
    const events = new NameIndex(
      [...model.events.map((e) => e.name), ...ledger.map((e) => e.event), ...deliverables.map((d) => d.event)].filter((n) => n.trim() !== ""),
    );
    event = events.find(eventTyped) ?? null;
    if (event === null) {
      const suggestion = events.suggest(eventTyped);
      throw new UserError(
        suggestion ? { key: "unknown_event_suggest", params: { value: eventTyped, suggestion } } : { key: "unknown_event", params: { value: eventTyped } },
      );
    }
  }
  const eventKey = event === null ? null : nameKey(event);
  const chosen = (name: string) => eventKey === null || nameKey(name) === eventKey;
  const dates = new Map<string, LocalDate | null>();
  for (const e of model.events) if (!dates.has(nameKey(e.name))) dates.set(nameKey(e.name), e.date);
  const dateOf = (name: string) => (name.trim() === "" ? null : (dates.get(nameKey(name)) ?? null));

  // A row from before the season start was given to last season's edition of its event: not this one's date.
  const thisSeason = (e: Model["ledger"][number]) => countsForEvent(e.date, dateOf(e.event), model.settings.renewalStart);
  const gift = (e: Model["ledger"][number]): RecapGift => ({
    row: e.row,
    date: e.date,
    event: e.event,
    eventDate: thisSeason(e) ? dateOf(e.event) : null,
    cash: e.cash,
    goods: e.items,
    goodsValue: e.inKind,
  });
  const mine = ledger.filter((e) => chosen(e.event) && (eventKey === null || thisSeason(e)));
  const received = mine
    .filter((e) => e.status === "received")
    .map(gift)
    .sort(byDate);
  const pledged = mine
    .filter((e) => e.status === "pledged")
    .map(gift)
    .sort(byDate);
  const benefits = deliverables
    .filter((d) => chosen(d.event))
    .map((d) => ({ row: d.row, event: d.event, eventDate: dateOf(d.event), promised: d.promised, due: d.due, status: d.status, proof: d.proof }))
    .sort((a, b) => a.row - b.row);
  return {
    lang,
    sponsor,
    event,
    eventDate: event === null ? null : dateOf(event),
    department: model.settings.department,
    today,
    received,
    pledged,
    benefits,
    totals: {
      cash: received.reduce((n, g) => n + g.cash, 0),
      goodsValue: received.reduce((n, g) => n + g.goodsValue, 0),
    },
  };
}
