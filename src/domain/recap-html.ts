/**
 * 赞助反馈 / Sponsor recap as one self-contained printable HTML page: inline CSS sized for A4,
 * no external resource of any kind (font, image, script, style sheet), every text from the sheet
 * escaped. The only link is a proof (凭证) cell holding nothing but an http(s) address; any other
 * proof is text. Two buttons, 打印 Print and 复制 Copy, run a small inline script built here from
 * constants (no sheet text in it) and are hidden when printing. The same page is the dialog's
 * content in Sheets and the file `npm start -- --recap` writes.
 */
import { formatYuan } from "./money";
import type { Recap, RecapBenefit, RecapGift } from "./recap";
import { type Lang, type Text, t, text } from "./text";

export const RECAP_TEXT = {
  title: text("赞助反馈", "Sponsor recap"),
  to: text("致：{sponsor}", "To: {sponsor}"),
  event: text("活动：{event}", "Event: {event}"),
  eventOn: text("活动：{event}（{date}）", "Event: {event} ({date})"),
  allEvents: text("活动：全部", "Events: all"),
  received: text("已收到的赞助", "What you gave"),
  receivedCaption: text("{sponsor} 已到账的赞助", "Sponsorships received from {sponsor}"),
  pledged: text("尚未到账的承诺", "Pledges still open"),
  pledgedCaption: text("{sponsor} 已承诺、尚未到账的赞助", "Pledged by {sponsor}, not yet received"),
  benefits: text("赞助回报", "What we promised in return"),
  benefitsCaption: text("对 {sponsor} 承诺的回报及其状态", "Benefits promised to {sponsor} and their status"),
  date: text("日期", "Date"),
  eventCol: text("活动", "Event"),
  eventDate: text("活动日期", "Event date"),
  cash: text("现金", "Cash"),
  goods: text("物资", "Goods"),
  goodsValue: text("物资折价", "Goods value"),
  total: text("合计", "Total"),
  promised: text("回报内容", "Benefit"),
  due: text("截止日期", "Due"),
  status: text("状态", "Status"),
  proof: text("凭证", "Proof"),
  none: text("无", "None"),
  pending: text("待办", "Pending"),
  done: text("已完成", "Done"),
  waived: text("取消", "Cancelled"),
  thanksEvent: text(
    "衷心感谢{sponsor}对“{event}”的支持！您的赞助让活动得以顺利举办。以上是您的赞助明细和我们承诺的回报，如有疑问请随时与我们联系，期待今后继续合作。",
    "Thank you, {sponsor}, for supporting {event}. Your sponsorship made the event possible. Above are what you gave and the benefits we promised in return; if anything is unclear, please get in touch. We look forward to working with you again.",
  ),
  thanksAll: text(
    "衷心感谢{sponsor}对我们活动的支持！您的赞助让活动得以顺利举办。以上是您的赞助明细和我们承诺的回报，如有疑问请随时与我们联系，期待今后继续合作。",
    "Thank you, {sponsor}, for supporting our events. Your sponsorship made them possible. Above are what you gave and the benefits we promised in return; if anything is unclear, please get in touch. We look forward to working with you again.",
  ),
  thanks: text("致谢", "Thank you"),
  department: text("外联部", "Outreach Department"),
  actions: text("操作", "Actions"),
  print: text("打印", "Print"),
  copy: text("复制", "Copy"),
  copied: text("已复制全文", "The page's text is copied"),
  selected: text("已选中全文：请按 Ctrl+C（Mac 上 ⌘+C）复制", "The page's text is selected: press Ctrl+C (⌘+C on a Mac) to copy it"),
} satisfies Record<string, Text>;

