import { addMenu, alert, confirm, prompt, showHtml, showPage, showSidebar, toast } from "../../src/ui/host";
import { active, sheetWith } from "../support/apps-script";

const TABS = [{ name: "成员", rows: [["姓名"]] }];

describe("alert, confirm and prompt", () => {
  test("an alert with a title and an OK button", () => {
    const rt = sheetWith(TABS);
    alert("标题", "内容");
    expect(rt.ui.log).toEqual([{ kind: "alert", title: "标题", message: "内容", buttons: "OK", button: "OK" }]);
  });

  test("confirm is a YES / NO question: only YES is yes; closing the dialog is no", () => {
    const rt = sheetWith(TABS);
    rt.ui.answer({ button: "YES" }).answer({ button: "NO" }).answer({ button: "CLOSE" });
    expect([confirm("发放？", "合计 ¥150.00"), confirm("发放？", ""), confirm("发放？", "")]).toEqual([true, false, false]);
    expect(rt.ui.log[0].buttons).toBe("YES_NO");
  });

  test("prompt answers the typed text trimmed, or null for Cancel or closing it", () => {
    const rt = sheetWith(TABS);
    rt.ui.answer({ button: "OK", text: "  王浩然 2026-11 " }).answer({ button: "CANCEL", text: "x" }).answer({ button: "CLOSE" });
    expect([prompt("个人明细", "姓名"), prompt("个人明细", "姓名"), prompt("个人明细", "姓名")]).toEqual(["王浩然 2026-11", null, null]);
    expect(rt.ui.log[0]).toMatchObject({ kind: "prompt", title: "个人明细", message: "姓名", buttons: "OK_CANCEL" });
  });
});

describe("toast, dialogs and sidebars", () => {
  test("a toast in the sheet's corner", () => {
    const rt = sheetWith(TABS);
    toast(active(), "已生成 月报 2026-10", "生成月报");
    expect(rt.ui.log).toEqual([{ kind: "toast", title: "生成月报", message: "已生成 月报 2026-10" }]);
  });

  test("a dialog of a page built here, at its size", () => {
    const rt = sheetWith(TABS);
    showHtml("<p>ok</p>", "数据检查结果", { width: 760, height: 520 });
    expect(rt.ui.log).toEqual([{ kind: "dialog", title: "数据检查结果", html: "<p>ok</p>", width: 760, height: 520 }]);
  });

  test("a dialog or a sidebar of one of the built pages", () => {
    const rt = sheetWith(TABS, {}, { htmlFiles: { selfcheck: "<main>自检</main>", record: "<main>登记</main>" } });
    showPage("selfcheck", "自检", { width: 760, height: 560 });
    showSidebar("record", "登记赞助");
    expect(rt.ui.log).toEqual([
      { kind: "dialog", title: "自检", html: "<main>自检</main>", width: 760, height: 560 },
      { kind: "sidebar", title: "登记赞助", html: "<main>登记</main>" },
    ]);
  });
});

describe("addMenu", () => {
  test("the items in order, separators included, each naming its function", () => {
    const rt = sheetWith(TABS);
    addMenu("外联部", [{ label: "登记赞助", fn: "showRecordSponsorship" }, "separator", { label: "帮助", fn: "menuHelp" }]);
    expect(rt.ui.menus).toEqual([
      {
        caption: "外联部",
        items: [{ caption: "登记赞助", functionName: "showRecordSponsorship" }, { separator: true }, { caption: "帮助", functionName: "menuHelp" }],
      },
    ]);
  });
});
