import {
  approvedFor,
  decidedSince,
  isLate,
  keyOf,
  leaveTallies,
  openRequest,
  ownRequests,
  requestFor,
  requestToDecide,
  shiftDay,
  waitingOldestFirst,
} from "../../src/domain/leave";
import type { MeetingClock } from "../../src/domain/meetings";
import type { LeaveRequest } from "../../src/domain/model";

const clock: MeetingClock = { date: "2026-11-04", start: 19 * 60, grace: 5, length: 90 };
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

describe("isLate: asked after the meeting started", () => {
  test("before the start, on the same day or earlier, is in time; at the start or later is late", () => {
    expect(isLate(at("2026-11-03", 23, 0), clock)).toBe(false);
    expect(isLate(at("2026-11-04", 18, 59), clock)).toBe(false);
    expect(isLate(at("2026-11-04", 19, 0), clock)).toBe(true);
    expect(isLate(at("2026-11-05", 8, 0), clock)).toBe(true);
  });

  test("a request with no time recorded is not taken to be late", () => {
    expect(isLate(null, clock)).toBe(false);
  });
});

describe("requestFor / approvedFor", () => {
  const leave = [
    request({ row: 2, status: "rejected" }),
    request({ row: 3, status: "approved" }),
    request({ row: 4, status: "pending" }),
    request({ row: 5, name: "李四", status: "pending" }),
    request({ row: 6, name: "王五", meeting: "2026-11-11", status: "approved" }),
  ];

  test("an approval decides, even when a later duplicate request is still pending", () => {
    expect(requestFor(leave, "张三", "2026-11-04")?.row).toBe(3);
  });

  test("without an approval the latest request decides; no request is undefined", () => {
    expect(requestFor(leave, "李四", "2026-11-04")?.status).toBe("pending");
    expect(requestFor(leave, "赵六", "2026-11-04")).toBeUndefined();
  });

  test("approved leave is per meeting", () => {
    expect([...approvedFor(leave, "2026-11-04")]).toEqual(["张三"]);
    expect([...approvedFor(leave, "2026-11-11")]).toEqual(["王五"]);
  });
});

describe("leaveTallies", () => {
  test("each member's requests in the period by outcome, late ones counted whatever their outcome", () => {
    const leave = [
      request({ row: 2, status: "approved" }),
      request({ row: 3, status: "rejected", submittedAt: at("2026-11-04", 19, 30) }),
      request({ row: 4, status: "pending", meeting: "2026-11-11" }),
      request({ row: 5, status: "approved", meeting: "2026-12-02" }),
      request({ row: 6, name: "李四", status: "pending", submittedAt: null }),
    ];
    const tallies = leaveTallies({ leave }, (date) => ({ ...clock, date }), "2026-11-01", "2026-11-30");
    expect(tallies.get("张三")).toEqual({ approved: 1, rejected: 1, pending: 1, late: 1 });
    expect(tallies.get("李四")).toEqual({ approved: 0, rejected: 0, pending: 1, late: 0 });
  });
});

describe("the sidebars' rules: standing requests, finding one again, the head's lists", () => {
  const leave = [
    request({ row: 2, name: "张三", meeting: "2026-11-04", status: "rejected" }),
    request({ row: 3, name: "张三", meeting: "2026-11-04", status: "pending", submittedAt: at("2026-11-03", 13, 0) }),
    request({ row: 4, name: "Amy", meeting: "2026-11-11", status: "approved", decidedBy: "陈思远", decidedAt: at("2026-11-09", 8, 0) }),
    request({ row: 5, name: "李四", meeting: "2026-11-11", status: "pending", submittedAt: null }),
    request({ row: 6, name: "李四", meeting: "2026-10-01", status: "rejected", decidedAt: null }),
  ];

  test("a standing request is one waiting or approved, whatever the name's case or spacing", () => {
    expect(openRequest(leave, "张三", "2026-11-04")?.row).toBe(3);
    expect(openRequest(leave, " amy ", "2026-11-11")?.row).toBe(4);
    expect(openRequest(leave, "李四", "2026-10-01")).toBeUndefined();
  });

  test("a decision finds its request by time, name, meeting and reason: waiting, already decided, or gone", () => {
    expect(requestToDecide(leave, keyOf(leave[1]))).toEqual({ waiting: leave[1] });
    expect(requestToDecide(leave, keyOf(leave[3]))).toEqual({ waiting: leave[3] });
    expect(requestToDecide(leave, keyOf(leave[2]))).toEqual({ decided: leave[2] });
    expect(requestToDecide(leave, { ...keyOf(leave[1]), submittedAt: at("2026-11-03", 13, 1) })).toEqual({ gone: true });
    expect(requestToDecide(leave, { ...keyOf(leave[1]), meeting: "2026-11-11" })).toEqual({ gone: true });
    // Its reason edited since the head saw it: not the request the head decides.
    expect(requestToDecide(leave, { ...keyOf(leave[1]), reason: `${leave[1].reason}（改）` })).toEqual({ gone: true });
  });

  test("waiting requests oldest first (one without a time first); decisions since a day, the latest first", () => {
    expect(waitingOldestFirst(leave).map((l) => l.row)).toEqual([5, 3]);
    expect(decidedSince(leave, "2026-10-05").map((l) => l.row)).toEqual([4, 2]);
    expect(decidedSince(leave, "2026-09-01").map((l) => l.row)).toEqual([4, 2, 6]);
  });

  test("a member's own requests: coming meetings nearest first, the last 30 days latest first", () => {
    expect(ownRequests(leave, "李四", "2026-11-05")).toEqual({ upcoming: [leave[3]], recent: [] });
    expect(ownRequests(leave, "张三", "2026-11-05")).toEqual({ upcoming: [], recent: [leave[1], leave[0]] });
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01");
  });
});