export function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A whole cell that is one http(s) address: the only text that becomes a link. */
export function httpLink(value: string): string | null {
  const v = value.trim();
  // Anchored, one class, no nesting: linear on a 50,000-character cell.
  return /^https?:\/\/[^\s<>"']+$/i.test(v) ? v : null;
}

const STYLE = [
  "@page{size:A4;margin:18mm 16mm}",
  "*{box-sizing:border-box}",
  "body{font:14px/1.6 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',Arial,sans-serif;color:#202124;margin:0;background:#fff}",
  "main{max-width:180mm;margin:0 auto;padding:16px}",
  "h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 6px;border-bottom:2px solid #1a73e8;padding-bottom:2px}",
  "p{margin:4px 0}h1,h2,p,td,th,caption{overflow-wrap:anywhere;word-break:break-word}",
  "table{border-collapse:collapse;width:100%;margin:4px 0 8px;page-break-inside:auto}tr{page-break-inside:avoid}",
  "caption{text-align:left;color:#3c4043;font-size:12px;padding:2px 0}",
  "th,td{border:1px solid #c4c7c5;padding:4px 6px;text-align:left;vertical-align:top}",
  "thead th{background:#e8f0fe}tfoot th,tfoot td{font-weight:bold;background:#f1f3f4}td.num,th.num{text-align:right;white-space:nowrap}",
  ".meta{color:#3c4043}.thanks p{margin:6px 0}.sign{text-align:right;margin-top:12px}",
  "a{color:#174ea6}",
  "header,.actions{display:flex;gap:8px;align-items:center}header{padding:8px 16px;border-bottom:1px solid #dadce0;background:#f8f9fa}",
  "button{font:inherit;padding:4px 14px;border:1px solid #1a73e8;border-radius:4px;background:#1a73e8;color:#fff;cursor:pointer}",
  "button.secondary{background:#fff;color:#174ea6}#status{color:#137333}",
  "@media print{header{display:none}main{max-width:none;padding:0}body{font-size:11pt}thead th,tfoot th,tfoot td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}",
].join("");

/** The buttons' script: constants only, made safe to sit inside <script>. */
function script(lang: Lang): string {
  const s = (x: Text) => JSON.stringify(t(x, lang)).replace(/</g, "\\u003c");
  return (
    "(function(){var status=document.getElementById('status');var main=document.getElementById('recap');" +
    "function say(x){status.textContent=x;}" +
    "function select(){var r=document.createRange();r.selectNodeContents(main);var sel=window.getSelection();sel.removeAllRanges();sel.addRange(r);}" +
    `function fallback(){select();var ok=false;try{ok=document.execCommand('copy');}catch(e){ok=false;}say(ok?${s(RECAP_TEXT.copied)}:${s(RECAP_TEXT.selected)});}` +
    "document.getElementById('print').addEventListener('click',function(){window.print();});" +
    "document.getElementById('copy').addEventListener('click',function(){var text=main.innerText;" +
    `if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(text).then(function(){say(${s(RECAP_TEXT.copied)});},fallback);}else{fallback();}` +
    "});})();"
  );
}

export function recapHtml(r: Recap): string {
  const lang = r.lang;
  const L = (x: Text, params: Record<string, string> = {}) => escapeText(t(x, lang, params));
  const money = (fen: number) => escapeText(formatYuan(fen));
  const cell = (v: string) => (v.trim() === "" ? "—" : escapeText(v));
  const head = (cols: [Text, boolean?][]) =>
    `<thead><tr>${cols.map(([c, num]) => `<th scope="col"${num ? ' class="num"' : ""}>${L(c)}</th>`).join("")}</tr></thead>`;
  const sponsor = { sponsor: r.sponsor };

  const gifts = (list: RecapGift[], caption: Text, withTotal: boolean) => {
    if (list.length === 0) return `<p>${L(RECAP_TEXT.none)}</p>`;
    const rows = list
      .map(
        (g) =>
          `<tr><td>${escapeText(g.date)}</td><td>${cell(g.event)}</td><td>${cell(g.eventDate ?? "")}</td>` +
          `<td class="num">${money(g.cash)}</td><td>${cell(g.goods)}</td><td class="num">${money(g.goodsValue)}</td></tr>`,
      )
      .join("");
    const cash = list.reduce((n, g) => n + g.cash, 0);
    const goods = list.reduce((n, g) => n + g.goodsValue, 0);
    const foot = withTotal
      ? `<tfoot><tr><th scope="row" colspan="3">${L(RECAP_TEXT.total)}</th><td class="num">${money(cash)}</td><td></td><td class="num">${money(goods)}</td></tr></tfoot>`
      : "";
    return (
      `<table><caption>${L(caption, sponsor)}</caption>` +
      head([[RECAP_TEXT.date], [RECAP_TEXT.eventCol], [RECAP_TEXT.eventDate], [RECAP_TEXT.cash, true], [RECAP_TEXT.goods], [RECAP_TEXT.goodsValue, true]]) +
      `<tbody>${rows}</tbody>${foot}</table>`
    );
  };

  const proof = (b: RecapBenefit) => {
    const link = httpLink(b.proof);
    return link ? `<a href="${escapeText(link)}">${escapeText(link)}</a>` : cell(b.proof);
  };
  const benefits =
    r.benefits.length === 0
      ? `<p>${L(RECAP_TEXT.none)}</p>`
      : `<table><caption>${L(RECAP_TEXT.benefitsCaption, sponsor)}</caption>` +
        head([[RECAP_TEXT.eventCol], [RECAP_TEXT.promised], [RECAP_TEXT.due], [RECAP_TEXT.status], [RECAP_TEXT.proof]]) +
        `<tbody>${r.benefits
          .map(
            (b) =>
              `<tr><td>${cell(b.event)}</td><td>${cell(b.promised)}</td><td>${cell(b.due ?? "")}</td>` +
              `<td>${L(RECAP_TEXT[b.status])}</td><td>${proof(b)}</td></tr>`,
          )
          .join("")}</tbody></table>`;

  const eventLine =
    r.event === null
      ? L(RECAP_TEXT.allEvents)
      : r.eventDate
        ? L(RECAP_TEXT.eventOn, { event: r.event, date: r.eventDate })
        : L(RECAP_TEXT.event, { event: r.event });
  const thanks = r.event === null ? L(RECAP_TEXT.thanksAll, sponsor) : L(RECAP_TEXT.thanksEvent, { sponsor: r.sponsor, event: r.event });
  const department = r.department.trim() === "" ? L(RECAP_TEXT.department) : escapeText(r.department);

  return (
    `<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${L(RECAP_TEXT.title)} · ${escapeText(r.sponsor)}</title>` +
    `<style>${STYLE}</style></head><body>` +
    `<header><div class="actions" role="group" aria-label="${L(RECAP_TEXT.actions)}"><button type="button" id="print">${L(RECAP_TEXT.print)}</button>` +
    `<button type="button" id="copy" class="secondary">${L(RECAP_TEXT.copy)}</button></div><span id="status" role="status" aria-live="polite"></span></header>` +
    `<main id="recap"><h1>${L(RECAP_TEXT.title)}</h1><p class="meta">${L(RECAP_TEXT.to, sponsor)}</p><p class="meta">${eventLine}</p>` +
    `<section aria-labelledby="recap-received"><h2 id="recap-received">${L(RECAP_TEXT.received)}</h2>${gifts(r.received, RECAP_TEXT.receivedCaption, true)}</section>` +
    (r.pledged.length > 0
      ? `<section aria-labelledby="recap-pledged"><h2 id="recap-pledged">${L(RECAP_TEXT.pledged)}</h2>${gifts(r.pledged, RECAP_TEXT.pledgedCaption, false)}</section>`
      : "") +
    `<section aria-labelledby="recap-benefits"><h2 id="recap-benefits">${L(RECAP_TEXT.benefits)}</h2>${benefits}</section>` +
    `<section class="thanks" aria-labelledby="recap-thanks"><h2 id="recap-thanks">${L(RECAP_TEXT.thanks)}</h2><p>${thanks}</p>` +
    `<p class="sign">${department}<br>${escapeText(r.today)}</p></section></main>` +
    `<script>${script(lang)}</script></body></html>`
  );
}
