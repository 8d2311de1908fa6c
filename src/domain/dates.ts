import { fail, ok, type Result } from "./result";

/** A calendar day as `YYYY-MM-DD`, already in the spreadsheet's time zone. Sorts as text. */
export type LocalDate = string;
/** A month as `YYYY-MM`. */
export type Month = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The day a date cell shows. Sheets hands out a date cell as the instant of midnight in the
 * SPREADSHEET's time zone, so the day must be read in that zone, not the server's.
 */
const seenDays = new Map<string, Map<number, LocalDate>>();

export function localDateOf(date: Date, timeZone: string): LocalDate {
  // Formatting in a zone is slow and a ledger repeats the same few hundred days: remember them.
  let days = seenDays.get(timeZone);
  if (!days) seenDays.set(timeZone, (days = new Map()));
  const t = date.getTime();
  const known = days.get(t);
  if (known !== undefined) return known;
  const day = formatDay(date, timeZone);
  if (days.size < 100000) days.set(t, day);
  return day;
}

function formatDay(date: Date, timeZone: string): LocalDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function make(y: number, m: number, d: number): LocalDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return undefined;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const SHORT = /^(\d{1,2})\s*[/月.]\s*(\d{1,2})\s*日?/;

export interface DateOptions {
  timeZone: string;
  /** Text may go on after the date ("2026-11-02 例会"): used for attendance headers. */
  allowTrailing?: boolean;
  /** For a date written without a year ("11/2"): the term it belongs to starts on this day. */
  yearFrom?: LocalDate;
}

/** Reads a date cell or text such as `2026-11-02`, `2026/11/2`, `2026年11月2日`. Blank gives `null`. */
export function parseDate(value: unknown, opts: DateOptions): Result<LocalDate | null> {
  if (value === null || value === undefined) return ok(null);
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? fail({ key: "badDate", params: { value: "?" } }) : ok(localDateOf(value, opts.timeZone));
  }
  if (typeof value !== "string") return fail({ key: "badDate", params: { value: String(value) } });
  const text = value.trim();
  if (text === "") return ok(null);
  const bad = fail<LocalDate | null>({ key: "badDate", params: { value: text } });
  const full = FULL.exec(text);
  if (full) {
    if (!opts.allowTrailing && full[0].length !== text.length) return bad;
    const d = make(Number(full[1]), Number(full[2]), Number(full[3]));
    return d ? ok(d) : bad;
  }
  const short = opts.yearFrom ? SHORT.exec(text) : null;
  if (short && opts.yearFrom) {
    if (!opts.allowTrailing && short[0].length !== text.length) return bad;
    const [fy, fm, fd] = opts.yearFrom.split("-").map(Number);
    const m = Number(short[1]);
    const d = Number(short[2]);
    // A term that starts in September runs into the next year: "1/6" is January after it.
    const year = m < fm || (m === fm && d < fd) ? fy + 1 : fy;
    const date = make(year, m, d);
    return date ? ok(date) : bad;
  }
  return bad;
}

export function monthOf(date: LocalDate): Month {
  return date.slice(0, 7);
}

export function parseMonth(text: string): Result<Month> {
  // Trimmed first: `\s*月?\s*$` would retry every split of a long run of spaces (quadratic).
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return fail({ key: "badMonth", params: { value: text } });
  return ok(`${m[1]}-${m[2].padStart(2, "0")}`);
}

export function lastDayOf(month: Month): LocalDate {
  const [y, m] = month.split("-").map(Number);
  return make(y, m, daysIn(y, m))!;
}

export function firstDayOf(month: Month): LocalDate {
  return `${month}-01`;
}

export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/**
 * The month a report is most likely wanted for: the previous month early in a month (the
 * monthly review happens after it ends), the current one from the 26th on.
 */
export function defaultReportMonth(today: LocalDate): Month {
  const day = Number(today.slice(8, 10));
  return day > 25 ? monthOf(today) : addMonths(monthOf(today), -1);
}

/** The instant of midnight of a local day in a zone, for writing a date cell. */
export function dateAtMidnight(date: LocalDate, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // The zone's offset at that moment, found by reading the guess back in the zone.
  const seen = localDateTimeParts(new Date(guess), timeZone);
  const offset = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min) - guess;
  return new Date(guess - offset);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();
function localDateTimeParts(date: Date, timeZone: string) {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    timeFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, Number(x.value)]));
  return { y: p.year, m: p.month, d: p.day, h: p.hour, min: p.minute };
}

