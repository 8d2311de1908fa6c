import { helpPage, menuHelp } from "../../../src/ui/dialogs/help";
import { smallDepartment } from "../../support/department";

describe("menuHelp", () => {
  test("a dialog in the sheet's language", () => {
    const rt = smallDepartment();
    menuHelp();
    expect(rt.ui.log).toEqual([expect.objectContaining({ kind: "dialog", title: "外联部助手 · 帮助", width: 520, height: 420 })]);
    expect(rt.ui.log[0].html).toContain("<li><b>初始化表格</b>：");
  });

  test("in English on an English sheet", () => {
    const rt = smallDepartment({ locale: "en_US" });
    menuHelp();
    expect(rt.ui.log[0].title).toBe("Outreach add-on · Help");
  });
});

describe("helpPage", () => {
  test("names the cell functions and says warnings never remove anyone", () => {
    for (const lang of ["zh", "en"] as const) {
      const html = helpPage(lang);
      for (const fn of ["=COMMISSION(E2)", "=MEETING_PENALTY(C2:Z2)", "=MEETING_WARNING(C2:Z2)"]) expect(html).toContain(fn);
    }
    expect(helpPage("zh")).toContain("从不自动移除任何成员");
    expect(helpPage("en")).toContain("nobody is ever removed automatically");
  });
});
