/** Attendance cells whose codes contradict each other, through the built bundle: Check data and the report. */
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon } from "./addon";

type P = { sheet: string; cell: string; message: string };

describe("contradictory codes in the 考勤 grid", () => {
  // 陈思远 attended every meeting; the 2026-11-11 meeting is column L of row 2.
  function withCell(code: string) {
    const tabs = sampleTabs();
    const grid = tabs.find((t) => t.name === "考勤")!.rows;
    grid[1][11] = code;
    return addon(tabs, { locale: "zh_CN" });
  }
  const member = (a: ReturnType<typeof withCell>) =>
    a.fn.generateMonthlyReport({ month: "2026-11" }).report.members.find((m: { name: string }) => m.name === "陈思远");

  test("出席+缺席 is listed with its sheet, cell and both codes, and the report counts that meeting for nothing", () => {
    const a = withCell("出席+缺席");
    const problems = (a.fn.checkData({ mark: false }) as P[]).filter((p) => p.sheet === "考勤" && p.cell === "L2");
    expect(problems).toEqual([
      { sheet: "考勤", cell: "L2", message: "考勤状态“出席+缺席”自相矛盾：“出席”和“缺席”不能同时成立，请只保留一种（能组合的只有 迟到+早退）" },
    ]);
    const m = member(a);
    expect([m.absent, m.late, m.penalty]).toEqual([0, 0, 0]);
    expect(a.fn.generateMonthlyReport({ month: "2026-11" }).report.problems).toContainEqual(problems[0]);
  });

  test("迟到+早退 is one meeting attended late and left early, and no problem", () => {
    const a = withCell("迟到+早退");
    expect((a.fn.checkData({ mark: false }) as P[]).filter((p) => p.sheet === "考勤" && p.cell === "L2")).toEqual([]);
    const m = member(a);
    expect([m.late, m.leftEarly, m.penalty]).toEqual([1, 1, 10]);
  });
});
