import { accountsOfMonth, buildAccounts } from "../../src/domain/accounts";
import type { LeaveRequest, Model } from "../../src/domain/model";
import { buildStatement } from "../../src/domain/statement";
import { statementText } from "../../src/domain/statement-text";
import { account, cell, entry, equal, model, weighted } from "./fixtures";

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

/**
 * 张三's fines and reimbursements at the end of November 2026, worked out by hand (term start 2026-09-01):
 * penalties: 10-14 迟到 5 + 11-04 缺席 20 + 11-18 迟到+早退 10 = 35 (08-28 is before the term, 12-02 after
 *   the month); paid 5 (row 21); waived 20 (row 22, with the head's reason); still owed 35 − 5 − 20 = 10.
 * advanced: ¥88.80 (row 31, owed), ¥120.00 (row 32, paid back 11-03), ¥45.50 (row 33, paid back only on
 *   12-02: owed at November's end), ¥60.00 (row 34, paid back in October); owed 88.80 + 45.50 = 134.30.
 */
function money(over: Partial<Model> = {}): Model {
  return model({
    attendance: {
      meetings: [
        { date: "2026-08-28", column: 2 },
        { date: "2026-10-14", column: 3 },
        { date: "2026-11-04", column: 4 },
        { date: "2026-11-18", column: 5 },
        { date: "2026-12-02", column: 6 },
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: [cell("缺席"), cell("迟到"), cell("缺席"), cell("迟到+早退"), cell("缺席")] },
        { name: "李四", group: "一组", row: 3, statuses: [cell("出席"), cell("出席"), cell("迟到"), cell("出席"), cell("出席")] },
      ],
    },
    accounts: [
      account({ row: 20, date: "2026-08-30", type: "finePaid", amount: 2000, member: "张三", item: "上学期缺席" }),
      account({ row: 21, date: "2026-10-20", type: "finePaid", amount: 500, member: "张三", item: "10-14 迟到" }),
      account({ row: 22, date: "2026-11-10", type: "fineWaived", amount: 2000, member: "张三", item: "11-04 缺席", notes: "生病，有校医院证明" }),
      account({ row: 23, date: "2026-12-01", type: "finePaid", amount: 1000, member: "张三", item: "11-18 迟到+早退" }),
      account({ row: 24, date: "2026-11-12", type: "finePaid", amount: 500, member: "李四" }),
      account({
        row: 31,
        date: "2026-10-05",
        type: "expense",
        amount: 8880,
        event: "迎新晚会",
        member: "张三",
        item: "气球",
        receipt: "小票",
        reimbursement: "owed",
      }),
      account({
        row: 32,
        date: "2026-10-20",
        type: "expense",
        amount: 12000,
        event: "运动会",
        member: "张三",
        item: "号码布",
        receipt: "发票",
        reimbursement: "done",
        reimbursedOn: "2026-11-03",
      }),
      account({ row: 33, date: "2026-11-25", type: "expense", amount: 4550, member: "张三", item: "胶带", reimbursement: "done", reimbursedOn: "2026-12-02" }),
      account({ row: 34, date: "2026-09-10", type: "expense", amount: 6000, member: "张三", item: "彩带", reimbursement: "done", reimbursedOn: "2026-10-01" }),
      account({ row: 35, date: "2026-11-15", type: "expense", amount: 3000, member: "张三", item: "部门现金买水" }),
      account({ row: 36, date: "2026-11-16", type: "expense", amount: 7000, member: "李四", item: "打印", reimbursement: "owed" }),
      account({ row: 37, date: "2026-12-03", type: "expense", amount: 9900, member: "张三", item: "元旦道具", reimbursement: "owed" }),
    ],
    ...over,
  });
}

