/** Menu: 生成月报 / Generate monthly report. */
import { runReport } from "../../app/generate-report";
import { askMonth } from "../ask";
import { guard } from "../guard";
import { alert, toast } from "../host";
import { label } from "../labels";

export function menuReport(): void {
  guard((ctx) => {
    const month = askMonth(ctx, label("report", ctx.lang));
    if (!month) return;
    const run = runReport(ctx, month);
    // Written beside a tab the add-on did not make: worth more than a toast that fades.
    if (run.notice) alert(label("report", ctx.lang), run.notice);
    else toast(ctx.ss, label("reportDone", ctx.lang, { tab: run.tab }), label("report", ctx.lang));
  });
}
