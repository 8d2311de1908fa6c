import { menuStatement, statementPage } from "../../../src/ui/dialogs/statement";
import { smallDepartment } from "../../support/department";

describe("menuStatement", () => {
  test("a name and a month typed in one prompt: a dialog with that month's lines", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "李欣怡 2026-10" });
    menuStatement();
    const [prompt, dialog] = rt.ui.log;
    expect(prompt).toMatchObject({ title: "个人明细", message: "成员姓名（可加月份，如 张三 2026-10）" });
    expect(dialog).toMatchObject({ kind: "dialog", width: 820, height: 560 });
    expect(dialog.title).toContain("李欣怡");
    expect(dialog.title).toContain("2026-10");
    expect(dialog.html).toContain("&lt;b&gt;老王&lt;/b&gt;餐馆");
    expect(dialog.html).not.toContain("<b>老王");
  });

  test("a name alone takes the suggested month; 年 and 月 are understood", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "王浩然" }).answer({ button: "OK", text: "王浩然 2026年9月" });
    menuStatement();
    menuStatement();
    const titles = rt.ui.shown("dialog").map((e) => e.title);
    expect(titles[0]).toContain("2026-10");
    expect(titles[1]).toContain("2026-09");
  });

  test("an unknown name is the error alert with a did-you-mean", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "王浩燃 2026-10" });
    menuStatement();
    expect(rt.ui.shown("alert")[0]).toMatchObject({ title: "出错了", message: "成员表中没有“王浩燃”，是否是“王浩然”？" });
  });

  test("a bad month is the error alert; Cancel does nothing", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "王浩然 2026-13" }).answer({ button: "OK" }).answer({ button: "CANCEL", text: "王浩然" });
    menuStatement();
    menuStatement();
    expect(rt.ui.log.map((e) => e.kind)).toEqual(["prompt", "alert", "prompt"]);
    expect(rt.ui.log[1].message).toBe("无法识别的月份“2026-13”：请写成 2026-11");
  });
});

describe("statementPage", () => {
  test("every block as a table, an empty one as 无 / None, all text escaped", () => {
    const st = {
      title: "<王浩然>",
      lines: ["a & b"],
      blocks: [
        { heading: "例会", header: ["日期"], rows: [] },
        { heading: "分成", header: ["行"], rows: [["<2>"]] },
      ],
    };
    const zh = statementPage(st, "zh");
    expect(zh).toContain(
      "<h2>&lt;王浩然&gt;</h2><p>a &amp; b</p><h3>例会</h3><p>无</p><h3>分成</h3><table><thead><tr><th>行</th></tr></thead><tbody><tr><td>&lt;2&gt;</td></tr></tbody></table>",
    );
    expect(statementPage(st, "en")).toContain("<p>None</p>");
  });
});
