import { UserError } from "../domain/errors";
import type { Msg } from "../domain/messages";
import { isProtectedEdit, protectedEditError } from "./edit-rights";
import type { Context } from "./workbook";

/**
 * Every write that appends or replaces holds the document lock, so two officers pressing the
 * same button get one result each in turn, never a half-written tab. Pending writes are flushed
 * before the lock is released, or the next holder could read stale values.
 */
export function withDocumentLock<T>(ctx: Context, fn: () => T, waitMs = 10000, busy: Msg = { key: "busy" }): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) throw new UserError(busy);
  try {
    const out = fn();
    SpreadsheetApp.flush();
    return out;
  } catch (e) {
    // Every write runs here, so this is where Sheets' English refusal becomes a sentence naming the tab.
    if (isProtectedEdit(e)) throw protectedEditError(ctx);
    throw e;
  } finally {
    lock.releaseLock();
  }
}
