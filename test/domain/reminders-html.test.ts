import { remindersHtml } from "../../src/domain/reminders-html";

describe("remindersHtml", () => {
  test("each text in its own read-only box with its own Copy button; the page's language; no outside resource", () => {
    const html = remindersHtml({ group: "【外联部提醒】\n@张三\n· 跟进 博文书店", head: "【外联部提醒 · 部长】" }, "zh");
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(html).toContain(
      '<h2 id="group-h">发到部门群</h2><textarea id="group" rows="4" readonly aria-labelledby="group-h">【外联部提醒】\n@张三\n· 跟进 博文书店</textarea>',
    );
    expect(html).toContain('<h2 id="head-h">只发给部长</h2>');
    expect(html.match(/<button type="button" data-copy="(group|head)">复制<\/button>/g)).toHaveLength(2);
    expect(html).not.toMatch(/\b(?:src|href)=/);
    expect(remindersHtml({ group: "x", head: "y" }, "en")).toContain('<html lang="en">');
  });

  test("sheet text is escaped: a name cannot close the box or start a script", () => {
    const evil = '</textarea><script>alert("x")</script><img src=x onerror=alert(1)>';
    const html = remindersHtml({ group: `@${evil}`, head: evil }, "en");
    expect(html).not.toContain(evil);
    expect(html).toContain("@&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/textarea>/g)).toHaveLength(2);
  });

  test("a long text gets a taller box, up to a limit", () => {
    const rows = (lines: number) =>
      Number(/<textarea id="group" rows="(\d+)"/.exec(remindersHtml({ group: Array(lines).fill("·").join("\n"), head: "" }, "zh"))![1]);
    expect([rows(1), rows(10), rows(500)]).toEqual([4, 11, 18]);
  });
});
