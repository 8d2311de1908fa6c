import type { Recap } from "../../src/domain/recap";
import { httpLink, recapHtml } from "../../src/domain/recap-html";
import { finishes } from "../hang-guard";

function recap(over: Partial<Recap> = {}): Recap {
  return {
    lang: "zh",
    sponsor: "博文书店",
    event: "新生辩论赛",
    eventDate: "2026-11-07",
    department: "XX大学学生会外联部",
    today: "2026-11-30",
    received: [{ row: 2, date: "2026-10-21", event: "新生辩论赛", eventDate: "2026-11-07", cash: 50050, goods: "笔记本 50 本", goodsValue: 25000 }],
    pledged: [],
    benefits: [
      {
        row: 2,
        event: "新生辩论赛",
        eventDate: "2026-11-07",
        promised: "决赛现场摆放书店展架",
        due: "2026-11-07",
        status: "done",
        proof: "https://photos.example.org/a?b=1&c=2",
      },
      { row: 3, event: "新生辩论赛", eventDate: "2026-11-07", promised: "发送活动照片", due: null, status: "pending", proof: "照片" },
    ],
    totals: { cash: 50050, goodsValue: 25000 },
    ...over,
  };
}

/** Every attribute that loads or links something: src=, href=, url(, @import. */
const references = (html: string) => [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);

describe("recapHtml", () => {
  test("one whole page: lang, A4 print styles, captions, th scope, the thank-you signed with the department and the date", () => {
    const html = recapHtml(recap());
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("@media print{header{display:none}");
    expect(html).toContain("<caption>博文书店 已到账的赞助</caption>");
    expect(html).toContain('<th scope="col">日期</th>');
    expect(html).toContain('<th scope="row" colspan="3">合计</th><td class="num">¥500.50</td><td></td><td class="num">¥250.00</td>');
    expect(html).toContain('<p class="meta">活动：新生辩论赛（2026-11-07）</p>');
    expect(html).toContain("衷心感谢博文书店对“新生辩论赛”的支持！");
    expect(html).toContain('<p class="sign">XX大学学生会外联部<br>2026-11-30</p>');
    expect(html).toContain("<td>已完成</td>");
    expect(html).toContain("<td>待办</td>");
    // No open pledge: no pledges section.
    expect(html).not.toContain("尚未到账的承诺");
  });

  test("English, every event, open pledges listed apart, a blank department signed 'Outreach Department'", () => {
    const pledge = { row: 4, date: "2026-11-01", event: "志愿服务周", eventDate: null, cash: 30000, goods: "", goodsValue: 0 };
    const html = recapHtml(recap({ lang: "en", event: null, eventDate: null, department: "", pledged: [pledge] }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Events: all");
    expect(html).toContain('<h2 id="recap-pledged">Pledges still open</h2>');
    expect(html).toContain("Pledged by 博文书店, not yet received");
    expect(html).toContain("Thank you, 博文书店, for supporting our events.");
    expect(html).toContain('<p class="sign">Outreach Department<br>2026-11-30</p>');
    expect(html).toContain("<td>Done</td>");
  });

  test("self-contained: nothing loaded from anywhere; the only link is the proof's http(s) address", () => {
    const html = recapHtml(recap());
    expect(references(html)).toEqual(["https://photos.example.org/a?b=1&amp;c=2"]);
    expect(html).toContain('<a href="https://photos.example.org/a?b=1&amp;c=2">https://photos.example.org/a?b=1&amp;c=2</a>');
    expect(html).not.toMatch(/url\(|@import|<link|<img|<iframe|<object/i);
    // One script, inline, holding no sheet text.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain("<script>(function(){");
    expect(html).not.toMatch(/<script[^>]*src/);
  });

  test("a proof that is not a plain http(s) address is text, never a link", () => {
    for (const proof of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<b>x</b>",
      "//evil.example",
      "见 https://a.example",
      "https://a.example/ x",
      'https://a.example/"onmouseover="x',
    ]) {
      const html = recapHtml(recap({ benefits: [{ ...recap().benefits[0], proof }] }));
      expect(references(html)).toEqual([]);
      expect(html).not.toContain("<b>x</b>");
    }
    expect(httpLink(" HTTP://A.example/x ")).toBe("HTTP://A.example/x");
  });

  test("hostile text stays text: <script> in every field and a 50,000-character name", async () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const long = `${"<b>".repeat(10000)}${"长".repeat(20000)}`;
    const html = await finishes(() =>
      recapHtml(
        recap({
          sponsor: long,
          event: evil,
          department: evil,
          received: [{ ...recap().received[0], event: evil, goods: evil }],
          benefits: [{ ...recap().benefits[0], promised: evil, proof: evil }],
        }),
      ),
    );
    expect(long.length).toBe(50000);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;".repeat(10000));
    expect(references(html)).toEqual([]);
  });
});
