/** Generate monthly report: read everything once, build the pure report, write one tab. */
import * as z from "zod/mini";
import { langSchema, monthSchema, validate } from "../contracts/validate";
import { defaultReportMonth, formatDateTime, type LocalDate, lastDayOf, type Month, monthOf, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import { type Lang, render } from "../domain/messages";
import { buildReport, type Report } from "../domain/report";
import { type ReportJson, reportToJson } from "../domain/report-json";
import { requireEditable } from "../sheets/edit-rights";
import { currentUserEmail } from "../sheets/identity";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { accountNotices, leaveNotices } from "../sheets/notices";
import { layoutReport } from "../sheets/report-layout";
import { writeReportTab } from "../sheets/report-tab";
import { TABS } from "../sheets/schema";
import type { Problem } from "../sheets/table";
import { type Context, context, type Loaded, loadModel } from "../sheets/workbook";

export interface ReportRun {
  tab: string;
  lang: Lang;
  report: ReportJson;
  /** A tab of the report's name that the add-on did not make, left untouched; null when there was none. */
  beside: string | null;
  /** What to tell the user about `beside`, in the report's language; "" when nothing. */
  notice: string;
}

/** The tabs the report counts (the contact log and the add-on's own log play no part in it); no ledger is an error. */
export function loadReportModel(ctx: Context): Loaded {
  const loaded = loadModel(ctx, ["members", "sponsors", "events", "ledger", "accounts", "attendance", "leave", "deliverables", "settings"]);
  if (!loaded.sheets.ledger) {
    const def = TABS.ledger;
    throw new UserError({ key: "noLedger", params: { looked: [def.zh, def.en, ...(def.aliases ?? [])].join(", ") } });
  }
  return loaded;
}

/**
 * The month's report as the tab shows it: the month (default: the previous one, or this one after the
 * 25th), the report's language (the one asked for, else Settings', else the sheet's), and the model
 * with every problem it lists. 生成月报 writes it; 分享月报 lays the same one out as a page.
 */
export function monthReport(ctx: Context, loaded: Loaded, month?: Month, lang?: Lang): { month: Month; lang: Lang; report: Report } {
  const m = month ?? defaultReportMonth(ctx.today);
  const language = lang ?? (loaded.sheets.settings ? loaded.model.settings.reportLang : ctx.lang);
  const inMonth = (d: LocalDate) => monthOf(d) === m;
  // With 请假需审批 = 是, what Check data says about the month's leave is among what the head must
  // look at: a 请假 mark never approved, approved leave charged as 缺席 or 未批假, a decision not the head's.
  const { attendance, leave } = loaded.tables;
  const leaveProblems = leaveNotices(loaded.model, { attendance, leave, leaveTab: Boolean(loaded.sheets.leave) }, inMonth);
  const later = accountRowAfter(loaded, lastDayOf(m));
  const built = buildReport(loaded.model, [...loaded.problems.filter((p) => !later(p)), ...leaveProblems], {
    month: m,
    today: ctx.today,
    generatedAt: formatDateTime(ctx.now, ctx.timeZone),
    generatedBy: currentUserEmail(),
    accountsTab: Boolean(loaded.sheets.accounts),
  });
  // The accounts' findings dated in the month, at their cells (the domain knows rows, not columns).
  return { month: m, lang: language, report: { ...built, problems: [...built.problems, ...accountNotices(built.accounts.findings, loaded.tables)] } };
}

export function runReport(ctx: Context, month?: Month, lang?: Lang): ReportRun {
  // A short wait: a second officer pressing the button gets "already running", not a second run.
  return withDocumentLock(
    ctx,
    () => {
      const loaded = loadReportModel(ctx);
      requireEditable(ctx, []);
      const { month: m, lang: language, report } = monthReport(ctx, loaded, month, lang);
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

/**
 * Whether a problem is about a 收支 row dated after the month: a later report lists it, so a past month's
 * report reads the same when generated again. A row of this month or an earlier one stays, since it
 * changes the balance this month starts from; so does a row whose date cannot be read (it could be any
 * month's) and the tab's own problems (a missing column).
 */
function accountRowAfter(loaded: Loaded, end: LocalDate): (p: Problem) => boolean {
  const t = loaded.tables.accounts;
  if (!t) return () => false;
  const dates = new Map(loaded.model.accounts.map((a) => [a.row, a.date]));
  const dateCol = t.columns.date;
  return (p) => {
    if (p.sheet !== t.sheet) return false;
    // The add-on's own A1 notation ("D7"): letters, then the row.
    const row = Number(p.cell.replace(/^[A-Z]+/, ""));
    if (!Number.isInteger(row) || row <= t.headerIndex + 1) return false;
    let date = dates.get(row);
    if (date === undefined && dateCol !== undefined) {
      // A row left out (an amount of 0, a fine naming nobody) still has the day it was written for.
      const read = parseDate(t.values[row - 1]?.[dateCol], { timeZone: loaded.ctx.timeZone });
      if (read.ok && read.value) date = read.value;
    }
    return date !== undefined && date > end;
  };
}

export const reportOptions = z.optional(z.object({ month: z.optional(monthSchema), lang: z.optional(langSchema) }));

/**
 * Generate the monthly report tab; returns the tab name and the report as JSON.
 * @param {{month?: string, lang?: "zh"|"en"}} options
 */
export function generateMonthlyReport(options?: unknown): ReportRun {
  const o = validate(reportOptions, options) ?? {};
  return runReport(context(), o.month, o.lang);
}
