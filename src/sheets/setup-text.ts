/**
 * What 初始化表格 / Set up sheets writes beside what it makes and reports it changed, in zh and en.
 * In sheets/, not app/, because tab-setup writes some of it into the sheet itself.
 */
import { type Text, text } from "../domain/text";

export const SETUP_TEXT = {
  setupNothing: text("表格已是最新，无需更改。", "The sheet is already set up: nothing to change."),
  tabCreated: text("新建工作表", "Created tab"),
  columnsAdded: text("添加列", "Added columns"),
  settingsAdded: text("添加设置项", "Added settings"),
  formulaWritten: text("写入公式", "Wrote formula"),
  formulaSkipped: text("未写入公式（该列已有手填内容）", "Formula not written (the column holds typed values)"),
  formulaBlocked: text(
    "未写入考勤公式：例会列之间夹有其他列，请把“罚款合计”“警告”和备注列移到所有例会列的右侧后再运行",
    "Attendance formulas not written: other columns sit between the meeting columns; move Total penalty, Warning and any notes to the right of every meeting column and run it again",
  ),
  protectedSkipped: text(
    "未添加（该表受保护，你的 Google 帐号不是它的编辑者；请部长运行“初始化表格”）",
    "Not added (the tab is protected and your Google account is not one of its editors; ask the head to run Set up sheets)",
  ),
  /** The warning-only protection's description on the Settings tab. */
  settingsProtection: text("外联部设置：修改会影响佣金和罚款", "Outreach settings: changes affect commission and penalties"),
  /** The help text of the meeting cells' dropdown. */
  attendanceRule: text("考勤状态", "Attendance status"),
} satisfies Record<string, Text>;
