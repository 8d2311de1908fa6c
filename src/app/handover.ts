/**
 * 导出交接 / Export hand-over: reads everything and writes one new tab, "交接 2026"; nothing else
 * changes. Locally the command line saves it as an .xlsx for the incoming committee.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import { formatDateTime } from "../domain/dates";
import { UserError } from "../domain/errors";
import { buildHandover } from "../domain/handover";
import { type Lang, render } from "../domain/messages";
import { requireEditable } from "../sheets/edit-rights";
import { handoverTabName, layoutHandover } from "../sheets/handover-layout";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { writeGeneratedTab } from "../sheets/report-tab";
import { type Context, context, loadModel, requireReadable } from "../sheets/workbook";

export interface HandoverRun {
  tab: string;
  /** A tab of the hand-over's name that the add-on did not make, left untouched; null when there was none. */
  beside: string | null;
  /** What to tell the user about `beside`; "" when nothing. */
  notice: string;
  sponsors: number;
  pledges: number;
  deliverables: number;
  unpaidMembers: number;
}

export function runHandover(ctx: Context, year: string, lang: Lang = ctx.lang): HandoverRun {
  return withDocumentLock(ctx, () => {
    const loaded = loadModel(ctx, ["members", "sponsors", "events", "ledger", "attendance", "deliverables", "settings"]);
    if (!loaded.sheets.ledger) throw new UserError({ key: "noLedgerTab" });
    for (const key of ["members", "sponsors", "events", "ledger", "deliverables"] as const) requireReadable(loaded, key);
    requireEditable(ctx, []);
    const h = buildHandover(loaded.model, year);
    const layout = layoutHandover(h, lang, loaded.model.settings.department, formatDateTime(ctx.now, ctx.timeZone));
    const names = [handoverTabName(year, "zh"), handoverTabName(year, "en")];
    const { tab, beside } = writeGeneratedTab(ctx, handoverTabName(year, lang), names, layout, `handover ${year}`);
    appendLog(ctx, [{ action: "handover", sheet: tab, rows: `1-${layout.values.length}` }]);
    const notice = beside ? render({ key: "wroteBeside", params: { beside, tab } }, lang) : "";
    return { tab, beside, notice, sponsors: h.sponsors.length, pledges: h.pledges.length, deliverables: h.deliverables.length, unpaidMembers: h.unpaid.length };
  });
}

const handoverOptions = z.object({ year: z.string().check(z.regex(/^\d{4}$/)), lang: z.optional(langSchema) });

/**
 * Writes the hand-over tab for a year.
 * @param {{year: string, lang?: "zh"|"en"}} options
 */
export function exportHandover(options: unknown): HandoverRun {
  const o = validate(handoverOptions, options);
  const ctx = context();
  return runHandover(ctx, o.year, o.lang ?? ctx.lang);
}
