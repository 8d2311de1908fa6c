/**
 * The one shape of user-facing text: a sentence in zh-CN and in en with named parameters, and the
 * one function that fills it in. Members read Chinese first and often English, so every text the
 * add-on shows, writes into a tab or prints exists in both, as a `Text`.
 *
 * Templates name their parameters: `{name}`. English plurals pick a word by a number:
 * `{count|time|times}` is "time" when count is 1, else "times" (the number itself is written
 * with its own `{count}`). A parameter that is not given renders as "".
 */
export type Lang = "zh" | "en";

export type Text = { zh: string; en: string };

export type Params = Record<string, string | number>;

export const text = (zh: string, en: string): Text => ({ zh, en });

export function t(text: Text, lang: Lang, params: Params = {}): string {
  // One pass, no nested quantifiers: a template full of braces costs linear time.
  return text[lang].replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (_, name: string, one?: string, many?: string) => {
    const value = params[name];
    if (one !== undefined) return Number(value) === 1 ? one : (many ?? "");
    return value === undefined || value === null ? "" : String(value);
  });
}

/** The separator of a list of names in running text: 甲、乙 / A, B. */
export const LIST = text("、", ", ");

/** The separator of phrases in one sentence: 迟到 2 次，缺席 1 次 / late 2 times, absent 1 time. */
export const PHRASES = text("，", ", ");

/** The separator of a list of clauses: 甲；乙 / A; B. */
export const CLAUSES = text("；", "; ");
