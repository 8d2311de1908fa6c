/** Menu: 导出交接 / Export hand-over: a year, then one new tab for the next committee. */
import { runHandover } from "../../app/handover";
import { UserError } from "../../domain/errors";
import { guard } from "../guard";
import { alert, prompt, toast } from "../host";
import { label } from "../labels";

export function menuHandover(): void {
  guard((ctx) => {
    const year = ctx.today.slice(0, 4);
    const typed = prompt(label("handover", ctx.lang), label("yearPrompt", ctx.lang, { year }));
    if (typed === null) return;
    const chosen = typed || year;
    if (!/^\d{4}$/.test(chosen)) throw new UserError({ key: "badYear", params: { value: chosen } });
    const run = runHandover(ctx, chosen);
    if (run.notice) alert(label("handover", ctx.lang), run.notice);
    else toast(ctx.ss, label("reportDone", ctx.lang, { tab: run.tab }), label("handover", ctx.lang));
  });
}
