/**
 * The 考勤 / Attendance grid: one row per member, one column per meeting date. Reads it the way
 * the report does (so a column the report counts is the column check-in writes) and adds a
 * meeting's column with its dropdown, keeping the penalty and warning formulas over every meeting.
 */
import { CODES, STATUSES, type Status } from "../domain/attendance";
import { dateAtMidnight, type LocalDate, localDateOf, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import type { NameIndex } from "../domain/names";
import { readTab, type TabRead } from "./append";
import { refreshAttendanceFormulas } from "./attendance-formulas";
import { DATE_FORMAT } from "./formats";
import { TABS } from "./schema";
import type { CellValue } from "./table";
import type { Context } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The dropdown's codes in the sheet's language; the first of each status is what check-in writes. */
export function attendanceCodeList(lang: Lang): string[] {
  const pick = (s: keyof typeof CODES) => CODES[s][0];
  const base = [pick("present"), pick("late"), pick("leftEarly"), pick("excused"), pick("absent"), pick("unapproved")];
  const en = ["present", "late", "left early", "leave", "absent", "unapproved"];
  return lang === "zh" ? [...base, `${pick("late")}+${pick("leftEarly")}`] : [...en, "late+left early"];
}

export interface Grid {
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
export function codeOf(status: Status, lang: Lang): string {
  return attendanceCodeList(lang)[STATUSES.indexOf(status)];
}

export function readGrid(ctx: Context, sheet: Sheet, members: NameIndex, yearFrom: LocalDate, t = readTab(sheet, TABS.attendance)): Grid {
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

/** Adds the meeting's column right after the last meeting (or after the name and group columns). */
export function addMeetingColumn(ctx: Context, sheet: Sheet, grid: Grid, members: NameIndex, yearFrom: LocalDate, date: LocalDate): Grid {
  const { t } = grid;
  const dated = [...grid.meetings.values()];
  const after = dated.length ? Math.max(...dated) : Math.max(t.columns.name!, t.columns.group ?? -1);
  sheet.insertColumnAfter(after + 1);
  const col = after + 2;
  sheet
    .getRange(t.headerIndex + 1, col)
    .setValue(dateAtMidnight(date, ctx.timeZone))
    .setNumberFormat(DATE_FORMAT);
  const rows = sheet.getMaxRows() - t.headerIndex - 1;
  if (rows > 0) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(attendanceCodeList(ctx.lang), true).setAllowInvalid(true).build();
    sheet.getRange(t.headerIndex + 2, col, rows, 1).setDataValidation(rule);
  }
  // The values read before the insert, shifted the way the sheet now is: one more read is not needed.
  const values = t.values.map((row, r) => {
    const copy = [...row];
    copy.splice(after + 1, 0, r === t.headerIndex ? dateAtMidnight(date, ctx.timeZone) : "");
    return copy;
  });
  const next = readGrid(ctx, sheet, members, yearFrom, { ...t, values, columns: shift(t.columns, after + 1) });
  const cols = [...next.meetings.values()];
  refreshAttendanceFormulas(ctx, next.t, Math.min(...cols) + 1, Math.max(...cols) + 1);
  return next;
}

function shift(columns: TabRead["columns"], from: number): TabRead["columns"] {
  const out: TabRead["columns"] = {};
  for (const [k, c] of Object.entries(columns)) out[k] = c! >= from ? c! + 1 : c;
  return out;
}
