/**
 * 导出交接 / Export hand-over: reads everything and writes one new tab, "交接 2026"; nothing else
 * changes. Locally the command line saves it as an .xlsx for the incoming committee. The accounts
 * are handed over as they stand on the hand-over date (today, or the year's end once it is over),
 * with what is still wrong in them at its cell, so nothing is lost when the committee changes.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import type { AccountFinding } from "../domain/accounts";
import { formatDateTime } from "../domain/dates";
import { UserError } from "../domain/errors";
import { buildHandover } from "../domain/handover";
import { type Lang, render } from "../domain/messages";
import type { Fen } from "../domain/money";
import { requireEditable } from "../sheets/edit-rights";
import { handoverTabName, layoutHandover } from "../sheets/handover-layout";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { writeGeneratedTab } from "../sheets/report-tab";
import { a1, type Problem } from "../sheets/table";
import { type Context, context, type Loaded, loadModel, requireReadable } from "../sheets/workbook";

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
  /** The cash at the hand-over date (the cash book's last closing balance); null without a cash book. */
  closingBalance: Fen | null;
  /** Problems still open in the accounts, listed in the tab. */
  accountProblems: number;
}

/** The 收支 tab's unreadable cells, then each finding of the accounts at its cell. */
function accountProblems(loaded: Loaded, findings: readonly AccountFinding[]): Problem[] {
  const sheet = loaded.sheets.accounts?.getName();
  const out = loaded.problems.filter((p) => sheet !== undefined && p.sheet === sheet);
  for (const f of findings) {
    const table = loaded.tables[f.tab];
    if (table) out.push({ sheet: table.sheet, cell: a1(f.row - 1, table.columns[f.column] ?? 0), message: f.message });
  }
  return out;
}

export function runHandover(ctx: Context, year: string, lang: Lang = ctx.lang): HandoverRun {
  return withDocumentLock(ctx, () => {
    const loaded = loadModel(ctx, ["members", "sponsors", "events", "ledger", "accounts", "attendance", "deliverables", "settings"]);
    if (!loaded.sheets.ledger) throw new UserError({ key: "noLedgerTab" });
    for (const key of ["members", "sponsors", "events", "ledger", "accounts", "deliverables"] as const) requireReadable(loaded, key);
    requireEditable(ctx, []);
    const h = buildHandover(loaded.model, year, ctx.today);
    const problems = accountProblems(loaded, h.accounts.findings);
    const layout = layoutHandover(h, lang, loaded.model.settings.department, formatDateTime(ctx.now, ctx.timeZone), problems);
    const names = [handoverTabName(year, "zh"), handoverTabName(year, "en")];
    const { tab, beside } = writeGeneratedTab(ctx, handoverTabName(year, lang), names, layout, `handover ${year}`);
    appendLog(ctx, [{ action: "handover", sheet: tab, rows: `1-${layout.values.length}` }]);
    const notice = beside ? render({ key: "wroteBeside", params: { beside, tab } }, lang) : "";
    const book = h.accounts.cashBook;
    return {
      tab,
      beside,
      notice,
      sponsors: h.sponsors.length,
      pledges: h.pledges.length,
      deliverables: h.deliverables.length,
      unpaidMembers: h.unpaid.length,
      closingBalance: book.length ? book[book.length - 1].closing : null,
      accountProblems: problems.length,
    };
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
