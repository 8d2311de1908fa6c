/**
 * 请假 / Request leave: "若要请假，必须在例会前向部长请示批准" — a member asks the head before the
 * meeting, with a reason; leave not approved counts as absence. One row appended to 请假 under the
 * document lock. A request made after the meeting started is still recorded, and said to be late:
 * only the head's override can approve it.
 */
import { checkLeave, type LeaveErrors, type LeaveView, viewOf } from "../contracts/leave-entry";
import { leaveFormSchema } from "../contracts/leave-schema";
import { renderMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import { formatClock, type LocalDate, localDateTimeOf } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Me, SettingsEdit } from "../domain/followups";
import { isLate, openRequest, ownRequests } from "../domain/leave";
import { clockOn } from "../domain/meetings";
import type { Lang } from "../domain/messages";
import type { LeaveRequest, Model } from "../domain/model";
import { requireEditable } from "../sheets/edit-rights";
import { currentUserEmail } from "../sheets/identity";
import { appendRequest, leaveStamp, leaveTab, readLeaveTab } from "../sheets/leave-tab";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { type Context, type Loaded, loadModel, missingTabProblem, tabToWrite } from "../sheets/workbook";
import { pickMember, whoAmI } from "./follow-ups";
import { type Failure, fieldsFailure, respond } from "./respond";

export interface LeaveData {
  ok: true;
  lang: Lang;
  today: LocalDate;
  /** null: the page asks who the user is. */
  me: Me | null;
  emailHidden: boolean;
  settingsEdit: SettingsEdit | null;
  members: string[];
  /** The meetings of the 考勤 grid from today on, each with its start ("19:00"). */
  meetings: { date: LocalDate; start: string }[];
  /** Settings' usual start, for a meeting typed that the grid does not have yet. */
  start: string;
  /** The user's own requests: for meetings from today on, and those of the last 30 days. */
  upcoming: LeaveView[];
  recent: LeaveView[];
}

/** `withLeave`: the 请假 tab too (a save reads it again under the lock). */
export function loadLeave(ctx: Context, withLeave = true): Loaded {
  const loaded = loadModel(ctx, withLeave ? ["members", "attendance", "leave", "settings"] : ["members", "attendance", "settings"]);
  if (!loaded.sheets.members) throw new UserError(missingTabProblem("members", ctx.lang).message);
  return loaded;
}

/** A request as a sidebar shows it: late when made after its meeting started (the grid's time, else Settings'). */
export function leaveView(model: Pick<Model, "attendance" | "settings">, l: LeaveRequest): LeaveView {
  return viewOf(l, isLate(l.submittedAt, clockOn(model, l.meeting)));
}

function answer(ctx: Context, lang: Lang, loaded: Loaded): LeaveData {
  const { model } = loaded;
  const email = currentUserEmail();
  const who = whoAmI(loaded, email);
  const mine = who.me ? ownRequests(model.leave, who.me.name, ctx.today) : { upcoming: [], recent: [] };
  return {
    ok: true,
    lang,
    today: ctx.today,
    ...who,
    emailHidden: email === "",
    members: model.members.filter((m) => m.active).map((m) => m.name),
    meetings: model.attendance.meetings.filter((m) => m.date >= ctx.today).map((m) => ({ date: m.date, start: formatClock(clockOn(model, m.date).start) })),
    start: formatClock(model.settings.meeting.start),
    upcoming: mine.upcoming.map((l) => leaveView(model, l)),
    recent: mine.recent.map((l) => leaveView(model, l)),
  };
}

/** Sidebar data for 请假: who the user is, the coming meetings and their own requests. */
export function sidebarLeaveData(): LeaveData | Failure {
  return respond((ctx, lang) => answer(ctx, lang, loadLeave(ctx)));
}

/**
 * Remembers which member the user is (when their email is not in 成员), then answers as sidebarLeaveData.
 * @param {{name: string}} request An active member's name.
 */
export function setLeaveMember(request: unknown): LeaveData | Failure {
  return pickMember(request, loadLeave, answer);
}

export interface LeaveSaved {
  ok: true;
  sheet: string;
  row: number;
  /** The new request, as the page lists it. */
  request: LeaveView;
  /** When the meeting starts ("19:00"): a late request is told so. */
  start: string;
}

/**
 * Appends the user's leave request to 请假 under the document lock (creating the tab when the sheet has none).
 * @param {{meeting: string, reason: string}} form The meeting's day (YYYY-MM-DD) and the reason.
 */
export function saveLeaveRequest(form: unknown): LeaveSaved | Failure {
  return respond((ctx, lang) => {
    const f = validate(leaveFormSchema, form);
    const loaded = loadLeave(ctx, false);
    const { me } = whoAmI(loaded, currentUserEmail());
    const { entry, errors } = checkLeave(f, ctx.today);
    if (!entry) return fieldsFailure(errors, lang);
    if (!me) return { ok: false, error: renderMsg({ key: "chooseMember" }, lang) };
    const clock = clockOn(loaded.model, entry.meeting);
    const saved = withDocumentLock(ctx, (): { refused: LeaveErrors } | { sheet: string; row: number } => {
      requireEditable(ctx, [tabToWrite(ctx.ss, "leave")]);
      const sheet = leaveTab(ctx);
      const tab = readLeaveTab(ctx, sheet);
      // Checked again here, on what the tab holds now: the same request sent from two sidebars lands once.
      const standing = openRequest(tab.requests, me.name, entry.meeting);
      const twice = checkLeave(f, ctx.today, standing ? [standing] : []).errors;
      if (twice.meeting) return { refused: twice };
      const row = appendRequest(ctx, tab, me.name, entry);
      appendLog(ctx, [{ action: "leaveRequest", sheet: sheet.getName(), rows: String(row) }]);
      return { sheet: sheet.getName(), row };
    });
    if ("refused" in saved) return fieldsFailure(saved.refused, lang);
    const at = localDateTimeOf(leaveStamp(ctx), ctx.timeZone);
    const request: LeaveRequest = {
      row: saved.row,
      submittedAt: at,
      name: me.name,
      meeting: entry.meeting,
      reason: entry.reason,
      status: "pending",
      decidedBy: "",
      decidedAt: null,
      note: "",
    };
    return { ok: true, ...saved, request: viewOf(request, isLate(at, clock)), start: formatClock(clock.start) };
  });
}
