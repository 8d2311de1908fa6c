import type { Fen } from "./money";
import { fail, ok, type Result } from "./result";

/** What happened to one member at one meeting. Unapproved leave counts as absence (未经批准请假 … 作旷工论处). */
export type Status = "present" | "late" | "leftEarly" | "excused" | "absent" | "unapproved";

export const STATUSES: readonly Status[] = ["present", "late", "leftEarly", "excused", "absent", "unapproved"];

/** Codes seen in departments' hand-kept grids (签到表), in zh, en and symbols. Matched case-insensitively. */
export const CODES: Record<Status, readonly string[]> = {
  present: ["出席", "到", "已到", "出勤", "✓", "√", "✔", "present", "p"],
  late: ["迟到", "late", "l"],
  leftEarly: ["早退", "left early", "leave early", "e"],
  excused: ["请假", "已批假", "准假", "leave", "excused"],
  absent: ["缺席", "旷会", "缺勤", "×", "✗", "absent", "a"],
  unapproved: ["未批假", "请假未批", "未批准请假", "unapproved", "unapproved leave"],
};

const LOOKUP = new Map<string, Status>();
for (const status of STATUSES) for (const code of CODES[status]) LOOKUP.set(normalise(code), status);

function normalise(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[\s\u3000]+/g, " ");
}

/** The usual codes, for error messages: the full list is long, and these are what people type. */
export function acceptedCodes(): string {
  const shown: Record<Status, readonly string[]> = {
    present: ["出席", "✓", "P"],
    late: ["迟到", "L"],
    leftEarly: ["早退", "E"],
    excused: ["请假", "leave"],
    absent: ["缺席", "旷会", "A"],
    unapproved: ["未批假"],
  };
  return `${STATUSES.map((s) => shown[s].join("/")).join(", ")} (+: 迟到+早退)`;
}

/**
 * What a status says about the member's presence. Codes combine only within one of these: 迟到+早退
 * (came late and left early) is one meeting attended with both offences, but 出席+缺席 or 请假+迟到
 * cannot both be true, and choosing one of them for the member would be the add-on's guess.
 * Unapproved leave is absence (未经批准请假 … 作旷工论处), so 缺席+未批假 agrees with itself;
 * approved and unapproved leave do not.
 */
const PRESENCE: Record<Status, "attended" | "excused" | "absent"> = {
  present: "attended",
  late: "attended",
  leftEarly: "attended",
  excused: "excused",
  absent: "absent",
  unapproved: "absent",
};

/**
 * Reads one grid cell. Blank is no record (`[]`); "迟到+早退" records both. A combined code is one
 * meeting attended, with both offences counted; codes that contradict each other are an error.
 */
export function parseStatus(value: unknown): Result<Status[]> {
  if (value === null || value === undefined) return ok([]);
  if (typeof value !== "string") return fail({ key: "badCode", params: { value: String(value), codes: acceptedCodes() } });
  if (value.trim() === "") return ok([]);
  const statuses: Status[] = [];
  const typed: string[] = [];
  for (const part of value.split(/[+＋]/)) {
    const status = LOOKUP.get(normalise(part));
    if (!status) return fail({ key: "badCode", params: { value, codes: acceptedCodes() } });
    const clash = statuses.findIndex((s) => PRESENCE[s] !== PRESENCE[status]);
    if (clash >= 0) return fail({ key: "contradictoryCodes", params: { value, first: typed[clash], second: part.trim() } });
    if (!statuses.includes(status)) {
      statuses.push(status);
      typed.push(part.trim());
    }
  }
  return ok(statuses);
}

/** Counts over a set of meetings for one member. `absent` already includes unapproved leave. */
export interface Tally {
  meetings: number;
  attended: number;
  present: number;
  late: number;
  leftEarly: number;
  excused: number;
  absent: number;
}

export const emptyTally = (): Tally => ({ meetings: 0, attended: 0, present: 0, late: 0, leftEarly: 0, excused: 0, absent: 0 });

/** Adds one meeting's record (the statuses of one cell) to a tally. */
export function addToTally(t: Tally, statuses: readonly Status[]): void {
  if (statuses.length === 0) return;
  t.meetings++;
  if (statuses.includes("absent") || statuses.includes("unapproved")) t.absent++;
  else if (statuses.includes("excused")) t.excused++;
  else {
    t.attended++;
    if (statuses.includes("late")) t.late++;
    if (statuses.includes("leftEarly")) t.leftEarly++;
    if (statuses.length === 1 && statuses[0] === "present") t.present++;
  }
}

export interface Fees {
  late: Fen;
  leftEarly: Fen;
  absent: Fen;
}

/** The department's default fees: ¥5 late, ¥5 leaving early, ¥20 absent; approved leave is free. */
export const DEFAULT_FEES: Fees = { late: 500, leftEarly: 500, absent: 2000 };

export function penaltyFen(t: Tally, fees: Fees = DEFAULT_FEES): Fen {
  return t.late * fees.late + t.leftEarly * fees.leftEarly + t.absent * fees.absent;
}

export interface Limits {
  lateOrEarly: number;
  absent: number;
}

/** "迟到、早退 2 次或缺席例会 1 次者 … 开除": reaching either limit flags the member for the head's review. */
export const DEFAULT_LIMITS: Limits = { lateOrEarly: 2, absent: 1 };

export interface Warning {
  kind: "lateOrEarly" | "absent";
  count: number;
  limit: number;
}

export function warnings(t: Tally, limits: Limits = DEFAULT_LIMITS): Warning[] {
  const out: Warning[] = [];
  const lateOrEarly = t.late + t.leftEarly;
  if (lateOrEarly >= limits.lateOrEarly) out.push({ kind: "lateOrEarly", count: lateOrEarly, limit: limits.lateOrEarly });
  if (t.absent >= limits.absent) out.push({ kind: "absent", count: t.absent, limit: limits.absent });
  return out;
}

/** Attendance rate in [0, 1]: meetings attended (even late) over meetings with a record. */
export function attendanceRate(t: Tally): number | null {
  return t.meetings === 0 ? null : t.attended / t.meetings;
}
