/**
 * 提醒 / Reminders, read-only: the texts to paste into the department's WeChat group and to send the
 * head (src/domain/reminders-text.ts). Nothing is written and nothing is sent, so no lock, no log
 * line and no new permission; one read per tab, whatever its length.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import { type LocalDate, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import { buildReminders, type Reminders } from "../domain/reminders";
import { remindersHtml } from "../domain/reminders-html";
import { type RemindersText, remindersText } from "../domain/reminders-text";
import type { TabKey } from "../sheets/schema";
import { type Context, context, loadModel, missingTabProblem, requireReadable } from "../sheets/workbook";

export interface RemindersRun {
  lang: Lang;
  today: LocalDate;
  reminders: Reminders;
  texts: RemindersText;
  /** The dialog's page. */
  html: string;
}

const TABS_READ: readonly TabKey[] = ["members", "sponsors", "ledger", "deliverables", "leave", "attendance", "settings"];

export function runReminders(ctx: Context, lang: Lang = ctx.lang, today: LocalDate = ctx.today): RemindersRun {
  const loaded = loadModel(ctx, TABS_READ);
  // Without 成员 nobody can be @-mentioned: said, not shown as "nothing due".
  if (!loaded.sheets.members) throw new UserError(missingTabProblem("members", ctx.lang).message);
  for (const key of ["members", "sponsors", "ledger", "deliverables", "leave", "attendance"] as const) requireReadable(loaded, key);
  const reminders = buildReminders(loaded.model, today, lang);
  const texts = remindersText(reminders);
  return { lang, today, reminders, texts, html: remindersHtml(texts, lang) };
}

const day = z.string().check(
  z.refine((s) => {
    const r = parseDate(s, { timeZone: "UTC" });
    return s.length === 10 && r.ok && r.value === s;
  }, "must be a day such as 2026-11-23"),
);
const remindersOptions = z.object({
  lang: z.optional(langSchema),
  /** The day the reminders are for; today in the spreadsheet's time zone when not given. */
  today: z.optional(day),
});

/**
 * The reminder texts as plain data (for the command line).
 * @param {{lang?: "zh"|"en", today?: string}} options
 */
export function composeReminders(options: unknown): RemindersRun {
  const o = validate(remindersOptions, options ?? {});
  const ctx = context();
  return runReminders(ctx, o.lang ?? ctx.lang, o.today ?? ctx.today);
}
