import { saveLeaveRequest, setLeaveMember, sidebarLeaveData } from "../../src/app/request-leave";
import { d, logLines, session, sheetWith, tab, tabNames, today, values } from "../support/apps-script";

const MEMBERS = [
  ["姓名", "职务", "状态", "联系方式"],
  ["陈思远", "部长", "", "head@example.edu"],
  ["王浩然", "干事", "", "whr@example.edu"],
  ["李欣怡", "干事", "", ""],
  ["周晓雯", "干事", "离部", ""],
];
/** Wednesday meetings; the one of 12-02 starts at 19:30 by its header, the others at Settings' 18:30. */
const ATTENDANCE = [["姓名", "小组", d("2026-11-18"), d("2026-11-25"), "2026-12-02 19:30 例会"]];
const SETTINGS = [
  ["项目", "值", "说明"],
  ["例会开始时间", "18:30", ""],
];
const LEAVE_HEADER = ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"];

function department(user: string, leave: unknown[][] | null = [LEAVE_HEADER], at = "10:00:00", locale = "zh_CN") {
  today("2026-11-23", at);
  return sheetWith(
    [
      { name: "成员", rows: MEMBERS },
      { name: "考勤", rows: ATTENDANCE },
      ...(leave ? [{ name: "请假", rows: leave }] : []),
      { name: "设置", rows: SETTINGS },
    ] as never,
    { locale },
    { user },
  );
}

const shown = (v: unknown) => (v instanceof Date ? new Date(v.getTime() + 8 * 3600e3).toISOString().slice(0, 16).replace("T", " ") : v);

describe("sidebarLeaveData", () => {
  test("who the user is, the grid's meetings from today on with their start, and Settings' start for a typed date", () => {
    department("whr@example.edu");
    expect(sidebarLeaveData()).toEqual({
      ok: true,
      lang: "zh",
      today: "2026-11-23",
      me: { name: "王浩然", head: false, byEmail: true },
      settingsEdit: null,
      emailHidden: false,
      members: ["陈思远", "王浩然", "李欣怡"],
      meetings: [
        { date: "2026-11-25", start: "18:30" },
        { date: "2026-12-02", start: "19:30" },
      ],
      start: "18:30",
      upcoming: [],
      recent: [],
    });
  });

  test("the user's own requests only: coming ones nearest first, the last 30 days latest first, with the head's decision and note", () => {
    department("whr@example.edu", [
      LEAVE_HEADER,
      [d("2026-11-10"), "王浩然", d("2026-11-11"), "感冒", "已批准", "陈思远", d("2026-11-10"), "注意身体"],
      [d("2026-11-20"), "王浩然", d("2026-12-02"), "比赛", "", "", "", ""],
      [d("2026-11-20"), "李欣怡", d("2026-11-25"), "考试", "待审批", "", "", ""],
      [d("2026-09-01"), "王浩然", d("2026-09-02"), "旧的", "已驳回", "陈思远", "", ""],
      [new Date("2026-11-25T11:00:00Z"), "王浩然", d("2026-11-25"), "迟到的申请", "待审批", "", "", ""],
    ]);
    const data = sidebarLeaveData();
    if (!data.ok) throw new Error(data.error);
    expect(data.upcoming.map((l) => [l.meeting, l.status, l.reason, l.late])).toEqual([
      ["2026-11-25", "pending", "迟到的申请", true],
      ["2026-12-02", "pending", "比赛", false],
    ]);
    expect(data.recent).toEqual([
      {
        key: { submittedAt: { date: "2026-11-10", seconds: 0 }, name: "王浩然", meeting: "2026-11-11", reason: "感冒" },
        row: 2,
        name: "王浩然",
        meeting: "2026-11-11",
        submittedAt: "2026-11-10 00:00",
        reason: "感冒",
        status: "approved",
        decidedBy: "陈思远",
        decidedAt: "2026-11-10 00:00",
        note: "注意身体",
        late: false,
      },
    ]);
  });

  test("an unrecognised user is asked who they are; a sheet without 成员 is named", () => {
    department("stranger@example.edu");
    expect(sidebarLeaveData()).toMatchObject({ ok: true, me: null, members: ["陈思远", "王浩然", "李欣怡"] });
    today("2026-11-23");
    sheetWith([{ name: "考勤", rows: ATTENDANCE }]);
    expect(sidebarLeaveData()).toMatchObject({ ok: false, error: expect.stringMatching(/^找不到“成员”工作表/) });
  });
});

describe("setLeaveMember", () => {
  test("the pick is remembered for this user, who then sees their own requests; a member with an email cannot be picked", () => {
    const rt = department("");
    expect(setLeaveMember({ name: "李欣怡" })).toMatchObject({ ok: true, me: { name: "李欣怡", byEmail: false }, emailHidden: true });
    expect(sidebarLeaveData()).toMatchObject({ me: { name: "李欣怡" } });
    session(rt.book, { user: "someone@example.edu" });
    expect(setLeaveMember({ name: "王浩然" })).toEqual({ ok: false, error: "“王浩然”在成员表中登记了邮箱，只能用该邮箱的 Google 帐号打开" });
    expect(setLeaveMember({ name: "周晓雯" })).toEqual({ ok: false, error: "“周晓雯”不是在部成员" });
  });
});

