/**
 * Importing sign-ins (签到导入): the export of a QR-code sign-in form (问卷星, 腾讯文档收集表, 金数据,
 * 钉钉) read into one meeting's attendance, for the head to review before anything is written.
 *
 * Two steps, both pure: `detectColumns` finds the header row and which column holds the name, the
 * submission time and, if the form asks, 签到/签退; `previewSignins` turns the rows into a status per
 * member and lists every row it did not count, and why.
 */

import type { Status } from "./attendance";
import { type DayOrder, formatClock, formatLocalDateTime, type LocalDate, type LocalDateTime, parseDateTime } from "./dates";
import type { MeetingClock } from "./meetings";
import { NameIndex, nameKey } from "./names";

/** One cell of an export: what Sheets' getValues, an xlsx reader or `parseCsv` hands out. */
export type Cell = string | number | boolean | Date | null;

export interface SigninColumns {
  name: number;
  time: number;
  /** 签到/签退 marker column, if any */
  kind: number | null;
  /** a separate sign-out time column, if any */
  signOut: number | null;
}

export type SigninRole = "name" | "time" | "kind" | "signOut";

export interface ColumnCandidate {
  index: number;
  /** The header cell as the export wrote it ("1、您的姓名"), trimmed; "" when the header cell is blank. */
  header: string;
}

export interface ColumnGuess {
  /** 0-based index of the header row in rows */
  headerRow: number;
  /** null when name or time is unsure: the user must pick */
  columns: SigninColumns | null;
  unsure: ("name" | "time")[];
  /**
   * Candidate column indexes for each role, best first, with the header text shown to the user.
   * `kind` and `signOut` list the columns that could be 签到类型 or 签退时间 (the first is the one chosen).
   */
  candidates: { name: ColumnCandidate[]; time: ColumnCandidate[]; kind: ColumnCandidate[]; signOut: ColumnCandidate[] };
}

export type { MeetingClock };

export interface SigninInput {
  rows: readonly Cell[][];
  headerRow: number;
  columns: SigninColumns;
  meeting: MeetingClock;
  members: readonly { name: string; active: boolean }[];
  /** Members with approved leave for this meeting. */
  approvedLeave: ReadonlySet<string>;
  /**
   * Members whose request for this meeting was not approved (pending or rejected): leave not
   * approved counts as absence, so with `absentRest` they are marked 未批假 rather than 缺席.
   */
  unapprovedLeave?: ReadonlySet<string>;
  /** Mark active members with no submission and no approved leave 缺席. */
  absentRest: boolean;
  timeZone: string;
}

export interface SigninMark {
  name: string;
  status: Status[];
  /** "19:03" local time of first sign-in / sign-out, null when none */
  signedIn: string | null;
  /** "21:02": the member's last counted sign-out (the time they left), null when none. */
  signedOut: string | null;
  /** 1-based rows of the export that were this member's submissions (counted and repeated), for checking 代签. */
  rows: number[];
}

export interface SigninUnmatched {
  /** 1-based in the export */
  row: number;
  value: string;
  suggestion: string | null;
  reason: "unknown" | "left";
  /** "2026-11-04 19:03": when the row was submitted. */
  when: string;
}

export interface SigninIgnored {
  /** 1-based in the export */
  row: number;
  /** The name as typed ("" when there is none). */
  value: string;
  /** tooEarly: more than `EARLIEST_MINUTES` before the meeting starts, on its day. */
  reason: "otherDay" | "noTime" | "noName" | "tooEarly";
  /** The submission time as read ("2026-11-03 19:01"), or the time cell's text when it cannot be read ("" when blank). */
  when: string;
}

export interface SigninPreview {
  /** one per member to write, in the order of `members` */
  marks: SigninMark[];
  /** active members left blank (no submission, no leave, absentRest false) */
  blank: string[];
  unmatched: SigninUnmatched[];
  ignored: SigninIgnored[];
  /** submissions folded into an earlier one (within 30 minutes; also a second 签到, and a 签退 before the 签到) */
  repeats: number;
}

/** The header is within the first rows: a title (外联部例会签到表) and a note may come before it. */
export const HEADER_SEARCH_ROWS = 5;
/** A submission this soon after the member's previous counted one is the same scan again. */
export const REPEAT_MINUTES = 30;
// Column detection looks at this many data rows: enough to tell names from nicknames.
const SAMPLE_ROWS = 2000;

