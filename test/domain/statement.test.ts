import type { LeaveRequest, Model } from "../../src/domain/model";
import { buildStatement } from "../../src/domain/statement";
import { statementText } from "../../src/domain/statement-text";
import { cell, entry, equal, model, weighted } from "./fixtures";

/** 张三's November 2026, with what October and December left around it. */
function november(over: Partial<Model> = {}): Model {
  return model({
    ledger: [
      entry({ row: 2, date: "2026-11-03", cash: 100001, sponsor: "书香书店", event: "迎新晚会", credit: equal("张三", "李四", "王五") }),
      entry({ row: 3, date: "2026-11-10", cash: 10010, sponsor: "老王餐馆", credit: equal("张三", "李四", "王五") }),
      entry({ row: 4, date: "2026-11-20", cash: 200000, sponsor: "新东方", credit: weighted(["张三", 60], ["李四", 40]), paidOn: "2026-11-25" }),
      entry({ row: 5, date: "2026-11-30", cash: -30000, sponsor: "老王餐馆" }), // a refund on the month's last day
      entry({ row: 6, date: "2026-10-05", cash: 20000 }), // October, unpaid
      entry({ row: 7, date: "2026-10-06", cash: 20000, paidOn: "2026-10-30" }), // October, paid
      entry({ row: 8, date: "2026-12-01", cash: 50000 }), // December
      entry({ row: 9, date: "2026-11-15", cash: 50000, status: "pledged" }),
      entry({ row: 10, date: "2026-10-20", cash: 10000, paidOn: "2026-12-02" }), // paid only after November
      entry({ row: 11, date: "2026-11-16", cash: 40000, credit: equal("李四") }), // someone else's
    ],
    attendance: {
      meetings: [
        { date: "2026-08-28", column: 2 }, // before the term
        { date: "2026-10-30", column: 3 },
        { date: "2026-11-29", column: 4 }, // columns out of date order
        { date: "2026-11-01", column: 5 },
        { date: "2026-11-15", column: 6 },
        { date: "2026-12-03", column: 7 }, // after the month
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: [cell("缺席"), cell("迟到"), cell("请假"), cell("迟到+早退"), cell(""), cell("缺席")] },
        { name: "李四", group: "一组", row: 3, statuses: [cell("出席"), cell("出席"), cell("未批假"), cell("出席"), cell("出席"), cell("出席")] },
      ],
    },
    ...over,
  });
}

