/**
 * Custom functions: thin wrappers over the domain. Sheets passes a single cell as a value and a
 * range as a 2-D array; a range is answered in one call with the same shape, because every call
 * re-parses the whole script and a column of 500 separate calls is slow.
 *
 * Custom functions run with no authorisation, read-only, for at most 30 s, and recalculate only
 * when their arguments change — so rates and fees are arguments (a cell such as 设置!$B$2), never
 * hidden settings read here.
 */
import {
  addToTally,
  DEFAULT_FEES,
  DEFAULT_LIMITS,
  emptyTally,
  parseStatus,
  penaltyFen,
  warnings,
  type Fees,
  type Limits,
  type Tally,
} from "./domain/attendance";
import { commissionFen, DEFAULT_RATE, parseRate, type Rate } from "./domain/commission";
import { renderBoth, type Lang, type Msg } from "./domain/messages";
import { fenToYuan, parseMoney, type Fen } from "./domain/money";
import { warningText } from "./domain/warnings";
import { sheetLang } from "./sheets/locale";

type Cell = unknown;
type Grid = Cell[][];

/** A bad argument: Sheets shows the message under #ERROR!, in both languages (the cell cannot know its reader). */
class CellError extends Error {}
const raise = (msg: Msg): never => {
  throw new CellError(renderBoth(msg));
};

const isGrid = (v: unknown): v is Grid => Array.isArray(v) && v.every(Array.isArray);
const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** A 1×1 range passed where one value is expected (=COMMISSION(E2, 设置!$B$2)). */
function single(v: unknown): unknown {
  return isGrid(v) && v.length === 1 && v[0].length === 1 ? v[0][0] : v;
}

function rateArg(v: unknown): Rate {
  const value = single(v);
  if (isBlank(value)) return DEFAULT_RATE;
  const r = parseRate(value);
  return r.ok ? r.value : raise(r.error);
}

function feeArg(v: unknown, fallback: Fen): Fen {
  const value = single(v);
  if (isBlank(value)) return fallback;
  const r = parseMoney(value);
  if (!r.ok || r.value === null || r.value < 0) return raise({ key: "badFee", params: { value: String(value) } });
  return r.value;
}

function limitArg(v: unknown, fallback: number): number {
  const value = single(v);
  if (isBlank(value)) return fallback;
  const n = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) return raise({ key: "badLimit", params: { value: String(value) } });
  return n;
}

function commissionOf(value: unknown, rate: Rate, inKind: unknown): number | "" {
  const r = parseMoney(value);
  if (!r.ok) return raise(r.error);
  const k = parseMoney(inKind);
  if (!k.ok) return raise(k.error);
  if (r.value === null && k.value === null) return "";
  // Goods count at their value when the department's basis is cash + in-kind: one rounding of the sum.
  return fenToYuan(commissionFen((r.value ?? 0) + (k.value ?? 0), rate));
}

/** The in-kind value for cell (r, c): a scalar applies to every cell, a range must match the amounts. */
function inKindAt(inKind: unknown, r: number, c: number): unknown {
  if (!isGrid(inKind)) return inKind;
  return inKind[r]?.[c];
}

/** In a range one bad cell must not blank the whole column: it shows its own message instead. */
function perCell<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CellError) return `⚠ ${e.message}`;
    throw e;
  }
}

export function commission(amount: unknown, rate?: unknown, inKindValue?: unknown): number | "" | (number | string)[][] {
  const r = rateArg(rate);
  const inKind = isGrid(amount) ? inKindValue : single(inKindValue);
  if (isGrid(amount)) return amount.map((row, i) => row.map((cell, j) => perCell(() => commissionOf(cell, r, inKindAt(inKind, i, j)))));
  return commissionOf(amount, r, inKind);
}

function rows(range: unknown): Grid {
  return isGrid(range) ? range : [[range]];
}

function tallyRow(row: Cell[]): Tally | null {
  const t = emptyTally();
  for (const cell of row) {
    const s = parseStatus(typeof cell === "string" || isBlank(cell) ? cell : String(cell));
    if (!s.ok) return raise(s.error);
    addToTally(t, s.value);
  }
  return t.meetings === 0 ? null : t;
}

/** One answer per row of the grid: a single value for one row, a column for several. */
function perRow<T>(range: unknown, fn: (t: Tally | null) => T): T | (T | string)[][] {
  const grid = rows(range);
  if (grid.length === 1) return fn(tallyRow(grid[0]));
  return grid.map((row) => [perCell(() => fn(tallyRow(row)))]);
}

export function meetingPenalty(range: unknown, lateFee?: unknown, leftEarlyFee?: unknown, absentFee?: unknown) {
  const fees: Fees = {
    late: feeArg(lateFee, DEFAULT_FEES.late),
    leftEarly: feeArg(leftEarlyFee, DEFAULT_FEES.leftEarly),
    absent: feeArg(absentFee, DEFAULT_FEES.absent),
  };
  return perRow(range, (t) => (t ? fenToYuan(penaltyFen(t, fees)) : ""));
}

export function meetingWarning(range: unknown, lateOrEarlyLimit?: unknown, absentLimit?: unknown, lang: Lang = sheetLang()) {
  const limits: Limits = {
    lateOrEarly: limitArg(lateOrEarlyLimit, DEFAULT_LIMITS.lateOrEarly),
    absent: limitArg(absentLimit, DEFAULT_LIMITS.absent),
  };
  return perRow(range, (t) => (t ? warningText(warnings(t, limits), lang) : ""));
}