// ---------------------------------------------------------------------------------------------
// Cells and headers

function isBlank(v: Cell | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell as text: what a name or a header reads as. A Date is never a name. */
function cellText(v: Cell | undefined): string {
  if (v === null || v === undefined || v instanceof Date) return "";
  return String(v).trim();
}

// 问卷星 numbers its questions: "1、您的姓名", "2. 姓名", "Q1 姓名", "第1题 姓名", "(1)姓名". Anchored, each part bounded.
const NUMBERING = /^(?:q\d{1,3}[.、．:：)）]?|第\d{1,3}题[.、．:：]?|[(（]\d{1,3}[)）]|\d{1,3}[.、．:：)）])/;
const HEADER_MAX = 200;

/**
 * A header as the rules below compare it: lower case, no spaces, without the question's number in
 * front, a "*" (required) mark, a trailing colon or question mark, or a note in brackets after it
 * ("1、姓名（请填写真实姓名）：" → "姓名").
 */
export function headerKey(value: Cell | undefined): string {
  const text = cellText(value);
  if (text.length > HEADER_MAX) return "";
  let key = text.toLowerCase().replace(/\s+/g, "").replace(/^\*/, "").replace(NUMBERING, "").replace(/^\*/, "");
  for (;;) {
    const last = key.charAt(key.length - 1);
    if (key.length > 1 && "*:：?？".includes(last)) key = key.slice(0, -1);
    else if (last === ")" || last === "）") {
      const open = Math.max(key.lastIndexOf("("), key.lastIndexOf("（"));
      if (open <= 0) break;
      key = key.slice(0, open);
    } else break;
  }
  return key;
}

const has = (key: string, parts: readonly string[]) => parts.some((p) => key.includes(p));

const NAME_EN = new Set(["name", "names", "yourname", "fullname", "membername", "realname", "studentname", "名"]);
const NICKNAME = ["昵称", "nickname", "提交者", "提交人", "填写人", "填写者", "submitter", "submittedby", "respondent", "微信名", "用户名", "username"];

/** 2 for a column that asks the name (姓名, Name), 1 for the submitter's account (提交者, a WeChat nickname), 0 otherwise. */
function nameHeaderScore(key: string): number {
  if (key.includes("姓名") || key.includes("名字") || NAME_EN.has(key)) return 2;
  return has(key, NICKNAME) ? 1 : 0;
}

const SIGN_OUT_WORDS = ["签退", "signout", "sign-out", "checkout", "check-out", "离开时间", "离场时间", "退场时间"];
const KIND_HEADERS = new Set([
  "类型",
  "签到类型",
  "签到/签退",
  "签到或签退",
  "签到签退",
  "签到/签退类型",
  "签到状态",
  "打卡类型",
  "type",
  "kind",
  "signin/out",
  "signin/signout",
  "checkin/out",
  "in/out",
]);

function isKindHeader(key: string): boolean {
  return KIND_HEADERS.has(key) || (key.includes("签到") && key.includes("签退") && !key.includes("时间"));
}

function isSignOutHeader(key: string): boolean {
  return !isKindHeader(key) && has(key, SIGN_OUT_WORDS);
}

const TIME_STRONG = new Set([
  "提交答卷时间",
  "提交时间",
  "填写时间",
  "签到时间",
  "打卡时间",
  "答卷时间",
  "提交日期",
  "填写日期",
  "签到",
  "到场时间",
  "timestamp",
  "时间戳",
  "submittedat",
  "submitted",
  "submissiontime",
  "submittime",
  "submitdate",
  "checkintime",
  "signintime",
  "signin",
  "checkin",
]);
const DURATION = ["所用时间", "用时", "耗时", "时长", "duration", "timetaken"];

/**
 * 3 for a submission time (提交答卷时间, 提交时间, 填写时间, 签到时间, Timestamp), 2 for when the answer was
 * finished (结束时间), 1 for any other time (开始时间, 时间, Date), 0 for a sign-out time or a duration.
 */
function timeHeaderScore(key: string): number {
  if (isSignOutHeader(key) || has(key, DURATION)) return 0;
  if (TIME_STRONG.has(key)) return 3;
  if ((has(key, ["结束", "完成"]) && has(key, ["时间", "日期"])) || has(key, ["endtime", "completedat", "completiontime", "finishedat", "endedat"])) return 2;
  if (has(key, ["时间", "日期"]) || /(?:time|date)$/.test(key) || has(key, ["createdat", "updatedat"])) return 1;
  return 0;
}

