/**
 * 分享月报 / Share summary, read-only: the month's report model (the one 生成月报 writes) as one
 * page to screenshot or print (src/domain/summary-html.ts). Nothing is written, so no lock and no
 * log line; one read per tab, whatever its length.
 */
import { validate } from "../contracts/validate";
import type { Month } from "../domain/dates";
import type { Lang } from "../domain/messages";
import { summaryHtml } from "../domain/summary-html";
import type { Context } from "../sheets/workbook";
import { context } from "../sheets/workbook";
import { loadReportModel, monthReport, reportOptions } from "./generate-report";

export interface SummaryRun {
  month: Month;
  lang: Lang;
  /** The whole self-contained page. */
  html: string;
}

export function runSummary(ctx: Context, month?: Month, lang?: Lang): SummaryRun {
  const { month: m, lang: language, report } = monthReport(ctx, loadReportModel(ctx), month, lang);
  return { month: m, lang: language, html: summaryHtml(report, language) };
}

/**
 * The month's one-page summary as a self-contained HTML page (for the command line).
 * @param {{month?: string, lang?: "zh"|"en"}} options
 */
export function monthlySummary(options?: unknown): SummaryRun {
  const o = validate(reportOptions, options) ?? {};
  return runSummary(context(), o.month, o.lang);
}
