/**
 * 分享月报 / Share summary: the month's key figures on one self-contained page, sized for a phone
 * screenshot (the picture that goes to the WeChat group) and for A4. No external resource of any
 * kind; the charts are inline SVG drawn from ./summary-charts, the very series the report tab
 * charts. Every figure is the report model's, formatted, never recomputed: each carries the path of
 * its value in the report's JSON (`data-json="totals.cashReceived"`), so a test can hold the page
 * to the JSON. Every text from the sheet is escaped.
 */

import { formatYuan } from "./money";
import { escapeText } from "./recap-html";
import type { MemberLine, Report } from "./report";
import { CHART_TEXT, type SummaryChart, summaryCharts } from "./summary-charts";
import { type Lang, type Text, t, text } from "./text";

export const SUMMARY_TEXT = {
  title: text("{month} 月报摘要", "Monthly summary {month}"),
  department: text("外联部", "Outreach Department"),
  generated: text("生成于 {at}，数据与月报相同", "Generated {at}; the same figures as the monthly report"),
  figures: text("本月数字", "The month in figures"),
  cashReceived: text("本月到账现金", "Cash received"),
  inKindValue: text("物资估值", "In-kind value"),
  commission: text("佣金合计", "Commission"),
  penalty: text("罚款合计", "Penalties"),
  net: text("净额（佣金 − 罚款）", "Net (commission − penalties)"),
  sponsorships: text("赞助笔数", "Sponsorships"),
  newSponsors: text("新赞助商", "New sponsors"),
  meetingsHeld: text("例会次数", "Meetings"),
  topMembers: text("经手现金最多的成员", "Top members by cash credited"),
  topGroups: text("经手现金最多的小组", "Top groups by cash credited"),
  name: text("姓名", "Name"),
  commissionCol: text("佣金", "Commission"),
  target: text("目标 ", "target "),
  noTarget: text("无目标", "no target"),
  followUps: text("需跟进的赞助商", "Follow-ups due"),
  deliverables: text("待完成的赞助回报", "Deliverables due"),
  overdue: text("已逾期", "overdue"),
  more: text("其余见月报工作表", "The rest are in the report tab"),
  none: text("无", "None"),
  actions: text("操作", "Actions"),
  print: text("打印", "Print"),
} satisfies Record<string, Text>;

/** A rate as the report's JSON rounds it (4 decimals), shown as a percentage with one decimal. */
export function percentText(rate: number): string {
  return `${((Math.round(rate * 10000) / 10000) * 100).toFixed(1)}%`;
}

const COLORS: Record<string, string> = {
  raised: "#1a73e8",
  pledged: "#7baaf7",
  forecast: "#f9ab00",
  shortfall: "#dadce0",
  cashCredited: "#188038",
  rate: "#1a73e8",
};
const TOP = 3;
const LIST = 5;
/** The SVG's own units: 360 wide, one 34-unit row per category; it scales to the page's width. */
const W = 360;
const PLOT = 230;
const ROW = 34;

/** A category label on one line of the chart; the whole name stays in its tooltip. */
const clip = (s: string) => ([...s].length > 26 ? `${[...s].slice(0, 25).join("")}…` : s);

function chartSvg(c: SummaryChart, r: Report, lang: Lang): string {
  const L = (x: Text) => escapeText(t(x, lang));
  const n = c.categories.length;
  if (n === 0) return `<p>${L(SUMMARY_TEXT.none)}</p>`;
  const fig = (v: number) => escapeText(c.unit === "rate" ? percentText(v) : formatYuan(v));
  // Negative amounts (a refund larger than the gifts) draw no bar; their figure still shows.
  const sums = c.categories.map((_, i) => c.series.reduce((s, x) => s + Math.max(0, x.values[i] ?? 0), 0));
  const max = c.unit === "rate" ? 1 : Math.max(0, ...sums);
  const scale = max > 0 ? PLOT / max : 0;
  let body = "";
  c.categories.forEach((cat, i) => {
    const y = i * ROW;
    body += `<text x="0" y="${y + 11}" class="cat"><title>${escapeText(cat)}</title>${escapeText(clip(cat))}</text>`;
    let x = 0;
    for (const s of c.series) {
      const v = s.values[i];
      if (v === null || v <= 0) continue;
      const w = Math.round(v * scale * 10) / 10;
      body +=
        `<rect x="${x}" y="${y + 15}" width="${w}" height="12" fill="${COLORS[s.key]}"${s.key === "shortfall" ? ' stroke="#80868b"' : ""}>` +
        `<title data-json="${c.key}.${i}.${s.key}">${escapeText(s.name)}: ${fig(v)}</title></rect>`;
      x += w;
    }
    const target = c.key === "events" ? r.events[i].target : null;
    // The stack reaches the target while it is short: the target is said at its end.
    const end =
      c.key === "events"
        ? target === null
          ? L(SUMMARY_TEXT.noTarget)
          : `${L(SUMMARY_TEXT.target)}<tspan data-json="events.${i}.target">${fig(target)}</tspan>`
        : c.series[0].values[i] === null
          ? "—"
          : `<tspan data-json="${c.key}.${i}.${c.series[0].key}">${fig(c.series[0].values[i]!)}</tspan>`;
    body += `<text x="${Math.round((x + 4) * 10) / 10}" y="${y + 25}" class="val">${end}</text>`;
  });
  const legend =
    c.series.length > 1
      ? `<ul class="legend">${c.series.map((s) => `<li><span class="sw" style="background:${COLORS[s.key]}"></span>${escapeText(s.name)}</li>`).join("")}</ul>`
      : "";
  return `<svg viewBox="0 0 ${W} ${n * ROW}" role="img" aria-label="${escapeText(c.title)}">${body}</svg>${legend}`;
}