// Other columns the tools put in every export: they make a row a header row.
const EXPORT_HEADERS = new Set(["序号", "编号", "no.", "no", "#", "来源", "来源详情", "来自ip", "ip", "ip地址", "用户id", "openid", "答题序号"]);

function isKnownHeader(key: string): boolean {
  return (
    key !== "" &&
    (nameHeaderScore(key) > 0 || timeHeaderScore(key) > 0 || isKindHeader(key) || isSignOutHeader(key) || EXPORT_HEADERS.has(key) || has(key, DURATION))
  );
}

/** What a 签到类型 cell says: "签退", "B.签退", "Sign out" → out; "签到", "Check in" → in; anything else → unmarked. */
export function kindOf(value: Cell | undefined): "in" | "out" | "unmarked" {
  const key = cellText(value)
    .toLowerCase()
    .replace(/[\s\-_]+/g, "");
  if (key === "" || key.length > HEADER_MAX) return "unmarked";
  if (has(key, ["签退", "signout", "checkout", "离场", "退场"])) return "out";
  if (has(key, ["签到", "signin", "checkin", "入场", "到场"])) return "in";
  return "unmarked";
}

// ---------------------------------------------------------------------------------------------
// Reading times

function readTime(v: Cell | undefined, timeZone: string, order?: DayOrder): LocalDateTime | null {
  return v === null || v === undefined || typeof v === "boolean" ? null : parseDateTime(v, { timeZone, order });
}

/** A date-time a sign-in form could have written: this century, read either way round. */
function looksLikeTime(v: Cell | undefined, timeZone: string): LocalDateTime | null {
  const at = readTime(v, timeZone, "mdy") ?? readTime(v, timeZone, "dmy");
  return at && at.date >= "2000" && at.date < "2100" ? at : null;
}

/**
 * How the column's year-last dates (`11/4/2026`) are to be read. A cell only one reading fits
 * (`13/4/2026`) decides for the column; with none, the reading that puts submissions on the
 * meeting's day. Undefined when the column says both, or nothing: then only cells that both
 * readings agree on are read.
 */
function dayOrderOf(rows: readonly Cell[][], from: number, column: number, timeZone: string, day: LocalDate): DayOrder | undefined {
  let mdyOnly = 0;
  let dmyOnly = 0;
  let mdyHits = 0;
  let dmyHits = 0;
  for (let i = from; i < rows.length; i++) {
    const v = rows[i]?.[column];
    if (typeof v !== "string") continue;
    const mdy = readTime(v, timeZone, "mdy");
    const dmy = readTime(v, timeZone, "dmy");
    if (mdy && !dmy) mdyOnly++;
    if (dmy && !mdy) dmyOnly++;
    if (mdy?.date === day) mdyHits++;
    if (dmy?.date === day) dmyHits++;
  }
  if (mdyOnly || dmyOnly) return mdyOnly && dmyOnly ? undefined : mdyOnly ? "mdy" : "dmy";
  return mdyHits === dmyHits ? undefined : mdyHits > dmyHits ? "mdy" : "dmy";
}

// ---------------------------------------------------------------------------------------------
// Finding the columns

interface ColumnStats {
  index: number;
  header: string;
  key: string;
  nonBlank: number;
  /** Cells read as a date-time, and what each row read as ("2026-11-04 19:03"), for comparing columns. */
  times: number;
  clocks: (string | undefined)[];
  /** False when every date-time is midnight: a column of dates, not of submission times. */
  hasTimeOfDay: boolean;
  /** Cells naming a member, and whom each row names. */
  matches: number;
  named: (string | undefined)[];
  kinds: number;
}

function findHeaderRow(rows: readonly Cell[][], index: NameIndex, timeZone: string): number {
  const last = Math.min(HEADER_SEARCH_ROWS, rows.length);
  let best = -1;
  let bestHits = 0;
  let firstData = -1;
  for (let r = 0; r < last; r++) {
    const row = rows[r] ?? [];
    // A row holding a date-time or a member's name is data, whatever else it says.
    const data = row.some((v) => !isBlank(v) && (looksLikeTime(v, timeZone) !== null || index.find(cellText(v)) !== undefined));
    if (data) {
      if (firstData < 0) firstData = r;
      continue;
    }
    const hits = row.filter((v) => isKnownHeader(headerKey(v))).length;
    if (hits > bestHits) [best, bestHits] = [r, hits];
  }
  if (best >= 0) return best;
  // No header we know: the row above the first one with data in it.
  return firstData > 0 ? firstData - 1 : 0;
}

