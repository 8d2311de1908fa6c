/**
 * Sample sign-in exports for the sample workbook's department, for the README and the tests:
 *
 * - `signin-tencent.csv` (committed beside this file): a 腾讯文档收集表 download for the meeting of
 *   2026-11-18, which the grid already holds — every member typed in as 出席 by hand. One scan per
 *   submission; a second scan 30 minutes or more later is the sign-out. 赵一鸣 came late (and
 *   scanned twice), 孙嘉豪 left at 20:05, 马骁 and 许梦瑶 did not sign in; 张三 is a visitor, 林志朋
 *   is 林志鹏 signing out with a typo, 郑宇轩 also sent last week's form, 周晓雯 has left.
 * - `wjxSampleRows()`: a 问卷星 "按文本导出" sheet for the new meeting of 2026-11-25, with the
 *   numbered questions 问卷星 writes (1、您的姓名, 2、签到类型), 签到 and 签退, a repeat, a typo
 *   (孙家豪), last week's link, a submission with no name and one by a member who has left.
 */
import { join } from "node:path";
import { type CellValue, saveXlsx, workbookFromTabs } from "../runtime";

export const TENCENT_SAMPLE = join(__dirname, "signin-tencent.csv");
export const TENCENT_MEETING = "2026-11-18";
export const WJX_MEETING = "2026-11-25";

const IP = ["117.136.38.12(浙江-杭州)", "223.104.63.7(浙江-杭州)", "112.96.164.20(浙江-杭州)"];

/** [time, name, kind] as 问卷星 lists submissions, in the order they came in. */
const WJX: [string, string, string][] = [
  ["2026/11/25 18:50:12", "陈思远", "签到"],
  ["2026/11/25 18:53:40", "刘雨桐", "签到"],
  ["2026/11/25 18:54:02", "刘雨桐", "签到"], // the same scan again
  ["2026/11/25 18:56:19", "张子涵", "签到"],
  ["2026/11/25 18:58:30", "王浩然", "签到"],
  ["2026/11/25 18:59:00", "何静怡", "签到"],
  ["2026/11/25 19:00:20", "孙家豪", "签到"], // 孙嘉豪 with a typo
  ["2026/11/25 19:01:10", "李欣怡", "签到"],
  ["2026/11/25 19:02:00", "林志鹏", "签到"],
  ["2026/11/25 19:02:30", "周晓雯", "签到"], // has left the department
  ["2026/11/25 19:04:44", "吴佳琪", "签到"],
  ["2026/11/25 19:05:59", "郑宇轩", "签到"], // the last minute of the grace
  ["2026/11/25 19:08:12", "黄诗涵", "签到"], // late
  ["2026/11/25 19:15:31", "马骁", "签到"], // late
  ["2026/11/18 19:00:05", "赵一鸣", "签到"], // last week's link
  ["2026/11/25 19:20:00", "", "签到"], // no name given
  ["2026/11/25 20:05:10", "林志鹏", "签退"], // leaves early (the meeting ends 20:30)
  ["2026/11/25 20:31:00", "陈思远", "签退"],
  ["2026/11/25 20:31:40", "陈思远", "签退"], // the same 签退 again
  ["2026/11/25 20:32:00", "何静怡", "签退"],
];

/** The 问卷星 export's cells; times are text, as its text export writes them. */
export function wjxSampleRows(): CellValue[][] {
  return [
    ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的姓名", "2、签到类型"],
    ...WJX.map(([time, name, kind], i) => [i + 1, `'${time}`, `${15 + ((i * 7) % 30)}秒`, "微信", IP[i % IP.length], name, kind]),
  ];
}

/** Writes the 问卷星 export as the .xlsx file 问卷星 hands out. */
export async function writeWjxSample(file: string): Promise<void> {
  await saveXlsx(workbookFromTabs([{ name: "Sheet1", rows: wjxSampleRows() }]), file);
}
