/**
 * The add-on's public surface. Apps Script sees only what is exported here: the build writes a
 * top-level `function NAME(...)` for each export, carrying the JSDoc below (Sheets reads
 * `@customfunction` and the parameter docs from it for autocomplete).
 *
 * Nothing at module scope may call a service: in AuthMode.NONE (a simple onOpen before the
 * add-on is authorised) any such call throws and the menu would not appear.
 */
import { commission, meetingPenalty, meetingWarning } from "./functions";
import {
  menuCheck as menuCheckAction,
  menuHelp as menuHelpAction,
  menuReport as menuReportAction,
  menuSetup as menuSetupAction,
} from "./ui/actions";
import { checkData as checkDataApi, generateMonthlyReport as generateMonthlyReportApi, setupSheets as setupSheetsApi } from "./ui/api";
import { buildMenu } from "./ui/menu";
import { menuSelfCheck as menuSelfCheckAction, selfCheckApi } from "./ui/self-check";
import {
  exportHandoverApi,
  markCommissionsPaidApi,
  memberStatementApi,
  menuHandover as menuHandoverAction,
  menuPayout as menuPayoutAction,
  menuStatement as menuStatementAction,
} from "./ui/records";

/**
 * The 15% reward (佣金) for bringing in a sponsorship, exact to the fen, rounded half up (四舍五入).
 * 赞助佣金：金额 × 比例（默认 15%），精确到分，四舍五入。A range gives one result per cell.
 *
 * @param {number|string|Array<Array<number|string>>} amount Sponsorship amount or a whole column, e.g. E2 or E2:E500. 赞助金额或整列。
 * @param {number|string} [rate] Optional rate such as 0.1, "10%" or 设置!$B$2 (default 15%). 可选比例。
 * @param {number|Array<Array<number>>} [in_kind_value] Optional in-kind value added to the amount, e.g. G2:G500. 可选物资估值。
 * @return The commission in yuan. 佣金（元）。
 * @customfunction
 */
export function COMMISSION(amount: unknown, rate?: unknown, in_kind_value?: unknown) {
  return commission(amount, rate, in_kind_value);
}

/**
 * Meeting penalty (例会罚款) for one member's row of the attendance grid, or one per row of a grid.
 * Late ¥5, left early ¥5, absent ¥20 by default; approved leave is free; unapproved leave counts as absent.
 * 迟到、早退、缺席罚款；请假不罚，未批假按缺席计。
 *
 * @param {Array<Array<string>>} statuses Attendance cells, e.g. C2:Z2 or C2:Z40. 考勤状态单元格。
 * @param {number} [late_fee] Fee per lateness, default 5. 迟到罚款。
 * @param {number} [left_early_fee] Fee per leaving early, default 5. 早退罚款。
 * @param {number} [absent_fee] Fee per absence, default 20. 缺席罚款。
 * @return The penalty in yuan. 罚款（元）。
 * @customfunction
 */
export function MEETING_PENALTY(statuses: unknown, late_fee?: unknown, left_early_fee?: unknown, absent_fee?: unknown) {
  return meetingPenalty(statuses, late_fee, left_early_fee, absent_fee);
}

/**
 * Flags a member for the head's review when lateness/leaving early or absences reach the limits
 * (default: 2 lates or early leaves, or 1 absence). Empty when fine. Never removes anyone.
 * 迟到/早退或缺席达到次数时提示“需部长审议”，否则为空。
 *
 * @param {Array<Array<string>>} statuses Attendance cells, e.g. C2:Z2 or C2:Z40. 考勤状态单元格。
 * @param {number} [late_or_early_limit] Lates plus early leaves that trigger a warning, default 2. 迟到早退警告次数。
 * @param {number} [absent_limit] Absences that trigger a warning, default 1. 缺席警告次数。
 * @return A warning such as "迟到/早退 2 次，需部长审议", or empty. 警告或空。
 * @customfunction
 */
export function MEETING_WARNING(statuses: unknown, late_or_early_limit?: unknown, absent_limit?: unknown) {
  return meetingWarning(statuses, late_or_early_limit, absent_limit);
}

/**
 * Adds the 外联部 / Outreach menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }) {
  buildMenu(e);
}

/**
 * Adds the menu right after the add-on is installed, without reopening the sheet.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }) {
  buildMenu(e);
}

/** Menu: 初始化表格 / Set up sheets. */
export function menuSetup() {
  menuSetupAction();
}

/** Menu: 检查数据 / Check data. */
export function menuCheck() {
  menuCheckAction();
}

/** Menu: 生成月报 / Generate monthly report. */
export function menuReport() {
  menuReportAction();
}

/** Menu: 帮助 / Help. */
export function menuHelp() {
  menuHelpAction();
}

/** Menu: 自检 / Self-check (opens the dialog, whose page calls selfCheck). */
export function menuSelfCheck() {
  menuSelfCheckAction();
}

/**
 * Checks what the add-on needs in this spreadsheet (permissions, email, locale, time zone, tabs,
 * columns, lock, writes on a scratch tab it removes, the custom functions) and changes no user cell.
 * @param {{lang?: "zh"|"en"}} options
 */
