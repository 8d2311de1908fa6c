/** Generate monthly report: read everything once, build the pure report, write one tab. */
import { defaultReportMonth, formatDateTime, type Month } from "../domain/dates";
import type { Lang } from "../domain/messages";
import { buildReport } from "../domain/report";
import { reportToJson, type ReportJson } from "../domain/report-json";
import { UserError } from "../ui/errors";
import { withDocumentLock } from "./lock";
import { layoutReport } from "./report-layout";
import { writeReportTab } from "./report-tab";
import { TABS } from "./schema";
import { loadModel, type Context } from "./workbook";

export interface ReportRun {
  tab: string;
  lang: Lang;
  report: ReportJson;
}

function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return "";
  }
}

export function runReport(ctx: Context, month?: Month, lang?: Lang): ReportRun {
  // A short wait: a second officer pressing the button gets "already running", not a second run.
  return withDocumentLock(
    ctx,
    () => {
      const loaded = loadModel(ctx);
      if (!loaded.sheets.ledger) {
        const def = TABS.ledger;
        throw new UserError({ key: "noLedger", params: { looked: [def.zh, def.en, ...(def.aliases ?? [])].join(", ") } });
      }
      const m = month ?? defaultReportMonth(ctx.today);
      const language = lang ?? (loaded.sheets.settings ? loaded.model.settings.reportLang : ctx.lang);
      const report = buildReport(loaded.model, loaded.problems, {
        month: m,
        today: ctx.today,
        generatedAt: formatDateTime(ctx.now, ctx.timeZone),
        generatedBy: currentUser(),
      });
      const tab = writeReportTab(ctx, m, language, layoutReport(report, language, ctx.timeZone));
      return { tab, lang: language, report: reportToJson(report, language) };
    },
    2000,
    { key: "reportBusy" },
  );
}
