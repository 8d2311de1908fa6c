/**
 * What the sidebars say about a form: each message names the field it belongs to, in zh-CN and en.
 * Pure, so the page shows the same sentence before saving that the server would answer after.
 */
import { MESSAGES as DOMAIN, type Msg, render as renderDomain } from "../domain/messages";
import { type Lang, type Params, type Text, t, text } from "../domain/text";

export const SIDEBAR_MESSAGES = {
  fieldRequired: text("请填写“{zh}”", "{en} is required"),
  memberHasEmail: text(
    "“{value}”在成员表中登记了邮箱，只能用该邮箱的 Google 帐号打开",
    '"{value}" has an email in the Members tab: only that Google account is recognised as them',
  ),
  contactInFuture: text("联系日期不能晚于今天（{today}）", "The contact date cannot be after today ({today})"),
  dateAfterToday: text(
    "日期 {date} 晚于今天（{today}）：这笔赞助还没有发生？如果日期没错，请点“仍然保存”",
    'The date {date} is after today ({today}): has this sponsorship happened yet? If the date is right, choose "Save anyway"',
  ),
  dateBeforeTerm: text(
    "日期 {date} 早于本学期开始（{termStart}，见设置表）：年份是否写错？如果日期没错，请点“仍然保存”",
    'The date {date} is before the term started ({termStart}, in Settings): is the year right? If the date is right, choose "Save anyway"',
  ),
  dateLongAgo: text(
    "日期 {date} 是一年多以前（早于 {limit}）：年份是否写错？如果日期没错，请点“仍然保存”",
    'The date {date} is more than a year ago (before {limit}): is the year right? If the date is right, choose "Save anyway"',
  ),
  sponsorLooksLike: text(
    "“{name}”看起来就是赞助商表中已有的“{known}”：用已有的这家，还是作为新赞助商添加？",
    '"{name}" looks like "{known}", already in the Sponsors tab: use that one, or add it as a new sponsor?',
  ),
  nextBeforeContact: text("下次跟进不能早于这次联系的日期", "The next follow-up cannot be before this contact"),
  fieldTooLong: text("“{zh}”最多 {max} 个字", "{en} can be at most {max} characters"),
  amountNeeded: text("请填写现金或物资估值（至少一项）", "Enter the cash or the in-kind value (at least one)"),
  inKindNegative: text("物资估值不能为负数", "The in-kind value cannot be negative"),
  unknownEvent: text("活动表中没有“{value}”", '"{value}" is not in the Events tab'),
  unknownPackage: text("方案表中没有“{value}”", '"{value}" is not in the Packages tab'),
  unknownMember: text("“{value}”不是在部成员", '"{value}" is not an active member'),
  nameHasSeparator: text(
    "成员姓名“{value}”含有分隔符（、,;/%），无法记为经办人：请先在成员表中改名",
    'The member name "{value}" contains a separator (、,;/%) and cannot be credited: rename it in the Members tab first',
  ),
  weightMissing: text("请填写“{name}”的比例，或清空所有比例以平均分配", "Enter a share for {name}, or clear every share to split equally"),
  badWeight: text(
    "比例“{value}”无效：请填写 0 到 100 之间的数字，最多两位小数",
    '"{value}" is not a share: use a number from 0 to 100 with at most two decimals',
  ),
  weightsTotal: text("比例合计为 {total}%，必须正好是 100%", "The shares add up to {total}%; they must total exactly 100%"),
  badStatusChoice: text("请选择状态", "Choose a status"),
  rateRange: text("佣金比例“{value}”无效：请填写 0 到 100 之间的百分数", '"{value}" is not a commission rate: use a percentage from 0 to 100'),
  feeInvalid: text("“{zh}”无效：请填写不小于 0 的金额，如 5 或 20.50", "{en} is not valid: use an amount of 0 or more, such as 5 or 20.50"),
  accountDateFuture: text("日期 {date} 在今天（{today}）之后：请记已经发生的收支", "{date} is after today ({today}): record money that has already moved"),
  accountDateBeforeBook: text(
    "日期 {date} 早于收支账的开始 {start}（期初日期或学期开始）：这样的记录不计入收支账。请核对日期",
    "{date} is before the cash book starts on {start} (the opening date or the term start): such a line would not be counted. Check the date",
  ),
  fineDateBeforeTerm: text(
    "日期 {date} 早于学期开始 {start}：罚款按学期计算，这一笔不会计入本学期。请核对日期",
    "{date} is before the term starts on {start}: fines count per term, so this one would count nowhere. Check the date",
  ),
  amountInvalid: text("“{zh}”无效：请填写金额，如 350 或 1,234.56", "{en} is not valid: use an amount such as 350 or 1,234.56"),
  clockInvalid: text("“{zh}”无效：请写成 19:00 这样的时间", "{en} is not valid: write a time such as 19:00"),
  minutesInvalid: text("“{zh}”无效：请填写 {min} 到 {max} 的整数（分钟）", "{en} is not valid: use a whole number of minutes from {min} to {max}"),
  limitInvalid: text("“{zh}”无效：请填写不小于 1 的整数", "{en} is not valid: use a whole number of 1 or more"),
  noMembers: text("成员表中没有在部成员：请先在“成员”工作表中添加", "There are no active members: add them to the Members tab first"),
  fixFields: text("有 {n} 处需要修改，未保存任何内容", "{n} {n|field needs|fields need} fixing; nothing was saved"),
  chooseMember: text("请先选择你是哪位成员", "Choose which member you are first"),
  meetingTooLongAgo: text(
    "例会日期 {date} 早于 {limit}：只能为最近 30 天内或以后的例会请假",
    "The meeting date {date} is before {limit}: leave can be asked for meetings of the last 30 days or later",
  ),
  meetingTooFar: text("例会日期 {date} 晚于 {limit}：年份是否写错？", "The meeting date {date} is after {limit}: is the year right?"),
  leaveTwicePending: text("{date} 的例会你已有一条待审批的请假申请，无需重复提交", "You already have a pending leave request for the meeting of {date}"),
  leaveTwiceApproved: text("{date} 的例会你的请假已获批准，无需再次申请", "Your leave for the meeting of {date} is already approved"),
  overrideNeeded: text(
    "这条申请在例会开始后才提交：批准属于特批，请在“审批意见”中写明理由",
    "This request came after the meeting started: approving it is an override, so give the reason in the note",
  ),
  leaveGone: text(
    "请假表中已找不到 {name} {date} 的这条申请（可能被删除或修改），未做任何修改",
    "{name}'s request for {date} is no longer in the Leave tab (deleted or changed?), so nothing was changed",
  ),
  leaveDecided: text(
    "{name} {date} 的申请已由 {byZh} 审批为“{statusZh}”，未做任何修改",
    "{name}'s request for {date} was already {statusEn} by {byEn}, so nothing was changed",
  ),
  onlyHead: text("只有部长可以审批请假（你是 {name}）", "Only the head (部长) can decide leave requests (you are {name})"),
  headUnproven: text(
    "审批请假需要证明部长身份：请部长在“数据 → 保护工作表和范围”中把“设置”表的保护改为“限制可以修改此范围的用户”，只留自己。在此之前无法审批",
    "Deciding leave needs proof that you are the head: open Data → Protect sheets and ranges → Settings and choose “Restrict who can edit this range”, keeping only yourself. Until then nobody can decide",
  ),
  headNotEditor: text(
    "你的 Google 帐号不能编辑受保护的“设置”表，所以不能以部长身份审批请假",
    "Your Google account may not edit the protected Settings tab, so you cannot decide leave as the head",
  ),
  nothingToSave: text("还没有为任何成员选择考勤状态", "No member has a status yet"),
  // 记账 / Record expense or fine, and paying back reimbursements.
  accountTypeChoice: text("请选择类型：支出、其他收入、罚款缴纳或罚款减免", "Choose a type: expense, other income, fine paid or fine waived"),
  amountNotPositive: text(
    "金额须大于 0：支出和罚款也填正数，类型已说明钱的去向",
    "The amount must be more than 0: an expense or a fine is positive too, the type says which way the money went",
  ),
  amountTooPrecise: text(
    "金额“{value}”超过两位小数：请精确到分，如 95.80",
    'The amount "{value}" has more than two decimals: enter it to the fen, such as 95.80',
  ),
  paidByChoice: text("请选择由谁支付：部门现金或成员垫付", "Choose who paid: the department's cash, or a member who advanced it"),
  fineMemberRequired: text("罚款缴纳和减免须选择成员（谁交的，或谁被减免）", "A fine paid or waived needs the member (who paid it, or whose fine is waived)"),
  advancedMemberRequired: text(
    "成员垫付的支出须选择垫付的成员，否则不知道还给谁",
    "An expense a member advanced needs that member, or nobody knows whom to pay back",
  ),
  waiverReasonRequired: text("罚款减免由部长决定：请在“备注”中写明理由", "A waiver is the head's decision: write the reason in Notes"),
  waiverOnlyHead: text("只有部长可以登记罚款减免（你是 {name}）", "Only the head (部长) can record a fine waiver (you are {name})"),
  waiverWhoAreYou: text(
    "只有部长可以登记罚款减免，而无法确认你是哪位成员：请先在“审批”或“我的跟进”中选择你是谁",
    "Only the head (部长) can record a fine waiver, and the add-on cannot tell which member you are: choose yourself in Approvals or My follow-ups first",
  ),
  waiverHeadUnproven: text(
    "登记罚款减免需要证明部长身份：请部长在“数据 → 保护工作表和范围”中把“设置”表的保护改为“限制可以修改此范围的用户”，只留自己",
    "Recording a waiver needs proof that you are the head: open Data → Protect sheets and ranges → Settings and choose “Restrict who can edit this range”, keeping only yourself",
  ),
  waiverHeadNotEditor: text(
    "你的 Google 帐号不能编辑受保护的“设置”表，所以不能以部长身份登记罚款减免",
    "Your Google account may not edit the protected Settings tab, so you cannot record a waiver as the head",
  ),
  fineOverOwed: text(
    "{name} 目前尚欠罚款 {owed}，这次登记 {amount}，多出 {over}：金额是否写错？如果没错，请点“仍然保存”",
    '{name} owes {owed} in fines and this records {amount}, {over} more: is the amount right? If it is, choose "Save anyway"',
  ),
  expenseChanged: text(
    "“{sheet}”第 {row} 行已不是 {name} {date} 的这笔支出（{item}，{amount}）：可能被移动、修改或删除，未做任何修改",
    "Row {row} of {sheet} no longer holds the expense of {date} by {name} ({item}, {amount}): it was moved, changed or deleted, so nothing was changed",
  ),
  expenseDateTyped: text(
    "{sheet} 第 {row} 行已填报销日期“{on}”，但报销状态仍是待报销：未做任何修改。若已在那天还款，请在表中把报销状态改为“已报销”；否则清空报销日期后再点已还款",
    'Row {row} of {sheet} already has "{on}" as its reimbursement date while its status is still to reimburse, so nothing was changed. If the member was paid back that day, set the status to Reimbursed in the sheet; if not, clear the date and press Paid back again',
  ),
  expenseReimbursed: text(
    "{name} {date} 的这笔支出（{item}，{amount}）已经报销（{on}），未做任何修改",
    "The expense of {date} by {name} ({item}, {amount}) was already reimbursed ({on}), so nothing was changed",
  ),
} satisfies Record<string, Text>;

export type SidebarKey = keyof typeof SIDEBAR_MESSAGES;
export interface SidebarMsg {
  key: SidebarKey;
  params?: Params;
}

/** A sentence from either catalogue: domain messages (amounts, dates, rates) or the sidebars' own. */
export type AnyMsg = Msg | SidebarMsg;

export function renderMsg(msg: AnyMsg, lang: Lang): string {
  if (msg.key in SIDEBAR_MESSAGES) return t(SIDEBAR_MESSAGES[msg.key as SidebarKey], lang, msg.params);
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
