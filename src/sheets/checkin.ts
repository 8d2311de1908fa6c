/**
 * 例会签到 / Meeting check-in: one meeting's column of the 考勤 grid (one row per member, one
 * column per meeting date). A status someone already entered is only replaced once the user has
 * seen it and agreed; everything is read and written under the document lock.
 */
import { parseStatus, STATUSES, type Status } from "../domain/attendance";
import { dateAtMidnight, type LocalDate, localDateOf, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Member } from "../domain/model";
import { NameIndex } from "../domain/names";
import { readTab, type TabRead } from "./append";
import { refreshAttendanceFormulas } from "./attendance-formulas";
import { ensureRow, keepCell, lastFilledIndex, setValuesAsText, textCell, writeRows } from "./cells";
import { requireEditable } from "./edit-rights";
import { withDocumentLock } from "./lock";
import { appendLog, rowList } from "./log";
import { TABS } from "./schema";
import { attendanceCodeList, DATE_FORMAT } from "./setup";
import { type CellValue, columnLetter } from "./table";
import { type Context, loadModel, missingTabProblem, tabToWrite } from "./workbook";

export interface Mark {
  name: string;
  status: Status;
}

/** A status already in the sheet that differs from the one chosen. */
export interface Conflict {
  name: string;
  current: string;
  status: Status;
}

export interface CheckInRequest {
  date: LocalDate;
  marks: Mark[];
  /** Entries the user agreed to replace, each with the text they saw (a newer one is asked about again). */
  confirmed: { name: string; current: string }[];
}

export type CheckInResult =
  | { ok: true; sheet: string; column: string; created: boolean; written: number; added: string[] }
  | { ok: false; conflicts: Conflict[] }
  /** Names that are not active members (any more): the page was opened before they left. */
  | { ok: false; notActive: string[] };

interface Grid {
  t: TabRead;
  /** 0-based column of each meeting date. */
  meetings: Map<LocalDate, number>;
  /** 0-based row index of each member's row, by the member's name as in 成员. */
  rows: Map<string, number>;
}

export function cellText(v: CellValue, timeZone: string): string {
  if (v instanceof Date) return localDateOf(v, timeZone);
  return v === null || v === undefined ? "" : String(v).trim();
}

/** The code written for a status, in the sheet's language: the first entry of set-up's dropdown. */
function codeOf(status: Status, lang: Context["lang"]): string {
  return attendanceCodeList(lang)[STATUSES.indexOf(status)];
}

function readGrid(ctx: Context, sheet: GoogleAppsScript.Spreadsheet.Sheet, members: NameIndex, yearFrom: LocalDate, t = readTab(sheet, TABS.attendance)): Grid {
  if (t.columns.name === undefined) throw new UserError({ key: "columnMissing", params: { zh: "姓名", en: "Name" } });
  const known = new Set(Object.values(t.columns));
  const meetings = new Map<LocalDate, number>();
  (t.values[t.headerIndex] ?? []).forEach((h, c) => {
    if (known.has(c)) return;
    // The same reading as the report's, so a column the report counts is the column written here.
    const d = parseDate(h, { timeZone: ctx.timeZone, allowTrailing: true, yearFrom });
    if (d.ok && d.value && !meetings.has(d.value)) meetings.set(d.value, c);
  });
  const rows = new Map<string, number>();
  for (let r = t.headerIndex + 1; r < t.values.length; r++) {
    const typed = cellText(t.values[r][t.columns.name], ctx.timeZone);
    if (typed === "") continue;
    const name = members.find(typed) ?? typed;
    if (!rows.has(name)) rows.set(name, r);
  }
  return { t, meetings, rows };
}

interface Loaded {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  grid: Grid;
  active: Member[];
  yearFrom: LocalDate;
  index: NameIndex;
}

function load(ctx: Context): Loaded {
  const loaded = loadModel(ctx, ["members", "settings"]);
  // Two attendance tabs: no meeting may be written into one of them by a silent choice.
  const sheet = tabToWrite(ctx.ss, "attendance");
  if (!loaded.sheets.members) throw new UserError(missingTabProblem("members", ctx.lang).message);
  if (!sheet) throw new UserError(missingTabProblem("attendance", ctx.lang).message);
  const yearFrom = loaded.model.settings.termStart ?? `${ctx.today.slice(0, 4)}-01-01`;
  const index = new NameIndex(loaded.model.members.map((m) => m.name));
  return { sheet, grid: readGrid(ctx, sheet, index, yearFrom), active: loaded.model.members.filter((m) => m.active), yearFrom, index };
}

export interface MeetingView {
  /** The meeting's column letter when the grid has it. */
  column: string | null;
  members: { name: string; group: string; current: string }[];
}

