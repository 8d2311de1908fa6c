/**
 * 登记赞助 / Record sponsorship: one new ledger row (and the sponsor's customer-file row when it
 * is new), written under the document lock. Two officers saving at the same moment each read the
 * tab after the other's row was flushed, so both rows land, one below the other.
 */

import { renderMsg } from "../contracts/messages";
import {
  checkRecord,
  dateToConfirm,
  packageBenefits,
  previewCommission,
  type RecordEntry,
  type RecordLists,
  sponsorToConfirm,
} from "../contracts/record-entry";
import { recordFormSchema } from "../contracts/record-schema";
import { validate } from "../contracts/validate";
import { formatRate } from "../domain/commission";
import { dateAtMidnight, type LocalDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import type { Stage } from "../domain/model";
import { fenToYuan } from "../domain/money";
import { activeOwner } from "../domain/ownership";
import { type PlannedDeliverable, rowSpan } from "../domain/packages";
import { columnTexts, missingColumn, prepareAppend, prepareAppendRows, readTab } from "../sheets/append";
import { textCell } from "../sheets/cells";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { choiceLabel, DELIVERABLE_STATUSES, LEDGER_STATUSES, TABS, type TabKey } from "../sheets/schema";
import { prepareSponsor } from "../sheets/sponsor-add";
import type { CellValue } from "../sheets/table";
import { type Context, loadModel, missingTabProblem, tabToWrite } from "../sheets/workbook";
import { type Failure, fieldsFailure, respond } from "./respond";

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
  const { model, sheets } = loadModel(ctx, ["members", "sponsors", "events", "settings", "packages"]);
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
      packages: (model.packages ?? []).map((p) => ({ name: p.name, price: p.price, benefits: p.benefits })),
      eventDates: Object.fromEntries(model.events.map((e) => [e.name, e.date])),
    },
    categories: [...new Set(model.sponsors.map((s) => s.category).filter((c) => c !== ""))],
    owners: model.sponsors.filter((s) => activeOwner(s, members)).map((s) => ({ name: s.name, owner: s.owner, stage: s.stage })),
    termStart: model.settings.termStart,
  };
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
  /** 赞助回报 rows the package created, and its benefits already there (same 来源), left as they are. */
  deliverables: { sheet: string; rows: number[]; existing: number };
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
 * A new sponsor name that looks like one in 赞助商: nothing was written, and the page asks whether to
 * use the known one or to send the form again with `confirmSponsor` set to this very name.
 */
export interface NeedsSponsorConfirmation extends Failure {
  confirm: "sponsor";
  /** The name as typed (trimmed): only a confirmation of this very name saves it. */
  sponsor: string;
  /** The sponsor already in 赞助商 it looks like. */
  known: string;
}

/**
 * Appends one sponsorship to the ledger (and a new sponsor to the customer file) under the document lock.
 * @param {object} form The sidebar's form; answers {ok, row} or {ok: false, error, fields}.
 */
export function saveSponsorship(form: unknown): Saved | NeedsConfirmation | NeedsSponsorConfirmation | Failure {
  return respond((ctx, lang) => {
    const f = validate(recordFormSchema, form);
    const { lists: l, termStart } = lists(ctx);
    const { entry, errors } = checkRecord(f, l);
    if (!entry) {
      return fieldsFailure(errors, lang);
    }
    const alike = sponsorToConfirm(entry.sponsor, l.sponsors);
    if (alike && f.confirmSponsor?.trim() !== entry.sponsor) {
      const reason = renderMsg(alike.question, lang);
      const ask: NeedsSponsorConfirmation = {
        ok: false,
        confirm: "sponsor",
        sponsor: entry.sponsor,
        known: alike.known,
        error: reason,
        fields: { sponsor: reason },
      };
      return ask;
    }
    const odd = dateToConfirm(entry.date, ctx.today, termStart);
    if (odd && f.confirmDate !== entry.date) {
      const reason = renderMsg(odd, lang);
      return { ok: false, confirm: "date", date: entry.date, error: reason, fields: { date: reason } };
    }
    const r = appendSponsorship(ctx, entry, l);
    const preview = previewCommission(entry, l.rate, l.basis);
    return {
      ok: true,
      sheet: r.sheet,
      row: r.row,
      sponsorAdded: r.sponsorRow !== null,
      commission: preview?.commission ?? 0,
      deliverables: r.deliverables,
    };
  });
}