export function selfCheck(options?: unknown) {
  return selfCheckApi(options);
}

/** Set up sheets without dialogs; returns what changed. */
export function setupSheets() {
  return setupSheetsApi();
}

/**
 * Check data without dialogs; returns every problem as {sheet, cell, message}.
 * @param {{mark?: boolean, lang?: "zh"|"en"}} options
 */
export function checkData(options?: unknown) {
  return checkDataApi(options);
}

/**
 * Generate the monthly report tab; returns the tab name and the report as JSON.
 * @param {{month?: string, lang?: "zh"|"en"}} options
 */
export function generateMonthlyReport(options?: unknown) {
  return generateMonthlyReportApi(options);
}

/** Menu: 发放佣金 / Mark commissions paid. */
export function menuPayout() {
  menuPayoutAction();
}

/** Menu: 个人明细 / Member statement. */
export function menuStatement() {
  menuStatementAction();
}

/** Menu: 导出交接 / Export hand-over. */
export function menuHandover() {
  menuHandoverAction();
}

/**
 * Mark commissions paid without dialogs: a preview, or with confirm (the preview's fingerprint) the paid-on dates filled.
 * @param {{month: string, confirm?: string}} options
 */
export function markCommissionsPaid(options: unknown) {
  return markCommissionsPaidApi(options);
}

/**
 * A member's statement for a month: every line behind their commission and penalties.
 * @param {{name: string, month: string, lang?: "zh"|"en"}} options
 */
export function memberStatement(options: unknown) {
  return memberStatementApi(options);
}

/**
 * Writes the hand-over tab for a year.
 * @param {{year: string, lang?: "zh"|"en"}} options
 */
export function exportHandover(options: unknown) {
  return exportHandoverApi(options);
}

// Sidebars: the menu opens them; their pages call the handlers below through google.script.run.
import { checkInData, saveCheckIn as saveCheckInHandler, showCheckIn as showCheckInSidebar } from "./ui/sidebars/checkin";
import { recordData, saveSponsorship as saveSponsorshipHandler, showRecordSponsorship as showRecordSidebar } from "./ui/sidebars/record";
import { saveSettings as saveSettingsHandler, settingsData, showSettings as showSettingsSidebar } from "./ui/sidebars/settings";

/** Menu: 登记赞助 / Record sponsorship (opens the sidebar). */
export function showRecordSponsorship() {
  showRecordSidebar();
}

/** Sidebar data for 登记赞助: sponsors, events, active members, rate and basis. */
export function sidebarRecordData() {
  return recordData();
}

/**
 * Appends one sponsorship to the ledger (and a new sponsor to the customer file) under the document lock.
 * @param {object} form The sidebar's form; answers {ok, row} or {ok: false, error, fields}.
 */
export function saveSponsorship(form: unknown) {
  return saveSponsorshipHandler(form);
}

/** Menu: 例会签到 / Meeting check-in (opens the sidebar). */
export function showCheckIn() {
  showCheckInSidebar();
}

/**
 * Sidebar data for 例会签到: active members and what the grid holds for one meeting.
 * @param {{date?: string}} request The meeting date, default today.
 */
export function sidebarCheckInData(request?: unknown) {
  return checkInData(request);
}

/**
 * Writes one meeting's column of the attendance grid under the document lock.
 * @param {{date: string, marks: Array<{name: string, status: string}>, confirmed: Array<{name: string, current: string}>}} request
 */
export function saveCheckIn(request: unknown) {
  return saveCheckInHandler(request);
}

/** Menu: 设置 / Settings (opens the sidebar). */
export function showSettings() {
  showSettingsSidebar();
}

/** Sidebar data for 设置: the department's rules as the Settings tab holds them. */
export function sidebarSettingsData() {
  return settingsData();
}

/**
 * Validates and writes the department's rules to the Settings tab.
 * @param {object} form The sidebar's form; answers {ok} or {ok: false, error, fields}.
 */
export function saveSettings(form: unknown) {
  return saveSettingsHandler(form);
}

import { followUpsData, saveContact as saveContactHandler, setFollowUpsMember as setFollowUpsMemberHandler, showFollowUps as showFollowUpsSidebar } from "./ui/sidebars/followups";

/** Menu: 我的跟进 / My follow-ups (opens the sidebar). */
export function showFollowUps() {
  showFollowUpsSidebar();
}

/** Sidebar data for 我的跟进: who the user is, and every sponsor with its follow-up dates and history. */
export function sidebarFollowUpsData() {
  return followUpsData();
}

/**
 * Remembers which member the user is (when their email is not in 成员), then answers as sidebarFollowUpsData.
 * @param {{name: string}} request An active member's name.
 */
export function setFollowUpsMember(request: unknown) {
  return setFollowUpsMemberHandler(request);
}

/**
 * Logs a contact: a row in 联系记录 and the sponsor's last contact, stage and next follow-up, under the document lock.
 * @param {{sponsor: string, date: string, channel: string, note: string, stage: string, next: string, clearNext: boolean}} form
 */
export function saveContact(form: unknown) {
  return saveContactHandler(form);
}
