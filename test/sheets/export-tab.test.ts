import { exportTabs, readExportTab } from "../../src/sheets/export-tab";
import { active, d, sheetWith } from "../support/apps-script";

describe("the tab an export was imported into", () => {
  test("every tab but the department's own is offered, in the sheet's order", () => {
    sheetWith([
      { name: "成员", rows: [["姓名"]] },
      { name: "Sheet1", rows: [["提交时间"]] },
      { name: "考勤表", rows: [["姓名"]] },
      { name: "日志", rows: [["时间"]] },
      { name: "问卷星 11-04", rows: [["序号"]] },
      { name: "Attendance", rows: [["Name"]] },
    ]);
    expect(exportTabs(active())).toEqual(["Sheet1", "问卷星 11-04"]);
  });

  test("its cells in one read, date-times as Date cells; a missing tab is null; a tab too long is refused before it is read", () => {
    const rt = sheetWith([
      {
        name: "导出",
        rows: [
          ["提交时间", "姓名"],
          [new Date("2026-11-04T11:03:00Z"), "张伟"],
          [d("2026-11-04"), "李娜"],
        ],
      },
      { name: "长", rows: Array.from({ length: 12 }, (_, i) => [`r${i}`]) },
    ]);
    rt.resetStats();
    const read = readExportTab(active(), "导出", 10) as unknown[][];
    expect(read[1]).toEqual([new Date("2026-11-04T11:03:00Z"), "张伟"]);
    expect(rt.stats.calls.getValues).toBe(1);
    expect(readExportTab(active(), "没有", 10)).toBeNull();
    rt.resetStats();
    expect(readExportTab(active(), "长", 10)).toEqual({ tooLong: 12 });
    expect(rt.stats.calls.getValues).toBeUndefined();
  });

  test("a tab of the department's own (日志, 设置, an alias such as Attendance) is refused like one not offered, and not read", () => {
    const rt = sheetWith([
      { name: "成员", rows: [["姓名"], ["王浩然"]] },
      { name: "日志", rows: [["时间"], ["x"]] },
      { name: "设置", rows: [["项目", "值"]] },
      { name: "Attendance", rows: [["Name"]] },
      { name: "问卷星 11-04", rows: [["序号"]] },
    ]);
    rt.resetStats();
    for (const name of ["日志", "设置", "成员", "Attendance"]) expect(readExportTab(active(), name, 10)).toEqual({ notExport: true });
    expect(rt.stats.calls.getValues).toBeUndefined();
    expect(readExportTab(active(), "问卷星 11-04", 10)).toEqual([["序号"]]);
  });
});
