/**
 * 记录联系 / Log a contact: one row in 联系记录 and the sponsor's own 最近联系 / 阶段 / 下次跟进 cells in
 * 赞助商, under the document lock. Only those cells are written, so a note someone is typing in
 * the same row is never overwritten with what the sidebar loaded minutes ago.
 */
import { type ContactEntry, checkContact } from "../contracts/contact-entry";
import { contactFormSchema } from "../contracts/contact-schema";
import { renderMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import { dateAtMidnight, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Stage } from "../domain/model";
import { NameIndex, nameKey } from "../domain/names";
import { columnTexts, prepareAppend, readTab, type TabRead } from "../sheets/append";
import { textCell, writeRows } from "../sheets/cells";
import { contactLogTab } from "../sheets/contact-log-tab";
import { requireEditable } from "../sheets/edit-rights";
import { currentUserEmail } from "../sheets/identity";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { choiceLabel, normaliseHeader, STAGES, spellings, TABS } from "../sheets/schema";
import type { CellValue } from "../sheets/table";
import { type Context, findTabs, loadModel, missingTabProblem, tabToWrite } from "../sheets/workbook";
import { whoAmI } from "./follow-ups";
import { type Failure, fieldsFailure, respond } from "./respond";

export interface ContactSaved {
  /** The contact log's name and the 1-based row written. */
  sheet: string;
  row: number;
  sponsorRow: number;
}

function column(t: TabRead, key: string): number {
  const c = t.columns[key];
  if (c !== undefined) return c;
  const col = t.def.columns.find((x) => x.key === key)!;
  throw new UserError({ key: "columnMissing", params: { zh: col.zh, en: col.en } });
}

function stageOf(v: CellValue | undefined): Stage | undefined {
  const key = normaliseHeader(String(v ?? ""));
  return STAGES.find((c) => c.value === key || spellings(c).includes(key))?.value as Stage | undefined;
}

/**
 * `onlyOwner`: the member may only log contacts for sponsors they own (null for the head). The
 * sponsor's row is found again under the lock: rows may have moved since the sidebar loaded.
 */
function logContact(ctx: Context, member: string, e: ContactEntry, onlyOwner: string | null): ContactSaved {
  return withDocumentLock(ctx, () => {
    const sheet = tabToWrite(ctx.ss, "sponsors");
    if (!sheet) throw new UserError(missingTabProblem("sponsors", ctx.lang).message);
    requireEditable(ctx, [sheet, findTabs(ctx.ss).contactLog]);
    const t = readTab(sheet, TABS.sponsors);
    column(t, "name");
    const names = columnTexts(t, "name");
    const name = new NameIndex(names).find(e.sponsor);
    if (!name) throw new UserError({ key: "sponsorGone", params: { value: e.sponsor } });
    const r = t.headerIndex + 1 + names.indexOf(name);
    const row = t.values[r];
    const owner = t.columns.owner === undefined ? "" : String(row[t.columns.owner] ?? "").trim();
    if (onlyOwner !== null && nameKey(owner) !== nameKey(onlyOwner)) throw new UserError({ key: "notYourSponsor", params: { value: name, owner } });

    const day = (d: string) => dateAtMidnight(d, ctx.timeZone);
    const cells = new Map<number, CellValue>();
    // Logging an older contact (a colleague's from last week) must not move 最近联系 backwards.
    const last = parseDate(row[column(t, "lastContact")], { timeZone: ctx.timeZone });
    if (!(last.ok && last.value && last.value >= e.date)) cells.set(column(t, "lastContact") + 1, day(e.date));
    if (e.stage && e.stage !== stageOf(row[column(t, "stage")])) cells.set(column(t, "stage") + 1, choiceLabel(STAGES, e.stage, ctx.lang));
    if (e.next !== undefined) cells.set(column(t, "nextFollowUp") + 1, e.next === null ? "" : day(e.next));

    const log = contactLogTab(ctx);
    const append = prepareAppend(readTab(log, TABS.contactLog), {
      date: day(e.date),
      sponsor: textCell(name),
      member: textCell(member),
      channel: textCell(e.channel),
      note: textCell(e.note),
    });
    const at = append();
    // An older contact that changes neither stage nor follow-up leaves the sponsor's row as it is: nothing to write or log there.
    if (cells.size > 0) writeRows(sheet, r + 1, [cells]);
    appendLog(ctx, [
      { action: "contact", sheet: log.getName(), rows: String(at) },
      ...(cells.size > 0 ? [{ action: "contact" as const, sheet: sheet.getName(), rows: String(r + 1) }] : []),
    ]);
    return { sheet: log.getName(), row: at, sponsorRow: r + 1 };
  });
}

/**
 * Logs a contact: a row in 联系记录 and the sponsor's last contact, stage and next follow-up, under the document lock.
 * @param {{sponsor: string, date: string, channel: string, note: string, stage: string, next: string, clearNext: boolean}} form
 */
export function saveContact(form: unknown): ({ ok: true } & ContactSaved) | Failure {
  return respond((ctx, lang) => {
    const f = validate(contactFormSchema, form);
    const { entry, errors } = checkContact(f, ctx.timeZone, ctx.today);
    if (!entry) {
      return fieldsFailure(errors, lang);
    }
    const { me } = whoAmI(loadModel(ctx, ["members"]), currentUserEmail());
    if (!me) return { ok: false, error: renderMsg({ key: "chooseMember" }, lang) };
    return { ok: true, ...logContact(ctx, me.name, entry, me.head ? null : me.name) };
  });
}
