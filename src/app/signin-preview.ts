/**
 * 导入签到 / Import sign-ins: what an export would write for one meeting, worked out from what the
 * sheet holds now. The sidebar's preview, its save (again, under the lock) and the command line all
 * go through `computeImport`, so what is written is what the user was shown — or nothing, when the
 * fingerprints differ. The answer is data; the page and the command line put it into words with
 * domain/signin-text in the reader's language.
 */

import { SIGNIN_LIMITS, SIGNIN_REFUSAL } from "../contracts/signin-limits";
import type { LocalDate } from "../domain/dates";
import { fingerprint } from "../domain/fingerprint";
import { approvedFor, requestFor } from "../domain/leave";
import { clockOf, headerStart, type MeetingClock } from "../domain/meetings";
import { type Cell, type ColumnGuess, detectColumns, previewSignins as judge, type SigninColumns, type SigninMark, type SigninPreview } from "../domain/signin";
import { type Lang, t } from "../domain/text";
import { readExportTab } from "../sheets/export-tab";
import { columnLetter } from "../sheets/table";
import type { Context } from "../sheets/workbook";
import { type CheckInLoaded, currentEntry, sameStatus } from "./check-in";
import type { Failure } from "./respond";

export interface ImportRequest {
  /** A tab of this spreadsheet, or the rows of a file the page (or the command line) read, as text. */
  source: { tab: string } | { rows: string[][] };
  meeting: LocalDate;
  absentRest: boolean;
  /** The columns the user picked; without them the add-on's own guess. */
  columns?: SigninColumns;
}

export interface Computed {
  guess: ColumnGuess;
  columns: SigninColumns | null;
  clock: MeetingClock;
  /** Null while the name or time column is not known. */
  preview: SigninPreview | null;
  rows: readonly Cell[][];
  /** The preview's fingerprint, which a save must bring back. */
  confirm: string | null;
}

// An xlsx's date-time cells reach the server as their serial number in text ("46330.79375"): read
// as the number it is, like a number cell of a tab. Five digits before the point are 1927 to 2173.
const SERIAL = /^\d{5}(?:\.\d{1,15})?$/;
const cellOf = (v: string): Cell => (SERIAL.test(v) ? Number(v) : v);

/** The export's cells: the tab's (one read) or the sent rows'. */
export function readExport(ctx: Context, lang: Lang, source: ImportRequest["source"]): Cell[][] | Failure {
  if ("rows" in source) return source.rows.map((row) => row.map(cellOf));
  const read = readExportTab(ctx.ss, source.tab, SIGNIN_LIMITS.rows);
  if (read === null) return { ok: false, error: t(SIGNIN_REFUSAL.noTab, lang, { tab: source.tab }) };
  if ("notExport" in read) return { ok: false, error: t(SIGNIN_REFUSAL.notExportTab, lang, { tab: source.tab }) };
  if ("tooLong" in read) return { ok: false, error: t(SIGNIN_REFUSAL.tabTooLong, lang, { tab: source.tab, rows: read.tooLong, max: SIGNIN_LIMITS.rows }) };
  return read;
}

/** The meeting's clock: its column header's time when the grid has one, else Settings'. */
function clockFor(ctx: Context, l: CheckInLoaded, date: LocalDate): MeetingClock {
  const col = l.grid.meetings.get(date);
  const header = col === undefined ? undefined : l.grid.t.values[l.grid.t.headerIndex]?.[col];
  return clockOf({ date, start: headerStart(header, ctx.timeZone) }, l.model.settings.meeting);
}

export function computeImport(ctx: Context, l: CheckInLoaded, rows: readonly Cell[][], req: ImportRequest): Computed {
  const date = req.meeting;
  const members = l.model.members;
  const guess = detectColumns(
    rows,
    members.map((m) => m.name),
    ctx.timeZone,
  );
  const columns = req.columns ?? guess.columns;
  const clock = clockFor(ctx, l, date);
  if (!columns) return { guess, columns, clock, preview: null, rows, confirm: null };
  // Leave asked for and not approved (pending or refused) counts as absence: 未批假, not 缺席.
  const decided = (name: string) => requestFor(l.model.leave, name, date)?.status;
  const unapprovedLeave = new Set(members.map((m) => m.name).filter((name) => decided(name) === "pending" || decided(name) === "rejected"));
  const preview = judge({
    rows,
    headerRow: guess.headerRow,
    columns,
    meeting: clock,
    members,
    approvedLeave: approvedFor(l.model.leave, date),
    unapprovedLeave,
    absentRest: req.absentRest,
    timeZone: ctx.timeZone,
  });
  const confirm = fingerprint(JSON.stringify([date, clock, guess.headerRow, columns, preview]));
  return { guess, columns, clock, preview, rows, confirm };
}

