import { leaveFindings } from "../../src/domain/leave-check";
import { render } from "../../src/domain/messages";
import type { LeaveRequest, Model } from "../../src/domain/model";
import { cell, model } from "./fixtures";

const at = (date: string, hh: number, mm: number) => ({ date, seconds: hh * 3600 + mm * 60 });

function request(over: Partial<LeaveRequest>): LeaveRequest {
  return {
    row: 2,
    submittedAt: at("2026-11-03", 12, 0),
    name: "张三",
    meeting: "2026-11-04",
    reason: "考试",
    status: "approved",
    decidedBy: "部长",
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
