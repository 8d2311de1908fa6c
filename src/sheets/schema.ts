/**
 * The sheet's contract: every tab and column the add-on reads or writes, in zh and en.
 * Headers are matched by name in either language (ignoring case, spaces and order), so members can
 * rearrange columns, add their own, or keep an English copy of the sheet.
 */
import { type Lang, t } from "../domain/text";

export type ColumnKind = "text" | "name" | "money" | "date" | "datetime" | "enum" | "credit" | "formula";

export interface ColumnDef {
  key: string;
  zh: string;
  en: string;
  /** Other spellings seen in hand-made sheets. */
  aliases?: string[];
  required?: boolean;
  kind: ColumnKind;
  /** For enum columns: the choices, each with its zh and en label. */
  choices?: readonly Choice[];
  /** The value must be unique within the tab (the tab's key column). */
  unique?: boolean;
  /** Column width in pixels when set-up creates it. */
  width?: number;
}

export interface Choice {
  value: string;
  zh: string;
  en: string;
  aliases?: string[];
}

export interface TabDef {
  key: TabKey;
  zh: string;
  en: string;
  aliases?: string[];
  /** A department may not keep this tab (yet): its absence is not a problem. */
  optional?: boolean;
  columns: ColumnDef[];
}

export type TabKey =
  | "members"
  | "sponsors"
  | "events"
  | "ledger"
  | "accounts"
  | "packages"
  | "attendance"
  | "leave"
  | "deliverables"
  | "contactLog"
  | "settings"
  | "log";

export const ROLES: readonly Choice[] = [
  { value: "head", zh: "部长", en: "Head" },
  { value: "deputy", zh: "副部长", en: "Deputy head" },
  { value: "member", zh: "干事", en: "Member" },
];

export const MEMBER_STATUSES: readonly Choice[] = [
  { value: "active", zh: "在部", en: "Active", aliases: ["在职", "在岗"] },
  { value: "left", zh: "离部", en: "Left", aliases: ["离职", "已离开", "退部"] },
];

export const STAGES: readonly Choice[] = [
  { value: "potential", zh: "潜在", en: "Potential" },
  { value: "contacting", zh: "联系中", en: "Contacting" },
  { value: "negotiating", zh: "洽谈中", en: "Negotiating" },
  { value: "signed", zh: "已签约", en: "Signed" },
  { value: "partner", zh: "长期合作", en: "Partner", aliases: ["long-term partner", "长期合作伙伴"] },
  { value: "declined", zh: "已拒绝", en: "Declined", aliases: ["拒绝"] },
];

export const LEDGER_STATUSES: readonly Choice[] = [
  { value: "pledged", zh: "意向", en: "Pledged", aliases: ["已承诺", "待到账"] },
  { value: "received", zh: "已到账", en: "Received", aliases: ["到账"] },
  { value: "cancelled", zh: "已取消", en: "Cancelled", aliases: ["取消", "canceled"] },
];

export const DELIVERABLE_STATUSES: readonly Choice[] = [
  { value: "pending", zh: "待办", en: "Pending", aliases: ["未完成", "进行中"] },
  { value: "done", zh: "已完成", en: "Done", aliases: ["完成"] },
  { value: "waived", zh: "取消", en: "Waived", aliases: ["已取消", "cancelled"] },
];

export const LEAVE_STATUSES: readonly Choice[] = [
  { value: "pending", zh: "待审批", en: "Pending", aliases: ["待批", "未审批"] },
  { value: "approved", zh: "已批准", en: "Approved", aliases: ["批准", "同意", "已同意"] },
  { value: "rejected", zh: "已驳回", en: "Rejected", aliases: ["驳回", "不同意", "拒绝", "已拒绝"] },
];

/** What a 收支 row records. Sponsorship income and commission payouts are not typed here: they come from 赞助记录. */
export const ACCOUNT_TYPES: readonly Choice[] = [
  { value: "expense", zh: "支出", en: "Expense", aliases: ["花费", "开支", "费用"] },
  { value: "income", zh: "其他收入", en: "Other income" },
  { value: "finePaid", zh: "罚款缴纳", en: "Fine paid", aliases: ["交罚款", "缴纳罚款"] },
  { value: "fineWaived", zh: "罚款减免", en: "Fine waived", aliases: ["免罚", "减免罚款"] },
];

