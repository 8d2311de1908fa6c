import { parseStatus, type Status } from "../../src/domain/attendance";
import type { AccountEntry, LeaveRequest, LedgerEntry, Model } from "../../src/domain/model";
import { buildReport } from "../../src/domain/report";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { sponsor } from "./fixtures";

const st = (code: string): Status[] => {
  const r = parseStatus(code);
  if (!r.ok) throw new Error(code);
  return r.value;
};

let row = 1;
const entry = (e: Partial<LedgerEntry> & Pick<LedgerEntry, "date" | "cash">): LedgerEntry => ({
  row: ++row,
  sponsor: "书香书店",
  event: "迎新晚会",
  credit: [{ name: "张三", weight: 1n }],
  inKind: 0,
  items: "",
  status: "received",
  paidOn: null,
  paidOnBlank: e.paidOn === undefined || e.paidOn === null,
  ...e,
});

function model(ledger: LedgerEntry[], extra: Partial<Model> = {}): Model {
  return {
    members: [
      { name: "张三", group: "一组", role: "member", active: true, row: 2 },
      { name: "李四", group: "一组", role: "member", active: true, row: 3 },
      { name: "王五", group: "二组", role: "member", active: true, row: 4 },
      { name: "赵六", group: "二组", role: "member", active: false, row: 5 },
      { name: "钱七", group: "二组", role: "member", active: false, row: 6 },
    ],
    sponsors: [
      {
        name: "书香书店",
        category: "书店",
        contactPerson: "",
        phone: "",
        wechat: "",
        notes: "",
        owner: "张三",
        stage: "signed",
        lastContact: null,
        nextFollowUp: "2026-11-10",
        row: 2,
      },
      {
        name: "老王餐馆",
        category: "餐饮",
        contactPerson: "",
        phone: "",
        wechat: "",
        notes: "",
        owner: "李四",
        stage: "negotiating",
        lastContact: null,
        nextFollowUp: "2026-12-15",
        row: 3,
      },
      {
        name: "移动营业厅",
        category: "通信",
        contactPerson: "",
        phone: "",
        wechat: "",
        notes: "",
        owner: "王五",
        stage: "declined",
        lastContact: null,
        nextFollowUp: "2026-11-01",
        row: 4,
      },
    ],
    events: [
      { name: "迎新晚会", date: "2026-10-20", owner: "张三", target: 500000, budget: 30000, row: 2 },
      { name: "运动会", date: "2026-11-20", owner: "李四", target: null, budget: null, row: 3 },
    ],
    ledger,
    accounts: [],
    attendance: { meetings: [], rows: [] },
    leave: [],
    deliverables: [],
    settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01" },
    timeZone: "Asia/Shanghai",
    ...extra,
  };
}

