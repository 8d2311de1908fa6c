/**
 * 请假制度: leave is asked of the head before the meeting, and leave that was not approved counts as
 * absence. A request made after the meeting started is late: it cannot be approved without the
 * head giving a reason (an override).
 */
import type { LocalDate, LocalDateTime } from "./dates";
import type { MeetingClock } from "./meetings";
import type { LeaveRequest, LeaveStatus, Model } from "./model";

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
