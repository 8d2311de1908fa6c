/**
 * 赞助反馈 / Sponsor recap, read-only: one sponsor's gifts, open pledges and promised benefits as a
 * printable page (src/domain/recap-html.ts). Nothing is written, so no lock and no log line; one
 * read per tab, whatever its length.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import { type LocalDate, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import { buildRecap, type Recap } from "../domain/recap";
import { recapHtml } from "../domain/recap-html";
import type { TabKey } from "../sheets/schema";
import { type Context, context, loadModel, requireReadable } from "../sheets/workbook";

export interface RecapRun {
  lang: Lang;
  /** The sponsor as the sheet spells it. */
  sponsor: string;
  event: string | null;
  recap: Recap;
  /** The whole self-contained page. */
  html: string;
}

const TABS_READ: readonly TabKey[] = ["sponsors", "events", "ledger", "deliverables", "settings"];

export function runRecap(ctx: Context, sponsor: string, event: string | null, lang: Lang = ctx.lang, today: LocalDate = ctx.today): RecapRun {
  const loaded = loadModel(ctx, TABS_READ);
  // Without the ledger there is nothing to thank anyone for: said, not shown as an empty page.
  if (!loaded.sheets.ledger) throw new UserError({ key: "noLedgerTab" });
  for (const key of ["sponsors", "events", "ledger", "deliverables"] as const) requireReadable(loaded, key);
  const recap = buildRecap(loaded.model, sponsor, event, today, lang);
  return { lang, sponsor: recap.sponsor, event: recap.event, recap, html: recapHtml(recap) };
}

const day = z.string().check(
  z.refine((s) => {
    const r = parseDate(s, { timeZone: "UTC" });
    return s.length === 10 && r.ok && r.value === s;
  }, "must be a day such as 2026-11-23"),
);
const recapOptions = z.object({
  sponsor: z.string().check(z.minLength(1)),
  event: z.optional(z.string()),
  lang: z.optional(langSchema),
  /** The thank-you's date; today in the spreadsheet's time zone when not given. */
  today: z.optional(day),
});

/**
 * A sponsor's recap as a self-contained HTML page (for the command line).
 * @param {{sponsor: string, event?: string, lang?: "zh"|"en", today?: string}} options
 */
export function sponsorRecap(options: unknown): RecapRun {
  const o = validate(recapOptions, options);
  const ctx = context();
  return runRecap(ctx, o.sponsor.trim(), o.event?.trim() || null, o.lang ?? ctx.lang, o.today ?? ctx.today);
}
