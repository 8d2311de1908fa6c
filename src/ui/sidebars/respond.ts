/**
 * What every sidebar handler answers: `{ ok: true, … }` or a sentence in the user's language.
 * google.script.run hands a thrown error to the page as a bare message, with no language and no
 * field; a UserError is therefore turned into a result, and only a bug still throws.
 */
import type { FieldErrors } from "../../contracts/messages";
import { UserError } from "../../domain/errors";
import { type Lang, langFromLocale, render } from "../../domain/messages";
import { type Context, context } from "../../sheets/workbook";
import { type LABELS, label } from "../labels";

export interface Failure {
  ok: false;
  error: string;
  /** Field name → what is wrong with it, shown next to the field. */
  fields?: FieldErrors;
}

/** The reader's language: their own Google locale, else the sheet's. */
export function userLang(ctx?: Context): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    if (locale) return langFromLocale(locale);
  } catch {
    // Not available to every account type: the sheet's language is the next best guess.
  }
  return ctx?.lang ?? langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
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

/** Opens a built page (dist/NAME.html) in the 300 px sidebar. */
export function openSidebar(file: "record" | "checkin" | "settings" | "followups", title: keyof typeof LABELS): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(label(title, userLang()));
  SpreadsheetApp.getUi().showSidebar(html);
}
