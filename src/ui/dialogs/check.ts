/** Menu: 检查数据 / Check data: "no problems", or every problem in a table. */
import { runCheck } from "../../app/check-data";
import { render } from "../../domain/messages";
import { type Lang, LIST, t } from "../../domain/text";
import type { Problem } from "../../sheets/table";
import { guard } from "../guard";
import { alert, showHtml } from "../host";
import { escapeHtml, page } from "../html";
import { label } from "../labels";

const MAX_LISTED = 500;

/** Why some tabs got no notes: they, or the Log every note is recorded in, are closed to this account. */
export function unnotedText(check: { unnoted: readonly string[]; logClosed: string | null }, lang: Lang): string {
  if (check.logClosed) return label("checkLogClosed", lang, { log: check.logClosed });
  const tabs = check.unnoted.map((name) => label("quoted", lang, { name })).join(t(LIST, lang));
  return check.unnoted.length ? label("checkUnnoted", lang, { tabs }) : "";
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

export function menuCheck(): void {
  guard((ctx) => {
    const check = runCheck(ctx);
    if (check.problems.length === 0) {
      alert(label("checkTitle", ctx.lang), label("checkClean", ctx.lang));
      return;
    }
    showHtml(problemsPage(check.problems, ctx.lang, unnotedText(check, ctx.lang)), label("checkTitle", ctx.lang), { width: 760, height: 520 });
  });
}
