/**
 * What importing sign-ins (签到导入) says, in zh-CN and en: the column roles, the statuses it would
 * write, and why a row of the export was not counted. For the sidebar and the command line, which
 * render these through `t()`; the words live here, one file for this concern.
 */
import { CODES, type Status } from "./attendance";
import { formatClock } from "./dates";
import type { MeetingClock } from "./meetings";
import type { ColumnCandidate, ColumnGuess, SigninIgnored, SigninMark, SigninPreview, SigninRole, SigninUnmatched } from "./signin";
import { type Lang, LIST, type Params, PHRASES, type Text, t, text } from "./text";

export const SIGNIN_TEXT = {
  // Column roles, as a picker labels them.
  role_name: text("姓名", "Name"),
  role_time: text("提交时间", "Submission time"),
  role_kind: text("签到类型", "Sign-in or sign-out"),
  role_signOut: text("签退时间", "Sign-out time"),
  // The same roles inside a sentence.
  roleWord_name: text("姓名", "name"),
  roleWord_time: text("提交时间", "submission time"),
  roleWord_kind: text("签到类型", "sign-in or sign-out"),
  roleWord_signOut: text("签退时间", "sign-out time"),
  noRole: text("（无）", "(none)"),
  column: text("{letter} 列“{header}”", 'column {letter} "{header}"'),
  columnBlank: text("{letter} 列", "column {letter}"),
  // Statuses, as the preview shows them.
  status_present: text(CODES.present[0], "present"),
  status_late: text(CODES.late[0], "late"),
  status_leftEarly: text(CODES.leftEarly[0], "left early"),
  status_excused: text(CODES.excused[0], "approved leave"),
  status_absent: text(CODES.absent[0], "absent"),
  status_unapproved: text(CODES.unapproved[0], "unapproved leave"),
  signedIn: text("{time} 签到", "signed in {time}"),
  signedOut: text("{time} 签退", "signed out {time}"),
  mark: text("{name}：{status}", "{name}: {status}"),
  markTimes: text("{name}：{status}（{times}）", "{name}: {status} ({times})"),
  // Why a row was not counted.
  otherDay: text(
    "第 {row} 行（{value}）：提交于 {when}，不是例会当天（{date}），未计入",
    "Row {row} ({value}): submitted {when}, not on the day of the meeting ({date}); not counted",
  ),
  tooEarly: text(
    "第 {row} 行（{value}）：提交于 {when}，早于例会开始 2 小时以上，未计入",
    "Row {row} ({value}): submitted {when}, more than 2 hours before the meeting starts; not counted",
  ),
  noTime: text("第 {row} 行（{value}）：无法识别提交时间“{when}”，未计入", 'Row {row} ({value}): "{when}" is not a date and time; not counted'),
  noTimeBlank: text("第 {row} 行（{value}）：没有提交时间，未计入", "Row {row} ({value}): no submission time; not counted"),
  noName: text("第 {row} 行（{when} 提交）：没有填写姓名，未计入", "Row {row} (submitted {when}): no name given; not counted"),
  noNameNoTime: text("第 {row} 行：没有填写姓名，未计入", "Row {row}: no name given; not counted"),
  unknown: text("第 {row} 行：成员表中没有“{value}”，未计入", 'Row {row}: "{value}" is not in the Members tab; not counted'),
  unknownSuggest: text(
    "第 {row} 行：成员表中没有“{value}”，是否是“{suggestion}”？未计入",
    'Row {row}: "{value}" is not in the Members tab. Did you mean "{suggestion}"? Not counted',
  ),
  left: text("第 {row} 行：{value} 已离开外联部，不再记考勤，未计入", "Row {row}: {value} has left the department and is no longer marked; not counted"),
  leftSuggest: text(
    "第 {row} 行：{value} 已离开外联部，未计入；是否是“{suggestion}”？",
    'Row {row}: {value} has left the department; not counted. Did you mean "{suggestion}"?',
  ),
  repeats: text(
    "{count} 次重复提交（30 分钟内再次扫码等）只算一次",
    "{count} repeated {count|submission|submissions} (scanned again within 30 minutes, or the like) counted once",
  ),
  blank: text("{count} 人既没有签到也没有请假，留空：{names}", "{count} {count|member|members} neither signed in nor had leave, left blank: {names}"),
  // Columns the user must pick.
  unsure: text("不能确定哪一列是{role}（{columns}）：请选择", "Could not tell which column holds the {role} ({columns}): please choose one"),
  noColumn: text("找不到像是{role}的列：请选择", "No column looks like the {role}: please choose one"),
  // The meeting the export is read against.
  clock: text("{start} 开始（迟到宽限 {grace} 分钟），{end} 结束", "starts {start} ({grace} minutes' grace), ends {end}"),
} satisfies Record<string, Text>;

