import { insertTabKeepingPlace } from "../../src/sheets/new-tab";
import { active, sheetWith, tabNames } from "../support/apps-script";

describe("insertTabKeepingPlace", () => {
  test("adds the tab where asked and leaves the member on the tab they were on", () => {
    const rt = sheetWith([
      { name: "成员", rows: [["姓名"]] },
      { name: "赞助商", rows: [["赞助商"]] },
    ]);
    active().setActiveSheet(active().getSheetByName("赞助商")!);
    const made = insertTabKeepingPlace(active(), "联系记录", 1);
    expect(made.getName()).toBe("联系记录");
    expect(tabNames(rt)).toEqual(["成员", "联系记录", "赞助商"]);
    expect(active().getActiveSheet().getName()).toBe("赞助商");
  });
});
