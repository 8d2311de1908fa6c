/**
 * Menu: 分享月报 / Share summary. The month is asked as 生成月报 asks it; the one-page summary
 * opens in a phone-shaped dialog with 打印 Print. Read-only.
 */
import { runSummary } from "../../app/summary";
import { askMonth } from "../ask";
import { guard } from "../guard";
import { showHtml } from "../host";
import { label } from "../labels";

export function menuSummary(): void {
  guard((ctx) => {
    const month = askMonth(ctx, label("summary", ctx.lang));
    if (!month) return;
    const run = runSummary(ctx, month);
    showHtml(run.html, `${label("summary", ctx.lang)} · ${run.month}`, { width: 520, height: 720 });
  });
}
