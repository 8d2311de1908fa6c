/** 设置 / Settings saved from a sidebar that was opened earlier: only what the user changed is written. */
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, rowsOf, run, values } from "./helpers";

describe("saveSettings with the form as loaded (base)", () => {
  test("writes only the changed field; a value the sidebar could not read stays as typed", () => {
    const tabs = sampleTabs();
    rowsOf(tabs, "设置")[3][1] = "5元/次"; // 迟到罚款, unreadable: the form shows the default 5
    const a = addon(tabs);
    const base = run(a, "sidebarSettingsData").form;
    const r = run(a, "saveSettings", { ...base, absentFee: "30", base });
    expect(r.ok).toBe(true);
    const rows = values(a, "设置");
    expect(rows[3][1]).toBe("5元/次");
    expect(rows[5][1]).toBe(30);
  });

  test("a field someone else changed after the sidebar opened is refused, and nothing is written", () => {
    const a = addon(sampleTabs());
    const base = run(a, "sidebarSettingsData").form;
    a.book.getSheetByName("设置")!.getRange("B5").setValue(8); // another officer: 早退罚款 = 8
    const before = values(a, "设置");
    const r = run(a, "saveSettings", { ...base, leftEarlyFee: "6", base });
    expect(r).toEqual({ ok: false, error: "打开侧边栏后，设置表已被他人修改：请重新打开“设置”再改" });
    expect(values(a, "设置")).toEqual(before);
    // A different field is still fine to change: the other officer's 8 stays.
    expect(run(a, "saveSettings", { ...base, absentFee: "25", base }).ok).toBe(true);
    expect(values(a, "设置")[4][1]).toBe(8);
  });
});
