import { sampleTabs } from "../../../src/local/sample/workbook";
import { menuSummary } from "../../../src/ui/dialogs/summary";
import { sheetWith, snapshot, today } from "../../support/apps-script";

describe("menuSummary", () => {
  test("the month asked as 生成月报 asks it (blank: the suggested one); the page in a phone-shaped dialog with 打印; nothing written", () => {
    today("2026-11-30");
    const rt = sheetWith(sampleTabs());
    const before = snapshot(rt);
    rt.ui.answer({ button: "OK", text: "" });
    menuSummary();
    const [ask, dialog] = rt.ui.log;
    expect(ask).toMatchObject({ kind: "prompt", title: "分享月报" });
    expect(dialog).toMatchObject({ kind: "dialog", title: "分享月报 · 2026-11", width: 520, height: 720 });
    expect(dialog.html).toContain("<h1>2026-11 月报摘要</h1>");
    expect(dialog.html).toContain('<button type="button" id="print">打印</button>');
    expect(snapshot(rt)).toEqual(before);
  });

  test("a month typed; a month that is not one is the error alert; Cancel does nothing", () => {
    today("2026-11-30");
    const rt = sheetWith(sampleTabs());
    rt.ui.answer({ button: "OK", text: "2026-10" }).answer({ button: "OK", text: "十月" }).answer({ button: "OK" }).answer({ button: "CANCEL", text: "" });
    menuSummary();
    menuSummary();
    menuSummary();
    expect(rt.ui.shown("dialog").map((d) => d.title)).toEqual(["分享月报 · 2026-10"]);
    expect(rt.ui.shown("alert")).toHaveLength(1);
  });
});
