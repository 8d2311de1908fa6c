/** 例会签到 / Meeting check-in: the server handlers through the built bundle on the local runtime. */
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, d, day, formulas, logLines, rowsOf, run, type Tabs, tab, values } from "./helpers";

const GRID = "考勤";
type Row = unknown[];
const rowOf = (grid: Row[], name: string) => grid.find((r) => r[0] === name)!;

describe("sidebarCheckInData", () => {
  test("lists the active members by group with what the grid holds for that meeting", () => {
    const a = addon();
    const r = run(a, "sidebarCheckInData", { date: "2026-11-18" });
    expect(r).toMatchObject({ ok: true, lang: "zh", date: "2026-11-18", column: "M" });
    expect(r.members).toHaveLength(14);
    expect(r.members.map((m: { name: string }) => m.name)).not.toContain("周晓雯");
    expect(r.members.find((m: { name: string }) => m.name === "许梦瑶")).toEqual({ name: "许梦瑶", group: "三组", current: "病假?", leave: null });
    // A header typed as text ("2026-11-04 例会") is the same meeting.
    expect(run(a, "sidebarCheckInData", { date: "2026/11/4" })).toMatchObject({ date: "2026-11-04", column: "K" });
    expect(run(a, "sidebarCheckInData", { date: "2026-11-25" })).toMatchObject({ column: null });
    expect(run(a, "sidebarCheckInData", { date: "2026-11-25" }).members.every((m: { current: string }) => m.current === "")).toBe(true);
  });

  test("each member's leave for the meeting comes from the 请假 tab, with its reason; another meeting's does not", () => {
    const tabs = sampleTabs();
    tabs.push({
      name: "请假",
      rows: [
        ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人"],
        [d("2026-11-24"), "刘雨桐", d("2026-11-25"), "参加学院比赛", "已批准", "陈思远"],
        [d("2026-11-24"), "马骁", d("2026-11-25"), "想休息", "已驳回", "陈思远"],
        [d("2026-11-25"), "吴佳琪", d("2026-11-25"), "<b>发烧</b>", "待审批", ""],
        [d("2026-11-17"), "许梦瑶", d("2026-11-18"), "病假", "待审批", ""],
      ],
    });
    const a = addon(tabs);
    const r = run(a, "sidebarCheckInData", { date: "2026-11-25" });
    const leave = Object.fromEntries(r.members.filter((m: { leave: unknown }) => m.leave).map((m: { name: string; leave: unknown }) => [m.name, m.leave]));
    expect(leave).toEqual({
      刘雨桐: { status: "approved", reason: "参加学院比赛" },
      吴佳琪: { status: "pending", reason: "<b>发烧</b>" },
      马骁: { status: "rejected", reason: "想休息" },
    });
    expect(run(a, "sidebarCheckInData", { date: "2026-11-18" }).members.find((m: { name: string }) => m.name === "许梦瑶")).toEqual({
      name: "许梦瑶",
      group: "三组",
      current: "病假?",
      leave: { status: "pending", reason: "病假" },
    });
  });

  test("a date it cannot read is an error on the date field", () => {
    const r = run(addon(sampleTabs(), "zh_CN", { userLocale: "en" }), "sidebarCheckInData", { date: "next Wednesday" });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^"next Wednesday" is not a date/), fields: { date: expect.any(String) } });
  });
});

