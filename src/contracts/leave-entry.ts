/**
 * 请假 / Request leave and 审批 / Approvals: the forms' rules and the requests as both sidebars show
 * them, shared by the pages (checked before sending) and the server (checked again before anything
 * is written). Pure: no Apps Script, no DOM.
 */
import { formatLocalDateTime, type LocalDate, parseDate } from "../domain/dates";
import { keyOf, type LeaveKey, shiftDay } from "../domain/leave";
import type { LeaveRequest, LeaveStatus } from "../domain/model";
import type { AnyMsg } from "./messages";

export const LEAVE_LIMITS = { reason: 500, note: 500 } as const;
/**
 * How far back a meeting may be: a member who asks after the meeting is recorded as late (the head
 * may still override), but a date further back is a typo, as is one more than a year ahead.
 */
export const LEAVE_PAST_DAYS = 30;
export const LEAVE_FUTURE_DAYS = 366;

export interface LeaveForm {
  /** The meeting's day as YYYY-MM-DD: picked from the grid's meetings or typed. */
  meeting: string;
  reason: string;
}

export interface LeaveEntry {
  meeting: LocalDate;
  reason: string;
}

export type LeaveField = "meeting" | "reason";
export type LeaveErrors = Partial<Record<LeaveField, AnyMsg>>;

const NAMES = {
  meeting: { zh: "例会日期", en: "Meeting date" },
  reason: { zh: "原因", en: "Reason" },
  note: { zh: "审批意见", en: "Note" },
};

/** `open`: the member's requests still standing (waiting or approved); a second one for the same meeting is refused. */
export function checkLeave(
  form: LeaveForm,
  today: LocalDate,
  open: readonly Pick<LeaveRequest, "meeting" | "status">[] = [],
): { entry: LeaveEntry | null; errors: LeaveErrors } {
  const errors: LeaveErrors = {};
  // The form holds typed text, never a date cell, so no time zone is involved in reading it.
  const meeting = parseDate(form.meeting, { timeZone: "UTC" });
  const from = shiftDay(today, -LEAVE_PAST_DAYS);
  const to = shiftDay(today, LEAVE_FUTURE_DAYS);
  if (!meeting.ok) errors.meeting = meeting.error;
  else if (!meeting.value) errors.meeting = { key: "fieldRequired", params: NAMES.meeting };
  else if (meeting.value < from) errors.meeting = { key: "meetingTooLongAgo", params: { date: meeting.value, limit: from } };
  else if (meeting.value > to) errors.meeting = { key: "meetingTooFar", params: { date: meeting.value, limit: to } };
  else {
    const twice = open.find((o) => o.meeting === meeting.value && o.status !== "rejected");
    if (twice) errors.meeting = { key: twice.status === "approved" ? "leaveTwiceApproved" : "leaveTwicePending", params: { date: meeting.value } };
  }
  const reason = form.reason.trim();
  if (reason === "") errors.reason = { key: "fieldRequired", params: NAMES.reason };
  else if (reason.length > LEAVE_LIMITS.reason) errors.reason = { key: "fieldTooLong", params: { ...NAMES.reason, max: LEAVE_LIMITS.reason } };
  if (Object.keys(errors).length > 0 || !meeting.ok || !meeting.value) return { entry: null, errors };
  return { entry: { meeting: meeting.value, reason }, errors };
}

export type Decision = "approved" | "rejected";

export interface DecisionForm {
  key: LeaveKey;
  decision: Decision;
  note: string;
}

/** `late`: the request came after the meeting started, so approving it is an override and needs its reason. */
export function checkDecision(form: Pick<DecisionForm, "decision" | "note">, late: boolean): { note: string; errors: { note?: AnyMsg } } {
  const note = form.note.trim();
  if (note.length > LEAVE_LIMITS.note) return { note, errors: { note: { key: "fieldTooLong", params: { ...NAMES.note, max: LEAVE_LIMITS.note } } } };
  if (form.decision === "approved" && late && note === "") return { note, errors: { note: { key: "overrideNeeded" } } };
  return { note, errors: {} };
}

/** A request as the sidebars show it. */
export interface LeaveView {
  key: LeaveKey;
  row: number;
  name: string;
  meeting: LocalDate;
  /** "2026-11-23 16:05"; null when the sheet holds no time. */
  submittedAt: string | null;
  reason: string;
  status: LeaveStatus;
  decidedBy: string;
  decidedAt: string | null;
  note: string;
  /** Made after the meeting started: only the head's override approves it. */
  late: boolean;
}

export function viewOf(l: LeaveRequest, late: boolean): LeaveView {
  return {
    key: keyOf(l),
    row: l.row,
    name: l.name,
    meeting: l.meeting,
    submittedAt: l.submittedAt ? formatLocalDateTime(l.submittedAt) : null,
    reason: l.reason,
    status: l.status,
    decidedBy: l.decidedBy,
    decidedAt: l.decidedAt ? formatLocalDateTime(l.decidedAt) : null,
    note: l.note,
    late,
  };
}
