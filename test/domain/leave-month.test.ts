import { lateRequest, monthTallies, pendingAt, statusAt } from "../../src/domain/leave-month";
import type { LeaveRequest } from "../../src/domain/model";
import { model } from "./fixtures";

const at = (date: string, hh: number, mm: number) => ({ date, seconds: hh * 3600 + mm * 60 });

function request(over: Partial<LeaveRequest>): LeaveRequest {
  return {
    row: 2,
    submittedAt: at("2026-11-03", 12, 0),
    name: "张三",
    meeting: "2026-11-04",
    reason: "考试",
    status: "pending",
    decidedBy: "",
    decidedAt: null,
    note: "",
    ...over,
  };
}

describe("statusAt: a request as it stood at the end of a day", () => {
  test("a decision dated after that day was not made yet; one dated that day, or not dated, was", () => {
    const approved = request({ status: "approved", decidedAt: at("2026-12-01", 9, 0) });
    expect(statusAt(approved, "2026-11-30")).toBe("pending");
    expect(statusAt(approved, "2026-12-01")).toBe("approved");
    expect(statusAt(request({ status: "rejected", decidedAt: null }), "2026-11-30")).toBe("rejected");
    expect(statusAt(request({}), "2026-11-30")).toBe("pending");
  });
});

describe("lateRequest", () => {
  test("late against the meeting column's own start, else Settings' start", () => {
    const m = model({ attendance: { meetings: [{ date: "2026-11-04", column: 2, start: 20 * 60 }], rows: [] } });
    expect(lateRequest(m, request({ submittedAt: at("2026-11-04", 19, 30) }))).toBe(false);
    expect(lateRequest(m, request({ submittedAt: at("2026-11-04", 20, 0) }))).toBe(true);
    expect(lateRequest(m, request({ meeting: "2026-11-11", submittedAt: at("2026-11-11", 19, 30) }))).toBe(true);
  });
});

describe("monthTallies", () => {
  test("the month's meetings only, by outcome at the month's end; late ones counted whatever their outcome", () => {
    const m = model({
      leave: [
        request({ row: 2, status: "approved", decidedAt: at("2026-11-03", 20, 0) }),
        request({ row: 3, status: "rejected", submittedAt: at("2026-11-04", 19, 10) }),
        request({ row: 4, meeting: "2026-11-25", status: "approved", decidedAt: at("2026-12-02", 8, 0) }),
        request({ row: 5, meeting: "2026-10-28", status: "approved" }),
        request({ row: 6, name: "李四", meeting: "2026-11-30" }),
      ],
    });
    const tallies = monthTallies(m, "2026-11-01", "2026-11-30");
    expect(tallies.get("张三")).toEqual({ approved: 1, rejected: 1, pending: 1, late: 1 });
    expect(tallies.get("李四")).toEqual({ approved: 0, rejected: 0, pending: 1, late: 0 });
    expect(monthTallies(m, "2026-11-01", "2026-12-31").get("张三")).toMatchObject({ approved: 2, pending: 0 });
  });
});

describe("monthTallies: requests made after the month's end", () => {
  test("are not counted for the month, whatever their outcome; one with no time recorded is", () => {
    const m = model({
      leave: [
        request({ row: 2, meeting: "2026-11-25", status: "approved", submittedAt: at("2026-11-30", 23, 59), decidedAt: at("2026-11-30", 23, 59) }),
        request({ row: 3, meeting: "2026-11-25", status: "rejected", submittedAt: at("2026-12-01", 0, 0), decidedAt: at("2026-12-02", 9, 0) }),
        request({ row: 4, meeting: "2026-11-18", status: "approved", submittedAt: at("2026-12-05", 9, 0), decidedAt: null, note: "补假" }),
        request({ row: 5, meeting: "2026-11-11", status: "approved", submittedAt: null, decidedAt: null }),
        request({ row: 6, name: "李四", meeting: "2026-11-30", submittedAt: at("2026-12-01", 8, 0) }),
      ],
    });
    const tallies = monthTallies(m, "2026-11-01", "2026-11-30");
    expect(tallies.get("张三")).toEqual({ approved: 2, rejected: 0, pending: 0, late: 1 });
    expect(tallies.has("李四")).toBe(false);
    // Generated again at December's end, those requests existed by then and are counted for their meetings.
    expect(monthTallies(m, "2026-11-01", "2026-12-31").get("张三")).toEqual({ approved: 3, rejected: 1, pending: 0, late: 3 });
  });
});

describe("pendingAt: what the head had not decided by the month's end", () => {
  const m = model({
    leave: [
      request({ row: 2, meeting: "2026-11-25", reason: "比赛", submittedAt: at("2026-11-20", 10, 0) }),
      request({ row: 3, meeting: "2026-11-04", submittedAt: at("2026-11-04", 19, 20) }),
      request({ row: 4, meeting: "2026-11-04", status: "approved", decidedAt: at("2026-11-03", 20, 0) }),
      request({ row: 5, meeting: "2026-11-11", status: "approved", decidedAt: at("2026-12-01", 9, 0) }),
      request({ row: 6, meeting: "2026-10-21", name: "李四", submittedAt: at("2026-10-20", 9, 0) }),
      request({ row: 7, meeting: "2026-12-02", name: "王五", submittedAt: at("2026-11-28", 9, 0) }),
      request({ row: 8, meeting: "2026-12-02", name: "李四", submittedAt: at("2026-12-01", 9, 0) }),
      request({ row: 9, meeting: "2026-12-09", name: "李四", submittedAt: null }),
      request({ row: 10, meeting: "2026-11-18", name: "李四", submittedAt: null }),
    ],
  });

  test("undecided then, made by then, whatever the meeting's month; in meeting order", () => {
    expect(pendingAt(m, "2026-11-30").map((p) => p.row)).toEqual([6, 3, 5, 10, 2, 7]);
  });

  test("each with its member, meeting, reason, time of asking and whether it was late", () => {
    const [, late, , , inTime] = pendingAt(m, "2026-11-30");
    expect(late).toEqual({ row: 3, name: "张三", meeting: "2026-11-04", reason: "考试", submittedAt: at("2026-11-04", 19, 20), late: true });
    expect(inTime).toEqual({ row: 2, name: "张三", meeting: "2026-11-25", reason: "比赛", submittedAt: at("2026-11-20", 10, 0), late: false });
  });

  test("none pending: an empty list", () => {
    expect(pendingAt(model(), "2026-11-30")).toEqual([]);
  });
});