describe("buildStatement: the member's fines and reimbursements", () => {
  const st = buildStatement(money(), "张三", "2026-11")!;

  test("the term's penalties − paid − waived = still owed, from 学期开始 to the month's end", () => {
    expect(st.fines).toMatchObject({ from: "2026-09-01", to: "2026-11-30", penalties: 3500, paid: 500, waived: 2000, balance: 1000 });
  });

  test("every line behind the fines, in date order: each meeting's penalty, each 收支 row with its row number and the head's note", () => {
    expect(st.fines.lines).toEqual([
      { row: null, date: "2026-10-14", kind: "penalty", statuses: ["late"], item: "", amount: 500, note: "" },
      { row: 21, date: "2026-10-20", kind: "finePaid", statuses: [], item: "10-14 迟到", amount: 500, note: "" },
      { row: null, date: "2026-11-04", kind: "penalty", statuses: ["absent"], item: "", amount: 2000, note: "" },
      { row: 22, date: "2026-11-10", kind: "fineWaived", statuses: [], item: "11-04 缺席", amount: 2000, note: "生病，有校医院证明" },
      { row: null, date: "2026-11-18", kind: "penalty", statuses: ["late", "leftEarly"], item: "", amount: 1000, note: "" },
    ]);
  });

  test("the figures are the accounts' own: the same as buildAccounts gives the report at the month's end", () => {
    const m = money();
    for (const name of ["张三", "李四"]) {
      const mine = buildStatement(m, name, "2026-11")!.fines;
      const theirs = buildAccounts(m, "2026-11-30").fines.find((f) => f.name === name)!;
      expect([mine.penalties, mine.paid, mine.waived, mine.balance]).toEqual([theirs.penalties, theirs.paid, theirs.waived, theirs.balance]);
      const sum = (kind: string) => mine.lines.filter((l) => l.kind === kind).reduce((a, l) => a + l.amount, 0);
      expect([sum("penalty"), sum("finePaid"), sum("fineWaived")]).toEqual([mine.penalties, mine.paid, mine.waived]);
    }
    expect(buildStatement(m, "李四", "2026-11")!.fines).toMatchObject({ penalties: 500, paid: 500, balance: 0 });
  });

  test("October's statement stops at October's end: the waiver and November's meetings are not in it yet", () => {
    const oct = buildStatement(money(), "张三", "2026-10")!.fines;
    expect(oct).toMatchObject({ to: "2026-10-31", penalties: 500, paid: 500, waived: 0, balance: 0 });
    expect(oct.lines.map((l) => l.row)).toEqual([null, 21]);
  });

  test("without a term start every fine to the month's end counts", () => {
    const m = money();
    m.settings = { ...m.settings, termStart: null };
    // + the 08-28 absence 20, + the 08-30 payment 20
    expect(buildStatement(m, "张三", "2026-11")!.fines).toMatchObject({ from: null, penalties: 5500, paid: 2500, balance: 1000 });
  });

  test("expenses the member advanced and the department still owes at the month's end, a payback after it included", () => {
    expect(st.reimbursements.owed).toEqual([
      { row: 31, date: "2026-10-05", event: "迎新晚会", item: "气球", amount: 8880, receipt: "小票", reimbursedOn: null },
      { row: 33, date: "2026-11-25", event: "", item: "胶带", amount: 4550, receipt: "", reimbursedOn: null },
    ]);
    const owedToAll = buildAccounts(money(), "2026-11-30").reimbursementsOwed.filter((r) => r.member === "张三");
    expect(st.reimbursements.owed.reduce((a, r) => a + r.amount, 0)).toBe(owedToAll.reduce((a, r) => a + r.amount, 0));
  });

  test("paid back in the month, with the day: what the cash book's month counts as reimbursed", () => {
    expect(st.reimbursements.paid).toEqual([
      { row: 32, date: "2026-10-20", event: "运动会", item: "号码布", amount: 12000, receipt: "发票", reimbursedOn: "2026-11-03" },
    ]);
    expect(accountsOfMonth(money(), "2026-11").month!.reimbursed).toBe(12000);
    expect(buildStatement(money(), "张三", "2026-10")!.reimbursements.paid.map((r) => r.row)).toEqual([34]);
  });

  test("a member with no fines and nothing advanced has zeros and empty lists", () => {
    expect(buildStatement(money(), "王五", "2026-11")).toMatchObject({
      fines: { penalties: 0, paid: 0, waived: 0, balance: 0, lines: [] },
      reimbursements: { owed: [], paid: [] },
    });
  });
});
