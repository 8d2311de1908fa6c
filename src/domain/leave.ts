/**
 * 请假制度: leave is asked of the head before the meeting, and leave that was not approved counts as
 * absence. A request made after the meeting started is late: it cannot be approved without the
 * head giving a reason (an override).
 */
import type { LocalDate, LocalDateTime } from "./dates";
import type { MeetingClock } from "./meetings";
import type { LeaveRequest, LeaveStatus, Model } from "./model";
import { nameKey } from "./names";

/** Made after the meeting started (a request with no time recorded is not taken to be late). */
export function isLate(submittedAt: LocalDateTime | null, clock: MeetingClock): boolean {
  if (!submittedAt) return false;
  if (submittedAt.date !== clock.date) return submittedAt.date > clock.date;
  return submittedAt.seconds >= clock.start * 60;
}

/**
 * The request that decides a member's leave for a meeting: an approved one if any, else the latest
 * (a member who asked twice is judged by the head's last word, and an approval is never hidden by a
 * later duplicate request).
 */
export function requestFor(leave: readonly LeaveRequest[], name: string, meeting: LocalDate): LeaveRequest | undefined {
  const mine = leave.filter((l) => l.name === name && l.meeting === meeting);
  return mine.find((l) => l.status === "approved") ?? mine[mine.length - 1];
}

/** Members with approved leave for the meeting. */
export function approvedFor(leave: readonly LeaveRequest[], meeting: LocalDate): Set<string> {
  return new Set(leave.filter((l) => l.meeting === meeting && l.status === "approved").map((l) => l.name));
}

export interface LeaveTally {
  approved: number;
  rejected: number;
  pending: number;
  /** Requests made after the meeting started, whatever their outcome. */
  late: number;
}

export function emptyLeaveTally(): LeaveTally {
  return { approved: 0, rejected: 0, pending: 0, late: 0 };
}

/** Each member's requests for meetings from `from` to `to`, by outcome. */
export function leaveTallies(
  model: Pick<Model, "leave">,
  clockFor: (date: LocalDate) => MeetingClock,
  from: LocalDate,
  to: LocalDate,
): Map<string, LeaveTally> {
  const out = new Map<string, LeaveTally>();
  for (const l of model.leave) {
    if (l.meeting < from || l.meeting > to) continue;
    const tally = out.get(l.name) ?? emptyLeaveTally();
    tally[l.status satisfies LeaveStatus]++;
    if (isLate(l.submittedAt, clockFor(l.meeting))) tally.late++;
    out.set(l.name, tally);
  }
  return out;
}

/** The sidebars show requests for meetings (or decided) this many days back. */
export const LEAVE_RECENT_DAYS = 30;

/** The day `n` days after `date` (before, when negative). */
export function shiftDay(date: LocalDate, n: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

/**
 * What names one request again after a sidebar loaded it: rows may be moved or sorted meanwhile, so
 * not its row number, but when it was made, by whom and for which meeting — and the reason the head
 * read, so that a request whose 原因 was edited meanwhile is not decided unseen.
 */
export interface LeaveKey {
  submittedAt: LocalDateTime | null;
  name: string;
  meeting: LocalDate;
  reason: string;
}

export function keyOf(l: LeaveRequest): LeaveKey {
  return { submittedAt: l.submittedAt, name: l.name, meeting: l.meeting, reason: l.reason };
}

function sameTime(a: LocalDateTime | null, b: LocalDateTime | null): boolean {
  return a === null || b === null ? a === b : a.date === b.date && a.seconds === b.seconds;
}

const isMine = (l: LeaveRequest, name: string) => nameKey(l.name) === nameKey(name);

/** A request still standing for the meeting (waiting, or approved): a second one would only be a duplicate. */
export function openRequest(leave: readonly LeaveRequest[], name: string, meeting: LocalDate): LeaveRequest | undefined {
  return leave.find((l) => isMine(l, name) && l.meeting === meeting && l.status !== "rejected");
}

export type ToDecide = { waiting: LeaveRequest } | { decided: LeaveRequest } | { gone: true };

/**
 * The request a decision is about, found again by its key: still waiting, already decided (by
 * someone else), or gone — deleted, or changed since it was shown (its reason edited).
 */
export function requestToDecide(leave: readonly LeaveRequest[], key: LeaveKey): ToDecide {
  const same = leave.filter((l) => isMine(l, key.name) && l.meeting === key.meeting && sameTime(l.submittedAt, key.submittedAt) && l.reason === key.reason);
  const waiting = same.find((l) => l.status === "pending");
  if (waiting) return { waiting };
  return same.length > 0 ? { decided: same[0] } : { gone: true };
}

const byTime = (a: LocalDateTime | null) => (a ? `${a.date} ${String(a.seconds).padStart(5, "0")}` : "");

/** Waiting requests, the oldest first (one without a time, typed in by hand, before the rest), for the head. */
export function waitingOldestFirst(leave: readonly LeaveRequest[]): LeaveRequest[] {
  return leave.filter((l) => l.status === "pending").sort((a, b) => byTime(a.submittedAt).localeCompare(byTime(b.submittedAt)) || a.row - b.row);
}

/** Requests decided on or after `from` (by their decision's day, else their meeting's), the latest first. */
export function decidedSince(leave: readonly LeaveRequest[], from: LocalDate): LeaveRequest[] {
  const day = (l: LeaveRequest) => l.decidedAt?.date ?? l.meeting;
  return leave
    .filter((l) => l.status !== "pending" && day(l) >= from)
    .sort((a, b) => byTime(b.decidedAt).localeCompare(byTime(a.decidedAt)) || b.meeting.localeCompare(a.meeting) || b.row - a.row);
}

/** A member's own requests: for meetings from today on (the nearest first), and recent ones (the latest first). */
export function ownRequests(leave: readonly LeaveRequest[], name: string, today: LocalDate): { upcoming: LeaveRequest[]; recent: LeaveRequest[] } {
  const from = shiftDay(today, -LEAVE_RECENT_DAYS);
  const mine = leave.filter((l) => isMine(l, name) && l.meeting >= from);
  return {
    upcoming: mine.filter((l) => l.meeting >= today).sort((a, b) => a.meeting.localeCompare(b.meeting) || a.row - b.row),
    recent: mine.filter((l) => l.meeting < today).sort((a, b) => b.meeting.localeCompare(a.meeting) || b.row - a.row),
  };
}
