/**
 * Every user-facing sentence, in zh-CN and en. Members read Chinese first and often English,
 * so each message exists in both and nothing user-facing is built elsewhere.
 */
export type Lang = "zh" | "en";

type P = Record<string, string | number>;
type Entry = { zh: (p: P) => string; en: (p: P) => string };

const entry = (zh: (p: P) => string, en: (p: P) => string): Entry => ({ zh, en });

export const MESSAGES = {
  badAmount: entry(
    (p) => `无法识别的金额“${p.value}”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）`,
    (p) => `"${p.value}" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)`,
  ),
  badRate: entry(
    (p) => `无法识别的比例“${p.value}”：请填写 0 到 1 之间的小数（如 0.15）或百分比（如 15%）`,
    (p) => `"${p.value}" is not a rate: use a number from 0 to 1 (such as 0.15) or a percentage (such as 15%)`,
  ),
  rateOutOfRange: entry(
    (p) => `比例“${p.value}”超出范围：必须在 0 到 1（0% 到 100%）之间`,
    (p) => `Rate "${p.value}" is out of range: it must be from 0 to 1 (0% to 100%)`,
  ),
  badFee: entry(
    (p) => `罚款金额“${p.value}”无效：请填写不小于 0 的金额，如 5 或 ¥20`,
    (p) => `Fee "${p.value}" is not valid: use an amount of 0 or more, such as 5 or ¥20`,
  ),
  badLimit: entry(
    (p) => `次数“${p.value}”无效：请填写不小于 1 的整数`,
    (p) => `Limit "${p.value}" is not valid: use a whole number of 1 or more`,
  ),
  badCode: entry(
    (p) => `无法识别的考勤状态“${p.value}”。可用：${p.codes}`,
    (p) => `"${p.value}" is not an attendance code. Accepted: ${p.codes}`,
  ),
  weightsNot100: entry(
    (p) => `经办人比例合计为 ${p.total}，不是 100%：已按所填比例分配`,
    (p) => `Credit weights add up to ${p.total}, not 100%: shares were split in proportion`,
  ),
  warnLateOrEarly: entry(
    (p) => `迟到/早退 ${p.count} 次`,
    (p) => `late or left early ${p.count} ${Number(p.count) === 1 ? "time" : "times"}`,
  ),
  warnAbsent: entry(
    (p) => `缺席 ${p.count} 次`,
    (p) => `absent ${p.count} ${Number(p.count) === 1 ? "time" : "times"}`,
  ),
  warnReview: entry(
    (p) => `${p.list}，需部长审议`,
    (p) => `${String(p.list).charAt(0).toUpperCase()}${String(p.list).slice(1)}: for the head's review`,
  ),
  badDate: entry(
    (p) => `无法识别的日期“${p.value}”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日`,
    (p) => `"${p.value}" is not a date: use a date cell or text such as 2026-11-02, 2026/11/2 or 2026年11月2日`,
  ),
  badMonth: entry(
    (p) => `无法识别的月份“${p.value}”：请写成 2026-11`,
    (p) => `"${p.value}" is not a month: write it as 2026-11`,
  ),
} satisfies Record<string, Entry>;

export type MsgKey = keyof typeof MESSAGES;
export interface Msg {
  key: MsgKey;
  params?: P;
}

export function render(msg: Msg, lang: Lang): string {
  return MESSAGES[msg.key][lang](msg.params ?? {});
}

/** Both languages, zh first: for places that cannot know the reader's language (a cell error). */
export function renderBoth(msg: Msg): string {
  return `${render(msg, "zh")} | ${render(msg, "en")}`;
}

/** zh for a zh* locale (zh_CN, zh_TW, zh-HK…), otherwise en. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh/i.test(locale) ? "zh" : "en";
}
