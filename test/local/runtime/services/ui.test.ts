/** What the user sees of the add-on (menus, alerts, prompts, dialogs, sidebars) and the answers a test scripts for them. */
import { newWorkbook } from "../../../../src/local/runtime/workbook";
import { script } from "../fixtures/script";

const code = `
  function ask() {
    var ui = SpreadsheetApp.getUi();
    var r = ui.prompt('月报', '输入月份', ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return 'cancelled';
    var sure = ui.alert('确认', '生成 ' + r.getResponseText() + '？', ui.ButtonSet.YES_NO);
    return sure === ui.Button.YES ? r.getResponseText() : 'no';
  }
  function tell() { SpreadsheetApp.getUi().alert('完成'); SpreadsheetApp.getActiveSpreadsheet().toast('已保存', '外联部'); }
  function bad() { SpreadsheetApp.getUi().alert('t', 'm', 'MAYBE'); }
  function menu(caption) { SpreadsheetApp.getUi().createMenu(caption).addItem('检查', 'check').addSeparator().addItem('设置', 'setup').addToUi(); }
  function dialog() { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>帮助</p>').setWidth(520).setHeight(420), '帮助'); }
  function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<form></form>').setTitle('登记赞助')); }`;

test("scripted answers are used in order; without one the user clicks the default button", () => {
  const { fn, rt } = script(code);
  rt.ui.answer({ button: "OK", text: "2026-11" }).answer({ button: "NO" });
  expect(fn.ask()).toBe("no");
  rt.ui.answer({ text: "2026-10" });
  expect(fn.ask()).toBe("2026-10");
  rt.ui.answer({ button: "CANCEL" });
  expect(fn.ask()).toBe("cancelled");
  expect(rt.ui.shown("prompt")[0]).toEqual({ kind: "prompt", title: "月报", message: "输入月份", buttons: "OK_CANCEL", button: "OK", text: "2026-11" });
  expect(rt.ui.shown("alert").map((e) => e.button)).toEqual(["NO", "YES"]);
});

test("alerts and toasts are logged in the order the user saw them", () => {
  const { fn, rt } = script(code);
  fn.tell();
  expect(rt.ui.log).toEqual([
    { kind: "alert", message: "完成", buttons: "OK", button: "OK" },
    { kind: "toast", title: "外联部", message: "已保存" },
  ]);
});

test("an alert with a button set Ui does not have is a signature error", () => {
  expect(() => script(code).fn.bad()).toThrow("The parameters (String,String,String) don't match the method signature for Ui.alert.");
});

test("menus are recorded as data; adding one again under the same caption replaces it, as onOpen running twice does", () => {
  const { fn, rt } = script(code);
  fn.menu("外联部");
  fn.menu("外联部");
  fn.menu("Outreach");
  expect(rt.ui.menus).toEqual([
    { caption: "外联部", items: [{ caption: "检查", functionName: "check" }, { separator: true }, { caption: "设置", functionName: "setup" }] },
    { caption: "Outreach", items: [{ caption: "检查", functionName: "check" }, { separator: true }, { caption: "设置", functionName: "setup" }] },
  ]);
});

test("a dialog is logged with its title, page and size; a sidebar with the page's own title", () => {
  const { fn, rt } = script(code, newWorkbook());
  fn.dialog();
  fn.sidebar();
  expect(rt.ui.log).toEqual([
    { kind: "dialog", title: "帮助", html: "<p>帮助</p>", width: 520, height: 420 },
    { kind: "sidebar", title: "登记赞助", html: "<form></form>" },
  ]);
});
