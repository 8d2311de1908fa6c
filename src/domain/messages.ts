/**
 * The errors and problems a user sees, in zh-CN and en: what could not be read, counted or done,
 * and what to do about it. Rendered only through `t()` (./text).
 */
import { type Lang, type Params, type Text, t, text } from "./text";

export type { Lang } from "./text";

export const MESSAGES = {
  badAmount: text(
    "无法识别的金额“{value}”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）",
    '"{value}" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)',
  ),
  badRate: text(
    "无法识别的比例“{value}”：请填写 0 到 1 之间的小数（如 0.15）或百分比（如 15%）",
    '"{value}" is not a rate: use a number from 0 to 1 (such as 0.15) or a percentage (such as 15%)',
  ),
  rateOutOfRange: text("比例“{value}”超出范围：必须在 0 到 1（0% 到 100%）之间", 'Rate "{value}" is out of range: it must be from 0 to 1 (0% to 100%)'),
  badFee: text("罚款金额“{value}”无效：请填写不小于 0 的金额，如 5 或 ¥20", 'Fee "{value}" is not valid: use an amount of 0 or more, such as 5 or ¥20'),
  badLimit: text("次数“{value}”无效：请填写不小于 1 的整数", 'Limit "{value}" is not valid: use a whole number of 1 or more'),
  badCode: text("无法识别的考勤状态“{value}”。可用：{codes}", '"{value}" is not an attendance code. Accepted: {codes}'),
  rangeSizes: text(
    "{fn} 的区域大小不一致：{firstZh}（{first}）为 {firstRows} 行 × {firstCols} 列，而{secondZh}（{second}）为 {secondRows} 行 × {secondCols} 列，两者必须相同",
    "{fn} has mismatched range sizes: {first} has {firstRows} {firstRows|row|rows} × {firstCols} {firstCols|column|columns} but {second} has {secondRows} {secondRows|row|rows} × {secondCols} {secondCols|column|columns}; they must be the same size",
  ),
  notOneCell: text(
    "{fn} 的{argZh}（{arg}）应为一个单元格或一个数，而不是 {rows} 行 × {cols} 列的区域",
    "{fn}'s {arg} must be one cell or a number, not a range of {rows} {rows|row|rows} × {cols} {cols|column|columns}",
  ),
  contradictoryCodes: text(
    "考勤状态“{value}”自相矛盾：“{first}”和“{second}”不能同时成立，请只保留一种（能组合的只有 迟到+早退）",
    '"{value}" contradicts itself: "{first}" and "{second}" cannot both be true. Keep one (only late and left early combine, as 迟到+早退)',
  ),
  weightsNot100: text(
    "分成合计 {total}（{zhList}），应为 100%：佣金暂按所填比例分配，请改正",
    "Shares add up to {total} ({enList}), not 100%: the commission is split in proportion until this is fixed",
  ),
  creditZeroShare: text(
    "经办人“{name}”的比例为 0%，分不到佣金：请填写比例或删去这个名字",
    "{name} has a 0% share and gets no commission: give a share or remove the name",
  ),
  creditLeftOut: text(
    "经办人“{name}”没有填比例，而其他人的比例已合计 {total}，{name} 分不到佣金：请填写比例或删去这个名字",
    "{name} has no share, but the others' shares already add up to {total}, so {name} gets no commission: give a share or remove the name",
  ),
  creditRepeated: text(
    "经办人“{name}”写了 {count} 次，只按一人计算：请确认是不是写错了别人的名字",
    "{name} is named {count} times in Credited to and counts once: check that another member's name was not meant",
  ),
  creditNoName: text(
    "经办人中的“{value}”没有姓名，未计入：请在比例前写上成员姓名",
    '"{value}" in Credited to names nobody and was not counted: write the member\'s name before the share',
  ),
  warnLateOrEarly: text("迟到/早退 {count} 次", "late or left early {count} {count|time|times}"),
  warnAbsent: text("缺席 {count} 次", "absent {count} {count|time|times}"),
  // {List} is {list} with its first letter capitalised: the list starts the English sentence.
  warnReview: text("{list}，需部长审议", "{List}: for the head's review"),
  badDate: text(
    "无法识别的日期“{value}”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日",
    '"{value}" is not a date: use a date cell or text such as 2026-11-02, 2026/11/2 or 2026年11月2日',
  ),
  badMonth: text("无法识别的月份“{value}”：请写成 2026-11", '"{value}" is not a month: write it as 2026-11'),
  badBasis: text("无法识别的佣金基数“{value}”：请填写 仅现金 或 现金+物资", '"{value}" is not a commission basis: use Cash only or Cash and in-kind'),
  badLang: text("无法识别的报告语言“{value}”：请填写 zh 或 en", '"{value}" is not a report language: use zh or en'),
  tabMissing: text(
    "找不到“{zh}”工作表（查找了：{looked}）。请运行“初始化表格”或把工作表改回这个名字",
    'No "{en}" tab (looked for: {looked}). Run "Set up sheets" or rename the tab back',
  ),
  columnMissingIn: text(
    "“{sheet}”表缺少必需的列“{zh}”（或 “{en}”，表头行 {cell}），所以无法读取：请在表头行添加，或运行“初始化表格”",
    'The {sheet} tab cannot be read: its required column "{en}" (or "{zh}") is missing from the header row ({cell}); add it or run "Set up sheets"',
  ),
  columnMissing: text(
    "缺少必需的列“{zh}”（或 “{en}”）：请在表头行添加，或运行“初始化表格”",
    'The required column "{en}" (or "{zh}") is missing: add it to the header row or run "Set up sheets"',
  ),
  required: text("“{zh}”不能为空：这一行未计入", '"{en}" is empty: this row was not counted'),
  badChoice: text("无法识别的“{value}”：可选 {zh}", '"{value}" is not one of: {en}'),
  duplicate: text("“{value}”重复（首次出现在 {first}）：这一行被忽略", '"{value}" appears again (first at {first}): this row is ignored'),
  wroteBeside: text(
    "已有一个不是本插件生成的“{beside}”工作表，它保持原样；新内容写在“{tab}”中",
    'A tab named "{beside}" that the add-on did not make already exists and was left as it is; the new one is "{tab}"',
  ),
  tabTwice: text(
    "“{first}”和“{second}”都是“{zh}”工作表：只读取“{first}”，“{second}”中的内容都未计入。请把两者合并，再删除或重命名其中一个",
    '"{first}" and "{second}" are both the "{en}" tab: only "{first}" is read, and nothing in "{second}" is counted. Merge them, then delete or rename one',
  ),
  tabTwiceWrite: text(
    "“{first}”和“{second}”都是“{zh}”工作表，不知道该写到哪一个，所以什么都没有写。请把两者合并，再删除或重命名其中一个",
    '"{first}" and "{second}" are both the "{en}" tab, so there is no telling which one to write to, and nothing was written. Merge them, then delete or rename one',
  ),
  columnTwice: text(
    "{first} 和 {second} 都是“{zh}”列：只读取 {first}；{second} 中与之不同的内容不计入（已逐格标出）。请合并为一列",
    '{first} and {second} are both the "{en}" column: only {first} is read; where {second} says something else it is not counted (each such cell is marked). Merge them into one column',
  ),
  notCounted: text(
    "“{value}”未计入：同名的“{zh}”列出现两次，本行按 {first}（“{other}”）计算",
    '"{value}" is not counted: the "{en}" column appears twice, and this row is read from {first} ("{other}")',
  ),
  notCountedBlank: text(
    "“{value}”未计入：同名的“{zh}”列出现两次，本行按 {first}（空白）计算",
    '"{value}" is not counted: the "{en}" column appears twice, and this row is read from {first} (blank)',
  ),
  meetingTwice: text(
    "{first} 和 {second} 都是 {date} 的例会：这次例会只算一次，每人取有记录的那一格；两格不同时按 {first} 计算（已逐格标出）",
    "{first} and {second} are both the meeting of {date}: it counts once, each member's record is taken from the cell that is filled, and {first} counts where the two differ (each such cell is marked)",
  ),
  meetingConflict: text(
    "“{value}”与 {first} 的“{other}”不一致（同一次例会 {date}）：按 {first} 计算",
    '"{value}" disagrees with "{other}" in {first} (the same meeting, {date}): {first} counts',
  ),
  unknown_member: text("成员表中没有“{value}”", '"{value}" is not in the Members tab'),
  unknown_member_suggest: text("成员表中没有“{value}”，是否是“{suggestion}”？", '"{value}" is not in the Members tab. Did you mean "{suggestion}"?'),
  unknown_sponsor: text("赞助商表中没有“{value}”：请先在赞助商表中添加", '"{value}" is not in the Sponsors tab: add it there first'),
  unknown_sponsor_suggest: text("赞助商表中没有“{value}”，是否是“{suggestion}”？", '"{value}" is not in the Sponsors tab. Did you mean "{suggestion}"?'),
  unknown_event: text("活动表中没有“{value}”", '"{value}" is not in the Events tab'),
  unknown_event_suggest: text("活动表中没有“{value}”，是否是“{suggestion}”？", '"{value}" is not in the Events tab. Did you mean "{suggestion}"?'),
  noCredit: text("已到账的赞助没有填写经办人：佣金计入“未分配”", 'A received sponsorship credits nobody: its commission goes to "unassigned"'),
  busy: text(
    "另一位成员正在修改表格（如生成月报或保存记录），请稍后再试",
    "Someone else is changing the sheet right now (a report or a save is running). Please try again in a moment",
  ),
  commissionColumnTyped: text(
    "“{column}”列下方已有手填内容，未写入佣金公式：请清空该列后再运行“初始化表格”",
    'The "{column}" column already holds typed values, so no commission formula was written: clear it and run "Set up sheets" again',
  ),
  reportBusy: text("月报正在由另一位成员生成，请稍候片刻再查看", "A report is already being generated by someone else: please wait a moment and look again"),
  noLedger: text(
    "找不到“赞助记录”工作表（查找了：{looked}），无法生成月报。请运行“初始化表格”或把工作表改回这个名字",
    'No "Sponsorships" tab (looked for: {looked}), so there is nothing to report. Run "Set up sheets" or rename the tab back',
  ),
  badRequest: text("请求无效：{detail}", "Invalid request: {detail}"),
  badDateTime: text("无法识别的时间“{value}”：请写成 2026-11-04 18:30", '"{value}" is not a date and time: write it as 2026-11-04 18:30'),
  departmentTooLong: text("部门名称有 {n} 个字，太长：标题中只用前 {max} 个字", "The department name is {n} characters long: titles use only its first {max}"),
  badClock: text("无法识别的时间“{value}”：请写成 19:00", '"{value}" is not a time of day: write it as 19:00'),
  badGrace: text("宽限分钟数“{value}”无效：请填写 0 到 180 的整数", 'Grace minutes "{value}" is not valid: use a whole number from 0 to 180'),
  badLength: text(
    "例会时长“{value}”无效：请填写 1 到 1440 的整数（分钟）",
    'Meeting length "{value}" is not valid: use a whole number of minutes from 1 to 1440',
  ),
  badYesNo: text("无法识别的“{value}”：请填写 是 或 否", '"{value}" is not yes or no'),
  ownedByOther: text(
    "“{sponsor}”由 {owner} 负责（阶段：{stageZh}），这笔赞助却记在 {names} 名下：请确认没有重复联系同一商家",
    '"{sponsor}" is owned by {owner} (stage: {stageEn}), but this sponsorship credits {names}: make sure two members are not pitching the same shop',
  ),
  noDeliverable: text(
    "已到账的赞助“{sponsor}”（{event}）还没有登记赞助回报：请在“赞助回报”表中添加",
    'The received sponsorship from "{sponsor}" ({event}) has no deliverable recorded: add one in the Deliverables tab',
  ),
  lookAlikeSponsor: text(
    "“{name}”看起来与第 {row} 行的“{other}”是同一家：电话相同（{phone}）。请合并为一行，或在名称中写明两家的区别",
    '"{name}" looks like "{other}" (row {row}): same phone {phone} — merge them or tell them apart',
  ),
  lookAlikeSponsorName: text(
    "“{name}”看起来与第 {row} 行的“{other}”是同一家：去掉空格、括号和“店”“分店”等字后名称相同。请合并为一行，或在名称中写明两家的区别",
    '"{name}" looks like "{other}" (row {row}): the same name once spaces, brackets and words such as 店 (shop) or 分店 (branch) are left out — merge them or tell them apart',
  ),
  noDeliverableNoEvent: text(
    "已到账的赞助“{sponsor}”还没有登记赞助回报：请在“赞助回报”表中添加",
    'The received sponsorship from "{sponsor}" has no deliverable recorded: add one in the Deliverables tab',
  ),
  leaveNotApproved: text(
    "{name} {date} 标为“请假”，但请假表中没有已批准的申请：请部长审批，或改为“未批假”",
    "{name} is marked on leave (请假) for {date}, but the Leave tab has no approved request: the head should approve one, or change the mark to unapproved leave (未批假)",
  ),
  leaveStillPending: text(
    "{name} {date} 标为“请假”，但请假表第 {row} 行的申请还在待审批：请部长审批，或改为“未批假”",
    "{name} is marked on leave (请假) for {date}, but the request in row {row} of the Leave tab is still pending: the head should decide it, or change the mark to unapproved leave (未批假)",
  ),
  leaveWasRejected: text(
    "{name} {date} 标为“请假”，但请假表第 {row} 行的申请已被驳回：请改为“未批假”",
    "{name} is marked on leave (请假) for {date}, but the request in row {row} of the Leave tab was rejected: change the mark to unapproved leave (未批假)",
  ),
  leaveNoTab: text(
    "{name} {date} 标为“请假”，但没有“请假”工作表可以核对审批：请运行“初始化表格”添加请假表并登记已批准的申请，或改为“未批假”",
    '{name} is marked on leave (请假) for {date}, but there is no Leave tab to check the approval against: run "Set up sheets" to add it and record the approved request, or change the mark to unapproved leave (未批假)',
  ),
  leaveLateNoNote: text(
    "{name} 的请假申请（{date} 例会）在例会开始后才提交（{at}），已批准却没有写审批意见：逾期批准须写明理由",
    "{name}'s leave request for the meeting of {date} was made after the meeting started ({at}) and approved without a note: approving a late request needs the head's reason",
  ),
  leaveApprovedButCharged: text(
    "{name} {date} 已批准请假（请假表第 {row} 行），考勤却记为“{mark}”：请改为“请假”",
    "{name} has approved leave for {date} (row {row} of the Leave tab), but the attendance is marked {markEn} ({mark}): change the mark to leave (请假)",
  ),
  leaveDecisionUnsigned: text(
    "{name} 的请假申请（{date} 例会）标为“{statusZh}”，但没有{missingZh}：像是手动填写的。请改回“待审批”，由部长在“审批”中处理（会记下审批人和审批时间）",
    "{name}'s leave request for the meeting of {date} is marked {statusEn} with no record of {missingEn}: it looks typed in by hand. Set it back to pending (待审批) for the head to decide in Approvals, which records who decided and when",
  ),
  leaveApproverNotHead: text(
    "{name} 的请假申请（{date} 例会）由“{by}”批准，但“{by}”不是在任部长：请假须由部长审批，请改回“待审批”，由部长在“审批”中处理",
    '{name}\'s leave request for the meeting of {date} was approved by "{by}", who is not an active head (部长): leave must be approved by the head. Set it back to pending (待审批) for the head to decide in Approvals',
  ),
  noLedgerTab: text("找不到“赞助记录”工作表：请运行“初始化表格”或把工作表改回这个名字", 'No "Sponsorships" tab: run "Set up sheets" or rename the tab back'),
  deliverablesChanged: text(
    "确认期间赞助记录、方案或赞助回报有改动，未建立任何回报：请重新执行“生成赞助回报”",
    'Sponsorships, Packages or Deliverables changed while you were confirming, so nothing was created: run "Create deliverables" again',
  ),
  payoutChanged: text(
    "确认期间赞助记录有改动，未填写任何发放日期：请重新执行“发放佣金”",
    'The ledger changed while you were confirming, so no date was filled in: run "Mark commissions paid" again',
  ),
  unknownMember: text("成员表中没有“{value}”，是否是“{suggestion}”？", '"{value}" is not in the Members tab. Did you mean "{suggestion}"?'),
  sponsorGone: text(
    "赞助商表中已没有“{value}”（可能被改名或删除），未保存：请重新打开侧边栏",
    '"{value}" is no longer in the Sponsors tab (renamed or deleted?), so nothing was saved: reopen the sidebar',
  ),
  notYourSponsor: text("“{value}”由 {owner} 负责：只有负责人或部长可以记录联系", '"{value}" is owned by {owner}: only its owner or the head can log a contact'),
  notYourSponsorNobody: text(
    "“{value}”由 （无人） 负责：只有负责人或部长可以记录联系",
    '"{value}" is owned by nobody: only its owner or the head can log a contact',
  ),
  badYear: text("无法识别的年份“{value}”：请写成 2026", '"{value}" is not a year: write it as 2026'),
  settingsProtected: text(
    "“{sheet}”表受保护，只有它的编辑者（部长）可以修改设置。未做任何修改：请部长来改，或请部长把你加为该表的编辑者",
    'The "{sheet}" tab is protected: only its editors (the head) can change the settings. Nothing was changed: ask the head to make the change, or to add you as an editor of the tab',
  ),
  tabProtected: text(
    "“{sheet}”表受保护，你的 Google 帐号不是它的编辑者。未做任何修改：请有权限的人（如部长）操作，或请部长把你加为该表的编辑者",
    'The "{sheet}" tab is protected and your Google account is not one of its editors. Nothing was changed: ask someone who may edit it (such as the head), or ask the head to add you as an editor',
  ),
  cellsProtected: text(
    "表格中有你的 Google 帐号不能编辑的受保护单元格（{sheets}），操作未完成：请有权限的人（如部长）操作，或请部长把你加为编辑者",
    "Some cells are protected and your Google account may not edit them ({sheets}), so this could not be done: ask someone who may edit them (such as the head), or ask the head to add you as an editor",
  ),
  settingsChanged: text(
    "打开侧边栏后，设置表已被他人修改：请重新打开“设置”再改",
    "Someone changed the Settings tab after this sidebar opened: reopen Settings and make your change again",
  ),
  badFollowUpDays: text(
    "跟进间隔“{value}”无效：请填写 1 到 366 的整数（天）",
    'Follow-up interval "{value}" is not valid: use a whole number of days from 1 to 366',
  ),
  tooManyBenefits: text(
    "回报内容有 {n} 项，太多：只用前 {max} 项，请拆成几个方案",
    "The benefits list {n} items, too many: only the first {max} are used; split the package in two",
  ),
  badDueDays: text(
    "截止天数“{value}”无效：请填写活动后第几天（0 到 {max} 的整数），如 7；每项回报各一个时用“；”分隔",
    'Due "{value}" is not valid: give the days after the event (a whole number from 0 to {max}), such as 7; one per benefit separated by ";"',
  ),
  dueDaysCount: text(
    "截止天数有 {given} 个，回报内容有 {count} 项：请只填一个（全部适用），或每项回报各填一个",
    "Due lists {given} {given|number|numbers} for {count} {count|benefit|benefits}: give one for all, or one per benefit",
  ),
  packageBenefitsMissing: text(
    "此赞助选了方案“{name}”，还有 {n} 项回报未建立：{benefits}。请在赞助回报表中添加（来源填“{source}”等），或改正方案",
    'This sponsorship took the package "{name}" and {n} {n|benefit is|benefits are} not in the Deliverables tab yet: {benefits}. Add them there (Source such as "{source}"), or correct the package',
  ),
  packageUnknown: text(
    "方案表中没有“{value}”：这笔赞助的回报无法按方案核对",
    '"{value}" is not in the Packages tab: this sponsorship\'s benefits cannot be checked against it',
  ),
  accountAmountNotPositive: text(
    "金额“{value}”须大于 0：支出、收入和罚款都填正数，类型说明钱的去向（只有商家退回部门现金的款项记作负的支出）。这一行未计入",
    'The amount "{value}" must be more than 0: expenses, income and fines are all positive, the type says which way the money went (only a refund to the department\'s cash is a negative expense). This row was not counted',
  ),
  fineNeedsMember: text(
    "罚款缴纳或减免须填写“成员”（谁交的或谁被减免）：这一行未计入",
    "A fine paid or waived needs the Member (who paid it, or whose fine was waived): this row was not counted",
  ),
  waiverNeedsNote: text(
    "{name} 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴",
    "The fine waived for {name} gives no reason: a waiver is the head's decision, write the reason in Notes; until then it is not counted and the fine is still owed",
  ),
  reimbursementNotExpense: text(
    "只有“支出”才有报销：这一行的报销状态和报销日期未计入",
    "Only an expense is reimbursed: this row's reimbursement status and date were not counted",
  ),
  reimbursedOnButOwed: text(
    "报销日期填了 {date}，报销状态却是“待报销”：暂按未报销计算。已经还钱的请改为“已报销”，否则清空报销日期",
    'The reimbursement date says {date} but the status says "to reimburse": it counts as not yet paid back. If the member was paid, set it to Reimbursed; if not, clear the date',
  ),
  reimbursementNeedsMember: text(
    "报销须填写“成员”（垫付的人），否则不知道还给谁",
    "A reimbursement needs the Member who advanced the money, or nobody knows whom to pay back",
  ),
  reimbursedBeforeSpent: text(
    "报销日期 {date} 早于支出日期 {spent}：按 {spent} 计入收支账，请改正",
    "Reimbursed on {date}, before the expense on {spent}: the cash book counts it on {spent}; correct the date",
  ),
  reimbursedUndated: text(
    "已报销但没有报销日期：收支账按支出当天 {date} 计算，请填写实际还钱的日期",
    "Reimbursed, but with no date: the cash book counts it on the day of the expense, {date}; enter the day the member was paid back",
  ),
  commissionPaidUndated: text(
    "佣金发放日期不是日期：这笔 {amount} 佣金算作已发放，但未计入收支账，请填写发放的日期",
    "The commission paid-on cell holds no date: this commission of {amount} counts as paid but is not in the cash book; enter the day it was paid",
  ),
  movementBeforeStart: text(
    "{date} 早于收支账的开始 {start}（期初日期，未填则为学期开始）：这笔 {amount} 应已含在期初余额中，未计入收支账。日期写错了请改正",
    "{date} is before the cash book starts on {start} (the opening date, else the term start): this {amount} belongs in the opening balance and is not counted. Correct the date if it is a slip",
  ),
  amountRounded: text(
    "金额 {value} 有不足一分的部分：按 {counted} 计（四舍五入到分），表格里的求和仍带着尾数。请确认金额",
    "The amount {value} goes below the fen: it counts as {counted} (rounded half up to the fen), while a sum in the sheet keeps the rest. Check the amount",
  ),
  cashBelowZero: text(
    "算上 {date} 的收支，部门现金为 {balance}，低于零：是否漏记了收入或期初余额，或金额填错了？",
    "With {date}'s money in and out, the department's cash is {balance}, below zero: is an income or the opening balance missing, or an amount mistyped?",
  ),
  movementTooOld: text(
    "{date} 比今天早 {years} 年以上：这笔 {amount} 未计入收支账。请核对日期，或在设置中填写期初日期",
    "{date} is more than {years} years ago: this {amount} is not counted in the cash book. Check the date, or set the opening date in Settings",
  ),
  fineBeforeTerm: text(
    "{name} 的这笔罚款日期 {date} 早于学期开始 {start}：不计入本学期罚款",
    "This fine row for {name} is dated {date}, before the term starts on {start}: it does not count toward this term's fines",
  ),
  commissionPaidBeforeSponsorship: text(
    "佣金发放日期 {paid} 早于赞助日期 {date}：请核对哪个日期写错了",
    "The commission was paid on {paid}, before the sponsorship's date {date}: check which date is wrong",
  ),
  overBudget: text("“{event}”已支出 {spent}，超出预算 {budget}（超 {over}）", '"{event}" has spent {spent}, over its budget of {budget} by {over}'),
  fineOverpaid: text(
    "{name} 缴纳和减免的罚款合计 {settled}，多于应缴的 {owed}（多 {over}）：请核对",
    "{name} has paid or been excused {settled} in fines, more than the {owed} owed (by {over}): check the rows",
  ),
} satisfies Record<string, Text>;

