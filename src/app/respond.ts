/**
 * What every sidebar handler answers: `{ ok: true, … }` or a sentence in the user's language.
 * google.script.run hands a thrown error to the page as a bare message, with no language and no
 * field; a UserError is therefore turned into a result, and only a bug still throws.
 */
import type { FieldErrors } from "../contracts/messages";
import { UserError } from "../domain/errors";
import { type Lang, render } from "../domain/messages";
import { userLang } from "../sheets/identity";
import { type Context, context } from "../sheets/workbook";

export interface Failure {
  ok: false;
  error: string;
  /** Field name → what is wrong with it, shown next to the field. */
  fields?: FieldErrors;
}

export function respond<T>(fn: (ctx: Context, lang: Lang) => T | Failure): T | Failure {
  const ctx = context();
  const lang = userLang(ctx);
  try {
    return fn(ctx, lang);
  } catch (e) {
    if (e instanceof UserError) return { ok: false, error: render(e.msg, lang) };
    throw e;
  }
}
