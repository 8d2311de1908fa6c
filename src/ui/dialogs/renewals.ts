/** Menu: 开始续约 / Start renewals: the new season's start, a summary, YES, then the writes. */
import { previewRenewals, type RenewalsRun, startRenewals } from "../../app/start-renewals";
import { type LocalDate, parseDate } from "../../domain/dates";
import { UserError } from "../../domain/errors";
import type { Lang } from "../../domain/messages";
import { yearBefore } from "../../domain/renewals";
import type { Context } from "../../sheets/workbook";
import { guard } from "../guard";
import { alert, confirm, prompt, toast } from "../host";
import { label } from "../labels";

/** Which day the season starts: blank means today; null when cancelled. */
export function askDate(ctx: Context, title: string): LocalDate | null {
  const typed = prompt(title, label("renewalsPrompt", ctx.lang, { date: ctx.today }));
  if (typed === null) return null;
  if (typed === "") return ctx.today;
  const d = parseDate(typed, { timeZone: ctx.timeZone });
  if (!d.ok) throw new UserError(d.error);
  return d.value ?? ctx.today;
}

export function renewalsSummary(run: RenewalsRun, lang: Lang): string {
  return label("renewalsSummary", lang, { from: yearBefore(run.start), start: run.start, sponsors: run.sponsors, followUps: run.followUps, notes: run.notes });
}

export function menuRenewals(): void {
  guard((ctx) => {
    const title = label("renewals", ctx.lang);
    const start = askDate(ctx, title);
    if (!start) return;
    const preview = previewRenewals(ctx, start);
    if (preview.sponsors === 0) return alert(title, label("renewalsNothing", ctx.lang, { start }));
    if (preview.followUps === 0 && preview.notes === 0 && !preview.season) return alert(title, label("renewalsUpToDate", ctx.lang, { start }));
    if (!confirm(label("renewalsConfirm", ctx.lang, { start }), renewalsSummary(preview, ctx.lang))) return;
    const done = startRenewals(ctx, start);
    toast(ctx.ss, label("renewalsDone", ctx.lang, { followUps: done.followUps, notes: done.notes }), title);
  });
}
