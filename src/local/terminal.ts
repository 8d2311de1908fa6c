/** A readable summary of a report or a problem list for the terminal (zh or en). */
import { formatYuan } from "../domain/money";
import type { ReportJson } from "../domain/report-json";
import { type Lang, type Params, t } from "../domain/text";
import { TERMINAL_TEXT } from "./terminal-labels";

type Key = keyof typeof TERMINAL_TEXT;

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Widest a cell may be: a 50,000-character name from a sheet must not become one terminal line of it. */
export const CELL_WIDTH = 80;

/** `s` cut to `max` terminal columns, ending in "…" when cut. */
export function clipText(s: string, max = CELL_WIDTH): string {
  if (s.length <= max / 2 || displayWidth(s) <= max) return s;
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** `whole[i]`: column i is never cut (a problem's message, already short: its quoted values are). */
export function table(header: string[], cells: string[][], numeric: boolean[] = [], whole: boolean[] = []): string {
  const rows = cells.map((r) => r.map((c, i) => (whole[i] ? (c ?? "") : clipText(c ?? ""))));
  // A loop, not Math.max(...rows): a spread of tens of thousands of rows overflows the call stack.
  const widths = header.map((h) => displayWidth(h));
  for (const r of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], displayWidth(r[i] ?? ""));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c ?? "", widths[i], numeric[i] ?? false))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// The report's JSON carries yuan with two decimals; shown through the one money format the sheet's
// dialogs and statements use (¥12,345.60), not the host's locale.
const yuan = (n: number | null) => (n === null ? "" : formatYuan(Math.round(n * 100)));
const percent = (x: number | null) => (x === null ? "" : `${(x * 100).toFixed(1)}%`);

export function reportSummary(r: ReportJson, lang: Lang, tab: string, file: string): string {
  const w = (key: Key, params?: Params) => t(TERMINAL_TEXT[key], lang, params);
  const totals = r.totals;
  const out: string[] = [];
  const dept = clipText(r.department);
  out.push(w("reportTitle", { dept, month: r.month, tab }));
  out.push("");
  out.push(
    table(
      [w("item"), w("value")],
      [
        [w("cashReceived"), yuan(totals.cashReceived)],
        [w("inKindValue"), yuan(totals.inKindValue)],
        [w("pledged"), yuan(totals.pledged)],
        [w("sponsorships"), `${totals.sponsorships} / ${totals.newSponsors}`],
        [w("ytdCash"), yuan(totals.ytdCash)],
        [w("commission"), `${yuan(totals.commission)} (${yuan(totals.unassigned)})`],
        [w("penalties"), yuan(totals.penalty)],
        [w("net"), yuan(totals.net)],
      ],
      [false, true],
    ),
  );
  out.push("");
  out.push(
    table(
      (
        ["m_name", "m_group", "m_deals", "m_commission", "m_late", "m_early", "m_absent", "m_rate", "m_penalty", "m_net", "m_unpaid", "m_warnings"] as const
      ).map((k) => w(k)),
      r.members.map((m) => [
        m.name + (m.active ? "" : w("left")),
        m.group,
        String(m.sponsorships),
        yuan(m.commission),
        String(m.late),
        String(m.leftEarly),
        String(m.absent),
        percent(m.attendanceRate),
        yuan(m.penalty),
        yuan(m.net),
        yuan(m.unpaidCommission),
        m.warnings.join("; "),
      ]),
      [false, false, true, true, true, true, true, true, true, true, true, false],
    ),
  );
  out.push("");
  out.push(
    table(
      (["e_event", "e_target", "e_raised", "e_pledged", "e_forecast", "e_progress"] as const).map((k) => w(k)),
      r.events.map((e) => [e.name, yuan(e.target), yuan(e.raised), yuan(e.pledged), yuan(e.forecast), percent(e.progress)]),
      [false, true, true, true, true, true],
    ),
  );
  out.push("");
  const a = r.accounts;
  const c = a.cashBook;
  const money = c
    ? w("accounts", {
        month: c.month,
        opening: yuan(c.opening),
        closing: yuan(c.closing),
        owed: yuan(a.reimbursementsOwedTotal),
        owing: a.owing.length,
        fines: yuan(a.finesOwed),
      })
    : w("accountsNone");
  out.push(money + (a.tab ? "" : w("accountsNoTab")));
  const due = r.sponsors.followUps;
  out.push(w("followUps", { count: due.length, overdue: due.filter((f) => f.overdue).length }));
  const stale = r.sponsors.stale;
  if (stale.length > 0) out.push(w("stale", { count: stale.length, days: r.settings.followUpDays, names: clipText(stale.map((x) => x.sponsor).join("、")) }));
  const owed = r.deliverables;
  out.push(w("deliverables", { count: owed.length, overdue: owed.filter((d) => d.overdue).length }));
  out.push(w("problems", { count: r.problems.length }));
  for (const p of r.problems.slice(0, 10)) out.push(`  ${clipText(p.sheet)}!${p.cell}  ${p.message}`);
  if (r.problems.length > 10) out.push(w("moreProblems", { count: r.problems.length - 10 }));
  out.push("");
  out.push(w("written", { file }));
  return out.join("\n");
}

export function problemList(problems: { sheet: string; cell: string; message: string }[], lang: Lang): string {
  const w = (key: Key) => t(TERMINAL_TEXT[key], lang);
  if (problems.length === 0) return w("noProblems");
  return table(
    [w("sheet"), w("cell"), w("problem")],
    problems.map((p) => [p.sheet, p.cell, p.message]),
    [],
    [false, false, true],
  );
}

export function statementSummary(st: { title: string; lines: string[]; blocks: { heading: string; header: string[]; rows: string[][] }[] }): string {
  const out = [st.title, "", ...st.lines];
  for (const b of st.blocks) {
    out.push("", b.heading);
    out.push(b.rows.length ? table(b.header, b.rows) : "—");
  }
  return out.join("\n");
}

/** The self-check's ✓/✗ table, then what to do for each ✗. */
export function selfCheckTable(r: { lang: Lang; passed: number; total: number; checks: { ok: boolean; name: string; detail: string; fix: string }[] }): string {
  const w = (key: Key, params?: Params) => t(TERMINAL_TEXT[key], r.lang, params);
  const out = [
    table(
      ["", w("check"), w("found")],
      r.checks.map((c) => [c.ok ? "✓" : "✗", c.name, c.detail]),
    ),
    "",
    w("passed", { passed: r.passed, total: r.total }),
  ];
  const failed = r.checks.filter((c) => !c.ok && c.fix);
  if (failed.length) out.push("", w("whatToDo"), ...failed.map((c) => `✗ ${c.name}: ${c.fix}`));
  return out.join("\n");
}
