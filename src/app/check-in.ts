/**
 * 例会签到 / Meeting check-in: one meeting's column of the 考勤 grid (one row per member, one
 * column per meeting date). A status someone already entered is only replaced once the user has
 * seen it and agreed; everything is read and written under the document lock. 导入签到 / Import
 * sign-ins writes through the same `writeCheckIn`, so both follow one set of rules.
 */
import * as z from "zod/mini";
import { renderMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import { parseStatus, STATUSES, type Status } from "../domain/attendance";
import { type LocalDate, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import { requestFor } from "../domain/leave";
import { type Lang, render } from "../domain/messages";
import type { LeaveStatus, Member, Model } from "../domain/model";
import { NameIndex } from "../domain/names";
import type { TabRead } from "../sheets/append";
import { addMeetingColumn, cellText, codeOf, type Grid, readGrid } from "../sheets/attendance-grid";
import { ensureRow, lastFilledIndex, textCell, writeColumnCells, writeRows } from "../sheets/cells";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog, type LogAction, rowList } from "../sheets/log";
import { type CellValue, columnLetter } from "../sheets/table";
import { type Context, loadModel, missingTabProblem, tabToWrite } from "../sheets/workbook";
import { type Failure, respond } from "./respond";

/** One status per member from the sidebar; an import may give two (迟到+早退). */
type Marked = Status | readonly Status[];

export interface Mark<S extends Marked = Status> {
  name: string;
  status: S;
}

/** A status already in the sheet that differs from the one chosen. */
export interface Conflict<S extends Marked = Status> {
  name: string;
  current: string;
  status: S;
}

export interface CheckInRequest<S extends Marked = Status> {
  date: LocalDate;
  marks: Mark<S>[];
  /** Entries the user agreed to replace, each with the text they saw (a newer one is asked about again). */
  confirmed: { name: string; current: string }[];
}

export type CheckInResult<S extends Marked = Status> =
  | { ok: true; sheet: string; column: string; created: boolean; written: number; added: string[] }
  | { ok: false; conflicts: Conflict<S>[] }
  /** Names that are not active members (any more): the page was opened before they left. */
  | { ok: false; notActive: string[] };

/** What a check-in (or an import) reads before deciding anything: one read per tab. */
export interface CheckInLoaded {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  grid: Grid;
  active: Member[];
  yearFrom: LocalDate;
  index: NameIndex;
  model: Pick<Model, "members" | "settings" | "leave">;
}

export function loadCheckIn(ctx: Context): CheckInLoaded {
  const loaded = loadModel(ctx, ["members", "settings", "leave"]);
  // Two attendance tabs: no meeting may be written into one of them by a silent choice.
  const sheet = tabToWrite(ctx.ss, "attendance");
  if (!loaded.sheets.members) throw new UserError(missingTabProblem("members", ctx.lang).message);
  if (!sheet) throw new UserError(missingTabProblem("attendance", ctx.lang).message);
  const yearFrom = loaded.model.settings.termStart ?? `${ctx.today.slice(0, 4)}-01-01`;
  const index = new NameIndex(loaded.model.members.map((m) => m.name));
  const grid = readGrid(ctx, sheet, index, yearFrom);
  return { sheet, grid, active: loaded.model.members.filter((m) => m.active), yearFrom, index, model: loaded.model };
}

/** What the grid holds for a member at a meeting, as text ("" when the grid has neither). */
export function currentEntry(ctx: Context, grid: Grid, name: string, date: LocalDate): string {
  const col = grid.meetings.get(date);
  const r = grid.rows.get(name);
  return col === undefined || r === undefined ? "" : cellText(grid.t.values[r][col] ?? "", ctx.timeZone);
}

/** A member's leave for the meeting, as the sidebar shows it next to the name. */
export interface LeaveView {
  status: LeaveStatus;
  reason: string;
}

export interface MeetingView {
  /** The meeting's column letter when the grid has it. */
  column: string | null;
  /** `leave`: the request that decides the member's leave for this meeting (请假 tab), if any. */
  members: { name: string; group: string; current: string; leave: LeaveView | null }[];
}

/** Active members with what the grid already holds for the meeting, and their leave. */
function readMeeting(ctx: Context, date: LocalDate): MeetingView {
  const { grid, active, model } = loadCheckIn(ctx);
  const col = grid.meetings.get(date);
  return {
    column: col === undefined ? null : columnLetter(col + 1),
    members: active.map((m) => {
      const request = requestFor(model.leave, m.name, date);
      const leave = request ? { status: request.status, reason: request.reason } : null;
      return { name: m.name, group: m.group, current: currentEntry(ctx, grid, m.name, date), leave };
    }),
  };
}

const statusList = (status: Marked): readonly Status[] => (typeof status === "string" ? [status] : status);

/** The same statuses, however spelled (✓ for 出席, 迟到+早退 in either order). */
export function sameStatus(current: string, status: Marked): boolean {
  const parsed = parseStatus(current);
  const wanted = statusList(status);
  return parsed.ok && parsed.value.length === wanted.length && wanted.every((s) => parsed.value.includes(s));
}

/** The code written for one mark in the sheet's language: 出席, or 迟到+早退 (an entry of the dropdown). */
function codeFor(status: Marked, lang: Lang): string {
  return statusList(status)
    .map((s) => codeOf(s, lang))
    .join("+");
}

function plan<S extends Marked>(ctx: Context, l: CheckInLoaded, req: CheckInRequest<S>) {
  const conflicts: Conflict<S>[] = [];
  const marks: Mark<S>[] = [];
  const notActive: string[] = [];
  for (const m of req.marks) {
    const name = l.index.find(m.name);
    if (!name || !l.active.some((a) => a.name === name)) {
      notActive.push(m.name);
      continue;
    }
    const current = currentEntry(ctx, l.grid, name, req.date);
    if (current !== "" && sameStatus(current, m.status)) continue;
    if (current !== "" && !req.confirmed.some((c) => c.name === name && c.current === current)) {
      conflicts.push({ name, current, status: m.status });
      continue;
    }
    marks.push({ name, status: m.status });
  }
  return { conflicts, marks, notActive };
}

function memberRow(t: TabRead, m: Member): Map<number, CellValue> {
  const row = new Map<number, CellValue>([[t.columns.name! + 1, textCell(m.name)]]);
  if (t.columns.group !== undefined) row.set(t.columns.group + 1, textCell(m.group));
  return row;
}

/**
 * Writes one meeting's column under the document lock. `request` is what to write, or a function
 * that works it out under the lock from what was just read (an import re-reads its export there and
 * may refuse instead: its answer is then returned and nothing is written). `action` names the write
 * in the Log.
 */
export function writeCheckIn<S extends Marked, R = never>(
  ctx: Context,
  request: CheckInRequest<S> | ((loaded: CheckInLoaded) => CheckInRequest<S> | R),
  action: LogAction = "checkIn",
): CheckInResult<S> | R {
  return withDocumentLock(ctx, () => {
    const l = loadCheckIn(ctx);
    requireEditable(ctx, [l.sheet]);
    const made = typeof request === "function" ? request(l) : request;
    if (!isRequest<S>(made)) return made;
    const req = made;
    const { conflicts, marks, notActive } = plan(ctx, l, req);
    if (notActive.length > 0) return { ok: false, notActive };
    if (conflicts.length > 0) return { ok: false, conflicts };
    const created = !l.grid.meetings.has(req.date);
    const grid = created ? addMeetingColumn(ctx, l.sheet, l.grid, l.index, l.yearFrom, req.date) : l.grid;
    const { t } = grid;
    const col = grid.meetings.get(req.date)!;

    const missing = l.active.filter((m) => marks.some((k) => k.name === m.name) && !grid.rows.has(m.name));
    if (missing.length > 0) {
      const computed = new Set([t.columns.penalty, t.columns.warning].filter((c): c is number => c !== undefined));
      const first = lastFilledIndex(t.values, t.headerIndex + 1, computed) + 1;
      ensureRow(l.sheet, first + missing.length);
      writeRows(
        l.sheet,
        first + 1,
        missing.map((m) => memberRow(t, m)),
      );
      missing.forEach((m, i) => grid.rows.set(m.name, first + i));
    }

    // Only the marked cells: a cell between two of them that someone edited since the read above
    // keeps the edit (and its formatting). A marked cell is written even over a formula.
    writeColumnCells(l.sheet, col + 1, new Map(marks.map((m) => [grid.rows.get(m.name)! + 1, codeFor(m.status, ctx.lang)])));
    const column = columnLetter(col + 1);
    const rows = marks.map((m) => grid.rows.get(m.name)! + 1);
    if (rows.length > 0 || created) appendLog(ctx, [{ action, sheet: l.sheet.getName(), rows: `${column}: ${rowList(rows)}` }]);
    return { ok: true as const, sheet: l.sheet.getName(), column, created, written: marks.length, added: missing.map((m) => m.name) };
  });
}

function isRequest<S extends Marked>(value: unknown): value is CheckInRequest<S> {
  return typeof value === "object" && value !== null && "marks" in value && "date" in value;
}

const name = z.string().check(z.maxLength(200));
const dateRequest = z.optional(z.object({ date: z.optional(z.string().check(z.maxLength(40))) }));
const saveRequest = z.object({
  date: z.string().check(z.maxLength(40)),
  marks: z.array(z.object({ name, status: z.enum(STATUSES as unknown as [Status, ...Status[]]) })).check(z.minLength(1), z.maxLength(500)),
  confirmed: z.array(z.object({ name, current: z.string().check(z.maxLength(5000)) })).check(z.maxLength(500)),
});

/** The meeting date typed or picked (default today), or what is wrong with it, on the field `date`. */
export function meetingDate(ctx: Context, lang: Lang, typed: string | undefined): string | Failure {
  const d = parseDate(typed ?? ctx.today, { timeZone: ctx.timeZone });
  if (d.ok && d.value) return d.value;
  const error = d.ok ? renderMsg({ key: "fieldRequired", params: { zh: "日期", en: "Date" } }, lang) : render(d.error, lang);
  return { ok: false, error, fields: { date: error } };
}

export interface CheckInData {
  ok: true;
  lang: Lang;
  today: string;
  date: string;
  /** The meeting's column letter when the grid already has it. */
  column: string | null;
  members: MeetingView["members"];
}

/**
 * Sidebar data for 例会签到: active members, what the grid holds for one meeting and each member's
 * leave for it (approved, pending or rejected, with the reason).
 * @param {{date?: string}} request The meeting date, default today.
 */
export function sidebarCheckInData(request?: unknown): CheckInData | Failure {
  return respond((ctx, lang) => {
    const req = validate(dateRequest, request) ?? {};
    const date = meetingDate(ctx, lang, req.date);
    if (typeof date !== "string") return date;
    return { ok: true, lang, today: ctx.today, date, ...readMeeting(ctx, date) };
  });
}

/** What the page receives: members who are not active come back as a sentence, like every refusal. */
export type CheckInAnswer = Exclude<CheckInResult, { notActive: string[] }> | Failure;

/**
 * Writes one meeting's column of the attendance grid under the document lock.
 * @param {{date: string, marks: Array<{name: string, status: string}>, confirmed: Array<{name: string, current: string}>}} request
 */
export function saveCheckIn(request: unknown): CheckInAnswer {
  return respond((ctx, lang) => {
    const req = validate(saveRequest, request);
    const date = meetingDate(ctx, lang, req.date);
    if (typeof date !== "string") return date;
    const r = writeCheckIn(ctx, { ...req, date });
    if ("notActive" in r) return { ok: false, error: r.notActive.map((value) => renderMsg({ key: "unknownMember", params: { value } }, lang)).join("\n") };
    return r;
  });
}
