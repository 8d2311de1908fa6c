/**
 * 发放佣金 / Mark commissions paid: fills 佣金发放日期 on exactly the rows a payout settles — never on a row already paid — in one
 * write to that column, under the document lock. What is written is checked again under the lock,
 * so a ledger edited between the confirmation and the write is refused, not half-paid.
 */
import * as z from "zod/mini";
import { monthSchema, validate } from "../contracts/validate";
import { dateAtMidnight, type LocalDate, type Month } from "../domain/dates";
import { UserError } from "../domain/errors";
import { fenToYuan, formatYuan } from "../domain/money";
import { type PayoutPlan, planPayout } from "../domain/payout";
import { keepCell, setValuesAsText } from "../sheets/cells";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog, rowList } from "../sheets/log";
import type { CellValue } from "../sheets/table";
import { type Context, context, loadModel, requireReadable } from "../sheets/workbook";

const NEEDED = ["members", "ledger", "settings"] as const;

/** Read-only: what a payout for the month would settle. */
export function previewPayout(ctx: Context, month: Month): PayoutPlan {
  const loaded = loadModel(ctx, NEEDED);
  if (!loaded.sheets.ledger) throw new UserError({ key: "noLedgerTab" });
  requireReadable(loaded, "ledger");
  requireReadable(loaded, "members");
  // Without the column every row would look unpaid: say so before showing anything to confirm.
  if (loaded.tables.ledger && loaded.tables.ledger.columns.paidOn === undefined) {
    throw new UserError({ key: "columnMissing", params: { zh: "佣金发放日期", en: "Commission paid on" } });
  }
  return planPayout(loaded.model, month);
}

/** `confirmed`: the fingerprint of the plan the head said YES to; any difference is refused. */
export function markPaid(ctx: Context, month: Month, confirmed: string, paidOn: LocalDate = ctx.today): PayoutPlan {
  return withDocumentLock(ctx, () => {
    const loaded = loadModel(ctx, NEEDED);
    const sheet = loaded.sheets.ledger;
    const table = loaded.tables.ledger;
    if (!sheet) throw new UserError({ key: "noLedgerTab" });
    requireReadable(loaded, "ledger");
    requireReadable(loaded, "members");
    if (!table) throw new UserError({ key: "noLedgerTab" });
    requireEditable(ctx, [sheet]);
    const plan = planPayout(loaded.model, month);
    if (plan.fingerprint !== confirmed) throw new UserError({ key: "payoutChanged" });
    if (plan.rows.length === 0) return plan;
    const col = table.columns.paidOn;
    if (col === undefined) throw new UserError({ key: "columnMissing", params: { zh: "佣金发放日期", en: "Commission paid on" } });
    const first = plan.rows[0];
    const last = plan.rows[plan.rows.length - 1];
    const range = sheet.getRange(first, col + 1, last - first + 1, 1);
    const current = range.getValues();
    const formulas = range.getFormulas();
    const date = dateAtMidnight(paidOn, ctx.timeZone);
    const settle = new Set(plan.rows);
    // Every other cell in the span is written back exactly as it was (its formula, if any).
    let written = 0;
    const next = current.map((row, i) => {
      const r = first + i;
      // A cell holding only spaces reads as blank, so it is settled like one.
      if (settle.has(r) && String(row[0]).trim() === "" && formulas[i][0] === "") {
        written++;
        return [date];
      }
      return [keepCell(row[0] as CellValue, formulas[i][0])];
    });
    // Every planned row must get its date, or the log and the next payout would disagree with the sheet.
    if (written !== plan.rows.length) throw new UserError({ key: "payoutChanged" });
    setValuesAsText(range, next);
    appendLog(ctx, [{ action: "payout", sheet: sheet.getName(), rows: `${month} · ${formatYuan(plan.total)} · ${rowList(plan.rows)}` }]);
    return plan;
  });
}

const payoutOptions = z.object({ month: monthSchema, confirm: z.optional(z.string().check(z.minLength(1))) });

/**
 * Mark commissions paid without dialogs: a preview, or with confirm (the preview's fingerprint) the paid-on dates filled.
 * @param {{month: string, confirm?: string}} options
 */
export function markCommissionsPaid(options: unknown) {
  const o = validate(payoutOptions, options);
  const ctx = context();
  const plan = o.confirm ? markPaid(ctx, o.month, o.confirm) : previewPayout(ctx, o.month);
  return { ...plan, total: fenToYuan(plan.total), members: plan.members.map((m) => ({ name: m.name, amount: fenToYuan(m.amount) })), paid: Boolean(o.confirm) };
}
