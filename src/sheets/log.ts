/**
 * 日志 / Log: every write the add-on makes leaves a line — time, user, action, sheet and rows — so
 * the department can see who generated, paid or changed what. One setValues per write, inside the
 * writer's document lock.
 */
import { type Lang, type Text, t, text } from "../domain/text";
import { textCell } from "./cells";
import { currentUserEmail, userText } from "./identity";
import { insertTabKeepingPlace } from "./new-tab";
import { columnTitle, TABS, tabTitle } from "./schema";
import { type Context, findTabs } from "./workbook";

export type LogAction =
  | "setup"
  | "check"
  | "report"
  | "payout"
  | "handover"
  | "sponsorship"
  | "sponsorAdded"
  | "deliverablesCreated"
  | "checkIn"
  | "signinImport"
  | "settings"
  | "contact"
  | "renewals"
  | AccountAction
  | LeaveAction;

/** 记账 / Record expense or fine, and paying back a reimbursement. */
type AccountAction = "accountEntry" | "fineWaived" | "reimbursed";

/** 请假 / Request leave and 审批 / Approvals. */
type LeaveAction = "leaveRequest" | "leaveApproved" | "leaveRejected" | "leaveOverride";

const ACTIONS: Record<LogAction, Text> = {
  setup: text("初始化表格", "Set up sheets"),
  check: text("检查数据（批注）", "Check data (notes)"),
  report: text("生成月报", "Monthly report"),
  payout: text("发放佣金", "Commissions paid"),
  handover: text("导出交接", "Hand-over export"),
  sponsorship: text("登记赞助", "Sponsorship recorded"),
  sponsorAdded: text("新增赞助商", "Sponsor added"),
  deliverablesCreated: text("生成赞助回报", "Deliverables created"),
  checkIn: text("例会签到", "Meeting check-in"),
  signinImport: text("导入签到", "Sign-ins imported"),
  settings: text("修改设置", "Settings changed"),
  contact: text("联系记录", "Contact logged"),
  renewals: text("开始续约", "Renewals started"),
  accountEntry: text("记账", "Account entry"),
  // A waiver is the head's decision: the Log says which line was one.
  fineWaived: text("罚款减免", "Fine waived"),
  reimbursed: text("报销还款", "Reimbursement paid back"),
  leaveRequest: text("请假申请", "Leave requested"),
  leaveApproved: text("批准请假", "Leave approved"),
  leaveRejected: text("驳回请假", "Leave rejected"),
  // A request made after the meeting started, approved anyway: the head's override, said so in the Log.
  leaveOverride: text("批准请假（逾期特批）", "Leave approved late (override)"),
};

/** The rows cell of a Check data line: how many notes it left on the tab. */
const NOTES = text("{n} 处批注", "{n} notes");

export interface LogEntry {
  action: LogAction;
  sheet: string;
  /** "12", "12-15", "E2:E40", or a short note such as "3 tabs". */
  rows: string;
}

export function actionLabel(action: LogAction, lang: Lang): string {
  return t(ACTIONS[action], lang);
}

export function notesText(n: number, lang: Lang): string {
  return t(NOTES, lang, { n });
}

/** "3, 5-7, 12" from row numbers. */
export function rowList(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

export function appendLog(ctx: Context, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const def = TABS.log;
  let sheet = findTabs(ctx.ss).log;
  if (!sheet) {
    sheet = insertTabKeepingPlace(ctx.ss, tabTitle(def, ctx.lang), ctx.ss.getSheets().length);
    sheet.getRange(1, 1, 1, def.columns.length).setValues([def.columns.map((c) => columnTitle(c, ctx.lang))]);
    sheet.setFrozenRows(1);
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat("yyyy-mm-dd hh:mm:ss");
  }
  const at = Math.max(sheet.getLastRow(), 1) + 1;
  const max = sheet.getMaxRows();
  if (at + entries.length - 1 > max) sheet.insertRowsAfter(max, at + entries.length - 1 - max);
  // A date-time cell, shown in the spreadsheet's time zone.
  const time = ctx.now;
  // Says so when Google keeps the email to itself, rather than leaving a blank that reads as a fault.
  const who = textCell(userText(currentUserEmail(), ctx.lang));
  // The Log is the add-on's own tab, with its own formats: no plain-text column to allow for.
  sheet.getRange(at, 1, entries.length, 5).setValues(entries.map((e) => [time, who, actionLabel(e.action, ctx.lang), textCell(e.sheet), textCell(e.rows)]));
}
