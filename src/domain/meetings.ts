/**
 * When a meeting starts, is late and ends: Settings give the department's usual times; a meeting
 * column's header may carry its own (`2026-11-04 19:30 例会`), which wins for that meeting.
 */
import { type LocalDate, localMinutesOf } from "./dates";
import type { Meeting, Model } from "./model";
import type { MeetingTimes } from "./settings";

/** A meeting's day and times in minutes after midnight: the grace ends at start + grace, the meeting at start + length. */
export interface MeetingClock {
  date: LocalDate;
  start: number;
  grace: number;
  length: number;
}

// "19:30" or "19：30" anywhere in a header; each part is bounded, so it cannot backtrack.
const CLOCK_IN_HEADER = /(?:^|[^\d])([01]?\d|2[0-3])[:：]([0-5]\d)(?!\d)/;
const HEADER_MAX = 200;

/**
 * The time a meeting column's header gives, in minutes after midnight: a date-time cell with a time
 * other than midnight, or a time written in the header's text. Undefined when it gives none.
 */
export function headerStart(header: unknown, timeZone: string): number | undefined {
  if (header instanceof Date) {
    if (Number.isNaN(header.getTime())) return undefined;
    const m = localMinutesOf(header, timeZone);
    return m === 0 ? undefined : m;
  }
  if (typeof header !== "string") return undefined;
  const found = CLOCK_IN_HEADER.exec(header.slice(0, HEADER_MAX));
  return found ? Number(found[1]) * 60 + Number(found[2]) : undefined;
}

/** The clock of a meeting column: its header's time, else the department's start. */
export function clockOf(meeting: Pick<Meeting, "date" | "start">, times: MeetingTimes): MeetingClock {
  return { date: meeting.date, start: meeting.start ?? times.start, grace: times.grace, length: times.length };
}

/** The clock of the meeting on `date`: the grid's column for it when there is one, else Settings alone. */
export function clockOn(model: Pick<Model, "attendance" | "settings">, date: LocalDate): MeetingClock {
  const meeting = model.attendance.meetings.find((m) => m.date === date);
  return clockOf(meeting ?? { date }, model.settings.meeting);
}
