import { gasError } from "./errors";

/**
 * Sheets stores a date as a wall-clock serial number (days since 1899-12-30,
 * no zone). Apps Script turns it into a JS Date by reading that wall clock in
 * the *spreadsheet's* time zone, so the conversions here never consult the
 * host's TZ.
 */
export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const DAY_MS = 86_400_000;
/** 1970-01-01 as a Sheets/Excel serial. */
const UNIX_EPOCH_SERIAL = 25569;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
        era: "short",
      });
    } catch {
      throw gasError(`Invalid argument: timeZone (${timeZone})`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall clock as Intl reports it; exact but slow, so only used to find offsets. */
function intlWallClock(instantMs: number, timeZone: string): WallClock {
  const ms = ((instantMs % 1000) + 1000) % 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs - ms));
  const w: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms };
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case "year":
        w.year = Number(p.value);
        break;
      case "month":
        w.month = Number(p.value);
        break;
      case "day":
        w.day = Number(p.value);
        break;
      case "hour":
        w.hour = Number(p.value);
        break;
      case "minute":
        w.minute = Number(p.value);
        break;
      case "second":
        w.second = Number(p.value);
        break;
      case "era":
        bc = p.value.startsWith("B");
        break;
    }
  }
  if (bc) w.year = 1 - w.year;
  return w;
}

function utcOf(w: WallClock): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, w.ms);
  return d.getTime();
}

function exactOffset(instantMs: number, timeZone: string): number {
  return utcOf(intlWallClock(instantMs, timeZone)) - instantMs;
}

const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number | null>>();

/**
 * UTC offset in force at an instant. Offsets are cached per quarter hour; a
 * quarter hour with a change inside it (null) is computed exactly each time.
 */
function offsetAt(instantMs: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(instantMs / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const start = exactOffset(bucket * QUARTER_HOUR, timeZone);
    const end = exactOffset((bucket + 1) * QUARTER_HOUR - 1, timeZone);
    offset = start === end ? start : null;
    if (zone.size > 200_000) zone.clear();
    zone.set(bucket, offset);
  }
  return offset ?? exactOffset(instantMs, timeZone);
}

export function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const d = new Date(instantMs + offsetAt(instantMs, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

/** The instant at which clocks in `timeZone` show `w` (the earlier one in a DST overlap). */
export function instantOf(w: WallClock, timeZone: string): number {
  const asUtc = utcOf(w);
  let guess = asUtc - offsetAt(asUtc, timeZone);
  const second = offsetAt(guess, timeZone);
  if (asUtc - second !== guess) guess = asUtc - second;
  return guess;
}

export function serialFromInstant(instantMs: number, timeZone: string): number {
  return utcOf(wallClockAt(instantMs, timeZone)) / DAY_MS + UNIX_EPOCH_SERIAL;
}

export function instantFromSerial(serial: number, timeZone: string): number {
  const wallAsUtc = Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS);
  const d = new Date(wallAsUtc);
  return instantOf(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
    },
    timeZone,
  );
}

/** Wall clock of a serial, read without any zone (the serial *is* a wall clock). */
export function wallClockOfSerial(serial: number): WallClock {
  const d = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

export function serialOfWallClock(w: WallClock): number {
  return utcOf(w) / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** exceljs hands out a date cell as a UTC Date holding the wall clock. */
export function serialFromUtcWallDate(d: Date): number {
  return d.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}