/** 报销状态: blank means the department's cash paid it. */
export const REIMBURSEMENT_STATUSES: readonly Choice[] = [
  { value: "owed", zh: "待报销", en: "To reimburse", aliases: ["未报销", "to be reimbursed", "owed"] },
  { value: "done", zh: "已报销", en: "Reimbursed", aliases: ["报销完成"] },
];

export const TABS: Record<TabKey, TabDef> = {
  members: {
    key: "members",
    zh: "成员",
    en: "Members",
    aliases: ["成员名单", "部员"],
    columns: [
      { key: "name", zh: "姓名", en: "Name", required: true, unique: true, kind: "text", width: 90 },
      { key: "group", zh: "小组", en: "Group", aliases: ["组别"], kind: "text", width: 70 },
      { key: "role", zh: "职务", en: "Role", kind: "enum", choices: ROLES, width: 80 },
      { key: "status", zh: "状态", en: "Status", kind: "enum", choices: MEMBER_STATUSES, width: 70 },
      { key: "contact", zh: "联系方式", en: "Contact", kind: "text", width: 140 },
      { key: "notes", zh: "备注", en: "Notes", kind: "text", width: 200 },
    ],
  },
  sponsors: {
    key: "sponsors",
    zh: "赞助商",
    en: "Sponsors",
    aliases: ["商家", "客户资料", "客户档案"],
    columns: [
      { key: "name", zh: "赞助商", en: "Sponsor", aliases: ["商家"], required: true, unique: true, kind: "text", width: 140 },
      { key: "category", zh: "类别", en: "Category", kind: "text", width: 70 },
      { key: "contactPerson", zh: "联系人", en: "Contact person", kind: "text", width: 80 },
      { key: "phone", zh: "电话", en: "Phone", kind: "text", width: 110 },
      { key: "wechat", zh: "微信或邮箱", en: "WeChat or email", aliases: ["微信", "邮箱"], kind: "text", width: 130 },
      { key: "owner", zh: "负责人", en: "Owner", kind: "name", width: 80 },
      { key: "stage", zh: "阶段", en: "Stage", kind: "enum", choices: STAGES, width: 80 },
      { key: "lastContact", zh: "最近联系", en: "Last contact", kind: "date", width: 95 },
      { key: "nextFollowUp", zh: "下次跟进", en: "Next follow-up", kind: "date", width: 95 },
      { key: "notes", zh: "备注", en: "Notes", kind: "text", width: 200 },
      { key: "renewal", zh: "续约", en: "Renewal", kind: "text", width: 200 },
      { key: "expected", zh: "预计金额", en: "Expected amount", aliases: ["预计赞助"], kind: "money", width: 100 },
      { key: "targetEvent", zh: "目标活动", en: "Target event", kind: "text", width: 110 },
    ],
  },
  events: {
    key: "events",
    zh: "活动",
    en: "Events",
    columns: [
      { key: "name", zh: "活动", en: "Event", aliases: ["活动名称"], required: true, unique: true, kind: "text", width: 120 },
      { key: "date", zh: "日期", en: "Date", kind: "date", width: 95 },
      { key: "owner", zh: "负责人", en: "Owner", kind: "name", width: 80 },
      { key: "target", zh: "赞助目标", en: "Target", kind: "money", width: 100 },
      { key: "budget", zh: "预算", en: "Budget", kind: "money", width: 100 },
      { key: "notes", zh: "备注", en: "Notes", kind: "text", width: 200 },
    ],
  },
  ledger: {
    key: "ledger",
    zh: "赞助记录",
    en: "Sponsorships",
    aliases: ["赞助", "赞助明细", "Ledger"],
    columns: [
      { key: "date", zh: "日期", en: "Date", required: true, kind: "date", width: 95 },
      { key: "sponsor", zh: "赞助商", en: "Sponsor", aliases: ["商家"], required: true, kind: "text", width: 140 },
      { key: "event", zh: "活动", en: "Event", kind: "text", width: 110 },
      { key: "credit", zh: "经办人", en: "Credited to", aliases: ["负责人", "拉赞人"], kind: "credit", width: 140 },
      { key: "cash", zh: "现金", en: "Cash", aliases: ["金额", "赞助金额", "Amount"], kind: "money", width: 100 },
      { key: "items", zh: "物资", en: "In-kind items", aliases: ["物品"], kind: "text", width: 120 },
      { key: "inKind", zh: "物资估值", en: "In-kind value", kind: "money", width: 100 },
      { key: "status", zh: "状态", en: "Status", kind: "enum", choices: LEDGER_STATUSES, width: 75 },
      { key: "commission", zh: "佣金", en: "Commission", kind: "formula", width: 95 },
      { key: "paidOn", zh: "佣金发放日期", en: "Commission paid on", aliases: ["发放日期"], kind: "date", width: 110 },
      { key: "notes", zh: "备注", en: "Notes", kind: "text", width: 200 },
      { key: "package", zh: "方案", en: "Package", aliases: ["赞助方案"], kind: "text", width: 90 },
    ],
  },
  packages: {
    key: "packages",
    optional: true,
    zh: "方案",
    en: "Packages",
    aliases: ["赞助方案", "Sponsorship packages"],
    columns: [
      { key: "name", zh: "方案", en: "Package", aliases: ["方案名称"], required: true, unique: true, kind: "text", width: 100 },
      { key: "price", zh: "价格", en: "Price", kind: "money", width: 100 },
      { key: "benefits", zh: "回报内容", en: "Benefits", aliases: ["回报"], required: true, kind: "text", width: 320 },
      { key: "due", zh: "截止", en: "Due", aliases: ["截止天数"], kind: "text", width: 110 },
      { key: "notes", zh: "备注", en: "Notes", kind: "text", width: 200 },
    ],
  },
  accounts: {
    key: "accounts",
    optional: true,
    zh: "收支",
    en: "Accounts",
    aliases: ["财务", "账目", "财务账目", "收支明细"],
    columns: [
      { key: "date", zh: "日期", en: "Date", required: true, kind: "date", width: 95 },
      { key: "event", zh: "活动", en: "Event", kind: "text", width: 110 },
      { key: "type", zh: "类型", en: "Type", aliases: ["收支类型"], required: true, kind: "enum", choices: ACCOUNT_TYPES, width: 85 },
      { key: "amount", zh: "金额", en: "Amount", required: true, kind: "money", width: 100 },
      { key: "member", zh: "成员", en: "Member", aliases: ["经手人", "垫付人"], kind: "name", width: 80 },
      { key: "item", zh: "事由", en: "Item", aliases: ["用途", "项目"], kind: "text", width: 180 },
      { key: "receipt", zh: "凭证", en: "Receipt", aliases: ["发票", "收据"], kind: "text", width: 180 },
      { key: "reimbursement", zh: "报销状态", en: "Reimbursement", kind: "enum", choices: REIMBURSEMENT_STATUSES, width: 90 },
      { key: "reimbursedOn", zh: "报销日期", en: "Reimbursed on", kind: "date", width: 95 },
      { key: "notes", zh: "备注", en: "Notes", kind: "text", width: 200 },
    ],
  },
  attendance: {
    key: "attendance",
    zh: "考勤",
    en: "Attendance",
    aliases: ["考勤表", "签到表", "签到"],
    columns: [
      { key: "name", zh: "姓名", en: "Name", required: true, kind: "text", width: 90 },
      { key: "group", zh: "小组", en: "Group", kind: "text", width: 70 },
      { key: "penalty", zh: "罚款合计", en: "Total penalty", kind: "formula", width: 90 },
      { key: "warning", zh: "警告", en: "Warning", kind: "formula", width: 220 },
    ],
  },
  leave: {
    key: "leave",
    optional: true,
    zh: "请假",
    en: "Leave",
    aliases: ["请假申请", "请假记录", "Leave requests"],
    columns: [
      { key: "submittedAt", zh: "提交时间", en: "Submitted at", aliases: ["申请时间"], kind: "datetime", width: 130 },
      { key: "name", zh: "姓名", en: "Name", required: true, kind: "name", width: 80 },
      { key: "meeting", zh: "例会日期", en: "Meeting date", aliases: ["请假日期", "日期"], required: true, kind: "date", width: 95 },
      { key: "reason", zh: "原因", en: "Reason", aliases: ["请假原因", "事由"], kind: "text", width: 200 },
      { key: "status", zh: "状态", en: "Status", aliases: ["审批状态"], kind: "enum", choices: LEAVE_STATUSES, width: 75 },
      { key: "decidedBy", zh: "审批人", en: "Decided by", kind: "text", width: 80 },
      { key: "decidedAt", zh: "审批时间", en: "Decided at", kind: "datetime", width: 130 },
      { key: "note", zh: "审批意见", en: "Note", aliases: ["意见"], kind: "text", width: 200 },
    ],
  },
  deliverables: {
    key: "deliverables",
    optional: true,
    zh: "赞助回报",
    en: "Deliverables",
    aliases: ["回报", "赞助权益"],
    columns: [
      { key: "sponsor", zh: "赞助商", en: "Sponsor", required: true, kind: "text", width: 140 },
      { key: "event", zh: "活动", en: "Event", kind: "text", width: 110 },
      { key: "promised", zh: "回报内容", en: "Promised", aliases: ["承诺内容", "what was promised"], required: true, kind: "text", width: 200 },
      { key: "due", zh: "截止日期", en: "Due date", aliases: ["Due"], kind: "date", width: 95 },
      { key: "owner", zh: "负责人", en: "Owner", kind: "name", width: 80 },
      { key: "status", zh: "状态", en: "Status", kind: "enum", choices: DELIVERABLE_STATUSES, width: 75 },
      { key: "proof", zh: "凭证", en: "Proof", aliases: ["证明", "链接"], kind: "text", width: 200 },
      { key: "source", zh: "来源", en: "Source", kind: "text", width: 220 },
    ],
  },
  contactLog: {
    key: "contactLog",
    optional: true,
    zh: "联系记录",
    en: "Contact log",
    columns: [
      { key: "date", zh: "日期", en: "Date", required: true, kind: "date", width: 95 },
      { key: "sponsor", zh: "赞助商", en: "Sponsor", required: true, kind: "text", width: 140 },
      { key: "member", zh: "成员", en: "Member", kind: "name", width: 80 },
      { key: "channel", zh: "方式", en: "Channel", aliases: ["联系方式"], kind: "text", width: 80 },
      { key: "note", zh: "内容", en: "Note", aliases: ["备注"], kind: "text", width: 260 },
    ],
  },
  log: {
    key: "log",
    optional: true,
    zh: "日志",
    en: "Log",
    columns: [
      { key: "time", zh: "时间", en: "Time", required: true, kind: "text", width: 130 },
      { key: "user", zh: "用户", en: "User", kind: "text", width: 170 },
      { key: "action", zh: "操作", en: "Action", kind: "text", width: 140 },
      { key: "sheet", zh: "工作表", en: "Sheet", kind: "text", width: 110 },
      { key: "rows", zh: "行", en: "Rows", kind: "text", width: 260 },
    ],
  },
  settings: {
    key: "settings",
    optional: true,
    zh: "设置",
    en: "Settings",
    columns: [
      { key: "key", zh: "项目", en: "Setting", aliases: ["设置项", "Key"], required: true, kind: "text", width: 140 },
      { key: "value", zh: "值", en: "Value", kind: "text", width: 160 },
      { key: "description", zh: "说明", en: "Description", kind: "text", width: 360 },
    ],
  },
};

