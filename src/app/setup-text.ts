/** What 初始化表格 / Set up sheets reports it changed, in zh and en. */
type Text = { zh: string; en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

export const SETUP_TEXT = {
  setupNothing: t("表格已是最新，无需更改。", "The sheet is already set up: nothing to change."),
  tabCreated: t("新建工作表", "Created tab"),
  columnsAdded: t("添加列", "Added columns"),
  settingsAdded: t("添加设置项", "Added settings"),
  formulaWritten: t("写入公式", "Wrote formula"),
  formulaSkipped: t("未写入公式（该列已有手填内容）", "Formula not written (the column holds typed values)"),
  formulaBlocked: t(
    "未写入考勤公式：例会列之间夹有其他列，请把“罚款合计”“警告”和备注列移到所有例会列的右侧后再运行",
    "Attendance formulas not written: other columns sit between the meeting columns; move Total penalty, Warning and any notes to the right of every meeting column and run it again",
  ),
  protectedSkipped: t(
    "未添加（该表受保护，你的 Google 帐号不是它的编辑者；请部长运行“初始化表格”）",
    "Not added (the tab is protected and your Google account is not one of its editors; ask the head to run Set up sheets)",
  ),
} satisfies Record<string, Text>;
