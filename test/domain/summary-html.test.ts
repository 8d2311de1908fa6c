import { buildReport } from "../../src/domain/report";
import { percentText, summaryHtml } from "../../src/domain/summary-html";
import { cell, entry, equal, member, model } from "./fixtures";

const opts = { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" };
const HOSTILE = "<script>alert(1)</script>";
const LONG = `长名字${"很".repeat(5000)}的赞助商`;

function hostile() {
  return model({
    members: [member(HOSTILE, { group: `"><img src=x onerror=alert(1)>` }), member(LONG, { group: "" })],
    events: [
      { name: HOSTILE, date: null, owner: LONG, target: 100000, budget: null, row: 2 },
      { name: LONG, date: null, owner: "", target: null, budget: null, row: 3 },
    ] as never,
    sponsors: [],
    ledger: [
      entry({ date: "2026-11-03", sponsor: HOSTILE, cash: 50000, event: HOSTILE, credit: equal(HOSTILE) }),
      entry({ date: "2026-11-04", sponsor: LONG, cash: 25000, credit: equal(LONG) }),
    ],
    deliverables: [
      { row: 2, sponsor: HOSTILE, event: HOSTILE, promised: `${LONG}</li>`, owner: HOSTILE, due: "2026-11-20", status: "pending", proof: "" },
    ] as never,
    attendance: { meetings: [{ date: "2026-11-04", column: 2 }], rows: [{ name: HOSTILE, group: "", row: 2, statuses: [cell("迟到")] }] },
  });
}

/** The page's markup with every text escaped: the tags and attributes it is built of, nothing else. */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase());

describe("summaryHtml", () => {
  test("hostile and very long names are text: no tag, attribute or script from the sheet, and long names are clipped only in the chart", () => {
    const html = summaryHtml(buildReport(hostile(), [], opts), "zh");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    // Only the page's own elements: a name's "<script>" or "<img" is text.
    expect([...new Set(tags(html))].sort()).toEqual(
      "body button caption dd div dl dt h1 h2 head header html li main meta p rect script section small span strong style svg table tbody td text th thead title tr tspan ul".split(
        " ",
      ),
    );
    // One script: the Print button's, built from constants.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain("<script>document.getElementById('print').addEventListener('click',function(){window.print();});</script>");
    // The whole long name in the tables and in the chart's tooltip; the chart's own line clipped to 25 characters and "…".
    expect(html).toContain(LONG);
    expect(html).toContain(`>${[...LONG].slice(0, 25).join("")}…</text>`);
  });

  test("self-contained: nothing is fetched, no font, image, style sheet or script by address", () => {
    const m = hostile();
    m.members = [member("王浩然")];
    m.events = [];
    m.ledger = [entry({ date: "2026-11-03", cash: 50000, credit: equal("王浩然") })];
    m.deliverables = [];
    m.attendance = { meetings: [], rows: [] };
    const html = summaryHtml(buildReport(m, [], opts), "en");
    expect(html).not.toMatch(/\b(?:src|href|srcset|action|xlink:href)=/i);
    expect(html).not.toMatch(/url\(|@import|@font-face|https?:/i);
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(html).toContain("@media print{header{display:none}");
    expect(html).toContain("@page{size:A4");
  });

  test("every figure carries the path of its value in the report's JSON", () => {
    const r = buildReport(hostile(), [], opts);
    const html = summaryHtml(r, "zh");
    const figure = (path: string) => new RegExp(`data-json="${path.replace(/\./g, "\\.")}">([^<]*)<`).exec(html)?.[1];
    expect(figure("totals.cashReceived")).toBe("¥750.00");
    expect(figure("totals.commission")).toBe("¥112.50");
    expect(figure("totals.penalty")).toBe("¥5.00");
    expect(figure("meetingsHeld")).toBe("1");
    expect(figure("members.0.cashCredited")).toBe("¥500.00");
    expect(figure("events.0.target")).toBe("¥1,000.00");
    expect(figure("events.0.raised")).toBe("已到账（截至月底）: ¥500.00");
    expect(figure("events.0.shortfall")).toBe("预计仍差: ¥500.00");
    expect(figure("meetings.0.rate")).toBe("出勤率: 100.0%");
    expect(html).toContain('<tspan data-json="meetings.0.rate">100.0%</tspan>');
    expect(figure("deliverables.length")).toBe("1");
  });

  test("an empty month (no meetings, no events, no money) still reads sensibly: zeros and 无, no NaN, no Infinity, no bar", () => {
    for (const lang of ["zh", "en"] as const) {
      const html = summaryHtml(buildReport(model({ sponsors: [] }), [], opts), lang);
      expect(html).not.toMatch(/NaN|Infinity|undefined|null/);
      // The groups are there with nothing credited: their chart draws no bar, says ¥0.00.
      expect(html).not.toContain("<rect");
      expect(html).toContain('<tspan data-json="groups.0.cashCredited">¥0.00</tspan>');
      expect(html).toContain('data-json="totals.cashReceived">¥0.00<');
      expect(html).toContain('data-json="meetingsHeld">0<');
      const none = lang === "zh" ? "无" : "None";
      // Two charts (events, meetings) and both lists say so; so do both top tables.
      expect(html.split(`<p>${none}</p>`).length - 1).toBe(4);
      expect(html).toContain(lang === "zh" ? "经手现金最多的成员：无" : "Top members by cash credited: None");
    }
  });

  test("amounts below zero draw no bar but keep their figure; a rate is shown as the report's JSON rounds it", () => {
    const m = hostile();
    m.ledger.push(entry({ date: "2026-11-06", sponsor: "退款", cash: -90000, credit: equal(LONG) }));
    const html = summaryHtml(buildReport(m, [], opts), "zh");
    expect(html).not.toMatch(/width="-/);
    expect(html).not.toContain('<title data-json="groups.1.cashCredited">');
    expect(html).toContain('<tspan data-json="groups.1.cashCredited">-¥650.00</tspan>');
    expect(percentText(2 / 3)).toBe("66.7%");
    expect(percentText(1)).toBe("100.0%");
    expect(percentText(0)).toBe("0.0%");
  });
});
