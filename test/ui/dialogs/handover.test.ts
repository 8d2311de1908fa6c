import { menuHandover } from "../../../src/ui/dialogs/handover";
import { tabNames, values } from "../../support/apps-script";
import { smallDepartment } from "../../support/department";

describe("menuHandover", () => {
  test("asks for the year (this year by default), writes the tab and says so in a toast", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "" });
    menuHandover();
    expect(rt.ui.log.map((e) => [e.kind, e.title, e.message])).toEqual([
      ["prompt", "导出交接", "导出哪一年的交接？如 2026"],
      ["toast", "导出交接", "已生成 交接 2026"],
    ]);
    expect(tabNames(rt)).toContain("交接 2026");
  });

  test("Cancel does nothing", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "CANCEL", text: "2026" });
    menuHandover();
    expect(rt.ui.log.map((e) => e.kind)).toEqual(["prompt"]);
    expect(tabNames(rt)).not.toContain("交接 2026");
  });

  test("a year that is not four digits is the error alert", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "26年" });
    menuHandover();
    expect(rt.ui.shown("alert")).toEqual([expect.objectContaining({ title: "出错了", message: "无法识别的年份“26年”：请写成 2026" })]);
  });

  test("beside a tab the add-on did not make: an alert says where it went", () => {
    const rt = smallDepartment({ extra: [{ name: "交接 2025", rows: [["旧表"]] }] });
    rt.ui.answer({ button: "OK", text: "2025" });
    menuHandover();
    expect(rt.ui.shown("alert")[0]).toMatchObject({
      title: "导出交接",
      message: "已有一个不是本插件生成的“交接 2025”工作表，它保持原样；新内容写在“交接 2025 (2)”中",
    });
    expect(values(rt, "交接 2025")).toEqual([["旧表"]]);
  });
});
