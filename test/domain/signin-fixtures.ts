/**
 * Sign-in exports as the department's tools hand them out, for one regular meeting: Wednesday
 * 2026-11-04, 19:00, 5 minutes' grace, 120 minutes long (ends 21:00), Asia/Shanghai. Plain
 * `Cell[][]` (what an xlsx reader, getValues or parseCsv gives) with the members they go with.
 *
 * Each export has on-time, late, early-leaving, repeated (within 30 minutes), unknown,
 * left-member and other-day rows; the comments say what each row is. What the head should see
 * is asserted in signin.test.ts, not here.
 */
import type { Cell, MeetingClock } from "../../src/domain/signin";

export const SIGNIN_TZ = "Asia/Shanghai";

export const SIGNIN_MEETING: MeetingClock = { date: "2026-11-04", start: 19 * 60, grace: 5, length: 120 };

/** Ten active members and one who has left (吴昊). */
export const SIGNIN_MEMBERS: readonly { name: string; active: boolean }[] = [
  { name: "张伟", active: true },
  { name: "李娜", active: true },
  { name: "王芳", active: true },
  { name: "刘洋", active: true },
  { name: "陈静", active: true },
  { name: "杨帆", active: true },
  { name: "赵磊", active: true },
  { name: "黄敏", active: true },
  { name: "周杰", active: true },
  { name: "Amy Chen", active: true },
  { name: "吴昊", active: false },
];

export const SIGNIN_MEMBER_NAMES: readonly string[] = SIGNIN_MEMBERS.map((m) => m.name);

/** 陈静 asked the head for leave before the meeting, and it was approved. */
export const SIGNIN_LEAVE: ReadonlySet<string> = new Set(["陈静"]);

/** The instant a Shanghai wall clock shows on the meeting's day ("18:52:07"), as an xlsx Date cell holds it. */
export const shanghai = (clock: string, day = "2026-11-04"): Date => new Date(`${day}T${clock}+08:00`);

/**
 * 问卷星 (wjx.cn) "按文本导出" xlsx: no title row, the question's number in front of each question,
 * text times. The form asks 签到 or 签退. Export rows are 1-based: the header is row 1.
 */
export const WJX_ROWS: Cell[][] = [
  ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的姓名", "2、签到类型"],
  [1, "2026/11/4 18:52:07", "25秒", "微信", "117.136.38.12(广东-广州)", "张伟", "签到"], // row 2: on time
  [2, "2026/11/4 18:55:40", "31秒", "微信", "223.104.63.7(广东-广州)", "李娜", "签到"], // row 3: on time
  [3, "2026/11/4 18:56:02", "12秒", "微信", "223.104.63.7(广东-广州)", "李娜", "签到"], // row 4: 李娜 again, 22 s later: a repeat
  [4, "2026/11/4 18:58:19", "40秒", "微信", "112.96.164.20(广东-广州)", "amy\u3000chen", "签到"], // row 5: Amy Chen, typed in lower case with a full-width space
  [5, "2026/11/4 19:01:10", "22秒", "微信", "117.136.38.77(广东-广州)", "杨帆", "签到"], // row 6: on time (within grace)
  [6, "2026/11/4 19:02:00", "18秒", "微信", "120.235.18.3(广东-广州)", "吴昊", "签到"], // row 7: 吴昊 has left the department
  [7, "2026/11/4 19:03:44", "27秒", "微信", "117.136.40.9(广东-广州)", "黄民", "签到"], // row 8: a typo of 黄敏
  [8, "2026/11/4 19:05:59", "35秒", "微信", "223.104.66.15(广东-广州)", "王芳", "签到"], // row 9: the last minute of grace (19:05)
  [9, "2026/11/4 19:12:45", "29秒", "微信", "117.136.41.2(广东-广州)", "刘洋", "签到"], // row 10: late
  [10, "2026/11/4 19:20:31", "33秒", "微信", "112.96.170.8(广东-广州)", "赵磊", "签到"], // row 11: late
  [11, "2026/11/4 19:30:02", "9秒", "微信", "117.136.38.90(广东-广州)", "", "签到"], // row 12: no name given
  [12, "2026/11/3 19:01:25", "20秒", "微信", "117.136.39.5(广东-广州)", "周杰", "签到"], // row 13: the day before (an old link)
  [13, "2026/11/4 20:10:03", "15秒", "微信", "117.136.38.77(广东-广州)", "杨帆", "签退"], // row 14: 杨帆 leaves early
  [14, "2026/11/4 20:31:00", "17秒", "微信", "112.96.170.8(广东-广州)", "赵磊", "签退"], // row 15: 赵磊 late and leaves early
  [15, "2026/11/4 21:02:15", "21秒", "微信", "117.136.38.12(广东-广州)", "张伟", "签退"], // row 16: signs out after the end
  [16, "2026/11/4 21:03:01", "11秒", "微信", "117.136.38.12(广东-广州)", "张伟", "签退"], // row 17: 张伟's 签退 again: a repeat
  [17, "2026/11/4 21:04:30", "19秒", "微信", "223.104.66.15(广东-广州)", "王芳", "签退"], // row 18
  [18, "2026/11/4 21:05:12", "16秒", "微信", "223.104.63.7(广东-广州)", "李娜 ", "签退"], // row 19: a trailing space
];

