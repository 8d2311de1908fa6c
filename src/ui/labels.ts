/** Menu, dialog and toast texts in zh and en. */
import { type Lang, type Params, type Text, t, text } from "../domain/text";

export const LABELS = {
  menu: text("外联部", "Outreach"),
  setup: text("初始化表格", "Set up sheets"),
  check: text("检查数据", "Check data"),
  report: text("生成月报", "Generate monthly report"),
  recordSponsorship: text("登记赞助", "Record sponsorship"),
  recordAccount: text("记账", "Record expense / fine"),
  checkIn: text("例会签到", "Meeting check-in"),
  importSignins: text("导入签到", "Import sign-ins"),
  leave: text("请假", "Request leave"),
  approvals: text("审批", "Approvals"),
  followUps: text("我的跟进", "My follow-ups"),
  recap: text("赞助反馈", "Sponsor recap"),
  recapPrompt: text(
    "赞助商名称（可加“|活动”只看一个活动，如 博文书店|新生辩论赛）",
    'Sponsor name (add "|event" for one event only, such as 博文书店|新生辩论赛)',
  ),
  recapLangPrompt: text("语言：留空为 {lang}，或填写 zh（中文）/ en（英文）", "Language: leave blank for {lang}, or type zh (Chinese) / en (English)"),
  recapBadLang: text("无法识别的语言“{value}”：请填写 zh 或 en", '"{value}" is not a language: type zh or en'),
  reminders: text("提醒", "Reminders"),
  renewals: text("开始续约", "Start renewals"),
  renewalsPrompt: text("新赛季从哪天开始？请输入 年-月-日，留空为今天 {date}", "When does the new season start? Enter year-month-day; blank for today, {date}"),
  renewalsConfirm: text("从 {start} 开始续约？", "Start renewals from {start}?"),
  renewalsSummary: text(
    "上季（{from} 至 {start} 前）的赞助商 {sponsors} 家：{followUps} 家将填入下次跟进 {start}，{notes} 家将写入续约备注。已有的日期和您自己写的备注不会改动。",
    "Last season's sponsors ({from} up to {start}): {sponsors}. {followUps} {followUps|gets|get} the next follow-up {start}, {notes} {notes|gets|get} a renewal note. Dates already there and notes you typed stay as they are.",
  ),
  renewalsNothing: text("{start} 之前 12 个月内没有已到账的赞助商，无需续约。", "No sponsor gave in the 12 months before {start}: nothing to renew."),
  renewalsUpToDate: text("{start} 的续约已开始，没有需要再写的内容。", "Renewals from {start} are already started: nothing left to write."),
  renewalsDone: text(
    "已开始续约：{followUps} 家填入下次跟进，{notes} 家写入备注",
    "Renewals started: {followUps} follow-up {followUps|date|dates}, {notes} {notes|note|notes} written",
  ),
  settings: text("设置", "Settings"),
  help: text("帮助", "Help / About"),
  selfCheck: text("自检", "Self-check"),
  setupDone: text("初始化完成", "Set-up finished"),
  checkUnnoted: text(
    "{tabs} 受保护，你的 Google 帐号不是编辑者：这些表中的问题已列出，但没有添加批注。",
    "{tabs}: protected, and your Google account is not one of the editors, so their problems are listed here but no notes were added.",
  ),
  checkLogClosed: text(
    "“{log}”表受保护，你的 Google 帐号不是它的编辑者，检查无法留下记录，所以没有添加批注；问题已全部列出。",
    "The {log} tab is protected and your Google account is not one of its editors, so the check could not be logged and no notes were added; every problem is listed here.",
  ),
  checkTitle: text("数据检查结果", "Check data results"),
  checkClean: text("没有发现问题。", "No problems found."),
  checkCount: text("发现 {n} 个问题，已在相应单元格添加批注。", "{n} problems found; the cells are marked with a note."),
  sheet: text("工作表", "Sheet"),
  cell: text("单元格", "Cell"),
  problem: text("问题", "Problem"),
  more: text("……另有 {n} 个问题未显示", "… and {n} more not shown"),
  close: text("关闭", "Close"),
  error: text("出错了", "Something went wrong"),
  monthPrompt: text("生成哪个月的月报？请输入 年-月，如 {month}", "Which month? Enter year-month, such as {month}"),
  payoutMonthPrompt: text(
    "发放哪个月及以前的未发佣金？请输入 年-月，如 {month}",
    "Pay the unpaid commission up to which month? Enter year-month, such as {month}",
  ),
  reportDone: text("已生成 {tab}", "{tab} is ready"),
  summary: text("分享月报", "Share summary"),
  payout: text("发放佣金", "Mark commissions paid"),
  payoutConfirm: text("发放 {month} 及以前的未发佣金？", "Pay unpaid commission up to {month}?"),
  payoutTotal: text("合计 {total}：将在 {rows} 行填入发放日期 {date}", "Total {total}: {rows} {rows|row gets|rows get} the paid-on date {date}"),
  payoutHeld: text(
    "第 {rows} 行的经办人不在成员表中，暂不发放：请先改正姓名",
    "{n|Row|Rows} {rows} {n|credits a name|credit names} not in Members, so {n|it is|they are} held: fix the {n|name|names} first",
  ),
  payoutNothing: text("{month} 及以前没有未发的佣金。", "Nothing unpaid up to {month}."),
  payoutDone: text("已在 {rows} 行填入发放日期，合计 {total}", "Paid-on date filled on {rows} {rows|row|rows}, total {total}"),
  deliverables: text("生成赞助回报", "Create deliverables"),
  deliverablesNothing: text(
    "赞助记录中选了方案的赞助，回报都已建立，无需生成。",
    "Every sponsorship that names a package already has its deliverables: nothing to create.",
  ),
  deliverablesConfirm: text("为 {n} 笔赞助建立 {count} 项赞助回报？", "Create {count} {count|deliverable|deliverables} for {n} {n|sponsorship|sponsorships}?"),
  deliverablesLine: text("赞助记录第 {row} 行 · {sponsor} · {promised} · 截止 {due}", "Sponsorships row {row} · {sponsor} · {promised} · due {due}"),
  deliverablesDone: text("已在“{sheet}”建立 {count} 项回报（第 {rows} 行）", "{count} {count|deliverable|deliverables} created in {sheet} (rows {rows})"),
  statement: text("个人明细", "Member statement"),
  statementPrompt: text("成员姓名（可加月份，如 张三 {month}）", "Member name (optionally a month, such as Zhang San {month})"),
  handover: text("导出交接", "Export hand-over"),
  yearPrompt: text("导出哪一年的交接？如 {year}", "Which year? Such as {year}"),
  helpTitle: text("外联部助手 · 帮助", "Outreach add-on · Help"),
  // HTML, written as it is into the help dialog.
  helpBody: text(
    `<h2>外联部助手</h2>
<p>把外联部的共享表格变成工作系统：赞助记录、15% 佣金、例会考勤罚款和月报。</p>
<ul>
<li><b>初始化表格</b>：创建缺少的工作表和列、格式、下拉选项和公式；不会删除或覆盖已填写的内容。</li>
<li><b>检查数据</b>：列出所有无法识别的金额、日期、姓名和考勤状态，并在单元格上加批注；不修改任何数值。</li>
<li><b>生成月报</b>：按月汇总到账赞助、成员佣金、考勤罚款、小组、活动进度、赞助商跟进和未计入的数据。</li>
</ul>
<p>单元格函数：<code>=COMMISSION(E2)</code>、<code>=COMMISSION(E2:E500, "10%")</code>、<code>=MEETING_PENALTY(C2:Z2)</code>、<code>=MEETING_WARNING(C2:Z2)</code>。</p>
<p>警告只提示部长审议，从不自动移除任何成员。</p>`,
    `<h2>Outreach add-on</h2>
<p>Turns the department's shared sheet into its working system: the sponsorship ledger, the 15% commission, meeting penalties and the monthly report.</p>
<ul>
<li><b>Set up sheets</b>: creates missing tabs and columns, formats, dropdowns and formulas; never deletes or overwrites what you typed.</li>
<li><b>Check data</b>: lists every amount, date, name or attendance code it cannot read and marks the cells with a note; changes no value.</li>
<li><b>Generate monthly report</b>: sponsorship received, each member's commission, meeting penalties, groups, event progress, follow-ups due and what could not be counted.</li>
</ul>
<p>Cell functions: <code>=COMMISSION(E2)</code>, <code>=COMMISSION(E2:E500, "10%")</code>, <code>=MEETING_PENALTY(C2:Z2)</code>, <code>=MEETING_WARNING(C2:Z2)</code>.</p>
<p>Warnings only flag a member for the head's review; nobody is ever removed automatically.</p>`,
  ),
  quoted: text("“{name}”", '"{name}"'),
  none: text("无", "None"),
} satisfies Record<string, Text>;

export function label(key: keyof typeof LABELS, lang: Lang, params?: Params): string {
  return t(LABELS[key], lang, params);
}

/** Before authorisation the sheet's locale cannot be read, so the menu shows both languages. */
export function bilingual(key: keyof typeof LABELS): string {
  return `${t(LABELS[key], "zh")} ${t(LABELS[key], "en")}`;
}
