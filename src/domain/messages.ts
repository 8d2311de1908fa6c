/**
 * Every user-facing sentence, in zh-CN and en. Members read Chinese first and often English,
 * so each message exists in both and nothing user-facing is built elsewhere.
 */
export type Lang = "zh" | "en";

type P = Record<string, string | number>;
type Entry = { zh: (p: P) => string; en: (p: P) => string };

const entry = (zh: (p: P) => string, en: (p: P) => string): Entry => ({ zh, en });
const plural = (n: string | number, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;
const rowsCols = (rows: string | number, cols: string | number) => `${plural(rows, "row", "rows")} × ${plural(cols, "column", "columns")}`;

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
  rangeSizes: entry(
    (p) =>
      `${p.fn} 的区域大小不一致：${p.firstZh}（${p.first}）为 ${p.firstRows} 行 × ${p.firstCols} 列，而${p.secondZh}（${p.second}）为 ${p.secondRows} 行 × ${p.secondCols} 列，两者必须相同`,
    (p) =>
      `${p.fn} has mismatched range sizes: ${p.first} has ${rowsCols(p.firstRows, p.firstCols)} but ${p.second} has ${rowsCols(p.secondRows, p.secondCols)}; they must be the same size`,
  ),
  notOneCell: entry(
    (p) => `${p.fn} 的${p.argZh}（${p.arg}）应为一个单元格或一个数，而不是 ${p.rows} 行 × ${p.cols} 列的区域`,
    (p) => `${p.fn}'s ${p.arg} must be one cell or a number, not a range of ${rowsCols(p.rows, p.cols)}`,
  ),
  contradictoryCodes: entry(
    (p) => `考勤状态“${p.value}”自相矛盾：“${p.first}”和“${p.second}”不能同时成立，请只保留一种（能组合的只有 迟到+早退）`,
    (p) => `"${p.value}" contradicts itself: "${p.first}" and "${p.second}" cannot both be true. Keep one (only late and left early combine, as 迟到+早退)`,
  ),
  weightsNot100: entry(
    (p) => `分成合计 ${p.total}（${p.zhList}），应为 100%：佣金暂按所填比例分配，请改正`,
    (p) => `Shares add up to ${p.total} (${p.enList}), not 100%: the commission is split in proportion until this is fixed`,
  ),
  creditZeroShare: entry(
    (p) => `经办人“${p.name}”的比例为 0%，分不到佣金：请填写比例或删去这个名字`,
    (p) => `${p.name} has a 0% share and gets no commission: give a share or remove the name`,
  ),
  creditLeftOut: entry(
    (p) => `经办人“${p.name}”没有填比例，而其他人的比例已合计 ${p.total}，${p.name} 分不到佣金：请填写比例或删去这个名字`,
    (p) => `${p.name} has no share, but the others' shares already add up to ${p.total}, so ${p.name} gets no commission: give a share or remove the name`,
  ),
  creditRepeated: entry(
    (p) => `经办人“${p.name}”写了 ${p.count} 次，只按一人计算：请确认是不是写错了别人的名字`,
    (p) => `${p.name} is named ${p.count} times in Credited to and counts once: check that another member's name was not meant`,
  ),
  creditNoName: entry(
    (p) => `经办人中的“${p.value}”没有姓名，未计入：请在比例前写上成员姓名`,
    (p) => `"${p.value}" in Credited to names nobody and was not counted: write the member's name before the share`,
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
  wroteBeside: entry(
    (p) => `已有一个不是本插件生成的“${p.beside}”工作表，它保持原样；新内容写在“${p.tab}”中`,
    (p) => `A tab named "${p.beside}" that the add-on did not make already exists and was left as it is; the new one is "${p.tab}"`,
  ),
  tabTwice: entry(
    (p) => `“${p.first}”和“${p.second}”都是“${p.zh}”工作表：只读取“${p.first}”，“${p.second}”中的内容都未计入。请把两者合并，再删除或重命名其中一个`,
    (p) =>
      `"${p.first}" and "${p.second}" are both the "${p.en}" tab: only "${p.first}" is read, and nothing in "${p.second}" is counted. Merge them, then delete or rename one`,
  ),
  tabTwiceWrite: entry(
    (p) => `“${p.first}”和“${p.second}”都是“${p.zh}”工作表，不知道该写到哪一个，所以什么都没有写。请把两者合并，再删除或重命名其中一个`,
    (p) =>
      `"${p.first}" and "${p.second}" are both the "${p.en}" tab, so there is no telling which one to write to, and nothing was written. Merge them, then delete or rename one`,
  ),
  columnTwice: entry(
    (p) => `${p.first} 和 ${p.second} 都是“${p.zh}”列：只读取 ${p.first}；${p.second} 中与之不同的内容不计入（已逐格标出）。请合并为一列`,
    (p) =>
      `${p.first} and ${p.second} are both the "${p.en}" column: only ${p.first} is read; where ${p.second} says something else it is not counted (each such cell is marked). Merge them into one column`,
  ),
  notCounted: entry(
    (p) => `“${p.value}”未计入：同名的“${p.zh}”列出现两次，本行按 ${p.first}（${p.other === "" ? "空白" : `“${p.other}”`}）计算`,
    (p) =>
      `"${p.value}" is not counted: the "${p.en}" column appears twice, and this row is read from ${p.first} (${p.other === "" ? "blank" : `"${p.other}"`})`,
  ),
  meetingTwice: entry(
    (p) => `${p.first} 和 ${p.second} 都是 ${p.date} 的例会：这次例会只算一次，每人取有记录的那一格；两格不同时按 ${p.first} 计算（已逐格标出）`,
    (p) =>
      `${p.first} and ${p.second} are both the meeting of ${p.date}: it counts once, each member's record is taken from the cell that is filled, and ${p.first} counts where the two differ (each such cell is marked)`,
  ),
  meetingConflict: entry(
    (p) => `“${p.value}”与 ${p.first} 的“${p.other}”不一致（同一次例会 ${p.date}）：按 ${p.first} 计算`,
    (p) => `"${p.value}" disagrees with "${p.other}" in ${p.first} (the same meeting, ${p.date}): ${p.first} counts`,
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
    (p) =>
      `"${p.sponsor}" is owned by ${p.owner} (stage: ${p.stageEn}), but this sponsorship credits ${p.names}: make sure two members are not pitching the same shop`,
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
  settingsProtected: entry(
    (p) => `“${p.sheet}”表受保护，只有它的编辑者（部长）可以修改设置。未做任何修改：请部长来改，或请部长把你加为该表的编辑者`,
    (p) =>
      `The "${p.sheet}" tab is protected: only its editors (the head) can change the settings. Nothing was changed: ask the head to make the change, or to add you as an editor of the tab`,
  ),
  tabProtected: entry(
    (p) => `“${p.sheet}”表受保护，你的 Google 帐号不是它的编辑者。未做任何修改：请有权限的人（如部长）操作，或请部长把你加为该表的编辑者`,
    (p) =>
      `The "${p.sheet}" tab is protected and your Google account is not one of its editors. Nothing was changed: ask someone who may edit it (such as the head), or ask the head to add you as an editor`,
  ),
  cellsProtected: entry(
    (p) => `表格中有你的 Google 帐号不能编辑的受保护单元格（${p.sheets}），操作未完成：请有权限的人（如部长）操作，或请部长把你加为编辑者`,
    (p) =>
      `Some cells are protected and your Google account may not edit them (${p.sheets}), so this could not be done: ask someone who may edit them (such as the head), or ask the head to add you as an editor`,
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

const CLIP = 200;

/**
 * A cell can hold 50,000 characters: a message quotes the start and the end of a long value, so a
 * note, a dialog or a terminal line stays readable (the cell address says where the rest is).
 */
function clipped(params: P): P {
  let out: P | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string" && v.length > CLIP) (out ??= { ...params })[k] = `${v.slice(0, 100)}…${v.slice(-20)}`;
  }
  return out ?? params;
}

export function render(msg: Msg, lang: Lang): string {
  return MESSAGES[msg.key][lang](clipped(msg.params ?? {}));
}

/** Both languages, zh first: for places that cannot know the reader's language (a cell error). */
export function renderBoth(msg: Msg): string {
  return `${render(msg, "zh")} | ${render(msg, "en")}`;
}

/** zh for a zh* locale (zh_CN, zh_TW, zh-HK…), otherwise en. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh/i.test(locale) ? "zh" : "en";
}
