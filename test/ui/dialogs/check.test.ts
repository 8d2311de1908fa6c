import { menuCheck, problemsPage, unnotedText } from "../../../src/ui/dialogs/check";
import { smallDepartment } from "../../support/department";

describe("menuCheck", () => {
  test("problems are listed in a dialog, with whatever the sheet holds escaped", () => {
    const rt = smallDepartment();
    rt.book.getSheetByName("赞助记录")!.getRange(3, 5).setValue("<b>四百</b>");
    menuCheck();
    const [dialog] = rt.ui.log;
    expect(dialog).toMatchObject({ kind: "dialog", title: "数据检查结果", width: 760, height: 520 });
    expect(dialog.html).toContain("<h2>发现 1 个问题，已在相应单元格添加批注。</h2>");
    expect(dialog.html).toContain('<td>赞助记录</td><td class="cell">E3</td><td>无法识别的金额“&lt;b&gt;四百&lt;/b&gt;”');
    expect(dialog.html).not.toContain("<b>四百");
  });

  test("a clean sheet says so in an alert", () => {
    const rt = smallDepartment();
    menuCheck();
    expect(rt.ui.log).toEqual([expect.objectContaining({ kind: "alert", title: "数据检查结果", message: "没有发现问题。" })]);
  });
});

describe("the dialog's page", () => {
  const problem = { sheet: "考勤", cell: "B2", message: { key: "badDate" as const, params: { value: "x" } } };

  test("tabs that got no notes are named in the reader's language", () => {
    expect(unnotedText({ unnoted: ["考勤", "设置"], logClosed: null }, "zh")).toBe(
      "“考勤”、“设置” 受保护，你的 Google 帐号不是编辑者：这些表中的问题已列出，但没有添加批注。",
    );
    expect(unnotedText({ unnoted: ["Attendance"], logClosed: null }, "en")).toBe(
      '"Attendance": protected, and your Google account is not one of the editors, so their problems are listed here but no notes were added.',
    );
    expect(unnotedText({ unnoted: ["考勤"], logClosed: "日志" }, "zh")).toBe(
      "“日志”表受保护，你的 Google 帐号不是它的编辑者，检查无法留下记录，所以没有添加批注；问题已全部列出。",
    );
    expect(unnotedText({ unnoted: [], logClosed: null }, "zh")).toBe("");
  });

  test("at most 500 problems are listed, and the rest counted", () => {
    const html = problemsPage(
      Array.from({ length: 502 }, () => problem),
      "en",
    );
    expect(html.match(/<tr><td>/g)).toHaveLength(500);
    expect(html).toContain("<p>… and 2 more not shown</p>");
    expect(html).toContain("<h2>502 problems found; the cells are marked with a note.</h2>");
  });

  test("the unnoted sentence sits above the table", () => {
    expect(problemsPage([problem], "zh", "“考勤” 受保护")).toMatch(/<\/h2><p class="unnoted">“考勤” 受保护<\/p><table>/);
  });
});
