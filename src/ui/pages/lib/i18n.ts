/** The pages' own words, zh and en. The server says which to use; until it answers, the browser's language. */
import { type Lang, type Params, type Text, t, text } from "../../../domain/text";

export type Dict = Record<string, Text>;

export function browserLang(): Lang {
  return /^zh/i.test(navigator.language || "") ? "zh" : "en";
}

/** A page's word by key; a key the dictionary lacks shows as itself, so a missing word is seen, not blank. */
export function word(dict: Dict, key: string, lang: Lang, params?: Params): string {
  return t(dict[key] ?? text(key, key), lang, params);
}

/**
 * Fills `data-t` (text), `data-t-placeholder`, `data-t-label` (aria-label) and `data-t-title`
 * from the dictionary. Text only: nothing is ever parsed as HTML.
 */
export function applyLabels(root: ParentNode, dict: Dict, lang: Lang): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  root.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => (el.textContent = word(dict, el.dataset.t!, lang)));
  root.querySelectorAll<HTMLElement>("[data-t-placeholder]").forEach((el) => el.setAttribute("placeholder", word(dict, el.dataset.tPlaceholder!, lang)));
  root.querySelectorAll<HTMLElement>("[data-t-label]").forEach((el) => el.setAttribute("aria-label", word(dict, el.dataset.tLabel!, lang)));
  root.querySelectorAll<HTMLElement>("[data-t-title]").forEach((el) => el.setAttribute("title", word(dict, el.dataset.tTitle!, lang)));
}

/** Words every page uses. */
export const COMMON: Dict = {
  loading: text("正在读取表格…", "Reading the sheet…"),
  saving: text("正在保存…", "Saving…"),
  retry: text("重试", "Try again"),
  unexpected: text("出错了：{detail}", "Something went wrong: {detail}"),
  optional: text("（选填）", "(optional)"),
};

/** A failure nobody expected (a thrown error, a lost connection), in the page's words: 出错了：… */
export function unexpectedText(e: unknown, lang: Lang): string {
  return word(COMMON, "unexpected", lang, { detail: String((e as Error)?.message ?? e) });
}
