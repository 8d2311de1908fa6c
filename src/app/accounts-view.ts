/**
 * 财务账目 / The accounts, read-only: the cash book month by month, each event's budget, the
 * reimbursements owed and each member's fines, with the problems of the tabs they are built from.
 * Nothing is written, so no lock and no log line.
 */
import * as z from "zod/mini";
import { langSchema, monthSchema, validate } from "../contracts/validate";
import { type AccountFinding, buildAccounts } from "../domain/accounts";
import { type AccountsJson, accountsToJson, type PlacedMessage } from "../domain/accounts-json";
import { type LocalDate, lastDayOf, type Month, monthOf, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import type { TabKey } from "../sheets/schema";
import { a1, type Table } from "../sheets/table";
import { type Context, context, loadModel, requireReadable } from "../sheets/workbook";

export interface AccountsRun {
  /** The language the answer is in: the one asked for, else the report's (Settings' 报告语言). */
  lang: Lang;
  accounts: AccountsJson;
}

/** The tabs the accounts are built from; the contact log, leave and deliverables play no part. */
const TABS_READ: readonly TabKey[] = ["members", "events", "ledger", "accounts", "attendance", "settings"];

/** A finding at its cell: the row it names, in its column (the row's first column when that one is missing). */
function placeFinding(f: AccountFinding, tables: Partial<Record<TabKey, Table>>): PlacedMessage | null {
  const table = tables[f.tab];
  if (!table) return null;
  return { sheet: table.sheet, cell: a1(f.row - 1, table.columns[f.column] ?? 0), message: f.message };
}

/** The accounts as they stood at the end of `asOf`, for the month of that day. */
export function runAccountsView(ctx: Context, asOf: LocalDate, lang?: Lang): AccountsRun {
  const loaded = loadModel(ctx, TABS_READ);
  // A tab found but unreadable would leave its money out of every balance: said, not summed without it.
  for (const key of ["members", "events", "ledger", "accounts", "attendance"] as const) requireReadable(loaded, key);
  const language = lang ?? (loaded.sheets.settings ? loaded.model.settings.reportLang : ctx.lang);
  const accounts = buildAccounts(loaded.model, asOf);
  const findings = accounts.findings.map((f) => placeFinding(f, loaded.tables)).filter((p): p is PlacedMessage => p !== null);
  return { lang: language, accounts: accountsToJson(accounts, monthOf(asOf), [...loaded.problems, ...findings], language) };
}

const day = z.string().check(
  z.refine((s) => {
    const r = parseDate(s, { timeZone: "UTC" });
    return s.length === 10 && r.ok && r.value === s;
  }, "must be a day such as 2026-11-23"),
);
const viewOptions = z.optional(z.object({ month: z.optional(monthSchema), asOf: z.optional(day), lang: z.optional(langSchema) }));

/**
 * The department's accounts: as of a month's last day, or as of a day (today when neither is given).
 * @param {{month?: string, asOf?: string, lang?: "zh"|"en"}} options
 */
export function accountsView(options?: unknown): AccountsRun {
  const o = validate(viewOptions, options) ?? {};
  if (o.month !== undefined && o.asOf !== undefined) {
    throw new UserError({ key: "badRequest", params: { detail: "give month or asOf, not both" } });
  }
  const ctx = context();
  const asOf = o.month !== undefined ? lastDayOf(o.month as Month) : (o.asOf ?? ctx.today);
  return runAccountsView(ctx, asOf, o.lang);
}
