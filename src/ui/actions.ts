/** What the menu items do: each reads the sheet, acts, and answers in the sheet's language. */
import { defaultReportMonth, parseMonth } from "../domain/dates";
import { UserError } from "../domain/errors";
import { type Lang, render } from "../domain/messages";
import { runCheck } from "../sheets/check";
import { runReport } from "../sheets/report-run";
import { runSetup, type SetupChange } from "../sheets/setup";
import type { Problem } from "../sheets/table";
import { type Context, context } from "../sheets/workbook";
import { escapeHtml, page } from "./html";
import { label } from "./labels";

const MAX_LISTED = 500;

/** A UserError becomes an alert in the user's language; anything else is reported, not swallowed silently. */
export function guard(action: (ctx: Context) => void): void {
  const ctx = context();
  const ui = SpreadsheetApp.getUi();
  try {
    action(ctx);
  } catch (e) {
    if (e instanceof UserError) {
      ui.alert(label("error", ctx.lang), render(e.msg, ctx.lang), ui.ButtonSet.OK);
      return;
    }
    console.error(e);
    ui.alert(label("error", ctx.lang), String((e as Error)?.message ?? e), ui.ButtonSet.OK);
  }
}

export function describeChanges(changes: readonly SetupChange[], lang: Lang): string {
  if (changes.length === 0) return label("setupNothing", lang);
  return changes.map((c) => `• ${label(c.kind, lang)}: ${c.sheet}${c.detail ? ` (${c.detail})` : ""}`).join("\n");
}

/** Why some tabs got no notes: they, or the Log every note is recorded in, are closed to this account. */
export function unnotedText(check: { unnoted: readonly string[]; logClosed: string | null }, lang: Lang): string {
  if (check.logClosed) return label("checkLogClosed", lang, { log: check.logClosed });
  const quote = (s: string) => (lang === "zh" ? `“${s}”` : `"${s}"`);
  return check.unnoted.length ? label("checkUnnoted", lang, { tabs: check.unnoted.map(quote).join(lang === "zh" ? "、" : ", ") }) : "";
}

export function problemsPage(problems: readonly Problem[], lang: Lang, unnoted = ""): string {
  const rows = problems
    .slice(0, MAX_LISTED)
    .map((p) => `<tr><td>${escapeHtml(p.sheet)}</td><td class="cell">${escapeHtml(p.cell)}</td><td>${escapeHtml(render(p.message, lang))}</td></tr>`)
    .join("");
  const more = problems.length > MAX_LISTED ? `<p>${escapeHtml(label("more", lang, { n: problems.length - MAX_LISTED }))}</p>` : "";
  return page(
    lang,
    `<h2>${escapeHtml(label("checkCount", lang, { n: problems.length }))}</h2>` +
      (unnoted ? `<p class="unnoted">${escapeHtml(unnoted)}</p>` : "") +
      `<table><thead><tr><th>${label("sheet", lang)}</th><th>${label("cell", lang)}</th><th>${label("problem", lang)}</th></tr></thead>` +
      `<tbody>${rows}</tbody></table>${more}`,
  );
}

/** Menu: 初始化表格 / Set up sheets. */
export function menuSetup(): void {
  guard((ctx) => {
    const changes = runSetup(ctx);
    const ui = SpreadsheetApp.getUi();
    ui.alert(label("setupDone", ctx.lang), describeChanges(changes, ctx.lang), ui.ButtonSet.OK);
  });
}

/** Menu: 检查数据 / Check data. */
export function menuCheck(): void {
  guard((ctx) => {
    const check = runCheck(ctx);
    const { problems } = check;
    const ui = SpreadsheetApp.getUi();
    if (problems.length === 0) {
      ui.alert(label("checkTitle", ctx.lang), label("checkClean", ctx.lang), ui.ButtonSet.OK);
      return;
    }
    const html = HtmlService.createHtmlOutput(problemsPage(problems, ctx.lang, unnotedText(check, ctx.lang)))
      .setWidth(760)
      .setHeight(520);
    ui.showModalDialog(html, label("checkTitle", ctx.lang));
  });
}

/** Menu: 生成月报 / Generate monthly report. */
export function menuReport(): void {
  guard((ctx) => {
    const ui = SpreadsheetApp.getUi();
    const suggested = defaultReportMonth(ctx.today);
    const answer = ui.prompt(label("report", ctx.lang), label("monthPrompt", ctx.lang, { month: suggested }), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const typed = answer.getResponseText().trim();
    const month = typed === "" ? { ok: true as const, value: suggested } : parseMonth(typed);
    if (!month.ok) throw new UserError(month.error);
    const run = runReport(ctx, month.value);
    // Written beside a tab the add-on did not make: worth more than a toast that fades.
    if (run.notice) ui.alert(label("report", ctx.lang), run.notice, ui.ButtonSet.OK);
    else ctx.ss.toast(label("reportDone", ctx.lang, { tab: run.tab }), label("report", ctx.lang), 5);
  });
}

export function helpPage(lang: Lang): string {
  const zh = lang === "zh";
  const body = zh
    ? `<h2>外联部助手</h2>
<p>把外联部的共享表格变成工作系统：赞助记录、15% 佣金、例会考勤罚款和月报。</p>
<ul>
<li><b>初始化表格</b>：创建缺少的工作表和列、格式、下拉选项和公式；不会删除或覆盖已填写的内容。</li>
<li><b>检查数据</b>：列出所有无法识别的金额、日期、姓名和考勤状态，并在单元格上加批注；不修改任何数值。</li>
<li><b>生成月报</b>：按月汇总到账赞助、成员佣金、考勤罚款、小组、活动进度、赞助商跟进和未计入的数据。</li>
</ul>
<p>单元格函数：<code>=COMMISSION(E2)</code>、<code>=COMMISSION(E2:E500, "10%")</code>、<code>=MEETING_PENALTY(C2:Z2)</code>、<code>=MEETING_WARNING(C2:Z2)</code>。</p>
<p>警告只提示部长审议，从不自动移除任何成员。</p>`
    : `<h2>Outreach add-on</h2>
<p>Turns the department's shared sheet into its working system: the sponsorship ledger, the 15% commission, meeting penalties and the monthly report.</p>
<ul>
<li><b>Set up sheets</b>: creates missing tabs and columns, formats, dropdowns and formulas; never deletes or overwrites what you typed.</li>
<li><b>Check data</b>: lists every amount, date, name or attendance code it cannot read and marks the cells with a note; changes no value.</li>
<li><b>Generate monthly report</b>: sponsorship received, each member's commission, meeting penalties, groups, event progress, follow-ups due and what could not be counted.</li>
</ul>
<p>Cell functions: <code>=COMMISSION(E2)</code>, <code>=COMMISSION(E2:E500, "10%")</code>, <code>=MEETING_PENALTY(C2:Z2)</code>, <code>=MEETING_WARNING(C2:Z2)</code>.</p>
<p>Warnings only flag a member for the head's review; nobody is ever removed automatically.</p>`;
  return page(lang, body);
}

/** Menu: 帮助 / Help. */
export function menuHelp(): void {
  guard((ctx) => {
    const html = HtmlService.createHtmlOutput(helpPage(ctx.lang)).setWidth(520).setHeight(420);
    SpreadsheetApp.getUi().showModalDialog(html, label("helpTitle", ctx.lang));
  });
}
