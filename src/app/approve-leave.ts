/**
 * 审批 / Approvals: the head decides each waiting leave request, with a note. Only the head may: a
 * member whose 职务 is 部长, recognised as in 我的跟进, who also passes the proof Google checks
 * against the real account (editing rights on a Settings tab that restricts its editors) — so
 * writing someone's email into 成员 or picking their name decides nothing. A decision writes only
 * that row's 状态, 审批人, 审批时间 and 审批意见, under the document lock, after finding the row
 * again by when it was made, by whom, for which meeting and with which reason: a request whose 原因
 * was edited after the head opened the sidebar is refused as changed, and nothing is written.
 */
import { checkDecision, type LeaveView } from "../contracts/leave-entry";
import { decisionFormSchema } from "../contracts/leave-schema";
import { renderMsg, type SidebarMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import { type LocalDate, localDateTimeOf } from "../domain/dates";
import type { Me } from "../domain/followups";
import { decidedSince, isLate, LEAVE_RECENT_DAYS, requestToDecide, shiftDay, waitingOldestFirst } from "../domain/leave";
import { clockOn } from "../domain/meetings";
import type { Lang } from "../domain/messages";
import type { LeaveRequest, LeaveStatus } from "../domain/model";
import { requireEditable } from "../sheets/edit-rights";
import { currentUserEmail } from "../sheets/identity";
import { leaveStamp, readLeaveTab, writeDecision } from "../sheets/leave-tab";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { choiceLabel, LEAVE_STATUSES } from "../sheets/schema";
import { type Context, type Loaded, tabToWrite } from "../sheets/workbook";
import { pickMember, provenHead } from "./follow-ups";
import { leaveView, loadLeave } from "./request-leave";
import { type Failure, fieldsFailure, respond } from "./respond";

export interface ApprovalsData {
  ok: true;
  lang: Lang;
  today: LocalDate;
  /** null: the page asks who the user is; otherwise the head. */
  me: Me | null;
  emailHidden: boolean;
  members: string[];
  /** Waiting requests, the oldest first. */
  waiting: LeaveView[];
  /** Requests decided in the last 30 days, the latest first. */
  decided: LeaveView[];
}

const REFUSED = { notHead: "onlyHead", unproven: "headUnproven", notEditor: "headNotEditor" } as const;

/** The head, or why this user is not: null when the page should ask who they are. */
function theHead(loaded: Loaded): { head: Me } | { refused: SidebarMsg } | null {
  const check = provenHead(loaded);
  if (!check || "head" in check) return check;
  return { refused: { key: REFUSED[check.refused], params: { name: check.name } } };
}

function answer(ctx: Context, lang: Lang, loaded: Loaded): ApprovalsData | Failure {
  const { model } = loaded;
  const email = currentUserEmail();
  const head = theHead(loaded);
  if (head && "refused" in head) return { ok: false, error: renderMsg(head.refused, lang) };
  const view = (list: typeof model.leave) => (head ? list.map((l) => leaveView(model, l)) : []);
  return {
    ok: true,
    lang,
    today: ctx.today,
    me: head ? head.head : null,
    emailHidden: email === "",
    members: model.members.filter((m) => m.active).map((m) => m.name),
    waiting: view(waitingOldestFirst(model.leave)),
    decided: view(decidedSince(model.leave, shiftDay(ctx.today, -LEAVE_RECENT_DAYS))),
  };
}

/** Sidebar data for 审批: the waiting requests and the recent decisions, for the head only. */
export function sidebarApprovalsData(): ApprovalsData | Failure {
  return respond((ctx, lang) => answer(ctx, lang, loadLeave(ctx)));
}

/**
 * Remembers which member the user is (when their email is not in 成员), then answers as sidebarApprovalsData.
 * @param {{name: string}} request An active member's name.
 */
export function setApprovalsMember(request: unknown): ApprovalsData | Failure {
  return pickMember(request, loadLeave, answer);
}

export interface Decided {
  ok: true;
  sheet: string;
  row: number;
  status: LeaveStatus;
  /** A late request approved: the head's override, logged as such. */
  override: boolean;
  /** The request as it now stands. */
  request: LeaveView;
}

/** The request was deleted, changed or decided by someone else meanwhile: the page reloads its list. */
export interface Stale extends Failure {
  stale: true;
}

/**
 * Approves or rejects one waiting request, under the document lock, writing only its decision's cells.
 * @param {{key: {submittedAt: ?{date: string, seconds: number}, name: string, meeting: string, reason: string}, decision: string, note: string}} form
 */
export function decideLeave(form: unknown): Decided | Stale | Failure {
  return respond((ctx, lang) => {
    const f = validate(decisionFormSchema, form);
    const loaded = loadLeave(ctx, false);
    const head = theHead(loaded);
    if (!head) return { ok: false, error: renderMsg({ key: "chooseMember" }, lang) };
    if ("refused" in head) return { ok: false, error: renderMsg(head.refused, lang) };
    const late = isLate(f.key.submittedAt, clockOn(loaded.model, f.key.meeting));
    const { note, errors } = checkDecision(f, late);
    if (errors.note) {
      return fieldsFailure(errors, lang);
    }
    const override = late && f.decision === "approved";
    const by = head.head.name;
    const done = withDocumentLock(ctx, (): { refused: SidebarMsg } | { sheet: string; row: number; request: LeaveRequest } => {
      const sheet = tabToWrite(ctx.ss, "leave");
      const gone: SidebarMsg = { key: "leaveGone", params: { name: f.key.name, date: f.key.meeting } };
      if (!sheet) return { refused: gone };
      requireEditable(ctx, [sheet]);
      const tab = readLeaveTab(ctx, sheet);
      const found = requestToDecide(tab.requests, f.key);
      if ("gone" in found) return { refused: gone };
      if ("decided" in found) {
        const d = found.decided;
        const params = { name: d.name, date: d.meeting, byZh: d.decidedBy || "他人", byEn: d.decidedBy || "someone else" };
        const status = { statusZh: choiceLabel(LEAVE_STATUSES, d.status, "zh"), statusEn: choiceLabel(LEAVE_STATUSES, d.status, "en").toLowerCase() };
        return { refused: { key: "leaveDecided", params: { ...params, ...status } } };
      }
      const row = found.waiting.row;
      writeDecision(ctx, tab, row, { status: f.decision, by, note });
      const action = override ? "leaveOverride" : f.decision === "approved" ? "leaveApproved" : "leaveRejected";
      appendLog(ctx, [{ action, sheet: sheet.getName(), rows: String(row) }]);
      const decidedAt = localDateTimeOf(leaveStamp(ctx), ctx.timeZone);
      return { sheet: sheet.getName(), row, request: { ...found.waiting, status: f.decision, decidedBy: by, decidedAt, note: note || found.waiting.note } };
    });
    if ("refused" in done) return { ok: false, stale: true, error: renderMsg(done.refused, lang) };
    return { ok: true, sheet: done.sheet, row: done.row, status: f.decision, override, request: leaveView(loaded.model, done.request) };
  });
}
