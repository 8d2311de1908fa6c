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
  badBasis: entry(
    (p) => `无法识别的佣金基数“${p.value}”：请填写 仅现金 或 现金+物资`,
    (p) => `"${p.value}" is not a commission basis: use Cash only or Cash and in-kind`,
  ),
  badLang: entry(
    (p) => `无法识别的报告语言“${p.value}”：请填写 zh 或 en`,
    (p) => `"${p.value}" is not a report language: use zh or en`,
  ),
  tabMissing: entry(
    (p) => `找不到“${p.zh}”工作表（查找了：${p.looked}）。请运行“初始化表格”或把工作表改回这个名字`,
    (p) => `No "${p.en}" tab (looked for: ${p.looked}). Run "Set up sheets" or rename the tab back`,
  ),
  columnMissing: entry(
    (p) => `缺少必需的列“${p.zh}”（或 “${p.en}”）：请在表头行添加，或运行“初始化表格”`,
    (p) => `The required column "${p.en}" (or "${p.zh}") is missing: add it to the header row or run "Set up sheets"`,
  ),
  required: entry(
    (p) => `“${p.zh}”不能为空：这一行未计入`,
    (p) => `"${p.en}" is empty: this row was not counted`,
  ),
  badChoice: entry(
    (p) => `无法识别的“${p.value}”：可选 ${p.zh}`,
    (p) => `"${p.value}" is not one of: ${p.en}`,
  ),
  duplicate: entry(
    (p) => `“${p.value}”重复（首次出现在 ${p.first}）：这一行被忽略`,
    (p) => `"${p.value}" appears again (first at ${p.first}): this row is ignored`,
  ),
  unknown_member: entry(
    (p) => `成员表中没有“${p.value}”`,
    (p) => `"${p.value}" is not in the Members tab`,
  ),
  unknown_member_suggest: entry(
    (p) => `成员表中没有“${p.value}”，是否是“${p.suggestion}”？`,
    (p) => `"${p.value}" is not in the Members tab. Did you mean "${p.suggestion}"?`,
  ),
  unknown_sponsor: entry(
    (p) => `赞助商表中没有“${p.value}”：请先在赞助商表中添加`,
    (p) => `"${p.value}" is not in the Sponsors tab: add it there first`,
  ),
  unknown_sponsor_suggest: entry(
    (p) => `赞助商表中没有“${p.value}”，是否是“${p.suggestion}”？`,
    (p) => `"${p.value}" is not in the Sponsors tab. Did you mean "${p.suggestion}"?`,
  ),
  unknown_event: entry(
    (p) => `活动表中没有“${p.value}”`,
    (p) => `"${p.value}" is not in the Events tab`,
  ),
  unknown_event_suggest: entry(
    (p) => `活动表中没有“${p.value}”，是否是“${p.suggestion}”？`,
    (p) => `"${p.value}" is not in the Events tab. Did you mean "${p.suggestion}"?`,
  ),
  noCredit: entry(
    () => `已到账的赞助没有填写经办人：佣金计入“未分配”`,
    () => `A received sponsorship credits nobody: its commission goes to "unassigned"`,
  ),
  busy: entry(
    () => `另一位成员正在修改表格（如生成月报或保存记录），请稍后再试`,
    () => `Someone else is changing the sheet right now (a report or a save is running). Please try again in a moment`,
  ),
  commissionColumnTyped: entry(
    (p) => `“${p.column}”列下方已有手填内容，未写入佣金公式：请清空该列后再运行“初始化表格”`,
    (p) => `The "${p.column}" column already holds typed values, so no commission formula was written: clear it and run "Set up sheets" again`,
  ),
  reportBusy: entry(
    () => `月报正在由另一位成员生成，请稍候片刻再查看`,
    () => `A report is already being generated by someone else: please wait a moment and look again`,
  ),
  noLedger: entry(
    (p) => `找不到“赞助记录”工作表（查找了：${p.looked}），无法生成月报。请运行“初始化表格”或把工作表改回这个名字`,
    (p) => `No "Sponsorships" tab (looked for: ${p.looked}), so there is nothing to report. Run "Set up sheets" or rename the tab back`,
  ),
  badRequest: entry(
    (p) => `请求无效：${p.detail}`,
    (p) => `Invalid request: ${p.detail}`,
  ),
  badYesNo: entry(
    (p) => `无法识别的“${p.value}”：请填写 是 或 否`,
    (p) => `"${p.value}" is not yes or no`,
  ),
  ownedByOther: entry(
    (p) => `“${p.sponsor}”由 ${p.owner} 负责（阶段：${p.stageZh}），这笔赞助却记在 ${p.names} 名下：请确认没有重复联系同一商家`,
    (p) => `"${p.sponsor}" is owned by ${p.owner} (stage: ${p.stageEn}), but this sponsorship credits ${p.names}: make sure two members are not pitching the same shop`,
  ),
  noDeliverable: entry(
    (p) => `已到账的赞助“${p.sponsor}”${p.event ? `（${p.event}）` : ""}还没有登记赞助回报：请在“赞助回报”表中添加`,
    (p) => `The received sponsorship from "${p.sponsor}"${p.event ? ` (${p.event})` : ""} has no deliverable recorded: add one in the Deliverables tab`,
  ),
  noLedgerTab: entry(
    () => `找不到“赞助记录”工作表：请运行“初始化表格”或把工作表改回这个名字`,
    () => `No "Sponsorships" tab: run "Set up sheets" or rename the tab back`,
  ),
  payoutChanged: entry(
    () => `确认期间赞助记录有改动，未填写任何发放日期：请重新执行“发放佣金”`,
    () => `The ledger changed while you were confirming, so no date was filled in: run "Mark commissions paid" again`,
  ),
  unknownMember: entry(
    (p) => `成员表中没有“${p.value}”${p.suggestion ? `，是否是“${p.suggestion}”？` : ""}`,
    (p) => `"${p.value}" is not in the Members tab${p.suggestion ? `. Did you mean "${p.suggestion}"?` : ""}`,
  ),
  sponsorGone: entry(
    (p) => `赞助商表中已没有“${p.value}”（可能被改名或删除），未保存：请重新打开侧边栏`,
    (p) => `"${p.value}" is no longer in the Sponsors tab (renamed or deleted?), so nothing was saved: reopen the sidebar`,
  ),
  notYourSponsor: entry(
    (p) => `“${p.value}”由 ${p.owner || "（无人）"} 负责：只有负责人或部长可以记录联系`,
    (p) => `"${p.value}" is owned by ${p.owner || "nobody"}: only its owner or the head can log a contact`,
  ),
  badYear: entry(
    (p) => `无法识别的年份“${p.value}”：请写成 2026`,
    (p) => `"${p.value}" is not a year: write it as 2026`,
  ),
  settingsChanged: entry(
    () => `打开侧边栏后，设置表已被他人修改：请重新打开“设置”再改`,
    () => `Someone changed the Settings tab after this sidebar opened: reopen Settings and make your change again`,
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
