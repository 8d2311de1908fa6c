/** Menu, dialog and toast texts in zh and en. */
import type { Lang } from "../domain/messages";

type Text = { zh: string; en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

export const LABELS = {
  menu: t("外联部", "Outreach"),
  setup: t("初始化表格", "Set up sheets"),
  check: t("检查数据", "Check data"),
  report: t("生成月报", "Generate monthly report"),
  recordSponsorship: t("登记赞助", "Record sponsorship"),
  checkIn: t("例会签到", "Meeting check-in"),
  followUps: t("我的跟进", "My follow-ups"),
  settings: t("设置", "Settings"),
  help: t("帮助", "Help / About"),
  selfCheck: t("自检", "Self-check"),
  setupDone: t("初始化完成", "Set-up finished"),
  checkUnnoted: t(
    "{tabs} 受保护，你的 Google 帐号不是编辑者：这些表中的问题已列出，但没有添加批注。",
    "{tabs}: protected, and your Google account is not one of the editors, so their problems are listed here but no notes were added.",
  ),
  checkLogClosed: t(
    "“{log}”表受保护，你的 Google 帐号不是它的编辑者，检查无法留下记录，所以没有添加批注；问题已全部列出。",
    "The {log} tab is protected and your Google account is not one of its editors, so the check could not be logged and no notes were added; every problem is listed here.",
  ),
  checkTitle: t("数据检查结果", "Check data results"),
  checkClean: t("没有发现问题。", "No problems found."),
  checkCount: t("发现 {n} 个问题，已在相应单元格添加批注。", "{n} problems found; the cells are marked with a note."),
  sheet: t("工作表", "Sheet"),
  cell: t("单元格", "Cell"),
  problem: t("问题", "Problem"),
  more: t("……另有 {n} 个问题未显示", "… and {n} more not shown"),
  close: t("关闭", "Close"),
  error: t("出错了", "Something went wrong"),
  monthPrompt: t("生成哪个月的月报？请输入 年-月，如 {month}", "Which month? Enter year-month, such as {month}"),
  reportDone: t("已生成 {tab}", "{tab} is ready"),
  payout: t("发放佣金", "Mark commissions paid"),
  payoutConfirm: t("发放 {month} 及以前的未发佣金？", "Pay unpaid commission up to {month}?"),
  payoutTotal: t("合计 {total}：将在 {rows} 行填入发放日期 {date}", "Total {total}: {rows} rows get the paid-on date {date}"),
  payoutHeld: t("第 {rows} 行的经办人不在成员表中，暂不发放：请先改正姓名", "Rows {rows} credit names not in Members, so they are held: fix the names first"),
  payoutNothing: t("{month} 及以前没有未发的佣金。", "Nothing unpaid up to {month}."),
  payoutDone: t("已在 {rows} 行填入发放日期，合计 {total}", "Paid-on date filled on {rows} rows, total {total}"),
  statement: t("个人明细", "Member statement"),
  statementPrompt: t("成员姓名（可加月份，如 张三 {month}）", "Member name (optionally a month, such as Zhang San {month})"),
  handover: t("导出交接", "Export hand-over"),
  yearPrompt: t("导出哪一年的交接？如 {year}", "Which year? Such as {year}"),
  helpTitle: t("外联部助手 · 帮助", "Outreach add-on · Help"),
} satisfies Record<string, Text>;

export function label(key: keyof typeof LABELS, lang: Lang, params: Record<string, string | number> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ""));
}

/** Before authorisation the sheet's locale cannot be read, so the menu shows both languages. */
export function bilingual(key: keyof typeof LABELS): string {
  return `${LABELS[key].zh} ${LABELS[key].en}`;
}