export const TAB_ORDER: readonly TabKey[] = [
  "members",
  "sponsors",
  "events",
  "ledger",
  "accounts",
  "packages",
  "attendance",
  "leave",
  "deliverables",
  "contactLog",
  "settings",
  "log",
];

export function tabTitle(tab: TabDef, lang: Lang): string {
  return t(tab, lang);
}

export function columnTitle(col: ColumnDef, lang: Lang): string {
  return t(col, lang);
}

/** Header text as compared: case, spaces and a trailing unit in brackets do not matter. */
export function normaliseHeader(text: string): string {
  return withoutTrailingUnit(text.toLowerCase().replace(/[\s\u00a0\u3000_*:：]+/g, ""));
}

const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

/**
 * "金额(元)" → "金额": drops a last bracketed part that holds no closing bracket. A scan from the end,
 * because `/[(（][^)）]*[)）]$/` retries from every opening bracket (quadratic on "((((…").
 */
function withoutTrailingUnit(text: string): string {
  if (!CLOSE.has(text[text.length - 1])) return text;
  let open = -1;
  for (let i = text.length - 2; i >= 0 && !CLOSE.has(text[i]); i--) if (OPEN.has(text[i])) open = i;
  return open < 0 ? text : text.slice(0, open);
}

/** Every accepted spelling of a tab, a column or a choice, normalised. */
export function spellings(def: { zh: string; en: string; aliases?: string[] }): string[] {
  return [def.zh, def.en, ...(def.aliases ?? [])].map(normaliseHeader);
}

export function choiceLabel(choices: readonly Choice[], value: string, lang: Lang): string {
  const c = choices.find((x) => x.value === value);
  return c ? t(c, lang) : value;
}
