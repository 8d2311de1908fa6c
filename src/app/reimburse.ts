/**
 * 已还款 / Paid back: a member who advanced an expense has been given the money. Under the document
 * lock the row is read again and must still be the expense the sidebar listed (same row, date,
 * member, amount and item, still 待报销); then only its 报销状态 (已报销) and 报销日期 (today) are
 * written. A second officer pressing the same button a moment later is told it is already done.
 */
import { expenseParams, expenseToPayBack } from "../contracts/account-entry";
import { payBackSchema } from "../contracts/account-schema";
import { renderMsg, type SidebarMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import type { LocalDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import { readAccountsTab, typedReimbursedOn, writeReimbursed } from "../sheets/accounts-tab";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { missingTabProblem, tabToWrite } from "../sheets/workbook";
import { type Failure, respond } from "./respond";

export interface PaidBack {
  ok: true;
  sheet: string;
  row: number;
  /** The 报销日期 written. */
  on: LocalDate;
}

/** The expense moved, changed or was paid back by someone else meanwhile: the page reloads its list. */
export interface PayBackStale extends Failure {
  stale: true;
}

/**
 * Marks one expense a member advanced as paid back today, writing only its two reimbursement cells.
 * @param {{row: number, date: string, member: string, amount: number, item: string}} request The expense as listed (amount in fen).
 */
export function payBackExpense(request: unknown): PaidBack | PayBackStale | Failure {
  return respond((ctx, lang) => {
    const key = validate(payBackSchema, request);
    const done = withDocumentLock(ctx, (): { refused: SidebarMsg } | { sheet: string } => {
      const sheet = tabToWrite(ctx.ss, "accounts");
      if (!sheet) throw new UserError(missingTabProblem("accounts", ctx.lang).message);
      requireEditable(ctx, [sheet]);
      const tab = readAccountsTab(ctx, sheet);
      const found = expenseToPayBack(tab.entries, key);
      const params = { ...expenseParams(key), sheet: sheet.getName(), row: key.row };
      if ("changed" in found) return { refused: { key: "expenseChanged", params } };
      if ("done" in found) return { refused: { key: "expenseReimbursed", params: { ...params, on: found.done.reimbursedOn ?? "—" } } };
      // A date someone typed (the status not yet changed) is theirs to confirm, never overwritten.
      const typed = typedReimbursedOn(tab, key.row, ctx.timeZone);
      if (typed !== "") return { refused: { key: "expenseDateTyped", params: { ...params, on: typed } } };
      writeReimbursed(ctx, tab, key.row);
      appendLog(ctx, [{ action: "reimbursed", sheet: sheet.getName(), rows: String(key.row) }]);
      return { sheet: sheet.getName() };
    });
    if ("refused" in done) return { ok: false, stale: true, error: renderMsg(done.refused, lang) };
    return { ok: true, sheet: done.sheet, row: key.row, on: ctx.today };
  });
}