const opts = { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" };

describe("buildReport", () => {
  test("an uneven three-way split: the shares add up to the row's commission to the fen", () => {
    const r = buildReport(
      model([
        entry({
          date: "2026-11-03",
          cash: 100001,
          credit: [
            { name: "张三", weight: 1n },
            { name: "李四", weight: 1n },
            { name: "王五", weight: 1n },
          ],
        }),
      ]),
      [],
      opts,
    );
    // 15% of ¥1,000.01 = ¥150.0015 → ¥150.00 = 15000 fen → 5000 each
    expect(r.totals.commission).toBe(15000);
    const c = r.members.map((m) => m.commission);
    expect(c.reduce((a, b) => a + b, 0)).toBe(15000);
    // the cash shares too: 100001 fen among three → 33334, 33334, 33333
    expect(r.members.filter((m) => m.cashCredited).map((m) => m.cashCredited)).toEqual([33334, 33334, 33333]);
  });

  test("weighted split 60/40 and a refund that claws back", () => {
    const r = buildReport(
      model([
        entry({
          date: "2026-11-03",
          cash: 200000,
          credit: [
            { name: "张三", weight: 600000n },
            { name: "李四", weight: 400000n },
          ],
        }),
        entry({ date: "2026-11-20", cash: -30000, credit: [{ name: "张三", weight: 1n }] }),
      ]),
      [],
      opts,
    );
    const by = Object.fromEntries(r.members.map((m) => [m.name, m]));
    expect(by["张三"].commission).toBe(18000 - 4500);
    expect(by["李四"].commission).toBe(12000);
    expect(r.totals.cashReceived).toBe(170000);
    expect(r.totals.sponsorships).toBe(1); // a refund is not a sponsorship
  });

  test("pledged and cancelled rows earn nothing; pledges are reported as pledged", () => {
    const r = buildReport(
      model([
        entry({ date: "2026-11-03", cash: 100000, status: "pledged" }),
        entry({ date: "2026-11-04", cash: 50000, status: "cancelled" }),
        entry({ date: "2026-11-05", cash: 10000 }),
      ]),
      [],
      opts,
    );
    expect(r.totals.commission).toBe(1500);
    expect(r.totals.pledged).toBe(100000);
    expect(r.totals.cashReceived).toBe(10000);
    expect(r.events.find((e) => e.name === "迎新晚会")).toMatchObject({ raised: 10000, pledged: 100000, progress: 0.02 });
  });

  test("a share naming nobody known goes to unassigned, so members + unassigned = total", () => {
    const r = buildReport(
      model([
        entry({
          date: "2026-11-03",
          cash: 100000,
          credit: [
            { name: "张三", weight: 1n },
            { name: "张叁", weight: 1n },
          ],
        }),
        entry({ date: "2026-11-04", cash: 1000, credit: [] }),
      ]),
      [],
      opts,
    );
    expect(r.totals.unassigned).toBe(7500 + 150);
    expect(r.members.reduce((a, m) => a + m.commission, 0) + r.totals.unassigned).toBe(r.totals.commission);
    expect(r.totals.commission).toBe(15150);
  });

  test("in-kind goods count in the base only when Settings say cash and in-kind", () => {
    const ledger = [entry({ date: "2026-11-03", cash: 10000, inKind: 20000 })];
    expect(buildReport(model(ledger), [], opts).totals.commission).toBe(1500);
    const both = model(ledger);
    both.settings = { ...both.settings, basis: "cashAndInKind" };
    expect(buildReport(both, [], opts).totals.commission).toBe(4500);
  });

  test("other months: not in the month's totals, but in the year's cash and in unpaid commission", () => {
    const r = buildReport(
      model([
        entry({ date: "2026-10-03", cash: 100000, paidOn: "2026-11-06" }),
        entry({ date: "2026-10-04", cash: 20000 }),
        entry({ date: "2026-12-01", cash: 90000 }),
        entry({ date: "2025-12-01", cash: 70000 }),
      ]),
      [],
      opts,
    );
    expect(r.totals.cashReceived).toBe(0);
    expect(r.totals.ytdCash).toBe(120000);
    const z = r.members.find((m) => m.name === "张三")!;
    expect(z.unpaidCommission).toBe(3000 + 10500); // Oct unpaid + last December's, never paid
    // Paid on 2026-11-06: for an October report that row was still unpaid at the month's end.
    const oct = buildReport(model([entry({ date: "2026-10-03", cash: 100000, paidOn: "2026-11-06" })]), [], { ...opts, month: "2026-10" });
    expect(oct.members.find((m) => m.name === "张三")!.unpaidCommission).toBe(15000);
  });

  test("attendance: the month's meetings for fees, the term's for warnings; a meeting on the 31st vs the 1st", () => {
    const m = model([], {
      attendance: {
        meetings: [
          { date: "2026-08-26", column: 2 }, // before the term
          { date: "2026-10-31", column: 3 },
          { date: "2026-11-01", column: 4 },
          { date: "2026-11-25", column: 5 },
          { date: "2026-12-02", column: 6 }, // after the month
        ],
        rows: [
          { name: "张三", group: "一组", row: 2, statuses: [st("缺席"), st("迟到"), st("早退"), st("出席"), st("缺席")] },
          { name: "李四", group: "一组", row: 3, statuses: [st("出席"), st("出席"), st("请假"), st("未批假"), st("")] },
          { name: "钱七", group: "二组", row: 4, statuses: [st("出席"), st("出席"), st("迟到"), st(""), st("")] },
        ],
      },
    });
    const r = buildReport(m, [], opts);
    const by = Object.fromEntries(r.members.map((x) => [x.name, x]));
    expect(r.meetingsHeld).toBe(2);
    expect(by["张三"]).toMatchObject({ meetings: 2, present: 1, late: 0, leftEarly: 1, absent: 0, penalty: 500 });
    expect(by["张三"].warnings).toEqual([{ kind: "lateOrEarly", count: 2, limit: 2 }]);
    expect(by["李四"]).toMatchObject({ excused: 1, absent: 1, penalty: 2000, attendanceRate: 0 });
    expect(by["李四"].warnings).toEqual([{ kind: "absent", count: 1, limit: 1 }]);
    // 钱七 left the department but owes a fee this month, so is listed; 赵六 left with nothing, so is not.
    expect(by["钱七"]).toMatchObject({ active: false, penalty: 500 });
    expect(by["赵六"]).toBeUndefined();
    expect(r.totals.penalty).toBe(3000);
    expect(r.totals.net).toBe(-3000);
  });

  test("groups add up their members", () => {
    const r = buildReport(
      model([
        entry({
          date: "2026-11-03",
          cash: 100000,
          credit: [
            { name: "张三", weight: 1n },
            { name: "王五", weight: 1n },
          ],
        }),
      ]),
      [],
      opts,
    );
    expect(r.groups.map((g) => [g.group, g.members, g.commission])).toEqual([
      ["一组", 2, 7500],
      ["二组", 1, 7500],
    ]);
  });

  test("sponsors: stages counted, follow-ups due by the month's end, declined ones left out, overdue flagged", () => {
    const r = buildReport(model([]), [], opts);
    expect(r.sponsors.byStage).toMatchObject({ signed: 1, negotiating: 1, declined: 1, potential: 0 });
    expect(r.sponsors.followUps).toEqual([{ sponsor: "书香书店", owner: "张三", stage: "signed", due: "2026-11-10", overdue: true }]);
  });

  test("new sponsors are those whose first received sponsorship is this month", () => {
    const r = buildReport(
      model([
        entry({ date: "2026-10-03", cash: 1000, sponsor: "书香书店" }),
        entry({ date: "2026-11-03", cash: 1000, sponsor: "书香书店" }),
        entry({ date: "2026-11-05", cash: 1000, sponsor: "老王餐馆" }),
      ]),
      [],
      opts,
    );
    expect(r.totals.newSponsors).toBe(1);
  });

  test("leave: each member's requests for the month's meetings by outcome at the month's end, late ones counted", () => {
    const at = (date: string, hh: number, mm = 0) => ({ date, seconds: hh * 3600 + mm * 60 });
    const req = (row: number, name: string, meeting: string, status: "pending" | "approved" | "rejected", over: Partial<LeaveRequest> = {}): LeaveRequest => ({
      row,
      submittedAt: at(meeting, 12),
      name,
      meeting,
      reason: "考试",
      status,
      decidedBy: status === "pending" ? "" : "部长",
      decidedAt: status === "pending" ? null : at(meeting, 18),
      note: "",
      ...over,
    });
    const m = model([], {
      attendance: { meetings: [{ date: "2026-11-04", column: 2, start: 20 * 60 }], rows: [] },
      leave: [
        req(2, "张三", "2026-11-04", "approved"),
        // asked at 19:30: late for 11-11 (Settings' 19:00 start), in time for 11-04 (its column's own 20:00 start)
        req(3, "张三", "2026-11-11", "rejected", { submittedAt: at("2026-11-11", 19, 30) }),
        req(4, "张三", "2026-11-04", "approved", { submittedAt: at("2026-11-04", 19, 30) }),
        req(5, "李四", "2026-11-25", "approved", { decidedAt: at("2026-12-01", 9) }),
        req(6, "李四", "2026-10-28", "approved"),
        req(7, "王五", "2026-11-18", "pending", { reason: "比赛", submittedAt: at("2026-11-18", 19, 5) }),
        req(8, "钱七", "2026-11-04", "approved"),
      ],
    });
    const r = buildReport(m, [], opts);
    const by = Object.fromEntries(r.members.map((x) => [x.name, x.leave]));
    expect(by["张三"]).toEqual({ approved: 2, rejected: 1, pending: 0, late: 1 });
    // approved only on 12-01: still pending at November's end; October's request is not November's
    expect(by["李四"]).toEqual({ approved: 0, rejected: 0, pending: 1, late: 0 });
    expect(by["王五"]).toEqual({ approved: 0, rejected: 0, pending: 1, late: 1 });
    // 钱七 left the department and owes nothing this month: not listed for a leave request alone
    expect(by["钱七"]).toBeUndefined();
    expect(r.leavePending.map((l) => [l.row, l.name, l.meeting, l.reason, l.late])).toEqual([
      [7, "王五", "2026-11-18", "比赛", true],
      [5, "李四", "2026-11-25", "考试", false],
    ]);
    // a December report: the approval is made by then
    expect(buildReport(m, [], { ...opts, month: "2026-12" }).leavePending.map((l) => l.row)).toEqual([7]);
  });

  test("no leave requests: every member's leave counts are zero and nothing is pending", () => {
    const r = buildReport(model([]), [], opts);
    expect(r.members.every((x) => x.leave.approved + x.leave.rejected + x.leave.pending + x.leave.late === 0)).toBe(true);
    expect(r.leavePending).toEqual([]);
  });
});

describe("buildReport: the accounts (财务账目) at the month's end", () => {
  let n = 100;
  const acct = (a: Partial<AccountEntry> & Pick<AccountEntry, "date" | "type" | "amount">): AccountEntry => ({
    row: ++n,
    event: "",
    member: "",
    item: "",
    receipt: "",
    reimbursement: null,
    reimbursedOn: null,
    notes: "",
    ...a,
  });

  /**
   * Worked by hand (yuan; fen in the code). Opening ¥500.00 on 学期开始 2026-09-01.
   * September: nothing moves → 500.00.
   * October: sponsorships ¥200.00 (commission 30.00, paid 11-05) and ¥100.00 (marked paid, no date) → 800.00.
   * November: sponsorships ¥1,000.00 (commission 150.00, paid 11-25) and ¥100.00 (marked paid, no date);
   *   迎新晚会 ¥120.00 paid from cash; 李四 advanced ¥260.50 (paid back 11-20); 王五 advanced ¥95.80 (still owed);
   *   运动会 other income ¥50.00; 李四 pays a fine of ¥5.00. December's ¥100.00 expense is not November's.
   *   closing = 800 + 1,100 + 5 + 50 − 120 − 260.50 − (150 + 30) = 1,394.50
   * Fines: 李四 late 5 + absent 20 = 25, paid 5 → owes 20; 王五 left early 5 → owes 5; 张三 0.
   */
  function money(): Model {
    return model(
      [
        entry({ date: "2026-10-10", cash: 20000, event: "", paidOn: "2026-11-05", paidOnBlank: false }),
        entry({ date: "2026-10-15", cash: 10000, event: "", paidOn: null, paidOnBlank: false }),
        entry({ date: "2026-11-03", cash: 100000, paidOn: "2026-11-25", paidOnBlank: false }),
        entry({ date: "2026-11-15", cash: 10000, event: "", paidOn: null, paidOnBlank: false }),
      ],
      {
        accounts: [
          acct({ date: "2026-11-04", type: "expense", amount: 12000, event: "迎新晚会" }),
          acct({ date: "2026-11-06", type: "expense", amount: 26050, event: "迎新晚会", member: "李四", reimbursement: "done", reimbursedOn: "2026-11-20" }),
          acct({ date: "2026-11-08", type: "expense", amount: 9580, event: "运动会", member: "王五", reimbursement: "owed", item: "矿泉水", receipt: "小票" }),
          acct({ date: "2026-11-10", type: "income", amount: 5000, event: "运动会" }),
          acct({ date: "2026-11-12", type: "finePaid", amount: 500, member: "李四" }),
          acct({ date: "2026-12-02", type: "expense", amount: 10000, event: "迎新晚会" }),
        ],
        attendance: {
          meetings: [
            { date: "2026-11-04", column: 2 },
            { date: "2026-11-11", column: 3 },
          ],
          rows: [
            { name: "张三", group: "一组", row: 2, statuses: [st("出席"), st("出席")] },
            { name: "李四", group: "一组", row: 3, statuses: [st("迟到"), st("缺席")] },
            { name: "王五", group: "二组", row: 4, statuses: [st("早退"), st("出席")] },
          ],
        },
        settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01", opening: { balance: 50000, date: null } },
      },
    );
  }

  test("the month's cash book line: opening, each flow, closing", () => {
    const a = buildReport(money(), [], opts).accounts;
    expect(a).toMatchObject({ tab: true, start: "2026-09-01", openingBalance: 50000 });
    expect(a.cashBook).toEqual({
      month: "2026-11",
      opening: 80000,
      sponsorCash: 110000,
      finesPaid: 500,
      otherIncome: 5000,
      expensesPaid: 12000,
      reimbursed: 26050,
      commissionsPaid: 18000,
      closing: 139450,
    });
    // October's report shows October's line: 500 + 200 + 100.
    expect(buildReport(money(), [], { ...opts, month: "2026-10" }).accounts.cashBook).toMatchObject({ opening: 50000, sponsorCash: 30000, closing: 80000 });
  });

  test("per event: budget against spending to the month's end, over budget flagged", () => {
    const events = buildReport(money(), [], opts).accounts.events;
    // The ledger's ¥200 + ¥100 + ¥100 for no event make the line of no event, last.
    expect(events.map((e) => e.name)).toEqual(["迎新晚会", "运动会", ""]);
    expect(events[2]).toMatchObject({ cashRaised: 40000, spent: 0 });
    // 迎新晚会: spent 120 + 260.50 = 380.50 of a ¥300.00 budget; raised 1,000 → net 619.50.
    expect(events[0]).toEqual({
      name: "迎新晚会",
      budget: 30000,
      spent: 38050,
      cashRaised: 100000,
      inKindRaised: 0,
      otherIncome: 0,
      net: 61950,
      budgetLeft: -8050,
      overBudget: true,
    });
    // 运动会 has no budget: never over it. Net = 50 − 95.80.
    expect(events[1]).toMatchObject({ budget: null, spent: 9580, otherIncome: 5000, net: -4580, budgetLeft: null, overBudget: false });
  });

  test("fines: those who still owe first, most first; each member line carries what they owe", () => {
    const r = buildReport(money(), [], opts);
    expect(r.accounts.fines.map((f) => [f.name, f.penalties, f.paid, f.waived, f.balance])).toEqual([
      ["李四", 2500, 500, 0, 2000],
      ["王五", 500, 0, 0, 500],
      ["张三", 0, 0, 0, 0],
    ]);
    expect(r.accounts.owing.map((f) => f.name)).toEqual(["李四", "王五"]);
    expect(r.accounts.finesOwed).toBe(2500);
    expect(r.members.map((m) => [m.name, m.finesOwed])).toEqual([
      ["张三", 0],
      ["李四", 2000],
      ["王五", 500],
    ]);
  });

  test("a member who left and still owes fines is listed", () => {
    const m = money();
    m.members = m.members.map((x) => (x.name === "王五" ? { ...x, active: false } : x));
    m.attendance.meetings = [{ date: "2026-10-14", column: 2 }];
    m.attendance.rows = [{ name: "王五", group: "二组", row: 4, statuses: [st("缺席")] }];
    const r = buildReport(m, [], opts);
    expect(r.members.find((x) => x.name === "王五")).toMatchObject({ active: false, penalty: 0, finesOwed: 2000 });
  });

  test("reimbursements owed at the month's end, with their total", () => {
    const a = buildReport(money(), [], opts).accounts;
    expect(a.reimbursementsOwed.map((o) => [o.date, o.member, o.event, o.item, o.amount, o.receipt])).toEqual([
      ["2026-11-08", "王五", "运动会", "矿泉水", 9580, "小票"],
    ]);
    expect(a.reimbursementsOwedTotal).toBe(9580);
    // At October's end 李四's advance did not exist yet, nor 王五's.
    expect(buildReport(money(), [], { ...opts, month: "2026-10" }).accounts.reimbursementsOwed).toEqual([]);
  });

  test("the month's findings are those dated in it: each month keeps its own commission paid on no day", () => {
    const nov = buildReport(money(), [], opts).accounts.findings;
    expect(nov.map((f) => [f.message.key, f.date])).toEqual([["commissionPaidUndated", "2026-11-15"]]);
    const oct = buildReport(money(), [], { ...opts, month: "2026-10" }).accounts.findings;
    expect(oct.map((f) => [f.message.key, f.date])).toEqual([["commissionPaidUndated", "2026-10-15"]]);
  });

  test("without a 收支 tab the cash book still holds the ledger's cash and commissions, and says the tab is missing", () => {
    const m = money();
    m.accounts = [];
    const a = buildReport(m, [], { ...opts, accountsTab: false }).accounts;
    expect(a.tab).toBe(false);
    // 800 + 1,100 − 180
    expect(a.cashBook).toMatchObject({ opening: 80000, sponsorCash: 110000, expensesPaid: 0, commissionsPaid: 18000, closing: 172000 });
    expect(a.reimbursementsOwed).toEqual([]);
  });

  test("a month before the cash book starts has no line; the start is given", () => {
    const m = money();
    m.settings = { ...m.settings, opening: { balance: 50000, date: "2026-12-01" } };
    const a = buildReport(m, [], opts).accounts;
    expect(a.cashBook).toBeNull();
    expect(a.start).toBe("2026-12-01");
  });
});

describe("buildReport: the weighted forecast per event and the sponsors gone quiet", () => {
  // 迎新晚会 aims at ¥5,000. 书香书店 (已签约, expects ¥2,000) has paid for it already: out of the forecast.
  const sponsors = [
    sponsor("书香书店", { stage: "signed", expected: 200000, targetEvent: "迎新晚会", lastContact: "2026-11-03" }),
    sponsor("老王餐馆", { stage: "negotiating", expected: 123457, targetEvent: "迎新晚会", lastContact: "2026-10-23" }),
    sponsor("鲜果时光", { stage: "contacting", expected: 100002, targetEvent: "迎新晚会", lastContact: "2026-10-24" }),
    sponsor("移动营业厅", { stage: "declined", expected: 300000, targetEvent: "迎新晚会", lastContact: "2026-09-01" }),
    sponsor("博文书店", { stage: null, expected: 30000, targetEvent: "运动会", lastContact: null }),
    sponsor("新华文具", { stage: "contacting", expected: null, targetEvent: "", lastContact: null, owner: "李四" }),
  ];
  const ledger = [
    entry({ date: "2026-11-03", sponsor: "书香书店", cash: 100000 }),
    entry({ date: "2026-11-05", sponsor: "老王餐馆", cash: 50000, status: "pledged" }),
    entry({ date: "2026-12-02", sponsor: "鲜果时光", cash: 100002 }),
  ];
  const dept = (over: Partial<Model> = {}) => model(ledger, { sponsors, ...over });

  test("each event: 预计金额 × the stage's odds, rounded half up to the fen, for sponsors with nothing received for it by the month's end", () => {
    const [party, games] = buildReport(dept(), [], opts).events;
    // 老王餐馆 洽谈中 50% of ¥1,234.57 = ¥617.285 → ¥617.29; 鲜果时光 联系中 25% of ¥1,000.02 = ¥250.005 → ¥250.01
    // (its December payment is after November's end); 移动营业厅 已拒绝 0% → ¥0.00.
    expect(party.forecastSponsors.map((f) => [f.sponsor, f.weighted])).toEqual([
      ["老王餐馆", 61729],
      ["鲜果时光", 25001],
      ["移动营业厅", 0],
    ]);
    expect(party.forecast).toBe(86730);
    // ¥5,000 − raised ¥1,000 − pledged ¥500 − forecast ¥867.30 = ¥2,632.70 still short.
    expect([party.raised, party.pledged, party.shortfall]).toEqual([100000, 50000, 263270]);
    // No stage yet is weighed as 潜在 (10%): ¥30.00; without a target nothing is short.
    expect([games.forecast, games.shortfall]).toEqual([3000, null]);
  });

  test("December: 鲜果时光 has paid, so it leaves the forecast; the Settings' odds are the ones used", () => {
    const dec = buildReport(dept(), [], { ...opts, month: "2026-12", today: "2026-12-20" }).events[0];
    expect(dec.forecastSponsors.map((f) => f.sponsor)).toEqual(["老王餐馆", "移动营业厅"]);
    const odds = { ...DEFAULT_SETTINGS.odds, negotiating: { units: 8n, scale: 1 } };
    const nov = buildReport(dept({ settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01", odds } }), [], opts).events[0];
    // 80% of ¥1,234.57 = ¥987.656 → ¥987.66, + ¥250.01.
    expect(nov.forecast).toBe(98766 + 25001);
  });

  test("a target already covered is short by nothing", () => {
    const rich = [{ name: "迎新晚会", date: "2026-10-20", owner: "张三", target: 100000, budget: null, row: 2 }];
    expect(buildReport(dept({ events: rich }), [], opts).events[0].shortfall).toBe(0);
  });

  test("stale: 联系中 or 洽谈中 with no contact for more than 跟进间隔 days on the report's day; never contacted first", () => {
    const nov = buildReport(dept(), [], opts).sponsors;
    // On 2026-11-23: 老王餐馆 last called 10-23 (31 days > 30); 鲜果时光 10-24 is exactly 30 days: not yet.
    expect(nov.staleAsOf).toBe("2026-11-23");
    expect(nov.stale).toEqual([
      { sponsor: "新华文具", owner: "李四", stage: "contacting", lastContact: null, days: null },
      { sponsor: "老王餐馆", owner: "张三", stage: "negotiating", lastContact: "2026-10-23", days: 31 },
    ]);
    // A past month is judged on its last day: on 10-31 老王餐馆 was called 8 days before.
    const oct = buildReport(dept(), [], { ...opts, month: "2026-10" }).sponsors;
    expect(oct.staleAsOf).toBe("2026-10-31");
    expect(oct.stale.map((x) => x.sponsor)).toEqual(["新华文具"]);
    // The department's own interval: a week.
    const week = buildReport(dept({ settings: { ...DEFAULT_SETTINGS, followUpDays: 7 } }), [], opts).sponsors;
    expect(week.stale.map((x) => [x.sponsor, x.days])).toEqual([
      ["新华文具", null],
      ["老王餐馆", 31],
      ["鲜果时光", 30],
    ]);
  });
});
