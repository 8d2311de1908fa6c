import { saveCheckIn, sidebarCheckInData, writeCheckIn } from "../../src/app/check-in";
import { context } from "../../src/sheets/workbook";
import { d, day, logLines, sheetWith, today, values } from "../support/apps-script";

function department(
  grid: unknown[][] = [
    ["王浩然", "一组", "迟到"],
    ["李欣怡", "一组", ""],
  ],
) {
  today("2026-11-23");
  return sheetWith([
    {
      name: "成员",
      rows: [
        ["姓名", "小组", "状态"],
        ["王浩然", "一组", "在部"],
        ["李欣怡", "一组", "在部"],
        ["赵一鸣", "二组", ""],
        ["周晓雯", "一组", "离部"],
      ],
    },
    { name: "考勤", rows: [["姓名", "小组", d("2026-11-04")], ...grid] as never },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["学期开始", d("2026-09-01")],
      ],
    },
  ]);
}

const save = (marks: [string, string][], confirmed: { name: string; current: string }[] = [], date = "2026-11-04") =>
  saveCheckIn({ date, marks: marks.map(([name, status]) => ({ name, status })), confirmed });

describe("saveCheckIn", () => {
  test("a status someone already typed is not replaced without asking: the answer names it, nothing is written", () => {
    const rt = department();
    expect(
      save([
        ["王浩然", "present"],
        ["李欣怡", "present"],
      ]),
    ).toEqual({ ok: false, conflicts: [{ name: "王浩然", current: "迟到", status: "present" }] });
    expect(
      values(rt, "考勤")
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(["迟到", ""]);
    expect(logLines(rt)).toEqual([]);
  });

  test("once the user agreed to replace exactly that entry, it is replaced and the save is logged", () => {
    const rt = department();
    expect(
      save(
        [
          ["王浩然", "present"],
          ["李欣怡", "absent"],
        ],
        [{ name: "王浩然", current: "迟到" }],
      ),
    ).toEqual({
      ok: true,
      sheet: "考勤",
      column: "C",
      created: false,
      written: 2,
      added: [],
    });
    expect(
      values(rt, "考勤")
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(["出席", "缺席"]);
    expect(logLines(rt)).toEqual([["officer@example.edu", "例会签到", "考勤", "C: 2-3"]]);
  });

  test("an agreement to replace an older entry does not cover a newer one someone typed since: asked again", () => {
    department([["王浩然", "一组", "早退"]]);
    expect(save([["王浩然", "present"]], [{ name: "王浩然", current: "迟到" }])).toMatchObject({ ok: false, conflicts: [{ current: "早退" }] });
  });

  test("the same status in another spelling is no conflict and stays as typed", () => {
    const rt = department([["王浩然", "一组", "✓"]]);
    expect(save([["王浩然", "present"]])).toMatchObject({ ok: true, written: 0 });
    expect(values(rt, "考勤")[1][2]).toBe("✓");
  });

  test("a new date gets its column, and an active member missing from the grid gets a row", () => {
    const rt = department();
    expect(save([["赵一鸣", "late"]], [], "2026-11-11")).toEqual({ ok: true, sheet: "考勤", column: "D", created: true, written: 1, added: ["赵一鸣"] });
    const grid = values(rt, "考勤");
    expect(grid[0].map(day)).toEqual(["姓名", "小组", "2026-11-04", "2026-11-11"]);
    expect(grid[3]).toEqual(["赵一鸣", "二组", "", "迟到"]);
  });

  test("a member who has left is refused by name, and nothing is written", () => {
    const rt = department();
    expect(
      save([
        ["周晓雯", "present"],
        ["李欣怡", "present"],
      ]),
    ).toEqual({ ok: false, error: "“周晓雯”不是在部成员" });
    expect(values(rt, "考勤")[2][2]).toBe("");
  });

  test("while another save holds the lock, the busy sentence comes back as the answer", () => {
    const rt = department();
    rt.locks.holdDocumentLockElsewhere(true);
    expect(save([["李欣怡", "present"]])).toEqual({ ok: false, error: "另一位成员正在修改表格（如生成月报或保存记录），请稍后再试" });
  });

  test("a cell between two marked rows that someone edits while the save runs keeps the edit", () => {
    const rt = department([
      ["王浩然", "一组", ""],
      ["李欣怡", "一组", ""],
      ["赵一鸣", "二组", ""],
    ]);
    const result = writeCheckIn(context(), (loaded) => {
      // After the grid was read under the lock, a hand edit of the row between the two marks.
      loaded.sheet.getRange(3, 3).setValue("病假");
      return {
        date: "2026-11-04",
        marks: [
          { name: "王浩然", status: "present" as const },
          { name: "赵一鸣", status: "late" as const },
        ],
        confirmed: [],
      };
    });
    expect(result).toMatchObject({ ok: true, written: 2 });
    expect(
      values(rt, "考勤")
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(["出席", "病假", "迟到"]);
  });

  test("English codes in an English sheet, and the answer in the reader's language", () => {
    today("2026-11-23");
    const rt = sheetWith(
      [
        {
          name: "Members",
          rows: [
            ["Name", "Group"],
            ["Li Na", "A"],
          ],
        },
        {
          name: "Attendance",
          rows: [
            ["Name", "Group"],
            ["Li Na", "A"],
          ],
        },
      ],
      { locale: "en_US" },
    );
    expect(
      save(
        [
          ["Li Na", "leftEarly"],
          ["Bob", "late"],
        ],
        [],
        "2026-11-04",
      ),
    ).toEqual({ ok: false, error: '"Bob" is not an active member' });
    save([["Li Na", "leftEarly"]], [], "2026-11-04");
    expect(values(rt, "Attendance")[1][2]).toBe("left early");
  });
});

describe("sidebarCheckInData", () => {
  test("the active members with what the grid holds for that meeting, and its column", () => {
    department();
    expect(sidebarCheckInData({ date: "2026-11-04" })).toEqual({
      ok: true,
      lang: "zh",
      today: "2026-11-23",
      date: "2026-11-04",
      column: "C",
      members: [
        { name: "王浩然", group: "一组", current: "迟到", leave: null },
        { name: "李欣怡", group: "一组", current: "", leave: null },
        { name: "赵一鸣", group: "二组", current: "", leave: null },
      ],
    });
  });

  test("each member's leave for that meeting, from the 请假 tab: the deciding request's status and reason", () => {
    today("2026-11-23");
    sheetWith([
      {
        name: "成员",
        rows: [
          ["姓名", "小组"],
          ["王浩然", "一组"],
          ["李欣怡", "一组"],
          ["赵一鸣", "二组"],
          ["孙嘉豪", "二组"],
        ],
      },
      { name: "考勤", rows: [["姓名", "小组", d("2026-11-04")]] },
      {
        name: "请假",
        rows: [
          ["提交时间", "姓名", "例会日期", "原因", "状态"],
          [d("2026-11-03"), "王浩然", d("2026-11-04"), "发烧", "已批准"],
          [d("2026-11-03"), "李欣怡", d("2026-11-04"), "家里有事", "待审批"],
          [d("2026-11-02"), "赵一鸣", d("2026-11-04"), "社团活动", "已批准"],
          // His second request, refused, does not hide the approval.
          [d("2026-11-03"), "赵一鸣", d("2026-11-04"), "又有活动", "已驳回"],
          [d("2026-11-03"), "孙嘉豪", d("2026-11-04"), "不想来", "已驳回"],
          // Leave for another meeting is not this one's.
          [d("2026-11-05"), "孙嘉豪", d("2026-11-11"), "考试", "已批准"],
        ],
      },
    ]);
    const members = (sidebarCheckInData({ date: "2026-11-04" }) as { members: unknown[] }).members;
    expect(members).toEqual([
      { name: "王浩然", group: "一组", current: "", leave: { status: "approved", reason: "发烧" } },
      { name: "李欣怡", group: "一组", current: "", leave: { status: "pending", reason: "家里有事" } },
      { name: "赵一鸣", group: "二组", current: "", leave: { status: "approved", reason: "社团活动" } },
      { name: "孙嘉豪", group: "二组", current: "", leave: { status: "rejected", reason: "不想来" } },
    ]);
    expect((sidebarCheckInData({ date: "2026-11-11" }) as { members: { leave: unknown }[] }).members.map((m) => m.leave)).toEqual([
      null,
      null,
      null,
      { status: "approved", reason: "考试" },
    ]);
  });

  test("today by default; a date it cannot read is an error on the date field", () => {
    department();
    expect(sidebarCheckInData()).toMatchObject({ ok: true, date: "2026-11-23", column: null });
    const bad = sidebarCheckInData({ date: "下周三" });
    expect(bad).toEqual({
      ok: false,
      error: "无法识别的日期“下周三”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日",
      fields: { date: "无法识别的日期“下周三”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日" },
    });
  });
});
