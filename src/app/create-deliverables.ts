/**
 * 生成赞助回报 / Create deliverables: the benefits of packages named in 赞助记录 rows (a row typed by hand,
 * or one whose created rows were deleted) that 赞助回报 does not hold yet, appended in one block under the
 * document lock — each once, by its 来源 key, and no existing 赞助回报 row ever changed. What is written is
 * planned again under the lock, so a sheet edited between the preview and the YES is refused.
 */
import * as z from "zod/mini";
import { validate } from "../contracts/validate";
import { UserError } from "../domain/errors";
import { fingerprint } from "../domain/fingerprint";
import { owedByPackages, type PlannedDeliverable, rowSpan } from "../domain/packages";
import { missingColumn, prepareAppendRows, readTab } from "../sheets/append";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { TABS } from "../sheets/schema";
import { type Context, context, loadModel, missingTabProblem, requireReadable, tabToWrite } from "../sheets/workbook";
import { deliverableCells } from "./record-sponsorship";

const NEEDED = ["members", "sponsors", "events", "ledger", "packages", "deliverables"] as const;

export interface DeliverablesPlan {
  /** Every 赞助回报 row still to create, in ledger order, with the 赞助记录 row it comes from. */
  planned: (PlannedDeliverable & { row: number })[];
  /** The 赞助记录 rows they come from. */
  rows: number[];
  /** What the user said YES to: the same plan must still hold under the lock. */
  fingerprint: string;
}

/** Read-only: what would be created. */
export function previewDeliverables(ctx: Context): DeliverablesPlan {
  const loaded = loadModel(ctx, NEEDED);
  for (const key of ["ledger", "packages", "deliverables"] as const) {
    if (!loaded.sheets[key]) throw new UserError(missingTabProblem(key, ctx.lang).message);
    requireReadable(loaded, key);
  }
  const owed = owedByPackages(loaded.model).flatMap((o) => ("planned" in o ? [o] : []));
  const planned = owed.flatMap((o) => o.planned.map((p) => ({ ...p, row: o.row })));
  return { planned, rows: owed.map((o) => o.row), fingerprint: fingerprint(planned.map((p) => p.source).join("\n")) };
}

/** `confirmed`: the fingerprint of the plan the user said YES to; a different plan is refused, nothing written. */
export function createDeliverables(ctx: Context, confirmed: string): DeliverablesPlan & { sheet: string; created: number[] } {
  return withDocumentLock(ctx, () => {
    const plan = previewDeliverables(ctx);
    if (plan.fingerprint !== confirmed) throw new UserError({ key: "deliverablesChanged" });
    const sheet = tabToWrite(ctx.ss, "deliverables");
    if (!sheet) throw new UserError(missingTabProblem("deliverables", ctx.lang).message);
    if (plan.planned.length === 0) return { ...plan, sheet: sheet.getName(), created: [] };
    requireEditable(ctx, [sheet]);
    const tab = readTab(sheet, TABS.deliverables);
    // Without 来源 a created row could not be told apart next time, and would be created again.
    if (tab.columns.source === undefined) throw missingColumn(tab, "source");
    const created = prepareAppendRows(
      tab,
      plan.planned.map((p) => deliverableCells(ctx, p)),
    )();
    appendLog(ctx, [{ action: "deliverablesCreated", sheet: sheet.getName(), rows: rowSpan(created) }]);
    return { ...plan, sheet: sheet.getName(), created };
  });
}

const options = z.optional(z.object({ confirm: z.optional(z.string().check(z.minLength(1))) }));

/**
 * Create deliverables without dialogs: a preview, or with confirm (the preview's fingerprint) the rows appended.
 * @param {{confirm?: string}} request
 */
export function createPackageDeliverables(request?: unknown) {
  const o = validate(options, request) ?? {};
  const ctx = context();
  const plan = o.confirm ? createDeliverables(ctx, o.confirm) : { ...previewDeliverables(ctx), sheet: "", created: [] as number[] };
  return { ...plan, created: plan.created, done: Boolean(o.confirm) };
}