describe("saveLeaveRequest", () => {
  test("one row in 请假 — now, the name, the meeting, the reason, 待审批 — under the lock, logged; the answer says it is in time", () => {
    const rt = department("whr@example.edu", [LEAVE_HEADER], "10:00:07");
    const r = saveLeaveRequest({ meeting: "2026-11-25", reason: "期中考试" });
    expect(r).toEqual({
      ok: true,
      sheet: "请假",
      row: 2,
      start: "18:30",
      request: {
        key: { submittedAt: { date: "2026-11-23", seconds: 36007 }, name: "王浩然", meeting: "2026-11-25", reason: "期中考试" },
        row: 2,
        name: "王浩然",
        meeting: "2026-11-25",
        submittedAt: "2026-11-23 10:00",
        reason: "期中考试",
        status: "pending",
        decidedBy: "",
        decidedAt: null,
        note: "",
        late: false,
      },
    });
    expect(values(rt, "请假")[1].map(shown)).toEqual(["2026-11-23 10:00", "王浩然", "2026-11-25 00:00", "期中考试", "待审批", "", "", ""]);
    expect(logLines(rt)).toEqual([["whr@example.edu", "请假申请", "请假", "2"]]);
    expect(sidebarLeaveData()).toMatchObject({ upcoming: [{ meeting: "2026-11-25", status: "pending" }] });
  });

  test("a request after the meeting started (the header's 19:30, else Settings' 18:30) is recorded, and said to be late", () => {
    const rt = department("whr@example.edu", [LEAVE_HEADER], "18:45:00");
    expect(saveLeaveRequest({ meeting: "2026-11-23", reason: "临时有事" })).toMatchObject({ ok: true, row: 2, start: "18:30", request: { late: true } });
    today("2026-12-02", "19:29:59");
    session(rt.book, { user: "whr@example.edu" });
    expect(saveLeaveRequest({ meeting: "2026-12-02", reason: "堵车" })).toMatchObject({ ok: true, row: 3, start: "19:30", request: { late: false } });
    expect(values(rt, "请假")).toHaveLength(3);
  });

  test("a second request for a meeting that is waiting or approved is refused, nothing written; after a rejection it may be asked again", () => {
    const rt = department("whr@example.edu", [
      LEAVE_HEADER,
      [d("2026-11-20"), "王浩然", d("2026-11-25"), "考试", "待审批", "", "", ""],
      [d("2026-11-20"), "王浩然", d("2026-12-02"), "比赛", "已驳回", "陈思远", "", ""],
    ]);
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: "还是考试" })).toEqual({
      ok: false,
      error: "有 1 处需要修改，未保存任何内容",
      fields: { meeting: "2026-11-25 的例会你已有一条待审批的请假申请，无需重复提交" },
    });
    expect(values(rt, "请假")).toHaveLength(3);
    expect(logLines(rt)).toEqual([]);
    expect(saveLeaveRequest({ meeting: "2026-12-02", reason: "补充材料后再申请" })).toMatchObject({ ok: true, row: 4 });
  });

  test("the same request sent twice from two sidebars lands once", () => {
    const rt = department("whr@example.edu");
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: "考试" }).ok).toBe(true);
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: "考试" }).ok).toBe(false);
    expect(values(rt, "请假")).toHaveLength(2);
  });

  test("each field's error in the user's language, nothing written; an unrecognised user is asked to choose first", () => {
    const rt = department("whr@example.edu", [LEAVE_HEADER], "10:00:00", "en_US");
    expect(saveLeaveRequest({ meeting: "", reason: "" })).toEqual({
      ok: false,
      error: "2 fields need fixing; nothing was saved",
      fields: { meeting: "Meeting date is required", reason: "Reason is required" },
    });
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: 7 })).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid request/) });
    expect(values(rt, "请假")).toHaveLength(1);
    session(rt.book, { user: "stranger@example.edu" });
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: "考试" })).toEqual({ ok: false, error: "Choose which member you are first" });
  });

  test("a sheet without 请假 gets it, in the sheet's language, right after 考勤", () => {
    const rt = department("whr@example.edu", null);
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: "考试" })).toMatchObject({ ok: true, sheet: "请假", row: 2 });
    expect(tabNames(rt)).toEqual(["成员", "考勤", "请假", "设置", "日志"]);
    expect(values(rt, "请假")[0]).toEqual(LEAVE_HEADER);
  });

  test("a 请假 tab only its editors may change is named, and nothing is written", () => {
    // The head owns the file and restricted 请假 to themselves.
    const rt = department("head@example.edu");
    tab("请假").protect().setDomainEdit(false);
    session(rt.book, { user: "whr@example.edu" });
    expect(saveLeaveRequest({ meeting: "2026-11-25", reason: "考试" })).toEqual({
      ok: false,
      error: "“请假”表受保护，你的 Google 帐号不是它的编辑者。未做任何修改：请有权限的人（如部长）操作，或请部长把你加为该表的编辑者",
    });
    expect(values(rt, "请假")).toHaveLength(1);
  });
});