/**
 * 腾讯文档收集表 exported to xlsx: a title row above the header, Date cells (instants), the
 * submitter's WeChat nickname (提交者) beside the name the member typed (姓名). The form asks once
 * per scan, without 签到/签退: a second scan 30 minutes or more later is the sign-out.
 */
export const TENCENT_ROWS: Cell[][] = [
  ["外联部第九次例会签到（11月4日 19:00，活动室 302）", null, null], // row 1: title
  ["提交时间", "提交者", "姓名"], // row 2: header
  [shanghai("18:58:11"), "伟🌟", "张伟"], // row 3: on time
  [shanghai("19:03:00"), "Lina_", "李娜"], // row 4: on time
  [shanghai("19:10:05"), "Lina_", "李娜"], // row 5: 7 minutes later: a repeat
  [shanghai("19:08:40"), "芳芳", "王芳"], // row 6: late
  [shanghai("19:01:30"), "刘洋", "刘洋"], // row 7: on time
  [shanghai("19:02:12"), "小杨", "杨帆"], // row 8: on time
  [shanghai("19:25:00"), "小杨", "杨帆"], // row 9: 23 minutes later: a repeat
  [shanghai("19:40:09"), "磊", "赵磊"], // row 10: late
  [shanghai("19:04:00"), "Amy", "AMY CHEN"], // row 11: on time, in capitals
  [shanghai("19:06:30"), "三丰", "张三丰"], // row 12: nobody in the department
  [shanghai("19:07:00"), "昊", "吴昊"], // row 13: has left
  [shanghai("00:10:00", "2026-11-05"), "周杰伦粉", "周杰"], // row 14: after midnight, the next day in Shanghai (still 11-04 in UTC)
  [null, "敏敏", "黄敏"], // row 15: no submission time (typed into the sheet by hand)
  [shanghai("20:15:20"), "芳芳", "王芳"], // row 16: 王芳 scans again 67 minutes later: her sign-out, early
  [shanghai("21:05:00"), "刘洋", "刘洋"], // row 17: 刘洋 signs out after the end
  [shanghai("21:06:10"), "刘洋", "刘洋"], // row 18: and again: a repeat
  [shanghai("21:01:00"), "伟🌟", "张伟"], // row 19: 张伟 signs out after the end
];

/** The same 腾讯文档 export with the times as ISO text in UTC, as a CSV or JSON download writes them. */
export const TENCENT_TEXT_ROWS: Cell[][] = TENCENT_ROWS.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v)));

/**
 * Columns the add-on cannot choose between: a 腾讯文档 export where nearly every member's WeChat
 * nickname is their real name, so 提交者 and 姓名 each name a member in 8 of 9 rows — but not the
 * same members: in row 3 张伟 signed in for 王芳 (代签), in row 5 刘洋's nickname is 洋洋, and in
 * row 7 黄敏 mistyped her own name. Times as text, local.
 */
export const AMBIGUOUS_ROWS: Cell[][] = [
  ["提交时间", "提交者", "姓名"],
  ["2026-11-04 19:00:10", "张伟", "张伟"], // row 2
  ["2026-11-04 19:00:40", "张伟", "王芳"], // row 3: 张伟 signs 王芳 in
  ["2026-11-04 19:01:05", "李娜", "李娜"], // row 4
  ["2026-11-04 19:03:12", "洋洋", "刘洋"], // row 5: 刘洋's nickname is not his name
  ["2026-11-04 19:09:30", "杨帆", "杨帆"], // row 6: late
  ["2026-11-04 19:02:20", "黄敏", "黄民"], // row 7: a typo in 姓名
  ["2026-11-04 19:04:00", "吴昊", "吴昊"], // row 8: has left
  ["2026-11-03 19:02:00", "周杰", "周杰"], // row 9: the day before
  ["2026-11-04 20:02:00", "杨帆", "杨帆"], // row 10: 杨帆 leaves early
];

/**
 * A Google Forms response sheet downloaded as CSV (en-US): a byte order mark, month-first
 * timestamps (11/4/2026), a quoted answer with a comma and a line break in it.
 */
export const FORMS_CSV = [
  "\uFEFFTimestamp,Name,Sign in or out,Comment",
  "11/4/2026 18:59:02,张伟,Sign in,",
  '11/4/2026 19:07:45,李娜,Sign in,"堵车, 抱歉"',
  "10/28/2026 19:01:13,王芳,Sign in,", // the week before
  '11/4/2026 20:15:00,张伟,Sign out,"家里有事\n先走了"',
  "11/4/2026 19:00:30,Amy Chen,Sign in,",
  "",
].join("\r\n");
