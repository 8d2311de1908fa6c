/**
 * 检查数据 / Check data: lists every problem and marks the cells with a note; it changes no value.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import { render } from "../domain/messages";
import { annotate } from "../sheets/check-notes";
import { closedToMe } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog, notesText } from "../sheets/log";
import { notices } from "../sheets/notices";
import type { Problem } from "../sheets/table";
import { type Context, context, type Loaded, loadModel } from "../sheets/workbook";

export interface CheckResult {
  problems: Problem[];
  loaded: Loaded;
  /** Tabs with problems that got no notes: protected, and this account is not one of their editors. */
  unnoted: string[];
  /** The Log tab's name when it is closed to this account: then no tab gets notes, as each note is logged. */
  logClosed: string | null;
}

/**
 * Notes are written under the document lock, like every other write, and logged. A tab the user
 * may not edit gets no notes (Sheets would refuse them) but its problems are still listed.
 */
export function runCheck(ctx: Context, mark = true): CheckResult {
  const loaded = loadModel(ctx);
  const { ledger, sponsors, attendance, leave, events, accounts } = loaded.tables;
  loaded.problems.push(...notices(loaded.model, { ledger, sponsors, attendance, leave, events, accounts, leaveTab: Boolean(loaded.sheets.leave) }, ctx.today));
  const withProblems = new Set(loaded.problems.map((p) => p.sheet));
  let closed: string[] = [];
  let logClosed: string | null = null;
  if (mark) {
    const log = loaded.sheets.log;
    if (log && closedToMe(log)) logClosed = log.getName();
    const tabs = Object.values(loaded.sheets).filter((s): s is NonNullable<typeof s> => Boolean(s));
    closed = (logClosed ? tabs : tabs.filter(closedToMe)).map((s) => s.getName());
  }
  if (mark && !logClosed) {
    withDocumentLock(ctx, () => {
      const touched = annotate(loaded, ctx.lang, new Set(closed));
      appendLog(
        ctx,
        touched.map((sheet) => ({ action: "check", sheet, rows: notesText(loaded.problems.filter((p) => p.sheet === sheet).length, ctx.lang) })),
      );
    });
  }
  const unnoted = closed.filter((name) => withProblems.has(name));
  return { problems: loaded.problems, loaded, unnoted, logClosed };
}

const checkOptions = z.optional(z.object({ mark: z.optional(z.boolean()), lang: z.optional(langSchema) }));

/**
 * Check data without dialogs; returns every problem as {sheet, cell, message}.
 * @param {{mark?: boolean, lang?: "zh"|"en"}} options
 */
export function checkData(options?: unknown): { sheet: string; cell: string; message: string }[] {
  const o = validate(checkOptions, options) ?? {};
  const ctx = context();
  const { problems } = runCheck(ctx, o.mark ?? true);
  const lang = o.lang ?? ctx.lang;
  return problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: render(p.message, lang) }));
}
