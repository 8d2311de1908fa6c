/**
 * 初始化表格 / Set up sheets: creates what is missing and never deletes, moves or overwrites what
 * members typed. Running it twice leaves the sheet as the first run left it.
 */
import { type Lang, t } from "../domain/text";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { SETUP_TEXT } from "../sheets/setup-text";
import { type SetupChange, setUpTabs } from "../sheets/tab-setup";
import { type Context, context } from "../sheets/workbook";

export type { SetupChange };

export function runSetup(ctx: Context): SetupChange[] {
  return withDocumentLock(ctx, () => {
    requireEditable(ctx, []);
    const changes = setUpTabs(ctx);
    appendLog(
      ctx,
      changes
        .filter((c) => c.kind !== "formulaSkipped" && c.kind !== "formulaBlocked" && c.kind !== "protectedSkipped")
        .map((c) => ({ action: "setup", sheet: c.sheet, rows: c.detail })),
    );
    return changes;
  });
}

/** One line per change, as the set-up dialog and the command line show them. */
export function describeChanges(changes: readonly SetupChange[], lang: Lang): string {
  if (changes.length === 0) return t(SETUP_TEXT.setupNothing, lang);
  return changes.map((c) => `• ${t(SETUP_TEXT[c.kind], lang)}: ${c.sheet}${c.detail ? ` (${c.detail})` : ""}`).join("\n");
}

/** Set up sheets without dialogs; returns what changed. */
export function setupSheets(): { changes: SetupChange[]; summary: string } {
  const ctx = context();
  const changes = runSetup(ctx);
  return { changes, summary: describeChanges(changes, ctx.lang) };
}