export function summaryHtml(r: Report, lang: Lang): string {
  const zh = lang === "zh";
  const L = (x: Text, p: Record<string, string> = {}) => escapeText(t(x, lang, p));
  const money = (path: string, fen: number) => `<span data-json="${path}">${escapeText(formatYuan(fen))}</span>`;
  const count = (path: string, n: number) => `<span data-json="${path}">${n}</span>`;
  const group = (g: string) => (g === "" ? L(CHART_TEXT.ungrouped) : escapeText(g));
  const tot = r.totals;
  const tile = (label: Text, value: string, wide = false) => `<div${wide ? ' class="wide"' : ""}><dt>${L(label)}</dt><dd>${value}</dd></div>`;
  const figures =
    `<dl>${tile(SUMMARY_TEXT.cashReceived, money("totals.cashReceived", tot.cashReceived), true)}` +
    tile(SUMMARY_TEXT.commission, money("totals.commission", tot.commission)) +
    tile(SUMMARY_TEXT.penalty, money("totals.penalty", tot.penalty)) +
    tile(SUMMARY_TEXT.net, money("totals.net", tot.net)) +
    tile(SUMMARY_TEXT.inKindValue, money("totals.inKindValue", tot.inKindValue)) +
    tile(SUMMARY_TEXT.sponsorships, count("totals.sponsorships", tot.sponsorships)) +
    tile(SUMMARY_TEXT.newSponsors, count("totals.newSponsors", tot.newSponsors)) +
    tile(SUMMARY_TEXT.meetingsHeld, count("meetingsHeld", r.meetingsHeld)) +
    "</dl>";

  const head = (cols: Text[]) => `<thead><tr>${cols.map((c, i) => `<th scope="col"${i > 0 ? ' class="num"' : ""}>${L(c)}</th>`).join("")}</tr></thead>`;
  const byCash = <T extends { cashCredited: number; commission: number }>(xs: T[]) =>
    xs
      .map((x, i) => ({ x, i }))
      .filter(({ x }) => x.cashCredited > 0 || x.commission > 0)
      .sort((a, b) => b.x.cashCredited - a.x.cashCredited || b.x.commission - a.x.commission || a.i - b.i)
      .slice(0, TOP);
  const members = byCash<MemberLine>(r.members);
  const groups = byCash(r.groups);
  const table = (caption: Text, first: Text, rows: string[]) =>
    rows.length === 0
      ? `<p>${L(caption)}${zh ? "：" : ": "}${L(SUMMARY_TEXT.none)}</p>`
      : `<table><caption>${L(caption)}</caption>${head([first, CHART_TEXT.cashCredited, SUMMARY_TEXT.commissionCol])}<tbody>${rows.join("")}</tbody></table>`;
  const tops =
    table(
      SUMMARY_TEXT.topMembers,
      SUMMARY_TEXT.name,
      members.map(
        ({ x, i }) =>
          `<tr><th scope="row">${escapeText(x.name)}<small>${group(x.group)}</small></th><td class="num">${money(`members.${i}.cashCredited`, x.cashCredited)}</td>` +
          `<td class="num">${money(`members.${i}.commission`, x.commission)}</td></tr>`,
      ),
    ) +
    table(
      SUMMARY_TEXT.topGroups,
      CHART_TEXT.group,
      groups.map(
        ({ x, i }) =>
          `<tr><th scope="row">${group(x.group)}</th><td class="num">${money(`groups.${i}.cashCredited`, x.cashCredited)}</td>` +
          `<td class="num">${money(`groups.${i}.commission`, x.commission)}</td></tr>`,
      ),
    );

  const charts = summaryCharts(r, lang)
    .map((c, i) => `<section aria-labelledby="c${i}"><h2 id="c${i}">${escapeText(c.title)}</h2>${chartSvg(c, r, lang)}</section>`)
    .join("");

  const due = <T extends { due: string; overdue: boolean }>(title: Text, path: string, xs: T[], line: (x: T) => string) =>
    `<section aria-labelledby="${path}"><h2 id="${path}">${L(title)}${zh ? "（" : " ("}${count(`${path}.length`, xs.length)}${zh ? "）" : ")"}</h2>` +
    (xs.length === 0
      ? `<p>${L(SUMMARY_TEXT.none)}</p>`
      : `<ul>${xs
          .slice(0, LIST)
          .map((x) => `<li>${line(x)} · ${escapeText(x.due)}${x.overdue ? ` <strong>${L(SUMMARY_TEXT.overdue)}</strong>` : ""}</li>`)
          .join("")}</ul>${xs.length > LIST ? `<p class="meta">${L(SUMMARY_TEXT.more)}</p>` : ""}`) +
    "</section>";
  const who = (s: string) => (s.trim() === "" ? "" : ` · ${escapeText(s)}`);
  const followUps = due(SUMMARY_TEXT.followUps, "sponsors.followUps", r.sponsors.followUps, (f) => `${escapeText(f.sponsor)}${who(f.owner)}`);
  const deliverables = due(
    SUMMARY_TEXT.deliverables,
    "deliverables",
    r.deliverables,
    (d) => `${escapeText(d.sponsor)} · ${escapeText(d.promised)}${who(d.owner)}`,
  );

  const dept = r.department.trim() === "" ? L(SUMMARY_TEXT.department) : escapeText(r.department);
  return (
    `<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${L(SUMMARY_TEXT.title, { month: r.month })}</title>` +
    `<style>${STYLE}</style></head><body>` +
    `<header><div role="group" aria-label="${L(SUMMARY_TEXT.actions)}"><button type="button" id="print">${L(SUMMARY_TEXT.print)}</button></div></header>` +
    `<main><p class="dept">${dept}</p><h1>${L(SUMMARY_TEXT.title, { month: r.month })}</h1>` +
    `<section aria-labelledby="figures"><h2 id="figures">${L(SUMMARY_TEXT.figures)}</h2>${figures}</section>` +
    `<section>${tops}</section>${charts}${followUps}${deliverables}` +
    `<p class="meta">${L(SUMMARY_TEXT.generated, { at: r.generatedAt })}</p></main>` +
    "<script>document.getElementById('print').addEventListener('click',function(){window.print();});</script></body></html>"
  );
}