/** A member's mark with what the grid holds for the meeting now. */
export interface SigninMarkView extends SigninMark {
  group: string;
  /** What the grid holds now ("" for nothing). */
  current: string;
  /** A blank cell is written; the same status is left as it is; another entry is asked about before it is replaced. */
  change: "new" | "same" | "replace";
}

/**
 * The preview as data: the page and the command line put it into words (domain/signin-text) in the
 * reader's language.
 */
export interface SigninPreviewData {
  ok: true;
  lang: Lang;
  meeting: LocalDate;
  /** The meeting's column in 考勤, or null: saving adds it. */
  column: string | null;
  clock: MeetingClock;
  /** Rows under the header. */
  rows: number;
  /** Where the header is, which column is which, the roles it is unsure of and the candidates for each. */
  guess: ColumnGuess;
  /** The columns read: the user's pick, else the guess; null while the name or time column is unsure. */
  columns: SigninColumns | null;
  picked: boolean;
  /** The header row's text of every column (up to the column limit), for the pickers. */
  headers: string[];
  preview: (Omit<SigninPreview, "marks"> & { marks: SigninMarkView[] }) | null;
  /** The days the export's submissions are on, most first: another day than the meeting's is worth a look. */
  days: { date: LocalDate; rows: number }[];
  confirm: string | null;
}

function days(c: Computed, date: LocalDate): { date: LocalDate; rows: number }[] {
  const count = new Map<LocalDate, number>();
  const onDay = new Set([...(c.preview?.marks ?? []).flatMap((m) => m.rows), ...(c.preview?.unmatched ?? []).map((u) => u.row)]);
  if (onDay.size) count.set(date, onDay.size);
  for (const i of c.preview?.ignored ?? []) if (i.reason === "otherDay") count.set(i.when.slice(0, 10), (count.get(i.when.slice(0, 10)) ?? 0) + 1);
  return [...count].map(([d, rows]) => ({ date: d, rows })).sort((a, b) => b.rows - a.rows || a.date.localeCompare(b.date));
}

const headerText = (v: Cell | undefined) => (v instanceof Date || v === null || v === undefined ? "" : String(v).trim());

/** The preview as the sidebar and the command line receive it. */
export function previewView(ctx: Context, lang: Lang, l: CheckInLoaded, c: Computed, req: ImportRequest): SigninPreviewData {
  const date = req.meeting;
  const header = c.rows[c.guess.headerRow] ?? [];
  let width = header.length;
  for (let r = c.guess.headerRow + 1; r < c.rows.length; r++) width = Math.max(width, c.rows[r]?.length ?? 0);
  const groups = new Map(l.model.members.map((m) => [m.name, m.group]));
  const col = l.grid.meetings.get(date);
  const p = c.preview;
  return {
    ok: true,
    lang,
    meeting: date,
    column: col === undefined ? null : columnLetter(col + 1),
    clock: c.clock,
    rows: Math.max(0, c.rows.length - c.guess.headerRow - 1),
    guess: c.guess,
    columns: c.columns,
    picked: req.columns !== undefined,
    headers: Array.from({ length: Math.min(width, SIGNIN_LIMITS.columns) }, (_, i) => headerText(header[i])),
    preview: p && {
      ...p,
      marks: p.marks.map((m) => {
        const current = currentEntry(ctx, l.grid, m.name, date);
        const change = current === "" ? "new" : sameStatus(current, m.status) ? "same" : "replace";
        return { ...m, group: groups.get(m.name) ?? "", current, change };
      }),
    },
    days: days(c, date),
    confirm: c.confirm,
  };
}
