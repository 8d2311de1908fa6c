/**
 * What Check data says about leave (请假制度) when Settings' 请假需审批 is 是: leave must be approved by
 * the head before the meeting, and leave not approved counts as absence. So
 * - every 请假 (approved leave) mark in the 考勤 grid needs an approved request in the 请假 tab for
 *   that member and meeting; without one the mark is flagged (the head approves, or it becomes 未批假);
 * - an approved request whose 考勤 cell holds 缺席 or 未批假 charges the member for leave the head
 *   approved: the mark should be 请假;
 * - a decision (已批准 / 已驳回) with no 审批人 or no 审批时间 was typed in by hand, not made by the head
 *   in Approvals, which records both;
 * - an approval whose 审批人 is not an active member with 职务 部长 was not the head's;
 * - a request approved although it was made after the meeting started is an override, and an
 *   override needs the head's reason in its note.
 * With 请假需审批 = 否 nothing is flagged. Nothing is changed: the check only points.
 */
import type { Status } from "./attendance";
import { formatLocalDateTime, type LocalDate } from "./dates";
import { requestFor } from "./leave";
import { lateRequest } from "./leave-month";
import type { Msg } from "./messages";
import type { LeaveRequest, Model } from "./model";
import { nameKey } from "./names";

/** The 请假 tab's cell a finding about one of its rows belongs in. */
export type LeaveFindingColumn = "status" | "decidedBy" | "note";

/** Where a finding belongs: a cell of the 考勤 grid (1-based row, 0-based column), or a cell of a row of the 请假 tab. */
export type LeaveFindingAt = { grid: { row: number; column: number } } | { leave: { row: number; column: LeaveFindingColumn } };

export interface LeaveFinding {
  at: LeaveFindingAt;
  /** The meeting the finding is about (the report shows a month's). */
  meeting: LocalDate;
  message: Msg;
}

/** The 考勤 marks that charge a member as absent, as the grid shows them, in zh and en. */
const CHARGED: Partial<Record<Status, { mark: string; markEn: string }>> = {
  absent: { mark: "缺席", markEn: "absent" },
  unapproved: { mark: "未批假", markEn: "unapproved leave" },
};

const STATUS_WORDS = {
  approved: { statusZh: "已批准", statusEn: "approved" },
  rejected: { statusZh: "已驳回", statusEn: "rejected" },
} as const;

/**
 * `leaveTab`: whether the workbook has a 请假 tab at all. Without one, a 请假 mark cannot have been
 * approved there, and the message says how to add the tab.
 */
export function leaveFindings(model: Pick<Model, "attendance" | "settings" | "leave" | "members">, leaveTab: boolean): LeaveFinding[] {
  if (!model.settings.leaveNeedsApproval) return [];
  const out: LeaveFinding[] = [];
  const { meetings, rows } = model.attendance;
  for (const row of rows) {
    row.statuses.forEach((statuses, i) => {
      const meeting = meetings[i];
      const params = { name: row.name, date: meeting.date };
      const at = { grid: { row: row.row, column: meeting.column } };
      const request = leaveTab ? requestFor(model.leave, row.name, meeting.date) : undefined;
      const charged = statuses.map((s) => CHARGED[s]).find(Boolean);
      if (charged && request?.status === "approved") {
        out.push({ at, meeting: meeting.date, message: { key: "leaveApprovedButCharged", params: { ...params, ...charged, row: request.row } } });
        return;
      }
      if (!statuses.includes("excused")) return;
      if (!leaveTab) {
        out.push({ at, meeting: meeting.date, message: { key: "leaveNoTab", params } });
        return;
      }
      if (request?.status === "approved") return;
      if (!request) out.push({ at, meeting: meeting.date, message: { key: "leaveNotApproved", params } });
      else
        out.push({
          at,
          meeting: meeting.date,
          message: { key: request.status === "pending" ? "leaveStillPending" : "leaveWasRejected", params: { ...params, row: request.row } },
        });
    });
  }
  const heads = new Set(model.members.filter((m) => m.active && m.role === "head").map((m) => nameKey(m.name)));
  for (const l of model.leave) out.push(...rowFindings(model, l, heads));
  return out;
}

/** What one row of the 请假 tab shows wrong about its decision. */
function rowFindings(model: Pick<Model, "attendance" | "settings">, l: LeaveRequest, heads: ReadonlySet<string>): LeaveFinding[] {
  if (l.status === "pending") return [];
  const out: LeaveFinding[] = [];
  const on = (column: LeaveFindingColumn, message: Msg) => out.push({ at: { leave: { row: l.row, column } }, meeting: l.meeting, message });
  const base = { name: l.name, date: l.meeting };
  const by = l.decidedBy.trim();
  if (by === "" || !l.decidedAt) {
    const missing =
      by === "" && !l.decidedAt
        ? { missingZh: "审批人和审批时间", missingEn: "who decided it or when" }
        : by === ""
          ? { missingZh: "审批人", missingEn: "who decided it" }
          : { missingZh: "审批时间", missingEn: "when it was decided" };
    on("status", { key: "leaveDecisionUnsigned", params: { ...base, ...STATUS_WORDS[l.status], ...missing } });
  }
  if (l.status !== "approved") return out;
  if (by !== "" && !heads.has(nameKey(by))) on("decidedBy", { key: "leaveApproverNotHead", params: { ...base, by } });
  if (l.note.trim() === "" && l.submittedAt && lateRequest(model, l))
    on("note", { key: "leaveLateNoNote", params: { ...base, at: formatLocalDateTime(l.submittedAt) } });
  return out;
}
