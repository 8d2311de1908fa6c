/** A readable summary of a report or a problem list for the terminal (zh or en). */
import { formatYuan } from "../domain/money";
import type { ReportJson } from "../domain/report-json";

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

export function reportSummary(r: ReportJson, lang: "zh" | "en", tab: string, file: string): string {
  const zh = lang === "zh";
  const t = r.totals;
  const out: string[] = [];
  const dept = clipText(r.department);
  out.push(zh ? `${dept} ${r.month} 月报（${tab}）` : `${dept} monthly report ${r.month} (${tab})`);
  out.push("");
  out.push(
    table(
      [zh ? "项目" : "Item", zh ? "数值" : "Value"],
      [
        [zh ? "本月到账现金" : "Cash received", yuan(t.cashReceived)],
        [zh ? "物资估值" : "In-kind value", yuan(t.inKindValue)],
        [zh ? "意向未到账" : "Pledged, not received", yuan(t.pledged)],
        [zh ? "赞助笔数 / 新赞助商" : "Sponsorships / new sponsors", `${t.sponsorships} / ${t.newSponsors}`],
        [zh ? "本年累计现金" : "Cash this year", yuan(t.ytdCash)],
        [zh ? "佣金合计（其中未分配）" : "Commission (unassigned)", `${yuan(t.commission)} (${yuan(t.unassigned)})`],
        [zh ? "罚款合计" : "Penalties", yuan(t.penalty)],
        [zh ? "净额" : "Net", yuan(t.net)],
      ],
      [false, true],
    ),
  );
  out.push("");
  out.push(
    table(
      zh
        ? ["姓名", "小组", "笔数", "佣金", "迟到", "早退", "缺席", "出勤率", "罚款", "净额", "未发佣金", "警告"]
        : ["Name", "Group", "Deals", "Commission", "Late", "Early", "Absent", "Attend.", "Penalty", "Net", "Unpaid", "Warnings"],
      r.members.map((m) => [
        m.name + (m.active ? "" : zh ? "（已离部）" : " (left)"),
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
      zh ? ["活动", "目标", "已到账", "意向", "完成度"] : ["Event", "Target", "Raised", "Pledged", "Progress"],
      r.events.map((e) => [e.name, yuan(e.target), yuan(e.raised), yuan(e.pledged), percent(e.progress)]),
      [false, true, true, true, true],
    ),
  );
  out.push("");
  const due = r.sponsors.followUps;
  out.push(
    zh
      ? `需跟进的赞助商：${due.length} 家（逾期 ${due.filter((f) => f.overdue).length} 家）`
      : `Sponsors to follow up: ${due.length} (${due.filter((f) => f.overdue).length} overdue)`,
  );
  const owed = r.deliverables;
  out.push(
    zh
      ? `待完成的赞助回报：${owed.length} 项（逾期 ${owed.filter((d) => d.overdue).length} 项）`
      : `Deliverables owed: ${owed.length} (${owed.filter((d) => d.overdue).length} overdue)`,
  );
  out.push(zh ? `未能计入的数据：${r.problems.length} 处` : `Could not be counted: ${r.problems.length}`);
  for (const p of r.problems.slice(0, 10)) out.push(`  ${clipText(p.sheet)}!${p.cell}  ${p.message}`);
  if (r.problems.length > 10)
    out.push(zh ? `  ……另有 ${r.problems.length - 10} 处，见报告第七部分` : `  … ${r.problems.length - 10} more, see section 7 of the report`);
  out.push("");
  out.push(zh ? `已写入 ${file}` : `Written to ${file}`);
  return out.join("\n");
}

export function problemList(problems: { sheet: string; cell: string; message: string }[], lang: "zh" | "en"): string {
  if (problems.length === 0) return lang === "zh" ? "没有发现问题。" : "No problems found.";
  return table(
    lang === "zh" ? ["工作表", "单元格", "问题"] : ["Sheet", "Cell", "Problem"],
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
export function selfCheckTable(r: {
  lang: "zh" | "en";
  passed: number;
  total: number;
  checks: { ok: boolean; name: string; detail: string; fix: string }[];
}): string {
  const zh = r.lang === "zh";
  const out = [
    table(
      zh ? ["", "检查项", "发现"] : ["", "Check", "Found"],
      r.checks.map((c) => [c.ok ? "✓" : "✗", c.name, c.detail]),
    ),
    "",
    zh ? `通过 ${r.passed}/${r.total}` : `Passed ${r.passed}/${r.total}`,
  ];
  const failed = r.checks.filter((c) => !c.ok && c.fix);
  if (failed.length) out.push("", zh ? "怎么办：" : "What to do:", ...failed.map((c) => `✗ ${c.name}: ${c.fix}`));
  return out.join("\n");
}
