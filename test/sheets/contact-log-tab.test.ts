import { contactLogTab } from "../../src/sheets/contact-log-tab";
import { context } from "../../src/sheets/workbook";
import { active, sheetWith, tabNames, values } from "../support/apps-script";

const SPONSORS = { name: "赞助商", rows: [["赞助商", "负责人"]] };

describe("contactLogTab", () => {
  test("a department without one gets 联系记录: zh headers, frozen, dates formatted; the member stays put", () => {
    const rt = sheetWith([SPONSORS]);
    const sheet = contactLogTab(context());
    expect(tabNames(rt)).toEqual(["赞助商", "联系记录"]);
    expect(values(rt, "联系记录")[0]).toEqual(["日期", "赞助商", "成员", "方式", "内容"]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(2, 1).getNumberFormat()).toBe("yyyy-mm-dd");
    expect(active().getActiveSheet().getName()).toBe("赞助商");
  });

  test("an English sheet gets Contact log in English", () => {
    const rt = sheetWith([{ name: "Sponsors", rows: [["Sponsor"]] }], { locale: "en_GB" });
    contactLogTab(context());
    expect(values(rt, "Contact log")[0]).toEqual(["Date", "Sponsor", "Member", "Channel", "Note"]);
  });

  test("the department's own, however its name is spaced or cased, is used and not duplicated", () => {
    const rt = sheetWith([SPONSORS, { name: " Contact Log ", rows: [["Date", "Sponsor"]] }]);
    expect(contactLogTab(context()).getName()).toBe(" Contact Log ");
    expect(tabNames(rt)).toHaveLength(2);
  });

  test("two contact logs: refused, naming both, and no third is made", () => {
    const rt = sheetWith([SPONSORS, { name: "联系记录", rows: [["日期"]] }, { name: "Contact log", rows: [["Date"]] }]);
    expect(() => contactLogTab(context())).toThrow("“联系记录”和“Contact log”都是“联系记录”工作表，不知道该写到哪一个，所以什么都没有写。");
    expect(tabNames(rt)).toHaveLength(3);
  });
});
