/** Menu: 生成赞助回报 / Create deliverables: what packages still owe, YES, then one block of 赞助回报 rows. */
import { createDeliverables, type DeliverablesPlan, previewDeliverables } from "../../app/create-deliverables";
import type { Lang } from "../../domain/messages";
import { rowSpan } from "../../domain/packages";
import { guard } from "../guard";
import { alert, confirm, toast } from "../host";
import { label } from "../labels";

/** At most this many lines are listed in the question; the count says how many there are in all. */
const SHOWN = 20;

export function deliverablesSummary(plan: DeliverablesPlan, lang: Lang): string {
  const lines = plan.planned
    .slice(0, SHOWN)
    .map((p) => label("deliverablesLine", lang, { row: p.row, sponsor: p.sponsor, promised: p.promised, due: p.due ?? "—" }));
  if (plan.planned.length > SHOWN) lines.push("…");
  return lines.join("\n");
}

export function menuDeliverables(): void {
  guard((ctx) => {
    const title = label("deliverables", ctx.lang);
    const plan = previewDeliverables(ctx);
    if (plan.planned.length === 0) {
      alert(title, label("deliverablesNothing", ctx.lang));
      return;
    }
    const question = label("deliverablesConfirm", ctx.lang, { n: plan.rows.length, count: plan.planned.length });
    if (!confirm(question, deliverablesSummary(plan, ctx.lang))) return;
    const done = createDeliverables(ctx, plan.fingerprint);
    toast(ctx.ss, label("deliverablesDone", ctx.lang, { sheet: done.sheet, count: done.created.length, rows: rowSpan(done.created) }), title);
  });
}