export interface Appended {
  /** The ledger tab's name and the 1-based row written. */
  sheet: string;
  row: number;
  /** The customer-file row added for a new sponsor, or null. */
  sponsorRow: number | null;
  deliverables: Saved["deliverables"];
}

function tab(ctx: Context, key: TabKey) {
  const sheet = tabToWrite(ctx.ss, key);
  if (!sheet) throw new UserError(missingTabProblem(key, ctx.lang).message);
  return sheet;
}

function appendSponsorship(ctx: Context, entry: RecordEntry, l: RecordLists): Appended {
  return withDocumentLock(ctx, () => {
    const ledger = tab(ctx, "ledger");
    const withPackage = Boolean(entry.package);
    const deliverablesTab = withPackage ? tab(ctx, "deliverables") : null;
    requireEditable(ctx, [ledger, entry.newSponsor ? tab(ctx, "sponsors") : null, deliverablesTab]);
    const money = (fen: number | null) => (fen === null ? "" : fenToYuan(fen));
    const writeLedger = prepareAppend(readTab(ledger, TABS.ledger), {
      date: dateAtMidnight(entry.date, ctx.timeZone),
      sponsor: textCell(entry.sponsor),
      event: textCell(entry.event),
      credit: textCell(entry.credit),
      cash: money(entry.cash),
      items: textCell(entry.items),
      inKind: money(entry.inKind),
      status: choiceLabel(LEDGER_STATUSES, entry.status, ctx.lang),
      notes: textCell(entry.notes),
      package: textCell(entry.package ?? ""),
    });
    // Read under the lock: a benefit whose 来源 is already in 赞助回报 (this sponsorship saved before) is not added again.
    const delivered = deliverablesTab ? readTab(deliverablesTab, TABS.deliverables) : null;
    if (delivered && delivered.columns.source === undefined) throw missingColumn(delivered, "source");
    const existing = new Set(delivered ? columnTexts(delivered, "source").filter((s) => s !== "") : []);
    const all = packageBenefits(entry, l);
    const planned = all.filter((p) => !existing.has(p.source));
    const writeDeliverables = delivered
      ? prepareAppendRows(
          delivered,
          planned.map((p) => deliverableCells(ctx, p)),
        )
      : null;
    const writeSponsor = entry.newSponsor
      ? prepareSponsor(ctx, tab(ctx, "sponsors"), { name: entry.sponsor, ...entry.newSponsor, status: entry.status, date: entry.date })
      : null;
    const sponsorRow = writeSponsor ? writeSponsor() : null;
    const row = writeLedger();
    const created = writeDeliverables ? writeDeliverables() : [];
    appendLog(ctx, [
      { action: "sponsorship", sheet: ledger.getName(), rows: String(row) },
      ...(created.length === 0 ? [] : [{ action: "deliverablesCreated" as const, sheet: deliverablesTab!.getName(), rows: rowSpan(created) }]),
      ...(sponsorRow === null ? [] : [{ action: "sponsorAdded" as const, sheet: tab(ctx, "sponsors").getName(), rows: String(sponsorRow) }]),
    ]);
    return {
      sheet: ledger.getName(),
      row,
      sponsorRow,
      deliverables: { sheet: deliverablesTab?.getName() ?? "", rows: created, existing: all.length - planned.length },
    };
  });
}

/** One 赞助回报 row a package creates: pending, with its 来源 key. */
export function deliverableCells(ctx: Context, p: PlannedDeliverable): Record<string, CellValue> {
  return {
    sponsor: textCell(p.sponsor),
    event: textCell(p.event),
    promised: textCell(p.promised),
    due: p.due === null ? "" : dateAtMidnight(p.due, ctx.timeZone),
    owner: textCell(p.owner),
    status: choiceLabel(DELIVERABLE_STATUSES, "pending", ctx.lang),
    source: textCell(p.source),
  };
}
