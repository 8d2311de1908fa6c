/** Menu: 个人明细 / Member statement: a name (and optionally a month), then every line behind it. */
import { runStatement } from "../../app/statement";
import { defaultReportMonth, parseMonth } from "../../domain/dates";
import { UserError } from "../../domain/errors";
import type { Lang } from "../../domain/messages";
import type { StatementText } from "../../domain/statement-text";
import { guard } from "../guard";
import { prompt, showHtml } from "../host";
import { escapeHtml, page } from "../html";
import { label } from "../labels";

export function statementPage(st: StatementText, lang: Lang): string {
  const table = (header: string[], rows: string[][]) =>
    rows.length === 0
      ? `<p>${label("none", lang)}</p>`
      : `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`;
  return page(
    lang,
    `<h2>${escapeHtml(st.title)}</h2>${st.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}` +
      st.blocks.map((b) => `<h3>${escapeHtml(b.heading)}</h3>${table(b.header, b.rows)}`).join(""),
  );
}

export function menuStatement(): void {
  guard((ctx) => {
    const month = defaultReportMonth(ctx.today);
    const typed = prompt(label("statement", ctx.lang), label("statementPrompt", ctx.lang, { month }));
    if (typed === null) return;
    // "张三" or "张三 2026-11". No `(.*?)\s+` in front: it retries every split of a long run of spaces.
    const m = /\s(\d{4}\s*[-/.年]\s*\d{1,2}\s*月?)$/.exec(typed);
    const name = (m ? typed.slice(0, m.index) : typed).trim();
    let chosen = month;
    if (m) {
      const parsed = parseMonth(m[1]);
      if (!parsed.ok) throw new UserError(parsed.error);
      chosen = parsed.value;
    }
    const st = runStatement(ctx, name, chosen);
    showHtml(statementPage(st, ctx.lang), st.title, { width: 820, height: 560 });
  });
}
