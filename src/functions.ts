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
  type Fees,
  type Limits,
  parseStatus,
  penaltyFen,
  type Tally,
  warnings,
} from "./domain/attendance";
import { commissionFen, DEFAULT_RATE, parseRate, type Rate } from "./domain/commission";
import { type Lang, type Msg, renderBoth } from "./domain/messages";
import { type Fen, fenToYuan, parseMoney } from "./domain/money";
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

interface Arg {
  fn: string;
  name: string;
  zh: string;
}

const ARGS = {
  amount: { fn: "COMMISSION", name: "amount", zh: "金额" },
  rate: { fn: "COMMISSION", name: "rate", zh: "比例" },
  inKind: { fn: "COMMISSION", name: "in_kind_value", zh: "物资估值" },
  lateFee: { fn: "MEETING_PENALTY", name: "late_fee", zh: "迟到罚款" },
  leftEarlyFee: { fn: "MEETING_PENALTY", name: "left_early_fee", zh: "早退罚款" },
  absentFee: { fn: "MEETING_PENALTY", name: "absent_fee", zh: "缺席罚款" },
  lateOrEarlyLimit: { fn: "MEETING_WARNING", name: "late_or_early_limit", zh: "迟到早退次数" },
  absentLimit: { fn: "MEETING_WARNING", name: "absent_limit", zh: "缺席次数" },
} satisfies Record<string, Arg>;

/** Rows × columns as Sheets counts them: a single value is one cell. */
function sizeOf(v: unknown): { rows: number; cols: number } {
  return isGrid(v) ? { rows: v.length, cols: v[0]?.length ?? 0 } : { rows: 1, cols: 1 };
}

/**
 * A range where one value belongs (a rate, a fee, a limit): said plainly rather than read as the
 * text "0.1,0.2", which would name a value nobody typed.
 */
function oneCell(v: unknown, arg: Arg): unknown {
  const value = single(v);
  if (!isGrid(value)) return value;
  const { rows, cols } = sizeOf(value);
  return raise({ key: "notOneCell", params: { fn: arg.fn, arg: arg.name, argZh: arg.zh, rows, cols } });
}

/**
 * Two ranges read cell by cell must be the same size. Sheets' own functions refuse the formula
 * ("SUMPRODUCT has mismatched range sizes. Expected row count: 1. column count: 1. Actual row
 * count: 2014, column count: 1."); reading past the end of the shorter one would count its
 * missing cells as blank and quietly leave goods out of the commission.
 */
function sameSize(a: unknown, argA: Arg, b: unknown, argB: Arg): void {
  const x = sizeOf(a);
  const y = sizeOf(b);
  if (x.rows === y.rows && x.cols === y.cols) return;
  raise({
    key: "rangeSizes",
    params: {
      fn: argA.fn,
      first: argA.name,
      firstZh: argA.zh,
      firstRows: x.rows,
      firstCols: x.cols,
      second: argB.name,
      secondZh: argB.zh,
      secondRows: y.rows,
      secondCols: y.cols,
    },
  });
}

function rateArg(v: unknown): Rate {
  const value = oneCell(v, ARGS.rate);
  if (isBlank(value)) return DEFAULT_RATE;
  const r = parseRate(value);
  return r.ok ? r.value : raise(r.error);
}

function feeArg(v: unknown, fallback: Fen, arg: Arg): Fen {
  const value = oneCell(v, arg);
  if (isBlank(value)) return fallback;
  const r = parseMoney(value);
  if (!r.ok || r.value === null || r.value < 0) return raise({ key: "badFee", params: { value: String(value) } });
  return r.value;
}

