import { leaveFindings } from "../../src/domain/leave-check";
import { render } from "../../src/domain/messages";
import type { LeaveRequest, Model } from "../../src/domain/model";
import { cell, member, model } from "./fixtures";

const at = (date: string, hh: number, mm: number) => ({ date, seconds: hh * 3600 + mm * 60 });

function request(over: Partial<LeaveRequest>): LeaveRequest {
  return {
    row: 2,
    submittedAt: at("2026-11-03", 12, 0),
    name: "张三",
    meeting: "2026-11-04",
    reason: "考试",
    status: "approved",
    decidedBy: "陈思远",
    decidedAt: at("2026-11-03", 20, 0),
    note: "",
    ...over,
  };
}

/** Two meetings (columns C and D of 考勤, the first starting 19:30 by its header); 张三 in row 2, 李四 in row 3. */
function department(grid: [string, string][], leave: LeaveRequest[], over: Partial<Model> = {}): Model {
  return model({
    attendance: {
      meetings: [
        { date: "2026-11-04", column: 2, start: 19 * 60 + 30 },
        { date: "2026-11-11", column: 3 },
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: grid[0].map(cell) },
        { name: "李四", group: "一组", row: 3, statuses: grid[1].map(cell) },
      ],
    },
    leave,
    members: [member("张三"), member("李四"), member("王五"), member("陈思远", { role: "head" })],
    ...over,
  });
}

/** What the head reads: where, and the sentence. */
const shown = (m: Model, leaveTab = true, lang: "zh" | "en" = "zh") =>
  leaveFindings(m, leaveTab).map((f) => ["grid" in f.at ? `grid ${f.at.grid.row}:${f.at.grid.column}` : `leave ${f.at.leave.row}`, render(f.message, lang)]);

describe("leaveFindings: 请假 in the grid needs an approved request", () => {
  test("a 请假 mark with no request at all is flagged at its grid cell, in zh and en", () => {
    const m = department(
      [
        ["请假", "出席"],
        ["出席", "出席"],
      ],
      [],
    );
    expect(shown(m)).toEqual([["grid 2:2", "张三 2026-11-04 标为“请假”，但请假表中没有已批准的申请：请部长审批，或改为“未批假”"]]);
    expect(shown(m, true, "en")).toEqual([
      [
        "grid 2:2",
        "张三 is marked on leave (请假) for 2026-11-04, but the Leave tab has no approved request: the head should approve one, or change the mark to unapproved leave (未批假)",
      ],
    ]);
  });

  test("an approved request for that member and meeting clears the mark; one for another meeting or member does not", () => {
    const grid: [string, string][] = [
      ["请假", "请假"],
      ["请假", "出席"],
    ];
    const m = department(grid, [request({ row: 2 }), request({ row: 3, name: "王五", meeting: "2026-11-04" })]);
    expect(shown(m).map(([where]) => where)).toEqual(["grid 2:3", "grid 3:2"]);
  });

  test("a pending request and a rejected one are each named by their row in the 请假 tab", () => {
    const m = department(
      [
        ["请假", "出席"],
        ["请假", "出席"],
      ],
      [request({ row: 5, status: "pending", decidedBy: "", decidedAt: null }), request({ row: 6, name: "李四", status: "rejected" })],
    );
    expect(shown(m)).toEqual([
      ["grid 2:2", "张三 2026-11-04 标为“请假”，但请假表第 5 行的申请还在待审批：请部长审批，或改为“未批假”"],
      ["grid 3:2", "李四 2026-11-04 标为“请假”，但请假表第 6 行的申请已被驳回：请改为“未批假”"],
    ]);
    expect(shown(m, true, "en")[1][1]).toBe(
      "李四 is marked on leave (请假) for 2026-11-04, but the request in row 6 of the Leave tab was rejected: change the mark to unapproved leave (未批假)",
    );
  });

  test("a member who asked twice is judged by the approval, even when a later duplicate is still pending", () => {
    const m = department(
      [
        ["请假", "出席"],
        ["出席", "出席"],
      ],
      [request({ row: 2 }), request({ row: 3, status: "pending", decidedAt: null })],
    );
    expect(shown(m)).toEqual([]);
  });

  test("未批假, 缺席 and the other marks need no request", () => {
    const m = department(
      [
        ["未批假", "缺席"],
        ["迟到+早退", ""],
      ],
      [],
    );
    expect(shown(m)).toEqual([]);
  });

  test("without a 请假 tab, the message says how to add one", () => {
    const m = department(
      [
        ["出席", "请假"],
        ["出席", "出席"],
      ],
      [],
    );
    expect(shown(m, false)).toEqual([
      ["grid 2:3", "张三 2026-11-11 标为“请假”，但没有“请假”工作表可以核对审批：请运行“初始化表格”添加请假表并登记已批准的申请，或改为“未批假”"],
    ]);
  });

  test("with 请假需审批 = 否, nothing at all is flagged", () => {
    const m = department(
      [
        ["请假", "请假"],
        ["请假", "出席"],
      ],
      [request({ row: 4, submittedAt: at("2026-11-04", 20, 0) })],
    );
    m.settings = { ...m.settings, leaveNeedsApproval: false };
    expect(shown(m)).toEqual([]);
    expect(shown(m, false)).toEqual([]);
  });
});

