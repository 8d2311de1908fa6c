/**
 * The add-on's actions as plain-data functions: what the menu does, without dialogs. The local
 * command line calls these on the built bundle, so it runs exactly the code Sheets runs.
 */
import * as z from "zod/mini";
import { render } from "../domain/messages";
import { runCheck } from "../sheets/check";
import { type ReportRun, runReport } from "../sheets/report-run";
import { runSetup, type SetupChange } from "../sheets/setup";
import { context } from "../sheets/workbook";
import { describeChanges } from "./actions";
import { langSchema, monthSchema, validate } from "./validate";

/** Set up sheets without dialogs; returns what changed. */
export function setupSheets(): { changes: SetupChange[]; summary: string } {
  const ctx = context();
  const changes = runSetup(ctx);
  return { changes, summary: describeChanges(changes, ctx.lang) };
}

const checkOptions = z.optional(z.object({ mark: z.optional(z.boolean()), lang: z.optional(langSchema) }));

/**
 * Check data without dialogs; returns every problem as {sheet, cell, message}.
 * @param {{mark?: boolean, lang?: "zh"|"en"}} options
 */
export function checkData(options?: unknown): { sheet: string; cell: string; message: string }[] {
  const o = validate(checkOptions, options) ?? {};
  const ctx = context();
  const { problems } = runCheck(ctx, o.mark ?? true);
  const lang = o.lang ?? ctx.lang;
  return problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: render(p.message, lang) }));
}

const reportOptions = z.optional(z.object({ month: z.optional(monthSchema), lang: z.optional(langSchema) }));

/**
 * Generate the monthly report tab; returns the tab name and the report as JSON.
 * @param {{month?: string, lang?: "zh"|"en"}} options
 */
export function generateMonthlyReport(options?: unknown): ReportRun {
  const o = validate(reportOptions, options) ?? {};
  return runReport(context(), o.month, o.lang);
}