function limitArg(v: unknown, fallback: number, arg: Arg): number {
  const value = oneCell(v, arg);
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

/** The in-kind value for cell (r, c): a single value applies to every cell, a range matches the amounts. */
function inKindAt(inKind: unknown, r: number, c: number): unknown {
  return isGrid(inKind) ? inKind[r][c] : inKind;
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
  const inKind = single(inKindValue);
  if (isGrid(inKind)) sameSize(amount, ARGS.amount, inKind, ARGS.inKind);
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

/**
 * One answer per row of the grid: a single value for one row, a column for several. The column
 * stops at the last row that holds a status: the formula reads an open range (C2:N) down to the
 * bottom of the tab, and an answer of "" in every empty row below would fill those cells, which
 * Sheets then counts as content (getLastRow, appendRow and Ctrl+↓ would all land at the bottom).
 * A member added later changes the range's values, so Sheets recalculates and the column grows.
 */
function perRow<T>(range: unknown, fn: (t: Tally | null) => T): T | (T | string)[][] {
  const grid = rows(range);
  if (grid.length === 1) return fn(tallyRow(grid[0]));
  let last = grid.length - 1;
  while (last > 0 && grid[last].every(isBlank)) last--;
  return grid.slice(0, last + 1).map((row) => [perCell(() => fn(tallyRow(row)))]);
}

export function meetingPenalty(range: unknown, lateFee?: unknown, leftEarlyFee?: unknown, absentFee?: unknown) {
  const fees: Fees = {
    late: feeArg(lateFee, DEFAULT_FEES.late, ARGS.lateFee),
    leftEarly: feeArg(leftEarlyFee, DEFAULT_FEES.leftEarly, ARGS.leftEarlyFee),
    absent: feeArg(absentFee, DEFAULT_FEES.absent, ARGS.absentFee),
  };
  return perRow(range, (t) => (t ? fenToYuan(penaltyFen(t, fees)) : ""));
}

export function meetingWarning(range: unknown, lateOrEarlyLimit?: unknown, absentLimit?: unknown, lang: Lang = sheetLang()) {
  const limits: Limits = {
    lateOrEarly: limitArg(lateOrEarlyLimit, DEFAULT_LIMITS.lateOrEarly, ARGS.lateOrEarlyLimit),
    absent: limitArg(absentLimit, DEFAULT_LIMITS.absent, ARGS.absentLimit),
  };
  return perRow(range, (t) => (t ? warningText(warnings(t, limits), lang) : ""));
}

// The public custom functions: Sheets reads `@customfunction` and the parameters from this JSDoc.

/**
 * The 15% reward (佣金) for bringing in a sponsorship, exact to the fen, rounded half up (四舍五入).
 * 赞助佣金：金额 × 比例（默认 15%），精确到分，四舍五入。A range gives one result per cell.
 *
 * @param {number|string|Array<Array<number|string>>} amount Sponsorship amount or a whole column, e.g. E2 or E2:E500. 赞助金额或整列。
 * @param {number|string} [rate] Optional rate such as 0.1, "10%" or 设置!$B$2 (default 15%). 可选比例。
 * @param {number|Array<Array<number>>} [in_kind_value] Optional in-kind value added to the amount, e.g. G2:G500. 可选物资估值。
 * @return The commission in yuan. 佣金（元）。
 * @customfunction
 */
export function COMMISSION(amount: unknown, rate?: unknown, in_kind_value?: unknown) {
  return commission(amount, rate, in_kind_value);
}

/**
 * Meeting penalty (例会罚款) for one member's row of the attendance grid, or one per row of a grid.
 * Late ¥5, left early ¥5, absent ¥20 by default; approved leave is free; unapproved leave counts as absent.
 * 迟到、早退、缺席罚款；请假不罚，未批假按缺席计。
 *
 * @param {Array<Array<string>>} statuses Attendance cells, e.g. C2:Z2 or C2:Z40. 考勤状态单元格。
 * @param {number} [late_fee] Fee per lateness, default 5. 迟到罚款。
 * @param {number} [left_early_fee] Fee per leaving early, default 5. 早退罚款。
 * @param {number} [absent_fee] Fee per absence, default 20. 缺席罚款。
 * @return The penalty in yuan. 罚款（元）。
 * @customfunction
 */
export function MEETING_PENALTY(statuses: unknown, late_fee?: unknown, left_early_fee?: unknown, absent_fee?: unknown) {
  return meetingPenalty(statuses, late_fee, left_early_fee, absent_fee);
}

/**
 * Flags a member for the head's review when lateness/leaving early or absences reach the limits
 * (default: 2 lates or early leaves, or 1 absence). Empty when fine. Never removes anyone.
 * 迟到/早退或缺席达到次数时提示“需部长审议”，否则为空。
 *
 * @param {Array<Array<string>>} statuses Attendance cells, e.g. C2:Z2 or C2:Z40. 考勤状态单元格。
 * @param {number} [late_or_early_limit] Lates plus early leaves that trigger a warning, default 2. 迟到早退警告次数。
 * @param {number} [absent_limit] Absences that trigger a warning, default 1. 缺席警告次数。
 * @return A warning such as "迟到/早退 2 次，需部长审议", or empty. 警告或空。
 * @customfunction
 */
export function MEETING_WARNING(statuses: unknown, late_or_early_limit?: unknown, absent_limit?: unknown) {
  return meetingWarning(statuses, late_or_early_limit, absent_limit);
}