/** Active members with what the grid already holds for the meeting. */
export function readMeeting(ctx: Context, date: LocalDate): MeetingView {
  const { grid, active } = load(ctx);
  const col = grid.meetings.get(date);
  return {
    column: col === undefined ? null : columnLetter(col + 1),
    members: active.map((m) => {
      const r = grid.rows.get(m.name);
      return { name: m.name, group: m.group, current: col === undefined || r === undefined ? "" : cellText(grid.t.values[r][col] ?? "", ctx.timeZone) };
    }),
  };
}

function sameStatus(current: string, status: Status): boolean {
  const parsed = parseStatus(current);
  return parsed.ok && parsed.value.length === 1 && parsed.value[0] === status;
}

/** Adds the meeting's column right after the last meeting (or after the name and group columns). */
function addColumn(ctx: Context, l: Loaded, date: LocalDate): Grid {
  const { t } = l.grid;
  const dated = [...l.grid.meetings.values()];
  const after = dated.length ? Math.max(...dated) : Math.max(t.columns.name!, t.columns.group ?? -1);
  l.sheet.insertColumnAfter(after + 1);
  const col = after + 2;
  l.sheet
    .getRange(t.headerIndex + 1, col)
    .setValue(dateAtMidnight(date, ctx.timeZone))
    .setNumberFormat(DATE_FORMAT);
  const rows = l.sheet.getMaxRows() - t.headerIndex - 1;
  if (rows > 0) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(attendanceCodeList(ctx.lang), true).setAllowInvalid(true).build();
    l.sheet.getRange(t.headerIndex + 2, col, rows, 1).setDataValidation(rule);
  }
  // The values read before the insert, shifted the way the sheet now is: one more read is not needed.
  const values = t.values.map((row, r) => {
    const copy = [...row];
    copy.splice(after + 1, 0, r === t.headerIndex ? dateAtMidnight(date, ctx.timeZone) : "");
    return copy;
  });
  const grid = readGrid(ctx, l.sheet, l.index, l.yearFrom, { ...t, values, columns: shift(t.columns, after + 1) });
  const cols = [...grid.meetings.values()];
  refreshAttendanceFormulas(ctx, grid.t, Math.min(...cols) + 1, Math.max(...cols) + 1);
  return grid;
}

function shift(columns: TabRead["columns"], from: number): TabRead["columns"] {
  const out: TabRead["columns"] = {};
  for (const [k, c] of Object.entries(columns)) out[k] = c! >= from ? c! + 1 : c;
  return out;
}

function plan(ctx: Context, l: Loaded, req: CheckInRequest) {
  const col = l.grid.meetings.get(req.date);
  const conflicts: Conflict[] = [];
  const marks: Mark[] = [];
  const notActive: string[] = [];
  for (const m of req.marks) {
    const name = l.index.find(m.name);
    if (!name || !l.active.some((a) => a.name === name)) {
      notActive.push(m.name);
      continue;
    }
    const r = l.grid.rows.get(name);
    const current = col === undefined || r === undefined ? "" : cellText(l.grid.t.values[r][col] ?? "", ctx.timeZone);
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

export function saveCheckIn(ctx: Context, req: CheckInRequest): CheckInResult {
  return withDocumentLock(ctx, () => {
    const l = load(ctx);
    requireEditable(ctx, [l.sheet]);
    const { conflicts, marks, notActive } = plan(ctx, l, req);
    if (notActive.length > 0) return { ok: false, notActive };
    if (conflicts.length > 0) return { ok: false, conflicts };
    const created = !l.grid.meetings.has(req.date);
    const grid = created ? addColumn(ctx, l, req.date) : l.grid;
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

    if (marks.length > 0) {
      const at = new Map(marks.map((m) => [grid.rows.get(m.name)!, codeOf(m.status, ctx.lang)]));
      const top = Math.min(...at.keys());
      const bottom = Math.max(...at.keys());
      const range = l.sheet.getRange(top + 1, col + 1, bottom - top + 1, 1);
      const formulas = range.getFormulas();
      setValuesAsText(
        range,
        formulas.map(([f], i) => [at.get(top + i) ?? keepCell(t.values[top + i]?.[col] ?? "", f)]),
      );
    }
    const column = columnLetter(col + 1);
    const rows = marks.map((m) => grid.rows.get(m.name)! + 1);
    if (rows.length > 0 || created) appendLog(ctx, [{ action: "checkIn", sheet: l.sheet.getName(), rows: `${column}: ${rowList(rows)}` }]);
    return { ok: true, sheet: l.sheet.getName(), column, created, written: marks.length, added: missing.map((m) => m.name) };
  });
}
