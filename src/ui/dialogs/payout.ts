/** Menu: 发放佣金 / Mark commissions paid: a month, a preview, YES, then the paid-on dates. */
import { markPaid, previewPayout } from "../../app/mark-paid";
import type { Lang } from "../../domain/messages";
import { formatYuan } from "../../domain/money";
import type { PayoutPlan } from "../../domain/payout";
import { askMonth } from "../ask";
import { guard } from "../guard";
import { alert, confirm, toast } from "../host";
import { label } from "../labels";

export function payoutSummary(plan: PayoutPlan, lang: Lang, paidOn: string): string {
  const lines = plan.members.map((m) => `${m.name}  ${formatYuan(m.amount)}`);
  lines.push("", label("payoutTotal", lang, { total: formatYuan(plan.total), rows: plan.rows.length, date: paidOn }));
  if (plan.held.length) lines.push(label("payoutHeld", lang, { rows: plan.held.join(", "), n: plan.held.length }));
  return lines.join("\n");
}

export function menuPayout(): void {
  guard((ctx) => {
    const month = askMonth(ctx, label("payout", ctx.lang), "payoutMonthPrompt");
    if (!month) return;
    const plan = previewPayout(ctx, month);
    if (plan.rows.length === 0) {
      const held = plan.held.length ? `\n${label("payoutHeld", ctx.lang, { rows: plan.held.join(", "), n: plan.held.length })}` : "";
      alert(label("payout", ctx.lang), label("payoutNothing", ctx.lang, { month }) + held);
      return;
    }
    if (!confirm(label("payoutConfirm", ctx.lang, { month }), payoutSummary(plan, ctx.lang, ctx.today))) return;
    const done = markPaid(ctx, month, plan.fingerprint);
    toast(ctx.ss, label("payoutDone", ctx.lang, { rows: done.rows.length, total: formatYuan(done.total) }), label("payout", ctx.lang));
  });
}