/** "2026-11-23 16:05" in the zone, for "generated at" lines. */
export function formatDateTime(date: Date, timeZone: string): string {
  const p = localDateTimeParts(date, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.y}-${two(p.m)}-${two(p.d)} ${two(p.h)}:${two(p.min)}`;
}

// ---------------------------------------------------------------------------------------------
// Wall-clock times, for sign-in exports (签到导入): a submission's day and time of day as the
// meeting's zone shows it.

/** A moment as a wall clock in the spreadsheet's zone shows it: the day and the seconds after its midnight. */
export interface LocalDateTime {
  date: LocalDate;
  /** Seconds after local midnight, 0 to 86399. */
  seconds: number;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The day and time of day an instant (a date-time cell) shows in a zone. */
export function localDateTimeOf(date: Date, timeZone: string): LocalDateTime {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    clockFormatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(date)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return { date: make(p.year, p.month, p.day)!, seconds: (p.hour % 24) * 3600 + p.minute * 60 + p.second };
}

/** Minutes after local midnight of an instant in a zone (19:03:59 → 1143). */
export function localMinutesOf(date: Date, timeZone: string): number {
  return Math.floor(localDateTimeOf(date, timeZone).seconds / 60);
}

/** "19:03" for 1143 minutes after midnight. */
export function formatClock(minutes: number): string {
  const m = Math.floor(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** "2026-11-04 19:03": a local date-time as a sign-in preview shows it. */
export function formatLocalDateTime(at: LocalDateTime): string {
  return `${at.date} ${formatClock(at.seconds / 60)}`;
}

/** Whether a date written day-month-year or month-day-year (`4/11/2026`, `11/4/2026`) is read month first. */
export type DayOrder = "mdy" | "dmy";

export interface DateTimeOptions {
  /** The zone an instant (a Date cell, or text ending in Z or +08:00) is read in. */
  timeZone: string;
  /**
   * How to read a date with the year last whose first two numbers could each be the month
   * (`11/4/2026`). Without it such a date is read only when both readings agree (`4/4/2026`) or only
   * one is a date (`13/4/2026` is 13 April); with it, only that reading is tried.
   */
  order?: DayOrder;
}

// Cells longer than this are not a date and time: nothing below ever looks at more of a cell.
const DATE_TIME_MAX = 64;
const YMD = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?日?/;
const YEAR_LAST = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})/;
const CLOCK =
  /^(?:T| )?(上午|下午|晚上|中午|凌晨|早上)? ?(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,]\d{1,9})?)? ?(am|pm|a\.m\.|p\.m\.)? ?(z|[+-]\d{2}:?\d{2})?$/i;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * An Excel serial date-time (46330.79375 is 2026-11-04 19:03) as the wall clock it was typed in:
 * a serial has no zone. Null outside Excel's range (1900 to 9999).
 */
export function fromExcelSerial(serial: number): LocalDateTime | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days++;
    seconds -= 86400;
  }
  return { date: new Date(EXCEL_EPOCH + days * DAY_MS).toISOString().slice(0, 10), seconds };
}

function hour24(hour: number, marker: string | undefined): number | null {
  if (!marker) return hour <= 23 ? hour : null;
  const m = marker.toLowerCase();
  if (hour > 12 && (m === "am" || m === "a.m." || m === "pm" || m === "p.m.")) return null;
  if (m === "pm" || m === "p.m." || m === "下午" || m === "晚上") return hour < 12 ? hour + 12 : hour > 23 ? null : hour;
  if (m === "中午") return hour < 11 ? hour + 12 : hour > 23 ? null : hour;
  // am, a.m., 上午, 凌晨, 早上: 12 AM is midnight.
  return hour === 12 ? 0 : hour <= 11 ? hour : null;
}

/**
 * A submission time as exports write it, read as the wall clock of the meeting's zone: a Date cell
 * (an instant: read in `timeZone`), an Excel serial number (already a wall clock), or text such as
 * `2026/11/4 19:03:12`, `2026-11-04 19:03`, `2026年11月4日 19:03`, `2026/11/4 下午7:03:12`,
 * `2026-11-04T11:03:12.000Z` (an instant), `11/4/2026 7:03:12 PM` (see `order`). A date without
 * a time of day, or anything else, is null. Linear time: at most 64 characters are looked at.
 */
export function parseDateTime(value: unknown, opts: DateTimeOptions): LocalDateTime | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : localDateTimeOf(value, opts.timeZone);
  if (typeof value === "number") return fromExcelSerial(value);
  if (typeof value !== "string") return null;
  const raw = value.trim();
  if (raw === "" || raw.length > DATE_TIME_MAX) return null;
  const text = raw.replace(/[\s\u3000]+/g, " ");
  let y: number;
  let m: number;
  let d: number;
  let rest: string;
  const ymd = YMD.exec(text);
  if (ymd) {
    [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    rest = text.slice(ymd[0].length);
  } else {
    const last = YEAR_LAST.exec(text);
    if (!last) return null;
    const [a, b] = [Number(last[1]), Number(last[2])];
    y = Number(last[3]);
    const mdy = make(y, a, b);
    const dmy = make(y, b, a);
    if (opts.order === "mdy" || (!opts.order && mdy && (!dmy || dmy === mdy))) [m, d] = [a, b];
    else if (opts.order === "dmy" || (!opts.order && dmy && !mdy)) [m, d] = [b, a];
    else return null;
    rest = text.slice(last[0].length);
  }
  const date = make(y, m, d);
  const clock = date ? CLOCK.exec(rest) : null;
  if (!date || !clock) return null;
  const hour = hour24(Number(clock[2]), clock[5] ?? clock[1]);
  const [minute, second] = [Number(clock[3]), Number(clock[4] ?? 0)];
  if (hour === null || (clock[1] && clock[5]) || minute > 59 || second > 59) return null;
  const seconds = hour * 3600 + minute * 60 + second;
  const zone = clock[6];
  if (!zone) return { date, seconds };
  // A zone written in the text makes it an instant: shown in the meeting's zone.
  const offset = zone.toLowerCase() === "z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = Date.UTC(y, m - 1, d) + seconds * 1000 - offset * 60_000;
  return localDateTimeOf(new Date(utc), opts.timeZone);
}

/** Minutes after midnight from `19:00`, `19：00`, `7:00 PM` or `下午7:00` (seconds are dropped); null for anything else. */
export function parseClock(text: string): number | null {
  const t = text.trim();
  if (t.length > DATE_TIME_MAX) return null;
  const clock = CLOCK.exec(t.replace(/[\s\u3000]+/g, " "));
  if (!clock || clock[6] !== undefined || (clock[1] && clock[5])) return null;
  const hour = hour24(Number(clock[2]), clock[5] ?? clock[1]);
  const minute = Number(clock[3]);
  return hour === null || minute > 59 ? null : hour * 60 + minute;
}
