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
