/**
 * Menu items for the department's records: 发放佣金 (mark commissions paid), 个人明细 (member
 * statement) and 导出交接 (hand-over), and their plain-data versions for the command line.
 */
import * as z from "zod/mini";
import { defaultReportMonth, type Month, parseMonth } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import { fenToYuan, formatYuan } from "../domain/money";
import type { PayoutPlan } from "../domain/payout";
import type { StatementText } from "../domain/statement-text";
import { type HandoverRun, runHandover } from "../sheets/handover";
import { markPaid, previewPayout } from "../sheets/payout";
import { runStatement } from "../sheets/statement-run";
import { type Context, context } from "../sheets/workbook";
import { guard } from "./actions";
import { escapeHtml, page } from "./html";
import { label } from "./labels";
import { langSchema, monthSchema, validate } from "./validate";

function askMonth(ctx: Context, title: string): Month | null {
  const ui = SpreadsheetApp.getUi();
  const suggested = defaultReportMonth(ctx.today);
  const answer = ui.prompt(title, label("monthPrompt", ctx.lang, { month: suggested }), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const typed = answer.getResponseText().trim();
  if (typed === "") return suggested;
  const m = parseMonth(typed);
  if (!m.ok) throw new UserError(m.error);
  return m.value;
}

export function payoutSummary(plan: PayoutPlan, lang: Lang, paidOn: string): string {
  const lines = plan.members.map((m) => `${m.name}  ${formatYuan(m.amount)}`);
  lines.push("", label("payoutTotal", lang, { total: formatYuan(plan.total), rows: plan.rows.length, date: paidOn }));
  if (plan.held.length) lines.push(label("payoutHeld", lang, { rows: plan.held.join(", ") }));
  return lines.join("\n");
}

/** Menu: 发放佣金 / Mark commissions paid. */
export function menuPayout(): void {
  guard((ctx) => {
    const ui = SpreadsheetApp.getUi();
    const month = askMonth(ctx, label("payout", ctx.lang));
    if (!month) return;
    const plan = previewPayout(ctx, month);
    if (plan.rows.length === 0) {
      const held = plan.held.length ? `\n${label("payoutHeld", ctx.lang, { rows: plan.held.join(", ") })}` : "";
      ui.alert(label("payout", ctx.lang), label("payoutNothing", ctx.lang, { month }) + held, ui.ButtonSet.OK);
      return;
    }
    const answer = ui.alert(label("payoutConfirm", ctx.lang, { month }), payoutSummary(plan, ctx.lang, ctx.today), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return;
    const done = markPaid(ctx, month, plan.fingerprint);
    ctx.ss.toast(label("payoutDone", ctx.lang, { rows: done.rows.length, total: formatYuan(done.total) }), label("payout", ctx.lang), 5);
  });
}

export function statementPage(st: StatementText, lang: Lang): string {
  const table = (header: string[], rows: string[][]) =>
    rows.length === 0
      ? `<p>${lang === "zh" ? "无" : "None"}</p>`
      : `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
  return page(
    lang,
    `<h2>${escapeHtml(st.title)}</h2>${st.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}` +
      st.blocks.map((b) => `<h3>${escapeHtml(b.heading)}</h3>${table(b.header, b.rows)}`).join(""),
  );
}

/** Menu: 个人明细 / Member statement. */
export function menuStatement(): void {
  guard((ctx) => {
    const ui = SpreadsheetApp.getUi();
    const month = defaultReportMonth(ctx.today);
    const answer = ui.prompt(label("statement", ctx.lang), label("statementPrompt", ctx.lang, { month }), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    // "张三" or "张三 2026-11". No `(.*?)\s+` in front: it retries every split of a long run of spaces.
    const typed = answer.getResponseText().trim();
    const m = /\s(\d{4}\s*[-/.年]\s*\d{1,2}\s*月?)$/.exec(typed);
    const name = (m ? typed.slice(0, m.index) : typed).trim();
    let chosen = month;
    if (m) {
      const parsed = parseMonth(m[1]);
      if (!parsed.ok) throw new UserError(parsed.error);
      chosen = parsed.value;
    }
    const st = runStatement(ctx, name, chosen);
    const html = HtmlService.createHtmlOutput(statementPage(st, ctx.lang)).setWidth(820).setHeight(560);
    ui.showModalDialog(html, st.title);
  });
}

/** Menu: 导出交接 / Export hand-over. */
export function menuHandover(): void {
  guard((ctx) => {
    const ui = SpreadsheetApp.getUi();
    const year = ctx.today.slice(0, 4);
    const answer = ui.prompt(label("handover", ctx.lang), label("yearPrompt", ctx.lang, { year }), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return;
    const typed = answer.getResponseText().trim() || year;
    if (!/^\d{4}$/.test(typed)) throw new UserError({ key: "badYear", params: { value: typed } });
    const run = runHandover(ctx, typed);
    if (run.notice) ui.alert(label("handover", ctx.lang), run.notice, ui.ButtonSet.OK);
    else ctx.ss.toast(label("reportDone", ctx.lang, { tab: run.tab }), label("handover", ctx.lang), 5);
  });
}

const payoutOptions = z.object({ month: monthSchema, confirm: z.optional(z.string().check(z.minLength(1))) });

/**
 * Mark commissions paid without dialogs: a preview, or with confirm (the preview's fingerprint) the paid-on dates filled.
 * @param {{month: string, confirm?: string}} options
 */
export function markCommissionsPaid(options: unknown) {
  const o = validate(payoutOptions, options);
  const ctx = context();
  const plan = o.confirm ? markPaid(ctx, o.month, o.confirm) : previewPayout(ctx, o.month);
  return { ...plan, total: fenToYuan(plan.total), members: plan.members.map((m) => ({ name: m.name, amount: fenToYuan(m.amount) })), paid: Boolean(o.confirm) };
}

const statementOptions = z.object({ name: z.string().check(z.minLength(1)), month: monthSchema, lang: z.optional(langSchema) });

/**
 * A member's statement for a month: every line behind their commission and penalties.
 * @param {{name: string, month: string, lang?: "zh"|"en"}} options
 */
export function memberStatement(options: unknown): StatementText {
  const o = validate(statementOptions, options);
  const ctx = context();
  return runStatement(ctx, o.name.trim(), o.month, o.lang ?? ctx.lang);
}

const handoverOptions = z.object({ year: z.string().check(z.regex(/^\d{4}$/)), lang: z.optional(langSchema) });

/**
 * Writes the hand-over tab for a year.
 * @param {{year: string, lang?: "zh"|"en"}} options
 */
export function exportHandover(options: unknown): HandoverRun {
  const o = validate(handoverOptions, options);
  const ctx = context();
  return runHandover(ctx, o.year, o.lang ?? ctx.lang);
}
