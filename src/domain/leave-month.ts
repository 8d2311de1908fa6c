/**
 * A month's leave (请假) as the monthly report and the member statement show it: each request as it
 * stood at the month's end, so a past month reads the same when generated again (as unpaid
 * commission does). A decision dated after the month's end was not yet made then; a decision with
 * no date recorded is taken as made.
 */
import type { LocalDate, LocalDateTime } from "./dates";
import { isLate, type LeaveTally, leaveTallies } from "./leave";
import { clockOn } from "./meetings";
import type { LeaveRequest, LeaveStatus, Model } from "./model";

/** The request's status at the end of the day `to`. */
export function statusAt(l: LeaveRequest, to: LocalDate): LeaveStatus {
  if (l.status !== "pending" && l.decidedAt && l.decidedAt.date > to) return "pending";
  return l.status;
}

/**
 * Made by the end of the day `to`: a request submitted later did not exist at the month's end, so
 * a past month reads the same when generated again. One with no time recorded is taken as made.
 */
export function madeBy(l: LeaveRequest, to: LocalDate): boolean {
  return !l.submittedAt || l.submittedAt.date <= to;
}

/** Made after its meeting started (the meeting's own start time when its column gives one). */
export function lateRequest(model: Pick<Model, "attendance" | "settings">, l: LeaveRequest): boolean {
  return isLate(l.submittedAt, clockOn(model, l.meeting));
}

/** Each member's requests for meetings from `from` to `to` made by `to` (see `madeBy`), by outcome at `to`. */
export function monthTallies(model: Pick<Model, "attendance" | "settings" | "leave">, from: LocalDate, to: LocalDate): Map<string, LeaveTally> {
  const asAt = { leave: model.leave.filter((l) => madeBy(l, to)).map((l) => ({ ...l, status: statusAt(l, to) })) };
  return leaveTallies(asAt, (date) => clockOn(model, date), from, to);
}

export interface PendingLeave {
  row: number;
  name: string;
  meeting: LocalDate;
  reason: string;
  submittedAt: LocalDateTime | null;
  late: boolean;
}

/** "2026-11-03 12:00:00" as a sortable key; a request with no time sorts first. */
const whenKey = (at: LocalDateTime | null) => (at ? `${at.date} ${String(at.seconds).padStart(5, "0")}` : "");

function byMeeting(a: PendingLeave, b: PendingLeave): number {
  if (a.meeting !== b.meeting) return a.meeting < b.meeting ? -1 : 1;
  const x = whenKey(a.submittedAt);
  const y = whenKey(b.submittedAt);
  if (x !== y) return x < y ? -1 : 1;
  return a.row - b.row;
}

/**
 * Requests the head had not decided by the end of the day `to`: every one made by then (one with no
 * time recorded counts as made by its meeting's day), whatever its meeting's month — an old request
 * left undecided does not drop out of sight. In meeting order.
 */
export function pendingAt(model: Pick<Model, "attendance" | "settings" | "leave">, to: LocalDate): PendingLeave[] {
  return model.leave
    .filter((l) => statusAt(l, to) === "pending" && (l.submittedAt ? l.submittedAt.date : l.meeting) <= to)
    .map((l) => ({ row: l.row, name: l.name, meeting: l.meeting, reason: l.reason, submittedAt: l.submittedAt, late: lateRequest(model, l) }))
    .sort(byMeeting);
}
