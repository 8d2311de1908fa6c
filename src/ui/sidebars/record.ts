/** Server side of 登记赞助 / Record sponsorship. */
import { renderFields, renderMsg } from "../../contracts/messages";
import { checkRecord, dateToConfirm, previewCommission, type RecordLists } from "../../contracts/record-entry";
import { recordFormSchema } from "../../contracts/record-schema";
import { formatRate } from "../../domain/commission";
import type { LocalDate } from "../../domain/dates";
import { UserError } from "../../domain/errors";
import type { Lang } from "../../domain/messages";
import type { Stage } from "../../domain/model";
import { activeOwner } from "../../domain/ownership";
import { appendSponsorship } from "../../sheets/ledger-append";
import { type Context, loadModel, missingTabProblem } from "../../sheets/workbook";
import { validate } from "../validate";
import { type Failure, openSidebar, respond } from "./respond";

export interface RecordData {
  ok: true;
  lang: Lang;
  today: string;
  lists: RecordLists;
  /** Categories already used in the customer file, offered for a new sponsor. */
  categories: string[];
  /** Sponsors a member owns (stage not declined): crediting others draws a warning. */
  owners: { name: string; owner: string; stage: Stage | null }[];
  /** Settings' 学期开始: a sponsorship dated before it is asked about. */
  termStart: LocalDate | null;
}

function lists(ctx: Context): Omit<RecordData, "ok" | "lang" | "today"> {
  const { model, sheets } = loadModel(ctx, ["members", "sponsors", "events", "settings"]);
  if (!sheets.ledger) throw new UserError(missingTabProblem("ledger", ctx.lang).message);
  if (!sheets.members) throw new UserError(missingTabProblem("members", ctx.lang).message);
  const members = new Set(model.members.map((m) => m.name));
  return {
    lists: {
      sponsors: model.sponsors.map((s) => s.name),
      events: model.events.map((e) => e.name),
      members: model.members.filter((m) => m.active).map((m) => ({ name: m.name, group: m.group })),
      rate: formatRate(model.settings.rate),
      basis: model.settings.basis,
      timeZone: ctx.timeZone,
      sheetLang: ctx.lang,
    },
    categories: [...new Set(model.sponsors.map((s) => s.category).filter((c) => c !== ""))],
    owners: model.sponsors.filter((s) => activeOwner(s, members)).map((s) => ({ name: s.name, owner: s.owner, stage: s.stage })),
    termStart: model.settings.termStart,
  };
}

/** Menu: 登记赞助 / Record sponsorship (opens the sidebar). */
export function showRecordSponsorship(): void {
  openSidebar("record", "recordSponsorship");
}

/** Sidebar data for 登记赞助: sponsors, events, active members, rate and basis. */
export function sidebarRecordData(): RecordData | Failure {
  return respond((ctx, lang) => {
    const l = lists(ctx);
    if (l.lists.members.length === 0) return { ok: false, error: renderMsg({ key: "noMembers" }, lang) };
    return { ok: true, lang, today: ctx.today, ...l };
  });
}

export interface Saved {
  ok: true;
  sheet: string;
  row: number;
  sponsorAdded: boolean;
  /** The commission the row earns once received, in fen. */
  commission: number;
}

/**
 * A valid entry whose date is odd (after today, or long before the term): nothing was written, and
 * the page asks the user before sending it again with `confirmDate` set to that date.
 */
export interface NeedsConfirmation extends Failure {
  confirm: "date";
  /** The date the question is about: only a confirmation of this very date saves it. */
  date: LocalDate;
}

/**
 * Appends one sponsorship to the ledger (and a new sponsor to the customer file) under the document lock.
 * @param {object} form The sidebar's form; answers {ok, row} or {ok: false, error, fields}.
 */
export function saveSponsorship(form: unknown): Saved | NeedsConfirmation | Failure {
  return respond((ctx, lang) => {
    const f = validate(recordFormSchema, form);
    const { lists: l, termStart } = lists(ctx);
    const { entry, errors } = checkRecord(f, l);
    if (!entry) {
      const fields = renderFields(errors, lang);
      return { ok: false, error: renderMsg({ key: "fixFields", params: { n: Object.keys(fields).length } }, lang), fields };
    }
    const odd = dateToConfirm(entry.date, ctx.today, termStart);
    if (odd && f.confirmDate !== entry.date) {
      const reason = renderMsg(odd, lang);
      return { ok: false, confirm: "date", date: entry.date, error: reason, fields: { date: reason } };
    }
    const r = appendSponsorship(ctx, entry);
    const preview = previewCommission(entry, l.rate, l.basis);
    return { ok: true, sheet: r.sheet, row: r.row, sponsorAdded: r.sponsorRow !== null, commission: preview?.commission ?? 0 };
  });
}