describe("saveCheckIn", () => {
  const all = (status = "present") =>
    rowsOf(sampleTabs(), "成员")
      .slice(1)
      .filter((r) => r[3] !== "离部")
      .map((r) => ({ name: String(r[0]), status }));

  test("a new date gets its column right after the last meeting, with the sheet's codes", () => {
    const a = addon();
    const marks = all().map((m) => (m.name === "赵一鸣" ? { ...m, status: "late" } : m.name === "马骁" ? { ...m, status: "unapproved" } : m));
    const r = run(a, "saveCheckIn", { date: "2026-11-25", marks, confirmed: [] });
    expect(r).toEqual({ ok: true, sheet: GRID, column: "N", created: true, written: 14, added: [] });
    const grid = values(a, GRID);
    expect(day(grid[0][13])).toBe("2026-11-25");
    expect(tab(a, GRID).getRange("N1").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(rowOf(grid, "陈思远")[13]).toBe("出席");
    expect(rowOf(grid, "赵一鸣")[13]).toBe("迟到");
    expect(rowOf(grid, "马骁")[13]).toBe("未批假");
    expect(rowOf(grid, "周晓雯")[13]).toBe("");
    expect(tab(a, GRID).getRange("N2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["出席", "迟到", "早退", "请假", "缺席", "未批假", "迟到+早退"]);
    // The report now counts the meeting.
    const report = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    expect(report.meetingsHeld).toBe(4);
  });

  test("after set-up, the penalty and warning formulas are re-written to cover the new column, as set-up writes them", () => {
    const a = addon();
    a.fn.setupSheets();
    expect(values(a, GRID)[0].slice(13)).toEqual(["罚款合计", "警告"]);
    expect(tab(a, GRID).getRange("N2").getFormula()).toMatch(/^=MEETING_PENALTY\(C2:M,/);
    run(a, "saveCheckIn", { date: "2026-11-25", marks: all(), confirmed: [] });
    expect(values(a, GRID)[0].slice(14)).toEqual(["罚款合计", "警告"]);
    expect(tab(a, GRID).getRange("O2").getFormula()).toBe("=MEETING_PENALTY(C2:N,'设置'!$B$4,'设置'!$B$5,'设置'!$B$6)");
    expect(tab(a, GRID).getRange("P2").getFormula()).toBe("=MEETING_WARNING(C2:N,'设置'!$B$7,'设置'!$B$8)");
    // Set-up would write exactly these: running it again changes no formula.
    const again = a.fn.setupSheets().changes.filter((c: { sheet: string; kind: string }) => c.sheet === GRID && c.kind === "formulaWritten");
    expect(again).toEqual([]);
  });

  test("an existing meeting is updated; an entry someone made is replaced only after the user agreed to that exact entry", () => {
    const a = addon();
    const before = values(a, GRID);
    const marks = [
      { name: "陈思远", status: "present" },
      { name: "赵一鸣", status: "late" },
      { name: "许梦瑶", status: "excused" },
      { name: "林志鹏", status: "present" },
    ];
    const asked = run(a, "saveCheckIn", { date: "2026-11-18", marks, confirmed: [] });
    expect(asked).toEqual({
      ok: false,
      conflicts: [
        { name: "赵一鸣", current: "出席", status: "late" },
        { name: "许梦瑶", current: "病假?", status: "excused" },
      ],
    });
    expect(values(a, GRID)).toEqual(before);

    // Meanwhile someone changes 许梦瑶's cell: agreeing to replace "病假?" does not replace "缺席".
    tab(a, GRID).getRange("M16").setValue("缺席");
    const stale = run(a, "saveCheckIn", {
      date: "2026-11-18",
      marks,
      confirmed: asked.conflicts.map((c: { name: string; current: string }) => ({ name: c.name, current: c.current })),
    });
    expect(stale).toEqual({ ok: false, conflicts: [{ name: "许梦瑶", current: "缺席", status: "excused" }] });

    const done = run(a, "saveCheckIn", {
      date: "2026-11-18",
      marks,
      confirmed: [
        { name: "赵一鸣", current: "出席" },
        { name: "许梦瑶", current: "缺席" },
      ],
    });
    expect(done).toEqual({ ok: true, sheet: GRID, column: "M", created: false, written: 2, added: [] });
    expect(logLines(a)).toEqual([["officer@example.edu", "例会签到", GRID, "M: 7, 16"]]);
    const grid = values(a, GRID);
    expect([rowOf(grid, "赵一鸣")[12], rowOf(grid, "许梦瑶")[12], rowOf(grid, "陈思远")[12], rowOf(grid, "林志鹏")[12]]).toEqual([
      "迟到",
      "请假",
      "出席",
      "出席",
    ]);
    // Every other cell of the grid, including the untouched ones in between, is as it was.
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (c === 12 && (r === 6 || r === 15)) return;
        expect([r, c, v]).toEqual([r, c, before[r][c]]);
      }),
    );
  });

  test("the same status in another spelling (✓ for 出席) is not a conflict and is left as typed", () => {
    const a = addon();
    const r = run(a, "saveCheckIn", { date: "2026-10-14", marks: [{ name: "陈思远", status: "present" }], confirmed: [] });
    expect(r).toMatchObject({ ok: true, written: 0 });
    expect(rowOf(values(a, GRID), "陈思远")[7]).toBe("✓");
  });

  test("active members missing from the grid get a row (name and group) at its end", () => {
    const tabs = sampleTabs();
    rowsOf(tabs, "成员").push(["'=新成员()", "三组", "干事", "在部", "", ""], ["沈一帆", "", "干事", "在部", "", ""]);
    const a = addon(tabs);
    const r = run(a, "saveCheckIn", {
      date: "2026-11-18",
      marks: [
        { name: "=新成员()", status: "late" },
        { name: "沈一帆", status: "present" },
      ],
      confirmed: [],
    });
    expect(r).toEqual({ ok: true, sheet: GRID, column: "M", created: false, written: 2, added: ["=新成员()", "沈一帆"] });
    const grid = values(a, GRID);
    expect(grid).toHaveLength(18);
    expect([grid[16][0], grid[16][1], grid[16][12]]).toEqual(["=新成员()", "三组", "迟到"]);
    expect([grid[17][0], grid[17][1], grid[17][12]]).toEqual(["沈一帆", "", "出席"]);
    expect(formulas(a, GRID)[16].every((f) => f === "")).toBe(true);
  });

  test("the first meeting of a fresh grid goes after the name and group columns", () => {
    const tabs: Tabs = [
      {
        name: "成员",
        rows: [
          ["姓名", "小组"],
          ["甲", "一组"],
          ["乙", "二组"],
        ],
      },
      { name: "考勤", rows: [["姓名", "小组", "罚款合计", "警告"]] },
    ];
    const a = addon(tabs);
    const r = run(a, "saveCheckIn", {
      date: "2026-09-02",
      marks: [
        { name: "甲", status: "present" },
        { name: "乙", status: "absent" },
      ],
      confirmed: [],
    });
    expect(r).toEqual({ ok: true, sheet: GRID, column: "C", created: true, written: 2, added: ["甲", "乙"] });
    const grid = values(a, GRID);
    expect(grid.map((row) => row.map(day))).toEqual([
      ["姓名", "小组", "2026-09-02", "罚款合计", "警告"],
      ["甲", "一组", "出席", 0, ""],
      ["乙", "二组", "缺席", 20, "缺席 1 次，需部长审议"],
    ]);
    expect(formulas(a, GRID)[1][3]).toBe("=MEETING_PENALTY(C2:C)");
  });

  test("refuses unknown or departed members, an empty check-in and a held lock, writing nothing", () => {
    const a = addon();
    const before = values(a, GRID);
    expect(run(a, "saveCheckIn", { date: "2026-11-25", marks: [{ name: "周晓雯", status: "present" }], confirmed: [] })).toEqual({
      ok: false,
      error: "“周晓雯”不是在部成员",
    });
    expect(run(a, "saveCheckIn", { date: "2026-11-25", marks: [], confirmed: [] })).toEqual({ ok: false, error: expect.stringMatching(/^请求无效：marks/) });
    expect(run(a, "saveCheckIn", { date: "2026-11-25", marks: [{ name: "马骁", status: "sleeping" }], confirmed: [] }).ok).toBe(false);
    a.runtime.locks.holdDocumentLockElsewhere(true);
    expect(run(a, "saveCheckIn", { date: "2026-11-25", marks: all(), confirmed: [] })).toEqual({
      ok: false,
      error: expect.stringMatching(/^另一位成员正在修改表格/),
    });
    expect(values(a, GRID)).toEqual(before);
    expect(a.runtime.locks.isHeld()).toBe(false);
  });

  test("an English sheet gets English codes", () => {
    const tabs: Tabs = [
      {
        name: "Members",
        rows: [
          ["Name", "Group"],
          ["Amy", "A"],
        ],
      },
      {
        name: "Attendance",
        rows: [
          ["Name", "Group", "2026-09-02"],
          ["Amy", "A", "present"],
        ],
      },
    ];
    const a = addon(tabs, "en_US");
    run(a, "saveCheckIn", { date: "2026-09-09", marks: [{ name: "amy", status: "leftEarly" }], confirmed: [] });
    expect(values(a, "Attendance")[1]).toEqual(["Amy", "A", "present", "left early"]);
  });
});
