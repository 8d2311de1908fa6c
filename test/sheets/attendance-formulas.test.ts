import { readTab } from "../../src/sheets/append";
import { attendanceFormulaText, refreshAttendanceFormulas } from "../../src/sheets/attendance-formulas";
import { TABS } from "../../src/sheets/schema";
import { context } from "../../src/sheets/workbook";
import { d, formulas, sheetWith, tab } from "../support/apps-script";

const SETTINGS = {
  name: "设置",
  rows: [
    ["项目", "值"],
    ["迟到罚款", 5],
    ["早退罚款", 5],
    ["缺席罚款", 20],
    ["迟到早退警告次数", 2],
    ["缺席警告次数", 1],
  ],
};

describe("attendanceFormulaText", () => {
  test("reads every meeting column of the grid from the first member's row down, with the Settings cells", () => {
    expect(attendanceFormulaText(1, 3, 5, { lateFee: "'设置'!$B$2", absentFee: "'设置'!$B$4", lateLimit: "'设置'!$B$5" })).toEqual({
      penalty: "=MEETING_PENALTY(C2:E,'设置'!$B$2,,'设置'!$B$4)",
      warning: "=MEETING_WARNING(C2:E,'设置'!$B$5)",
    });
  });

  test("without settings, the defaults: no trailing empty arguments", () => {
    expect(attendanceFormulaText(2, 3, 3, {})).toEqual({ penalty: "=MEETING_PENALTY(C3:C)", warning: "=MEETING_WARNING(C3:C)" });
  });
});

describe("refreshAttendanceFormulas", () => {
  const grid = (penalty: string, warning: string) => [
    SETTINGS,
    {
      name: "考勤",
      rows: [
        ["姓名", "小组", d("2026-11-04"), d("2026-11-11"), "罚款合计", "警告"],
        ["王浩然", "一组", "出席", "迟到", penalty, warning],
      ],
    },
  ];

  test("rewrites its own formulas over the meeting columns, with the fees and limits from Settings", () => {
    const rt = sheetWith(grid("=MEETING_PENALTY(C2:C)", "=MEETING_WARNING(C2:C)"));
    refreshAttendanceFormulas(context(), readTab(tab("考勤"), TABS.attendance), 3, 4);
    expect(formulas(rt, "考勤")[1].slice(4)).toEqual([
      "=MEETING_PENALTY(C2:D,'设置'!$B$2,'设置'!$B$3,'设置'!$B$4)",
      "=MEETING_WARNING(C2:D,'设置'!$B$5,'设置'!$B$6)",
    ]);
  });

  test("leaves a total a member typed alone", () => {
    const rt = sheetWith(grid("=SUM(C2:D2)", "见备注"));
    refreshAttendanceFormulas(context(), readTab(tab("考勤"), TABS.attendance), 3, 4);
    expect(formulas(rt, "考勤")[1].slice(4)).toEqual(["=SUM(C2:D2)", ""]);
  });

  test("writes nothing when a formula column sits inside the meetings (it would read itself)", () => {
    const rt = sheetWith(grid("=MEETING_PENALTY(C2:C)", ""));
    refreshAttendanceFormulas(context(), readTab(tab("考勤"), TABS.attendance), 3, 6);
    expect(formulas(rt, "考勤")[1][4]).toBe("=MEETING_PENALTY(C2:C)");
  });
});