function statsOf(rows: readonly Cell[][], headerRow: number, index: NameIndex, timeZone: string): ColumnStats[] {
  const header = rows[headerRow] ?? [];
  const data = rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS);
  const width = Math.max(header.length, ...data.map((r) => r?.length ?? 0));
  const out: ColumnStats[] = [];
  for (let c = 0; c < width; c++) {
    const s: ColumnStats = {
      index: c,
      header: cellText(header[c]),
      key: headerKey(header[c]),
      nonBlank: 0,
      times: 0,
      clocks: [],
      hasTimeOfDay: false,
      matches: 0,
      named: [],
      kinds: 0,
    };
    for (const row of data) {
      const v = row?.[c];
      if (isBlank(v)) {
        s.clocks.push(undefined);
        s.named.push(undefined);
        continue;
      }
      s.nonBlank++;
      const at = looksLikeTime(v, timeZone);
      s.clocks.push(at ? formatLocalDateTime(at) : undefined);
      if (at) {
        s.times++;
        if (at.seconds !== 0) s.hasTimeOfDay = true;
      }
      const member = v instanceof Date ? undefined : index.find(cellText(v));
      s.named.push(member);
      if (member !== undefined) s.matches++;
      if (kindOf(v) !== "unmarked") s.kinds++;
    }
    out.push(s);
  }
  return out;
}

const candidate = (s: ColumnStats): ColumnCandidate => ({ index: s.index, header: s.header });
const mostly = (count: number, of: number) => count > 0 && count * 2 >= of;
const sameRows = (a: readonly (string | undefined)[], b: readonly (string | undefined)[]) => a.every((x, i) => x === b[i]);

function isTimeColumn(s: ColumnStats): boolean {
  return s.nonBlank === 0 ? timeHeaderScore(s.key) > 0 : mostly(s.times, s.nonBlank) && s.hasTimeOfDay;
}

/**
 * Finds the header row (within the first 5 rows) and which column is which, by header names and
 * by content. The name column is the one whose cells name the most members (a header such as 姓名
 * or 提交者 makes a column a candidate even before anyone has signed in); the time column is the
 * one with the most telling header among columns of date-times (提交答卷时间 over 结束时间 over
 * 开始时间), then the fullest. When two candidates are equally good and would read differently —
 * 姓名 and 提交者 naming as many members but not the same ones, two columns both called 提交时间 —
 * `columns` is null and the role is listed in `unsure`: the user picks from `candidates`.
 */