describe("buildStatement: every line behind a member's month", () => {
  const st = buildStatement(november(), "张三", "2026-11")!;

  test("the month's sponsorship rows credited to the member, the last day of the month included; pledges and other months are not", () => {
    expect(st.shares.map((s) => s.row)).toEqual([2, 3, 4, 5]);
  });

  test("each row shows the exact product before rounding, the row's commission and the member's part", () => {
    expect(st.shares.map((s) => [s.base, s.exact, s.rowCommission, s.part, s.share])).toEqual([
      [100001, "150.0015", 15000, "1/3", 5000],
      [10010, "15.015", 1502, "1/3", 501],
      [200000, "300.00", 30000, "60%", 18000],
      [-30000, "-45.00", -4500, "1/1", -4500],
    ]);
  });

  test("a row marked paid with text instead of a date is neither in the unpaid total nor labelled unpaid", () => {
    const st = buildStatement(model({ ledger: [entry({ row: 2, date: "2026-11-03", cash: 100000, paidOn: null, paidOnBlank: false })] }), "张三", "2026-11")!;
    expect(st.unpaid).toEqual([]);
    for (const lang of ["zh", "en"] as const) expect(statementText(st, lang).blocks[0].rows[0][6]).not.toBe(lang === "zh" ? "未发" : "unpaid");
  });

  test("a member's part of shares that do not divide evenly is rounded half up, so the parts shown add up to 100%", () => {
    const m = model({ ledger: [entry({ row: 2, date: "2026-11-03", cash: 100000, credit: weighted(["张三", 70], ["李四", 50]) })] });
    expect(buildStatement(m, "李四", "2026-11")!.shares[0].part).toBe("41.6667%");
    expect(buildStatement(m, "张三", "2026-11")!.shares[0].part).toBe("58.3333%");
  });

  test("a leftover fen from an uneven split is shown on the share that got it", () => {
    expect(st.shares.map((s) => s.extraFen)).toEqual([0, 1, 0, 0]);
    const wang = buildStatement(november(), "王五", "2026-11")!;
    expect(wang.shares.map((s) => [s.row, s.share, s.extraFen])).toEqual([
      [2, 5000, 0],
      [3, 500, 0],
    ]);
  });

  test("a refund split unevenly gives its leftover fen back the same way", () => {
    const refund = buildStatement(model({ ledger: [entry({ date: "2026-11-20", cash: -10010, credit: equal("张三", "李四", "王五") })] }), "张三", "2026-11")!;
    expect(refund.shares.map((s) => [s.exact, s.rowCommission, s.share, s.extraFen])).toEqual([["-15.015", -1502, -501, 1]]);
  });

  test("the cash credited to the member and the paid-on date of each row", () => {
    expect(st.shares.map((s) => [s.cashShare, s.paidOn])).toEqual([
      [33334, null],
      [3337, null],
      [120000, "2026-11-25"],
      [-30000, null],
    ]);
  });

  test("commission, penalty and net add up", () => {
    expect(st.commission).toBe(5000 + 501 + 18000 - 4500);
    expect(st.penalty).toBe(1000);
    expect(st.net).toBe(19001 - 1000);
  });

  test("unpaid: every received row to the month's end still unpaid then, whatever its month, a payout after the month's end included", () => {
    expect(st.unpaid).toEqual([
      { row: 2, date: "2026-11-03", sponsor: "书香书店", share: 5000 },
      { row: 3, date: "2026-11-10", sponsor: "老王餐馆", share: 501 },
      { row: 5, date: "2026-11-30", sponsor: "老王餐馆", share: -4500 },
      { row: 6, date: "2026-10-05", sponsor: "书香书店", share: 3000 },
      { row: 10, date: "2026-10-20", sponsor: "书香书店", share: 1500 },
    ]);
  });

  test("the month's meetings with a record, in date order, each with its fee", () => {
    expect(st.meetings).toEqual([
      { date: "2026-11-01", statuses: ["late", "leftEarly"], fee: 1000 },
      { date: "2026-11-29", statuses: ["excused"], fee: 0 },
    ]);
  });

  test("warnings count the term to the month's end: not the absence before the term, nor the one in December", () => {
    expect(st.warnings).toEqual([{ kind: "lateOrEarly", count: 3, limit: 2 }]);
    expect(buildStatement(november(), "李四", "2026-11")!.warnings).toEqual([{ kind: "absent", count: 1, limit: 1 }]);
  });

  test("name, group, month and the rate as Settings hold it", () => {
    expect([st.name, st.group, st.month, st.rate]).toEqual(["张三", "一组", "2026-11", "15%"]);
    const m = november();
    m.settings = { ...m.settings, rate: { units: 125n, scale: 3 } };
    const other = buildStatement(m, "张三", "2026-11")!;
    expect(other.rate).toBe("12.5%");
    // 1,000.01 × 12.5% = 125.00125
    expect(other.shares[0]).toMatchObject({ exact: "125.00125", rowCommission: 12500 });
  });

  test("on the cash-and-in-kind basis the goods are part of the base", () => {
    const m = model({ ledger: [entry({ date: "2026-11-03", cash: 10000, inKind: 333 })] });
    m.settings = { ...m.settings, basis: "cashAndInKind" };
    expect(buildStatement(m, "张三", "2026-11")!.shares[0]).toMatchObject({ base: 10333, exact: "15.4995", rowCommission: 1550, cashShare: 10000 });
  });

  test("a member with no attendance row and no sponsorship has an empty statement", () => {
    const wang = buildStatement(november({ ledger: [] }), "王五", "2026-11")!;
    expect(wang).toMatchObject({ group: "二组", shares: [], meetings: [], commission: 0, penalty: 0, net: 0, unpaid: [], warnings: [] });
  });

  test("a name not in 成员 has no statement", () => {
    expect(buildStatement(november(), "张叁", "2026-11")).toBeNull();
    expect(buildStatement(november(), "", "2026-11")).toBeNull();
  });

  test("January's statement starts the year: December's rows are the past, unpaid", () => {
    const m = model({ ledger: [entry({ row: 2, date: "2026-12-31", cash: 10000 }), entry({ row: 3, date: "2027-01-01", cash: 20000 })] });
    const jan = buildStatement(m, "张三", "2027-01")!;
    expect(jan.shares.map((s) => s.row)).toEqual([3]);
    expect(jan.unpaid.map((u) => u.row)).toEqual([2, 3]);
  });

  test("the member's leave requests for the month's meetings, in meeting order, each as it stood at the month's end", () => {
    const at = (date: string, hh: number, mm = 0) => ({ date, seconds: hh * 3600 + mm * 60 });
    const req = (over: Partial<LeaveRequest>): LeaveRequest => ({
      row: 2,
      submittedAt: at("2026-11-28", 12),
      name: "张三",
      meeting: "2026-11-29",
      reason: "考试",
      status: "approved",
      decidedBy: "部长",
      decidedAt: at("2026-11-28", 18),
      note: "",
      ...over,
    });
    const m = november({
      leave: [
        req({ row: 2 }),
        req({ row: 3, meeting: "2026-11-15", reason: "堵车", status: "rejected", submittedAt: at("2026-11-15", 19, 20), note: "应提前请假" }),
        req({ row: 4, meeting: "2026-11-01", reason: "发烧", submittedAt: at("2026-11-01", 19, 30), note: "有校医院证明" }),
        req({ row: 5, meeting: "2026-11-22", reason: "比赛", submittedAt: at("2026-11-20", 9), decidedAt: at("2026-12-01", 9) }),
        req({ row: 6, meeting: "2026-12-03" }),
        req({ row: 7, meeting: "2026-10-30" }),
        req({ row: 8, name: "李四" }),
      ],
    });
    expect(buildStatement(m, "张三", "2026-11")!.leave).toEqual([
      { row: 4, meeting: "2026-11-01", reason: "发烧", status: "approved", late: true, note: "有校医院证明" },
      { row: 3, meeting: "2026-11-15", reason: "堵车", status: "rejected", late: true, note: "应提前请假" },
      { row: 5, meeting: "2026-11-22", reason: "比赛", status: "pending", late: false, note: "" },
      { row: 2, meeting: "2026-11-29", reason: "考试", status: "approved", late: false, note: "" },
    ]);
    expect(buildStatement(november(), "张三", "2026-11")!.leave).toEqual([]);
  });

  test("a request made after the month's end is not in that month's statement; one with no time recorded is", () => {
    const at = (date: string, hh: number) => ({ date, seconds: hh * 3600 });
    const req = (over: Partial<LeaveRequest>): LeaveRequest => ({
      row: 2,
      submittedAt: at("2026-11-30", 23),
      name: "张三",
      meeting: "2026-11-25",
      reason: "补请假",
      status: "approved",
      decidedBy: "部长",
      decidedAt: at("2026-12-01", 9),
      note: "",
      ...over,
    });
    const m = november({
      leave: [
        req({ row: 2 }),
        req({ row: 3, meeting: "2026-11-18", submittedAt: at("2026-12-01", 8) }),
        req({ row: 4, meeting: "2026-11-11", submittedAt: null, decidedAt: null }),
      ],
    });
    expect(buildStatement(m, "张三", "2026-11")!.leave.map((l) => [l.row, l.status])).toEqual([
      [4, "approved"],
      [2, "pending"],
    ]);
  });
});
