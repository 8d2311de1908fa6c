/**
 * 设置 / Settings: the form's rules, shared by the page and the server. Pure.
 * The rate is typed as a percentage ("15", "12.5"), money in yuan, limits as whole numbers.
 */
import { formatRate, parseRate } from "../domain/commission";
import { formatClock, parseClock, parseDate } from "../domain/dates";
import type { Lang } from "../domain/messages";
import { type Fen, parseMoney } from "../domain/money";
import { type Basis, DEFAULT_SETTINGS, DEPARTMENT_MAX, type Settings } from "../domain/settings";
import type { AnyMsg } from "./messages";

export interface SettingsForm {
  rate: string;
  basis: Basis;
  lateFee: string;
  leftEarlyFee: string;
  absentFee: string;
  lateLimit: string;
  absentLimit: string;
  termStart: string;
  department: string;
  reportLang: Lang;
  meetingStart: string;
  graceMinutes: string;
  meetingLength: string;
  leaveNeedsApproval: "yes" | "no";
  openingBalance: string;
  openingDate: string;
}

export type SettingsField = keyof SettingsForm;
export type SettingsErrors = Partial<Record<SettingsField, AnyMsg>>;

const NAMES: Record<SettingsField, { zh: string; en: string }> = {
  rate: { zh: "佣金比例", en: "Commission rate" },
  basis: { zh: "佣金基数", en: "Commission basis" },
  lateFee: { zh: "迟到罚款", en: "Late fee" },
  leftEarlyFee: { zh: "早退罚款", en: "Left-early fee" },
  absentFee: { zh: "缺席罚款", en: "Absence fee" },
  lateLimit: { zh: "迟到早退警告次数", en: "Late/early limit" },
  absentLimit: { zh: "缺席警告次数", en: "Absence limit" },
  termStart: { zh: "学期开始", en: "Term start" },
  department: { zh: "部门名称", en: "Department name" },
  reportLang: { zh: "报告语言", en: "Report language" },
  meetingStart: { zh: "例会开始时间", en: "Meeting start" },
  graceMinutes: { zh: "迟到宽限（分钟）", en: "Grace minutes" },
  meetingLength: { zh: "例会时长（分钟）", en: "Meeting length" },
  leaveNeedsApproval: { zh: "请假需审批", en: "Leave needs approval" },
  openingBalance: { zh: "期初余额", en: "Opening balance" },
  openingDate: { zh: "期初日期", en: "Opening date" },
};

function yuanText(fen: Fen): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, "");
}

/** The form pre-filled from the sheet's settings. */
export function formFromSettings(s: Settings): SettingsForm {
  return {
    rate: formatRate(s.rate).replace("%", ""),
    basis: s.basis,
    lateFee: yuanText(s.fees.late),
    leftEarlyFee: yuanText(s.fees.leftEarly),
    absentFee: yuanText(s.fees.absent),
    lateLimit: String(s.limits.lateOrEarly),
    absentLimit: String(s.limits.absent),
    termStart: s.termStart ?? "",
    department: s.department,
    reportLang: s.reportLang,
    meetingStart: formatClock(s.meeting.start),
    graceMinutes: String(s.meeting.grace),
    meetingLength: String(s.meeting.length),
    leaveNeedsApproval: s.leaveNeedsApproval ? "yes" : "no",
    openingBalance: yuanText(s.opening.balance),
    openingDate: s.opening.date ?? "",
  };
}

function fee(form: SettingsForm, field: "lateFee" | "leftEarlyFee" | "absentFee", errors: SettingsErrors): Fen {
  const r = parseMoney(form[field]);
  if (r.ok && r.value !== null && r.value >= 0) return r.value;
  errors[field] = { key: "feeInvalid", params: NAMES[field] };
  return 0;
}

function limit(form: SettingsForm, field: "lateLimit" | "absentLimit", errors: SettingsErrors): number {
  const text = form[field].trim();
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (n >= 1) return n;
  errors[field] = { key: "limitInvalid", params: NAMES[field] };
  return 1;
}

function minutes(form: SettingsForm, field: "graceMinutes" | "meetingLength", min: number, max: number, errors: SettingsErrors): number {
  const text = form[field].trim();
  const n = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (n >= min && n <= max) return n;
  errors[field] = { key: "minutesInvalid", params: { ...NAMES[field], min, max } };
  return min;
}

/** Checks every field; the settings come back only when all of them are valid. */
export function checkSettings(form: SettingsForm, timeZone: string): { settings: Settings | null; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const rateText = form.rate.trim().replace(/[%％]$/, "");
  const rate = parseRate(`${rateText}%`);
  if (rateText === "" || !rate.ok) errors.rate = { key: "rateRange", params: { value: form.rate } };
  if (form.basis !== "cash" && form.basis !== "cashAndInKind") errors.basis = { key: "fieldRequired", params: NAMES.basis };
  const fees = { late: fee(form, "lateFee", errors), leftEarly: fee(form, "leftEarlyFee", errors), absent: fee(form, "absentFee", errors) };
  const limits = { lateOrEarly: limit(form, "lateLimit", errors), absent: limit(form, "absentLimit", errors) };
  const term = parseDate(form.termStart, { timeZone });
  if (!term.ok) errors.termStart = term.error;
  const department = form.department.trim();
  if (department.length > DEPARTMENT_MAX) errors.department = { key: "fieldTooLong", params: { ...NAMES.department, max: DEPARTMENT_MAX } };
  if (form.reportLang !== "zh" && form.reportLang !== "en") errors.reportLang = { key: "fieldRequired", params: NAMES.reportLang };
  const start = parseClock(form.meetingStart);
  if (start === null) errors.meetingStart = { key: "clockInvalid", params: NAMES.meetingStart };
  const meeting = { start: start ?? 0, grace: minutes(form, "graceMinutes", 0, 180, errors), length: minutes(form, "meetingLength", 1, 1440, errors) };
  if (form.leaveNeedsApproval !== "yes" && form.leaveNeedsApproval !== "no")
    errors.leaveNeedsApproval = { key: "fieldRequired", params: NAMES.leaveNeedsApproval };
  const balance = parseMoney(form.openingBalance);
  if (!balance.ok) errors.openingBalance = { key: "amountInvalid", params: NAMES.openingBalance };
  const openingDate = parseDate(form.openingDate, { timeZone });
  if (!openingDate.ok) errors.openingDate = openingDate.error;
  if (Object.keys(errors).length > 0 || !rate.ok || !term.ok || !balance.ok || !openingDate.ok) return { settings: null, errors };
  return {
    settings: {
      rate: rate.value,
      basis: form.basis,
      fees,
      limits,
      termStart: term.value,
      department,
      reportLang: form.reportLang,
      meeting,
      leaveNeedsApproval: form.leaveNeedsApproval === "yes",
      opening: { balance: balance.value ?? 0, date: openingDate.value },
      // Not on this form: kept in the Settings tab and never written from here.
      followUpDays: DEFAULT_SETTINGS.followUpDays,
      odds: DEFAULT_SETTINGS.odds,
    },
    errors,
  };
}
