import type { Warning } from "./attendance";
import { render } from "./messages";
import { type Lang, PHRASES, t } from "./text";

/** "迟到/早退 2 次，缺席 1 次，需部长审议" — empty when the member is within the limits. */
export function warningText(list: readonly Warning[], lang: Lang): string {
  if (list.length === 0) return "";
  const parts = list.map((w) => render({ key: w.kind === "lateOrEarly" ? "warnLateOrEarly" : "warnAbsent", params: { count: w.count } }, lang));
  return render({ key: "warnReview", params: { list: parts.join(t(PHRASES, lang)) } }, lang);
}
