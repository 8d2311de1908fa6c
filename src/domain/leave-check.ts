/**
 * What Check data says about leave (请假制度) when Settings' 请假需审批 is 是: leave must be approved by
 * the head before the meeting, and leave not approved counts as absence. So
 * - every 请假 (approved leave) mark in the 考勤 grid needs an approved request in the 请假 tab for
 *   that member and meeting; without one the mark is flagged (the head approves, or it becomes 未批假);
 * - a request approved although it was made after the meeting started is an override, and an
 *   override needs the head's reason in its note.
 * With 请假需审批 = 否 nothing is flagged. Nothing is changed: the check only points.
 */
import { formatLocalDateTime } from "./dates";
import { requestFor } from "./leave";
import { lateRequest } from "./leave-month";
import type { Msg } from "./messages";
import type { Model } from "./model";

/** Where a finding belongs: a cell of the 考勤 grid (1-based row, 0-based column), or a row of the 请假 tab. */
export type LeaveFindingAt = { grid: { row: number; column: number } } | { leave: { row: number } };

export interface LeaveFinding {
  at: LeaveFindingAt;
  message: Msg;
}

/**
 * `leaveTab`: whether the workbook has a 请假 tab at all. Without one, a 请假 mark cannot have been
 * approved there, and the message says how to add the tab.
 */
export function leaveFindings(model: Pick<Model, "attendance" | "settings" | "leave">, leaveTab: boolean): LeaveFinding[] {
  if (!model.settings.leaveNeedsApproval) return [];
  const out: LeaveFinding[] = [];
  const { meetings, rows } = model.attendance;
  for (const row of rows) {
    row.statuses.forEach((statuses, i) => {
      if (!statuses.includes("excused")) return;
      const meeting = meetings[i];
      const params = { name: row.name, date: meeting.date };
      const at = { grid: { row: row.row, column: meeting.column } };
      if (!leaveTab) {
        out.push({ at, message: { key: "leaveNoTab", params } });
        return;
      }
      const request = requestFor(model.leave, row.name, meeting.date);
      if (request?.status === "approved") return;
      if (!request) out.push({ at, message: { key: "leaveNotApproved", params } });
      else
        out.push({
          at,
          message: { key: request.status === "pending" ? "leaveStillPending" : "leaveWasRejected", params: { ...params, row: request.row } },
        });
    });
  }
  for (const l of model.leave) {
    if (l.status !== "approved" || l.note.trim() !== "" || !l.submittedAt || !lateRequest(model, l)) continue;
    out.push({
      at: { leave: { row: l.row } },
      message: { key: "leaveLateNoNote", params: { name: l.name, date: l.meeting, at: formatLocalDateTime(l.submittedAt) } },
    });
  }
  return out;
}