export function detectColumns(rows: readonly Cell[][], members: readonly string[], timeZone: string): ColumnGuess {
  const index = new NameIndex(members);
  const headerRow = findHeaderRow(rows, index, timeZone);
  const stats = statsOf(rows, headerRow, index, timeZone);

  const timeCols = stats
    .filter((s) => isTimeColumn(s) && !isSignOutHeader(s.key))
    .sort((a, b) => timeHeaderScore(b.key) - timeHeaderScore(a.key) || b.times - a.times || a.index - b.index);
  const timeTie =
    timeCols.length > 1 &&
    timeHeaderScore(timeCols[0].key) === timeHeaderScore(timeCols[1].key) &&
    timeCols[0].times === timeCols[1].times &&
    !sameRows(timeCols[0].clocks, timeCols[1].clocks);

  const nameCols = stats
    .filter((s) => !(s.nonBlank > 0 && mostly(s.times, s.nonBlank)))
    .filter((s) => s.matches > 0 || nameHeaderScore(s.key) > 0)
    .sort((a, b) => b.matches - a.matches || nameHeaderScore(b.key) - nameHeaderScore(a.key) || a.index - b.index);
  const [n0, n1] = nameCols;
  const nameTie =
    n1 !== undefined && n0.matches === n1.matches && (n0.matches > 0 ? !sameRows(n0.named, n1.named) : nameHeaderScore(n0.key) === nameHeaderScore(n1.key));

  const unsure: ("name" | "time")[] = [];
  if (nameCols.length === 0 || nameTie) unsure.push("name");
  if (timeCols.length === 0 || timeTie) unsure.push("time");

  const chosen = new Set(unsure.length ? [] : [nameCols[0].index, timeCols[0].index]);
  const kindCols = stats
    .filter((s) => !chosen.has(s.index) && (s.nonBlank === 0 ? isKindHeader(s.key) : mostly(s.kinds, s.nonBlank)))
    .sort((a, b) => b.kinds - a.kinds || Number(isKindHeader(b.key)) - Number(isKindHeader(a.key)) || a.index - b.index);
  const signOutCols = stats.filter(
    (s) =>
      !chosen.has(s.index) &&
      isSignOutHeader(s.key) &&
      (s.nonBlank === 0 ? has(s.key, ["时间", "time"]) : mostly(s.times, s.nonBlank)) &&
      !kindCols.some((k) => k.index === s.index),
  );

  return {
    headerRow,
    columns: unsure.length
      ? null
      : { name: nameCols[0].index, time: timeCols[0].index, kind: kindCols[0]?.index ?? null, signOut: signOutCols[0]?.index ?? null },
    unsure,
    candidates: {
      name: nameCols.map(candidate),
      time: timeCols.map(candidate),
      kind: kindCols.map(candidate),
      signOut: signOutCols.map(candidate),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// From submissions to statuses

interface Submission {
  row: number;
  seconds: number;
  kind: "in" | "out" | "unmarked";
}

interface Outcome {
  status: Status[];
  signedIn: string | null;
  signedOut: string | null;
  repeats: number;
}

const clockOf = (seconds: number) => formatClock(Math.floor(seconds / 60));

/** A scan more than this many minutes before the start is not the arrival: it is listed, not counted. */
export const EARLIEST_MINUTES = 120;

/**
 * One member's submissions of the meeting's day from start − 2 h on (earlier ones are left out
 * before), in time order. The first one that is not a 签退 is the arrival: at or before start +
 * grace (to the minute shown) is 出席, later is 迟到. A 签退, or an unmarked submission at least 30
 * minutes after the previous counted one and after start + grace, is a sign-out; the last sign-out,
 * when it is before start + length, adds 早退. A 签退 within 30 minutes of a counted 签退, an
 * unmarked submission within 30 minutes of the previous counted one and an unmarked submission at
 * or before start + grace (the arrival again, however long after the first scan) are the same scan
 * again (repeats); so are a second 签到 and a 签退 before the first 签到 (a slip of the finger).
 */
function judge(subs: Submission[], meeting: MeetingClock): Outcome {
  subs.sort((a, b) => a.seconds - b.seconds || a.row - b.row);
  const window = REPEAT_MINUTES * 60;
  let arrivalAt = subs.findIndex((s) => s.kind !== "out");
  // Only 签退 submissions: the member was there by the first of them, without having signed in.
  if (arrivalAt < 0) arrivalAt = 0;
  const arrival = subs[arrivalAt];
  let last = { seconds: arrival.seconds, out: arrival.kind === "out" };
  let leftAt: number | null = last.out ? arrival.seconds : null;
  let repeats = 0;
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i];
    if (i === arrivalAt) continue;
    const soon = s.seconds - last.seconds < window;
    // An unmarked scan that would still be on time is the arrival again, never a sign-out.
    const onTime = Math.floor(s.seconds / 60) <= meeting.start + meeting.grace;
    // A 签退 before arriving is a slip of the finger; a second 签到 is the same sign-in again.
    const leaving = i > arrivalAt && (s.kind === "out" ? !(last.out && soon) : s.kind === "unmarked" && !soon && !onTime);
    if (leaving) [leftAt, last] = [s.seconds, { seconds: s.seconds, out: true }];
    else repeats++;
  }
  const arrived = Math.floor(arrival.seconds / 60);
  const status: Status[] = arrived <= meeting.start + meeting.grace ? [] : ["late"];
  if (leftAt !== null && Math.floor(leftAt / 60) < meeting.start + meeting.length) status.push("leftEarly");
  return {
    status: status.length ? status : ["present"],
    signedIn: arrival.kind === "out" ? null : clockOf(arrival.seconds),
    signedOut: leftAt === null ? null : clockOf(leftAt),
    repeats,
  };
}

/**
 * What importing the export would write for one meeting, and every row it would not count. Only
 * active members are marked: a submission that names a member who has left, or nobody in the
 * Members tab, is listed in `unmatched` with the closest active member's name. A member with
 * approved leave who signed in anyway is marked by the sign-in.
 */
export function previewSignins(input: SigninInput): SigninPreview {
  const { rows, headerRow, columns, meeting, timeZone } = input;
  const active = new NameIndex(input.members.filter((m) => m.active).map((m) => m.name));
  const left = new NameIndex(input.members.filter((m) => !m.active).map((m) => m.name));
  const from = headerRow + 1;
  const timeOrder = dayOrderOf(rows, from, columns.time, timeZone, meeting.date);
  const outOrder = columns.signOut === null ? undefined : dayOrderOf(rows, from, columns.signOut, timeZone, meeting.date);

  const byMember = new Map<string, Submission[]>();
  const unmatched: SigninUnmatched[] = [];
  const ignored: SigninIgnored[] = [];
  for (let i = from; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    const name = cellText(cells[columns.name]);
    const timeCell = cells[columns.time];
    const outCell = columns.signOut === null ? null : cells[columns.signOut];
    if (name === "" && isBlank(timeCell) && isBlank(outCell)) continue; // an empty row
    const at = readTime(timeCell, timeZone, timeOrder);
    const outAt = readTime(outCell, timeZone, outOrder);
    const read = at ?? outAt;
    const when = read ? formatLocalDateTime(read) : cellText(timeCell) || cellText(outCell);
    if (name === "") {
      ignored.push({ row, value: "", reason: "noName", when });
      continue;
    }
    if (!read) {
      ignored.push({ row, value: name, reason: "noTime", when });
      continue;
    }
    const subs: Submission[] = [];
    if (at?.date === meeting.date) subs.push({ row, seconds: at.seconds, kind: columns.kind === null ? "unmarked" : kindOf(cells[columns.kind]) });
    if (outAt?.date === meeting.date) subs.push({ row, seconds: outAt.seconds, kind: "out" });
    if (subs.length === 0) {
      ignored.push({ row, value: name, reason: "otherDay", when });
      continue;
    }
    const member = active.find(name);
    if (member === undefined) {
      unmatched.push({ row, value: name, suggestion: active.suggest(name), reason: left.find(name) === undefined ? "unknown" : "left", when });
      continue;
    }
    // Hours before the meeting (a scan of the morning's code, a test): listed, not the arrival.
    const counted = subs.filter((s) => Math.floor(s.seconds / 60) >= meeting.start - EARLIEST_MINUTES);
    for (const s of subs) {
      if (!counted.includes(s)) ignored.push({ row, value: name, reason: "tooEarly", when: `${meeting.date} ${clockOf(s.seconds)}` });
    }
    if (counted.length === 0) continue;
    const list = byMember.get(member);
    if (list) list.push(...counted);
    else byMember.set(member, counted);
  }

  const onLeave = new Set([...input.approvedLeave].map(nameKey));
  const notApproved = new Set([...(input.unapprovedLeave ?? [])].map(nameKey));
  const marks: SigninMark[] = [];
  const blank: string[] = [];
  const seen = new Set<string>();
  let repeats = 0;
  for (const m of input.members) {
    const member = m.active ? active.find(m.name) : undefined;
    if (member === undefined || seen.has(member)) continue;
    seen.add(member);
    const subs = byMember.get(member);
    if (subs) {
      const outcome = judge(subs, meeting);
      repeats += outcome.repeats;
      const rowsOf = [...new Set(subs.map((s) => s.row))].sort((a, b) => a - b);
      marks.push({ name: member, status: outcome.status, signedIn: outcome.signedIn, signedOut: outcome.signedOut, rows: rowsOf });
    } else if (onLeave.has(nameKey(member))) {
      marks.push({ name: member, status: ["excused"], signedIn: null, signedOut: null, rows: [] });
    } else if (input.absentRest) {
      const status: Status[] = notApproved.has(nameKey(member)) ? ["unapproved"] : ["absent"];
      marks.push({ name: member, status, signedIn: null, signedOut: null, rows: [] });
    } else {
      blank.push(member);
    }
  }
  return { marks, blank, unmatched, ignored, repeats };
}
