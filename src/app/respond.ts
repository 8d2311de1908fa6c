/**
 * What every sidebar handler answers: `{ ok: true, … }` or a sentence in the user's language.
 * google.script.run hands a thrown error to the page as a bare message, with no language and no
 * field; a UserError is therefore turned into a result, and only a bug still throws.
 */
import { type AnyMsg, type FieldErrors, renderFields, renderMsg } from "../contracts/messages";
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

/** A form refused field by field: each field's sentence, and one line saying how many need fixing. */
export function fieldsFailure(errors: Partial<Record<string, AnyMsg>>, lang: Lang): Failure {
  const fields = renderFields(errors, lang);
  return { ok: false, error: renderMsg({ key: "fixFields", params: { n: Object.keys(fields).length } }, lang), fields };
}
