/** Generate monthly report: read everything once, build the pure report, write one tab. */
import * as z from "zod/mini";
import { langSchema, monthSchema, validate } from "../contracts/validate";
import { defaultReportMonth, formatDateTime, type Month, monthOf } from "../domain/dates";
import { UserError } from "../domain/errors";
import { type Lang, render } from "../domain/messages";
import { buildReport } from "../domain/report";
import { type ReportJson, reportToJson } from "../domain/report-json";
import { requireEditable } from "../sheets/edit-rights";
import { currentUserEmail } from "../sheets/identity";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { leaveNotices } from "../sheets/notices";
import { layoutReport } from "../sheets/report-layout";
import { writeReportTab } from "../sheets/report-tab";
import { TABS } from "../sheets/schema";
import { type Context, context, loadModel } from "../sheets/workbook";

export interface ReportRun {
  tab: string;
  lang: Lang;
  report: ReportJson;
  /** A tab of the report's name that the add-on did not make, left untouched; null when there was none. */
  beside: string | null;
  /** What to tell the user about `beside`, in the report's language; "" when nothing. */
  notice: string;
}

export function runReport(ctx: Context, month?: Month, lang?: Lang): ReportRun {
  // A short wait: a second officer pressing the button gets "already running", not a second run.
  return withDocumentLock(
    ctx,
    () => {
      // The contact log and the add-on's own log play no part in the report: not read.
      const loaded = loadModel(ctx, ["members", "sponsors", "events", "ledger", "attendance", "leave", "deliverables", "settings"]);
      if (!loaded.sheets.ledger) {
        const def = TABS.ledger;
        throw new UserError({ key: "noLedger", params: { looked: [def.zh, def.en, ...(def.aliases ?? [])].join(", ") } });
      }
      requireEditable(ctx, []);
      const m = month ?? defaultReportMonth(ctx.today);
      const language = lang ?? (loaded.sheets.settings ? loaded.model.settings.reportLang : ctx.lang);
      // With 请假需审批 = 是, what Check data says about the month's leave is among what the head must
      // look at: a 请假 mark never approved, approved leave charged as 缺席 or 未批假, a decision not the head's.
      const { attendance, leave } = loaded.tables;
      const leaveProblems = leaveNotices(loaded.model, { attendance, leave, leaveTab: Boolean(loaded.sheets.leave) }, (d) => monthOf(d) === m);
      const report = buildReport(loaded.model, [...loaded.problems, ...leaveProblems], {
        month: m,
        today: ctx.today,
        generatedAt: formatDateTime(ctx.now, ctx.timeZone),
        generatedBy: currentUserEmail(),
      });
      const layout = layoutReport(report, language, ctx.timeZone);
      const { tab, beside } = writeReportTab(ctx, m, language, layout);
      appendLog(ctx, [{ action: "report", sheet: tab, rows: `1-${layout.values.length}` }]);
      const notice = beside ? render({ key: "wroteBeside", params: { beside, tab } }, language) : "";
      return { tab, lang: language, report: reportToJson(report, language), beside, notice };
    },
    2000,
    { key: "reportBusy" },
  );
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