describe("leaveFindings: a late request approved needs the head's reason", () => {
  const grid: [string, string][] = [
    ["请假", "请假"],
    ["出席", "出席"],
  ];

  test("approved after the meeting's own start (19:30 by its header) with an empty note is flagged at its 请假 row", () => {
    const m = department(
      [
        ["请假", "出席"],
        ["出席", "出席"],
      ],
      [request({ row: 7, submittedAt: at("2026-11-04", 19, 40), note: "  " })],
    );
    expect(shown(m)).toEqual([
      ["leave 7", "张三 的请假申请（2026-11-04 例会）在例会开始后才提交（2026-11-04 19:40），已批准却没有写审批意见：逾期批准须写明理由"],
    ]);
    expect(shown(m, true, "en")[0][1]).toBe(
      "张三's leave request for the meeting of 2026-11-04 was made after the meeting started (2026-11-04 19:40) and approved without a note: approving a late request needs the head's reason",
    );
  });

  test("a note, a request in time, a late one not approved, or no time recorded: nothing to flag", () => {
    const m = department(grid, [
      request({ row: 2, submittedAt: at("2026-11-04", 19, 40), note: "临时发烧，有医院证明" }),
      request({ row: 3, meeting: "2026-11-11", submittedAt: at("2026-11-11", 18, 59) }),
      request({ row: 4, name: "李四", submittedAt: at("2026-11-05", 9, 0), status: "rejected" }),
      request({ row: 5, name: "李四", meeting: "2026-11-11", submittedAt: null }),
    ]);
    expect(shown(m)).toEqual([]);
  });

  test("a meeting without its own time starts at Settings' time: 19:00 by default", () => {
    const m = department(grid, [request({ row: 2 }), request({ row: 3, meeting: "2026-11-11", submittedAt: at("2026-11-11", 19, 0) })]);
    expect(shown(m).map(([where]) => where)).toEqual(["leave 3"]);
  });
});

