/**
 * 自检 / Self-check: the menu opens a dialog whose page asks the server to run the check (so the
 * dialog is up at once, with a busy line, while the few seconds of checking pass), words the
 * verdicts, shows the ✓/✗ table and copies it as text. The command line calls selfCheck on the
 * built bundle and words them the same way.
 */
import * as z from "zod/mini";
import type { SelfCheckResult } from "../domain/self-check";
import { runSelfCheck } from "../sheets/self-check";
import { context } from "../sheets/workbook";
import { guard } from "./actions";
import { label } from "./labels";
import { langSchema, validate } from "./validate";

/** Menu: 自检 / Self-check (opens the dialog, whose page calls selfCheck). */
export function menuSelfCheck(): void {
  guard((ctx) => {
    const html = HtmlService.createHtmlOutputFromFile("selfcheck").setWidth(760).setHeight(560);
    SpreadsheetApp.getUi().showModalDialog(html, label("selfCheck", ctx.lang));
  });
}

const options = z.optional(z.object({ lang: z.optional(langSchema) }));

/**
 * Checks what the add-on needs in this spreadsheet (permissions, email, locale, time zone, tabs,
 * columns, lock, writes on a scratch tab it removes, the custom functions) and changes no user cell.
 * @param {{lang?: "zh"|"en"}} options
 */
export function selfCheck(opts?: unknown): SelfCheckResult {
  const o = validate(options, opts) ?? {};
  const ctx = context();
  return runSelfCheck(ctx, o.lang ?? ctx.lang);
}