export type SigninTextKey = keyof typeof SIGNIN_TEXT;

const say = (key: SigninTextKey, lang: Lang, params?: Params) => t(SIGNIN_TEXT[key], lang, params);

/** When the meeting starts and ends, as the preview says it: 19:00 开始（迟到宽限 5 分钟），20:30 结束. */
export function clockText(clock: MeetingClock, lang: Lang): string {
  return say("clock", lang, { start: formatClock(clock.start), grace: clock.grace, end: formatClock(clock.start + clock.length) });
}

/** A column role as a picker labels it: 姓名 / Name. */
export function roleLabel(role: SigninRole, lang: Lang): string {
  return say(`role_${role}`, lang);
}

/** "A", …, "Z", "AA": a column as a spreadsheet names it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A column as the user sees it: F 列“1、您的姓名” / column F "1、您的姓名". */
export function columnText(c: ColumnCandidate, lang: Lang): string {
  const letter = columnLetter(c.index);
  return c.header ? say("column", lang, { letter, header: c.header }) : say("columnBlank", lang, { letter });
}

/** 迟到+早退 / late + left early. */
export function statusText(status: readonly Status[], lang: Lang): string {
  return status.map((s) => say(`status_${s}`, lang)).join(lang === "zh" ? "+" : " + ");
}

/** 19:20 签到，20:31 签退 / signed in 19:20, signed out 20:31; "" when the member did not sign in. */
export function timesText(mark: Pick<SigninMark, "signedIn" | "signedOut">, lang: Lang): string {
  const times: string[] = [];
  if (mark.signedIn) times.push(say("signedIn", lang, { time: mark.signedIn }));
  if (mark.signedOut) times.push(say("signedOut", lang, { time: mark.signedOut }));
  return times.join(t(PHRASES, lang));
}

/** 赵磊：迟到+早退（19:20 签到，20:31 签退） / 赵磊: late + left early (signed in 19:20, signed out 20:31). */
export function markText(mark: SigninMark, lang: Lang): string {
  const times = timesText(mark, lang);
  const status = statusText(mark.status, lang);
  return times ? say("markTimes", lang, { name: mark.name, status, times }) : say("mark", lang, { name: mark.name, status });
}

/** Why a row was not counted: another day (`meetingDate` is the meeting's), too early, no time, no name. */
export function ignoredText(item: SigninIgnored, lang: Lang, meetingDate: string): string {
  const params = { row: item.row, value: item.value, when: item.when, date: meetingDate };
  if (item.reason === "otherDay") return say("otherDay", lang, params);
  if (item.reason === "tooEarly") return say("tooEarly", lang, params);
  if (item.reason === "noTime") return say(item.when ? "noTime" : "noTimeBlank", lang, params);
  return say(item.when ? "noName" : "noNameNoTime", lang, params);
}

/** A name that is not an active member's, with the did-you-mean. */
export function unmatchedText(item: SigninUnmatched, lang: Lang): string {
  const params = { row: item.row, value: item.value, suggestion: item.suggestion ?? "" };
  if (item.reason === "left") return say(item.suggestion ? "leftSuggest" : "left", lang, params);
  return say(item.suggestion ? "unknownSuggest" : "unknown", lang, params);
}

/** One line per column role the user must pick, naming the columns to choose from. */
export function unsureText(guess: ColumnGuess, lang: Lang): string[] {
  return guess.unsure.map((role) => {
    const columns = guess.candidates[role];
    const params = { role: say(`roleWord_${role}`, lang), columns: columns.map((c) => columnText(c, lang)).join(t(LIST, lang)) };
    return say(columns.length ? "unsure" : "noColumn", lang, params);
  });
}

/**
 * Everything in a preview the head should look at before writing: the rows not counted (in the
 * order of the export), the repeats, and who is left blank.
 */
export function previewProblems(preview: SigninPreview, lang: Lang, meetingDate: string): string[] {
  const rows: [number, string][] = [
    ...preview.unmatched.map((u): [number, string] => [u.row, unmatchedText(u, lang)]),
    ...preview.ignored.map((i): [number, string] => [i.row, ignoredText(i, lang, meetingDate)]),
  ];
  const lines = rows.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
  if (preview.repeats > 0) lines.push(say("repeats", lang, { count: preview.repeats }));
  if (preview.blank.length > 0) lines.push(say("blank", lang, { count: preview.blank.length, names: preview.blank.join(t(LIST, lang)) }));
  return lines;
}
