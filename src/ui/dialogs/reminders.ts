/**
 * Menu: 提醒 / Reminders. Opens the texts for the department's WeChat group and for the head, each
 * with its own 复制 Copy button, in the sheet's language and for today. Read-only: nothing is
 * written and nothing is sent.
 */
import { runReminders } from "../../app/reminders";
import { guard } from "../guard";
import { showHtml } from "../host";
import { label } from "../labels";

export function menuReminders(): void {
  guard((ctx) => {
    const run = runReminders(ctx);
    showHtml(run.html, `${label("reminders", ctx.lang)} · ${run.today}`, { width: 720, height: 640 });
  });
}
