import { menuReport } from "../../../src/ui/dialogs/report";
import { tabNames } from "../../support/apps-script";
import { smallDepartment } from "../../support/department";

describe("menuReport", () => {
  test("asks for the month, writes that month's tab and says so in a toast", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "2026-10" });
    menuReport();
    expect(rt.ui.log.map((e) => [e.kind, e.title, e.message])).toEqual([
      ["prompt", "生成月报", "生成哪个月的月报？请输入 年-月，如 2026-10"],
      ["toast", "生成月报", "已生成 月报 2026-10"],
    ]);
    expect(tabNames(rt)).toContain("月报 2026-10");
  });

  test("Cancel does nothing", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "CANCEL" });
    menuReport();
    expect(rt.ui.log.map((e) => e.kind)).toEqual(["prompt"]);
    expect(tabNames(rt)).not.toContain("月报 2026-10");
  });

  test("a month it cannot read is the error alert, and no tab is written", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "十月" });
    menuReport();
    expect(rt.ui.shown("alert")).toEqual([expect.objectContaining({ title: "出错了", message: "无法识别的月份“十月”：请写成 2026-11" })]);
    expect(tabNames(rt).filter((n) => n.startsWith("月报"))).toEqual([]);
  });

  test("written beside a tab the add-on did not make: an alert that stays, not a toast that fades", () => {
    const rt = smallDepartment({ extra: [{ name: "月报 2026-10", rows: [["我们的"]] }] });
    rt.ui.answer({ button: "OK", text: "" });
    menuReport();
    expect(rt.ui.shown("toast")).toEqual([]);
    expect(rt.ui.shown("alert")[0]).toMatchObject({
      title: "生成月报",
      message: "已有一个不是本插件生成的“月报 2026-10”工作表，它保持原样；新内容写在“月报 2026-10 (2)”中",
    });
  });

  test("an English sheet is asked and told in English", () => {
    const rt = smallDepartment({ locale: "en_US" });
    rt.ui.answer({ button: "OK", text: "2026-10" });
    menuReport();
    expect(rt.ui.shown("toast")[0]).toMatchObject({ title: "Generate monthly report" });
  });
});
