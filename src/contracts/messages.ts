/**
 * What the sidebars say about a form: each message names the field it belongs to, in zh-CN and en.
 * Pure, so the page shows the same sentence before saving that the server would answer after.
 */
import { MESSAGES as DOMAIN, type Lang, type Msg, render as renderDomain } from "../domain/messages";

type P = Record<string, string | number>;
type Entry = { zh: (p: P) => string; en: (p: P) => string };
const entry = (zh: (p: P) => string, en: (p: P) => string): Entry => ({ zh, en });

export const SIDEBAR_MESSAGES = {
  fieldRequired: entry(
    (p) => `请填写“${p.zh}”`,
    (p) => `${p.en} is required`,
  ),
  memberHasEmail: entry(
    (p) => `“${p.value}”在成员表中登记了邮箱，只能用该邮箱的 Google 帐号打开`,
    (p) => `"${p.value}" has an email in the Members tab: only that Google account is recognised as them`,
  ),
  contactInFuture: entry(
    (p) => `联系日期不能晚于今天（${p.today}）`,
    (p) => `The contact date cannot be after today (${p.today})`,
  ),
  dateAfterToday: entry(
    (p) => `日期 ${p.date} 晚于今天（${p.today}）：这笔赞助还没有发生？如果日期没错，请点“仍然保存”`,
    (p) => `The date ${p.date} is after today (${p.today}): has this sponsorship happened yet? If the date is right, choose "Save anyway"`,
  ),
  dateBeforeTerm: entry(
    (p) => `日期 ${p.date} 早于本学期开始（${p.termStart}，见设置表）：年份是否写错？如果日期没错，请点“仍然保存”`,
    (p) => `The date ${p.date} is before the term started (${p.termStart}, in Settings): is the year right? If the date is right, choose "Save anyway"`,
  ),
  dateLongAgo: entry(
    (p) => `日期 ${p.date} 是一年多以前（早于 ${p.limit}）：年份是否写错？如果日期没错，请点“仍然保存”`,
    (p) => `The date ${p.date} is more than a year ago (before ${p.limit}): is the year right? If the date is right, choose "Save anyway"`,
  ),
  nextBeforeContact: entry(
    () => `下次跟进不能早于这次联系的日期`,
    () => `The next follow-up cannot be before this contact`,
  ),
  fieldTooLong: entry(
    (p) => `“${p.zh}”最多 ${p.max} 个字`,
    (p) => `${p.en} can be at most ${p.max} characters`,
  ),
  amountNeeded: entry(
    () => `请填写现金或物资估值（至少一项）`,
    () => `Enter the cash or the in-kind value (at least one)`,
  ),
  inKindNegative: entry(
    () => `物资估值不能为负数`,
    () => `The in-kind value cannot be negative`,
  ),
  unknownEvent: entry(
    (p) => `活动表中没有“${p.value}”`,
    (p) => `"${p.value}" is not in the Events tab`,
  ),
  unknownMember: entry(
    (p) => `“${p.value}”不是在部成员`,
    (p) => `"${p.value}" is not an active member`,
  ),
  nameHasSeparator: entry(
    (p) => `成员姓名“${p.value}”含有分隔符（、,;/%），无法记为经办人：请先在成员表中改名`,
    (p) => `The member name "${p.value}" contains a separator (、,;/%) and cannot be credited: rename it in the Members tab first`,
  ),
  weightMissing: entry(
    (p) => `请填写“${p.name}”的比例，或清空所有比例以平均分配`,
    (p) => `Enter a share for ${p.name}, or clear every share to split equally`,
  ),
  badWeight: entry(
    (p) => `比例“${p.value}”无效：请填写 0 到 100 之间的数字，最多两位小数`,
    (p) => `"${p.value}" is not a share: use a number from 0 to 100 with at most two decimals`,
  ),
  weightsTotal: entry(
    (p) => `比例合计为 ${p.total}%，必须正好是 100%`,
    (p) => `The shares add up to ${p.total}%; they must total exactly 100%`,
  ),
  badStatusChoice: entry(
    () => `请选择状态`,
    () => `Choose a status`,
  ),
  rateRange: entry(
    (p) => `佣金比例“${p.value}”无效：请填写 0 到 100 之间的百分数`,
    (p) => `"${p.value}" is not a commission rate: use a percentage from 0 to 100`,
  ),
  feeInvalid: entry(
    (p) => `“${p.zh}”无效：请填写不小于 0 的金额，如 5 或 20.50`,
    (p) => `${p.en} is not valid: use an amount of 0 or more, such as 5 or 20.50`,
  ),
  limitInvalid: entry(
    (p) => `“${p.zh}”无效：请填写不小于 1 的整数`,
    (p) => `${p.en} is not valid: use a whole number of 1 or more`,
  ),
  noMembers: entry(
    () => `成员表中没有在部成员：请先在“成员”工作表中添加`,
    () => `There are no active members: add them to the Members tab first`,
  ),
  fixFields: entry(
    (p) => `有 ${p.n} 处需要修改，未保存任何内容`,
    (p) => `${p.n} ${Number(p.n) === 1 ? "field needs" : "fields need"} fixing; nothing was saved`,
  ),
  chooseMember: entry(
    () => `请先选择你是哪位成员`,
    () => `Choose which member you are first`,
  ),
  nothingToSave: entry(
    () => `还没有为任何成员选择考勤状态`,
    () => `No member has a status yet`,
  ),
} satisfies Record<string, Entry>;

export type SidebarKey = keyof typeof SIDEBAR_MESSAGES;
export interface SidebarMsg {
  key: SidebarKey;
  params?: P;
}

/** A sentence from either catalogue: domain messages (amounts, dates, rates) or the sidebars' own. */
export type AnyMsg = Msg | SidebarMsg;

export function renderMsg(msg: AnyMsg, lang: Lang): string {
  if (msg.key in SIDEBAR_MESSAGES) return SIDEBAR_MESSAGES[msg.key as SidebarKey][lang](msg.params ?? {});
  if (msg.key in DOMAIN) return renderDomain(msg as Msg, lang);
  return msg.key;
}

/** Form field errors, rendered for the page: field name → sentence. */
export type FieldErrors = Record<string, string>;

export function renderFields(errors: Partial<Record<string, AnyMsg>>, lang: Lang): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, msg] of Object.entries(errors)) if (msg) out[field] = renderMsg(msg, lang);
  return out;
}