export type MsgKey = keyof typeof MESSAGES;
export interface Msg {
  key: MsgKey;
  params?: Params;
}

const CLIP = 200;

/**
 * A cell can hold 50,000 characters: a message quotes the start and the end of a long value, so a
 * note, a dialog or a terminal line stays readable (the cell address says where the rest is).
 */
function clipped(params: Params): Params {
  let out: Params | undefined;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string" && v.length > CLIP) (out ??= { ...params })[k] = `${v.slice(0, 100)}…${v.slice(-20)}`;
  }
  return out ?? params;
}

/** A sentence with an optional part is two texts: without the parameter (blank or missing), the second. */
const WITHOUT: { [K in MsgKey]?: [param: string, key: MsgKey] } = {
  noDeliverable: ["event", "noDeliverableNoEvent"],
  lookAlikeSponsor: ["phone", "lookAlikeSponsorName"],
  notCounted: ["other", "notCountedBlank"],
  notYourSponsor: ["owner", "notYourSponsorNobody"],
  unknownMember: ["suggestion", "unknown_member"],
};

/** Parameters a sentence derives from the ones its builder passed. */
const DERIVED: { [K in MsgKey]?: (p: Params) => Params } = {
  // The list starts the English sentence.
  warnReview: (p) => ({
    List:
      String(p.list ?? "")
        .charAt(0)
        .toUpperCase() + String(p.list ?? "").slice(1),
  }),
};

export function render(msg: Msg, lang: Lang): string {
  const params = clipped(msg.params ?? {});
  const without = WITHOUT[msg.key];
  const key = without && (params[without[0]] ?? "") === "" ? without[1] : msg.key;
  const derive = DERIVED[key];
  return t(MESSAGES[key], lang, derive ? { ...params, ...derive(params) } : params);
}

/** Both languages, zh first: for places that cannot know the reader's language (a cell error). */
export function renderBoth(msg: Msg): string {
  return `${render(msg, "zh")} | ${render(msg, "en")}`;
}

/** zh for a zh* locale (zh_CN, zh_TW, zh-HK…), otherwise en. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh/i.test(locale) ? "zh" : "en";
}