const STYLE = [
  "@page{size:A4;margin:14mm}*{box-sizing:border-box}",
  "body{font:14px/1.5 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#202124;margin:0}",
  "main{max-width:440px;margin:auto;padding:12px 14px}h1{font-size:20px;margin:0 0 8px}",
  "h2{font-size:15px;margin:16px 0 6px;border-bottom:2px solid #1a73e8}p{margin:4px 0}.dept,.meta,dt,small{color:#3c4043;font-size:12px}",
  "h1,h2,p,li,th{overflow-wrap:anywhere}dl{display:grid;grid-template-columns:1fr 1fr;gap:6px;margin:0}",
  "dl div{background:#f1f3f4;border-radius:6px;padding:6px 8px}.wide{grid-column:1/3}dd{margin:0;font-size:17px;font-weight:bold}.wide dd{font-size:22px;color:#174ea6}",
  "table{border-collapse:collapse;width:100%;margin:6px 0}caption{text-align:left;font-weight:bold}",
  "th,td{border-bottom:1px solid #dadce0;padding:3px 4px;text-align:left;font-size:13px}.num{text-align:right;white-space:nowrap}small{display:block}",
  "svg{width:100%;height:auto;overflow:visible}.cat{font-size:11px}.val{font-size:10px;fill:#3c4043}",
  ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px}",
  "strong{color:#a50e0e}header{padding:6px 14px;background:#f8f9fa}",
  "button{font:inherit;padding:4px 14px;border:0;border-radius:4px;background:#1a73e8;color:#fff}",
  "@media print{header{display:none}main{max-width:none}section{break-inside:avoid}dl{grid-template-columns:repeat(4,1fr)}.wide{grid-column:auto}svg{max-width:120mm}",
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}",
].join("");
