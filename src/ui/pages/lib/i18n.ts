/** The pages' own words, zh and en. The server says which to use; until it answers, the browser's language. */
import type { Lang } from "../../../domain/messages";

export type Dict = Record<string, { zh: string; en: string }>;

export function browserLang(): Lang {
  return /^zh/i.test(navigator.language || "") ? "zh" : "en";
}

export function t(dict: Dict, key: string, lang: Lang, params: Record<string, string | number> = {}): string {
  const entry = dict[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ""));
}

/**
 * Fills `data-t` (text), `data-t-placeholder`, `data-t-label` (aria-label) and `data-t-title`
 * from the dictionary. Text only: nothing is ever parsed as HTML.
 */
export function applyLabels(root: ParentNode, dict: Dict, lang: Lang): void {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  root.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => (el.textContent = t(dict, el.dataset.t!, lang)));
  root.querySelectorAll<HTMLElement>("[data-t-placeholder]").forEach((el) => el.setAttribute("placeholder", t(dict, el.dataset.tPlaceholder!, lang)));
  root.querySelectorAll<HTMLElement>("[data-t-label]").forEach((el) => el.setAttribute("aria-label", t(dict, el.dataset.tLabel!, lang)));
  root.querySelectorAll<HTMLElement>("[data-t-title]").forEach((el) => el.setAttribute("title", t(dict, el.dataset.tTitle!, lang)));
}

/** Words every page uses. */
export const COMMON: Dict = {
  loading: { zh: "正在读取表格…", en: "Reading the sheet…" },
  saving: { zh: "正在保存…", en: "Saving…" },
  retry: { zh: "重试", en: "Try again" },
  unexpected: { zh: "出错了：{detail}", en: "Something went wrong: {detail}" },
  optional: { zh: "（选填）", en: "(optional)" },
};