describe("leaveFindings: what the head approved must stand as the head's", () => {
  test("approved leave charged as 缺席 or 未批假 in 考勤 is flagged at the grid cell, naming the request's row, in zh and en", () => {
    const m = department(
      [
        ["缺席", "出席"],
        ["出席", "未批假"],
      ],
      [request({ row: 4 }), request({ row: 5, name: "李四", meeting: "2026-11-11", submittedAt: at("2026-11-10", 9, 0) })],
    );
    expect(shown(m)).toEqual([
      ["grid 2:2", "张三 2026-11-04 已批准请假（请假表第 4 行），考勤却记为“缺席”：请改为“请假”"],
      ["grid 3:3", "李四 2026-11-11 已批准请假（请假表第 5 行），考勤却记为“未批假”：请改为“请假”"],
    ]);
    expect(shown(m, true, "en")).toEqual([
      [
        "grid 2:2",
        "张三 has approved leave for 2026-11-04 (row 4 of the Leave tab), but the attendance is marked absent (缺席): change the mark to leave (请假)",
      ],
      [
        "grid 3:3",
        "李四 has approved leave for 2026-11-11 (row 5 of the Leave tab), but the attendance is marked unapproved leave (未批假): change the mark to leave (请假)",
      ],
    ]);
  });

  test("缺席 or 未批假 with a pending or rejected request, or none, is what it should be: nothing to flag", () => {
    const m = department(
      [
        ["缺席", "未批假"],
        ["未批假", "出席"],
      ],
      [request({ row: 2, status: "rejected" }), request({ row: 3, meeting: "2026-11-11", status: "pending", decidedBy: "", decidedAt: null })],
    );
    expect(shown(m)).toEqual([]);
  });

  test("a decision with no 审批人 or no 审批时间 was typed by hand: flagged at its 状态 cell, in zh and en", () => {
    const m = department(
      [
        ["出席", "出席"],
        ["出席", "出席"],
      ],
      [
        request({ row: 2, decidedBy: "", decidedAt: null }),
        request({ row: 3, name: "李四", status: "rejected", decidedBy: " " }),
        request({ row: 4, meeting: "2026-11-11", decidedAt: null }),
        request({ row: 5, name: "李四", meeting: "2026-11-11", status: "pending", decidedBy: "", decidedAt: null }),
      ],
    );
    const where = (f: ReturnType<typeof leaveFindings>[number]) => ("leave" in f.at ? `${f.at.leave.row}:${f.at.leave.column}` : "grid");
    expect(leaveFindings(m, true).map(where)).toEqual(["2:status", "3:status", "4:status"]);
    expect(shown(m)).toEqual([
      [
        "leave 2",
        "张三 的请假申请（2026-11-04 例会）标为“已批准”，但没有审批人和审批时间：像是手动填写的。请改回“待审批”，由部长在“审批”中处理（会记下审批人和审批时间）",
      ],
      [
        "leave 3",
        "李四 的请假申请（2026-11-04 例会）标为“已驳回”，但没有审批人：像是手动填写的。请改回“待审批”，由部长在“审批”中处理（会记下审批人和审批时间）",
      ],
      [
        "leave 4",
        "张三 的请假申请（2026-11-11 例会）标为“已批准”，但没有审批时间：像是手动填写的。请改回“待审批”，由部长在“审批”中处理（会记下审批人和审批时间）",
      ],
    ]);
    expect(shown(m, true, "en").map(([, text]) => text)).toEqual([
      "张三's leave request for the meeting of 2026-11-04 is marked approved with no record of who decided it or when: it looks typed in by hand. Set it back to pending (待审批) for the head to decide in Approvals, which records who decided and when",
      "李四's leave request for the meeting of 2026-11-04 is marked rejected with no record of who decided it: it looks typed in by hand. Set it back to pending (待审批) for the head to decide in Approvals, which records who decided and when",
      "张三's leave request for the meeting of 2026-11-11 is marked approved with no record of when it was decided: it looks typed in by hand. Set it back to pending (待审批) for the head to decide in Approvals, which records who decided and when",
    ]);
  });

  test("an approval by someone not an active 部长 is flagged at its 审批人 cell; a rejection by anyone is not", () => {
    const m = department(
      [
        ["出席", "出席"],
        ["出席", "出席"],
      ],
      [
        request({ row: 2, decidedBy: "王五" }),
        request({ row: 3, name: "李四", decidedBy: "刘备" }),
        request({ row: 4, meeting: "2026-11-11", decidedBy: "林前任" }),
        request({ row: 5, name: "李四", meeting: "2026-11-11", decidedBy: " 陈思远 " }),
        request({ row: 6, name: "王五", status: "rejected", decidedBy: "王五" }),
      ],
      {
        members: [
          member("张三"),
          member("李四"),
          member("王五", { role: "deputy" }),
          member("陈思远", { role: "head" }),
          member("林前任", { role: "head", active: false }),
        ],
      },
    );
    const where = (f: ReturnType<typeof leaveFindings>[number]) => ("leave" in f.at ? `${f.at.leave.row}:${f.at.leave.column}` : "grid");
    expect(leaveFindings(m, true).map(where)).toEqual(["2:decidedBy", "3:decidedBy", "4:decidedBy"]);
    expect(shown(m)[0]).toEqual([
      "leave 2",
      "张三 的请假申请（2026-11-04 例会）由“王五”批准，但“王五”不是在任部长：请假须由部长审批，请改回“待审批”，由部长在“审批”中处理",
    ]);
    expect(shown(m, true, "en")[2][1]).toBe(
      '张三\'s leave request for the meeting of 2026-11-11 was approved by "林前任", who is not an active head (部长): leave must be approved by the head. Set it back to pending (待审批) for the head to decide in Approvals',
    );
  });

  test("each finding names its meeting, and 请假需审批 = 否 turns all of these off", () => {
    const m = department(
      [
        ["缺席", "出席"],
        ["出席", "出席"],
      ],
      [request({ row: 2, decidedBy: "" }), request({ row: 3, meeting: "2026-11-11", decidedBy: "王五" })],
    );
    expect(leaveFindings(m, true).map((f) => f.meeting)).toEqual(["2026-11-04", "2026-11-04", "2026-11-11"]);
    m.settings = { ...m.settings, leaveNeedsApproval: false };
    expect(shown(m)).toEqual([]);
  });
});
