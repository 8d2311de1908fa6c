import { buildAccounts } from "../../src/domain/accounts";
import { buildHandover, UNASSIGNED } from "../../src/domain/handover";
import type { LedgerEntry, Model } from "../../src/domain/model";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { account, cell, entry, equal, member, model, sponsor, weighted } from "./fixtures";

/** The day the hand-over is made, unless a test says otherwise. */
const TODAY = "2026-12-20";

/** A department's 2026, with a little of 2025 and 2027 around it. */
function department(change: (ledger: LedgerEntry[]) => LedgerEntry[] = (l) => l): Model {
  return model({
    members: [
      member("张三"),
      member("李四"),
      member("赵六", { group: "二组", active: false }), // left in the summer, earned something first
      member("钱七", { group: "二组", active: false }), // left with nothing
    ],
    sponsors: [sponsor("书香书店", { owner: "张三", stage: "partner" })],
    events: [
      { name: "迎新晚会", date: "2026-09-20", owner: "张三", target: 300000, budget: 50000, row: 2 },
      { name: "元旦晚会", date: "2026-12-31", owner: "李四", target: null, budget: null, row: 3 },
      { name: "运动会", date: null, owner: "", target: null, budget: null, row: 4 },
    ],
    ledger: change([
      entry({ row: 2, date: "2025-12-31", cash: 100000 }), // last year's, never paid
      entry({ row: 3, date: "2026-01-01", cash: 200000, inKind: 50000, event: "迎新晚会", credit: weighted(["张三", 60], ["李四", 40]), paidOn: "2026-03-01" }),
      entry({ row: 4, date: "2026-06-01", cash: 10010, event: "迎新晚会", credit: equal("张三", "李四", "赵六") }),
      entry({ row: 5, date: "2026-07-01", cash: -20000 }), // a refund
      entry({ row: 6, date: "2026-09-01", sponsor: "新东方", cash: 100000, credit: equal("路人") }), // a name not in 成员
      entry({ row: 7, date: "2026-12-31", cash: 10000, paidOn: "2027-01-05" }), // paid after the year's end
      entry({ row: 8, date: "2027-01-02", cash: 50000 }), // next year
      entry({ row: 9, date: "2026-10-01", cash: 80000, event: "元旦晚会", status: "pledged" }),
      entry({ row: 10, date: "2026-05-01", cash: 90000, event: "迎新晚会", status: "cancelled" }),
    ]),
    attendance: {
      meetings: [
        { date: "2025-12-20", column: 2 },
        { date: "2026-03-05", column: 3 },
        { date: "2026-11-30", column: 4 },
        { date: "2027-01-08", column: 5 },
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: [cell("缺席"), cell("迟到"), cell("迟到+早退"), cell("缺席")] },
        { name: "李四", group: "一组", row: 3, statuses: [cell("出席"), cell("请假"), cell("旷会"), cell("出席")] },
        { name: "路人", group: "", row: 4, statuses: [cell("缺席"), cell("缺席"), cell("缺席"), cell("缺席")] },
      ],
    },
    deliverables: [
      { row: 2, sponsor: "书香书店", event: "迎新晚会", promised: "横幅印 logo", due: "2026-09-30", owner: "张三", status: "pending", proof: "" },
      { row: 3, sponsor: "书香书店", event: "迎新晚会", promised: "晚会广告页", due: "2026-09-20", owner: "张三", status: "done", proof: "照片" },
      { row: 4, sponsor: "新东方", event: "", promised: "公众号推文", due: null, owner: "李四", status: "waived", proof: "" },
    ],
  });
}

const byName = <T extends { name: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.name, x]));

describe("buildHandover", () => {
  test("the year's totals: received cash and goods (a refund nets), and every fen of commission, credited to anyone or not", () => {
    const h = buildHandover(department(), "2026", TODAY);
    // 250000 + 10010 − 20000 + 100000 + 10000
    expect(h.totals.received).toBe(350010);
    // 30000 + 1502 − 3000 + 15000 + 1500
    expect(h.totals.commission).toBe(45002);
  });

  test("members: the year's commission, cash credited and sponsorships (a refund is none); net after the year's penalties", () => {
    const h = byName(buildHandover(department(), "2026", TODAY).members);
    expect(h["张三"]).toEqual({
      name: "张三",
      group: "一组",
      active: true,
      sponsorships: 3,
      cashCredited: 113337,
      commission: 17001,
      penalty: 1500,
      net: 15501,
    });
    expect(h["李四"]).toEqual({
      name: "李四",
      group: "一组",
      active: true,
      sponsorships: 2,
      cashCredited: 83337,
      commission: 12501,
      penalty: 2000,
      net: 10501,
    });
  });

  test("a member who left is handed over only with something on their account", () => {
    const names = buildHandover(department(), "2026", TODAY).members.map((m) => m.name);
    expect(names).toContain("赵六");
    expect(names).not.toContain("钱七");
    expect(byName(buildHandover(department(), "2026", TODAY).members)["赵六"]).toMatchObject({ active: false, commission: 500, cashCredited: 3336, net: 500 });
  });

  test("penalties count only the year's meetings (not December before, nor January after), and the totals add them up", () => {
    const h = buildHandover(department(), "2026", TODAY);
    expect(byName(h.members)["张三"].penalty).toBe(1500); // late; late and left early
    expect(h.totals.penalty).toBe(3500);
    expect(buildHandover(department(), "2025", TODAY).totals.penalty).toBe(2000); // 张三's absence of 2025-12-20
  });

  test("commission unpaid at the year's end, whichever year earned it; what nobody known was credited waits on its own line", () => {
    const unpaid = byName(buildHandover(department(), "2026", TODAY).unpaid);
    expect(unpaid).toEqual({
      // 2025: 15000; June: 501; the refund: −3000; 31 December, paid in January: 1500
      张三: { name: "张三", amount: 14001, rows: 4 },
      李四: { name: "李四", amount: 501, rows: 1 },
      赵六: { name: "赵六", amount: 500, rows: 1 },
      [UNASSIGNED]: { name: UNASSIGNED, amount: 15000, rows: 1 },
    });
  });

  test("a past year's hand-over reads the same after later payouts", () => {
    const before = buildHandover(department(), "2026", TODAY).unpaid;
    const paidLater = department((ledger) => ledger.map((e) => (e.row === 4 || e.row === 2 ? { ...e, paidOn: "2027-02-01", paidOnBlank: false } : e)));
    expect(buildHandover(paidLater, "2026", TODAY).unpaid).toEqual(before);
    expect(byName(buildHandover(paidLater, "2027", TODAY).unpaid)["张三"].amount).toBe(-3000 + 7500); // the refund, and January's row
  });

  test("an account that nets to nothing is not listed as unpaid", () => {
    const h = buildHandover(
      model({
        ledger: [
          entry({ date: "2026-03-01", cash: 10000 }),
          entry({ date: "2026-04-01", cash: -10000 }),
          entry({ date: "2026-05-01", cash: 10000, credit: equal("李四") }),
        ],
      }),
      "2026",
      TODAY,
    );
    expect(h.unpaid).toEqual([{ name: "李四", amount: 1500, rows: 1 }]);
  });

  test("open pledges, and only the deliverables still owed", () => {
    const h = buildHandover(department(), "2026", TODAY);
    expect(h.pledges.map((e) => e.row)).toEqual([9]);
    expect(h.deliverables.map((d) => d.promised)).toEqual(["横幅印 logo"]);
  });

  test("each event with what was received and what is pledged; a cancellation counts as neither", () => {
    const h = buildHandover(department(), "2026", TODAY);
    expect(h.events.map((e) => [e.name, e.raised, e.pledged, e.target, e.budget])).toEqual([
      ["迎新晚会", 260010, 0, 300000, 50000],
      ["元旦晚会", 0, 80000, null, null],
      ["运动会", 0, 0, null, null],
    ]);
  });

  test("every sponsor is handed over, the ones only found in the ledger too, with their history", () => {
    const h = buildHandover(department(), "2026", TODAY);
    expect(h.sponsors.map((s) => [s.name, s.owner, s.byYear])).toEqual([
      ["书香书店", "张三", { "2025": 100000, "2026": 250010, "2027": 50000 }], // 2026: 260010 − 20000 + 10000,
      ["新东方", "", { "2026": 100000 }],
    ]);
  });

  test("the years that had money in, in order, for choosing a hand-over", () => {
    expect(buildHandover(department(), "2026", TODAY).years).toEqual(["2025", "2026", "2027"]);
    expect(buildHandover(model(), "2026", TODAY)).toMatchObject({ year: "2026", years: [], unpaid: [], totals: { received: 0, commission: 0, penalty: 0 } });
  });
});

/**
 * The term's money, worked out by hand (yuan here, fen in the code): 学期开始 2026-09-01, 期初余额 1,000.00.
 * Sep: + sponsorship 2,000.00 − 120.00 paid from cash → 2,880.00
 * Oct: − 260.50 paid back to 张三 − 300.00 commission → 2,319.50
 * Nov: + sponsorship 1,000.00 + 李四's fine 5.00 → 3,324.50
 * Dec: + 150.00 other income → 3,474.50 (李四's 40.00 of 12-15 is paid back only on 2027-01-10)
 * 2027-01: − 50.00 paid from cash − 40.00 paid back to 李四 → 3,384.50
 */
function term(): Model {
  return model({
    events: [
      { name: "迎新晚会", date: "2026-09-26", owner: "张三", target: null, budget: 30000, row: 2 },
      { name: "运动会", date: "2026-10-23", owner: "李四", target: null, budget: 50000, row: 3 },
    ],
    ledger: [
      entry({ date: "2026-09-10", cash: 200000, event: "迎新晚会", paidOn: "2026-10-08", paidOnBlank: false }),
      entry({ date: "2026-11-05", cash: 100000, event: "运动会" }),
    ],
    accounts: [
      account({ row: 2, date: "2026-09-12", type: "expense", amount: 12000, event: "迎新晚会", item: "矿泉水" }),
      account({
        row: 3,
        date: "2026-09-20",
        type: "expense",
        amount: 26050,
        event: "迎新晚会",
        member: "张三",
        reimbursement: "done",
        reimbursedOn: "2026-10-02",
      }),
      account({
        row: 4,
        date: "2026-10-21",
        type: "expense",
        amount: 9580,
        event: "运动会",
        member: "王五",
        item: "号码布",
        receipt: "小票",
        reimbursement: "owed",
      }),
      account({ row: 5, date: "2026-11-11", type: "finePaid", amount: 500, member: "李四" }),
      account({ row: 6, date: "2026-12-01", type: "income", amount: 15000, event: "运动会", item: "义卖" }),
      account({ row: 7, date: "2027-01-05", type: "expense", amount: 5000, item: "元旦道具" }),
      account({
        row: 8,
        date: "2026-12-15",
        type: "expense",
        amount: 4000,
        event: "运动会",
        member: "李四",
        item: "胶带",
        reimbursement: "done",
        reimbursedOn: "2027-01-10",
      }),
    ],
    attendance: {
      meetings: [
        { date: "2026-09-16", column: 2 },
        { date: "2026-10-14", column: 3 },
        { date: "2026-11-11", column: 4 },
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: [cell("出席"), cell("出席"), cell("出席")] },
        { name: "李四", group: "一组", row: 3, statuses: [cell("迟到"), cell("缺席"), cell("出席")] },
        { name: "王五", group: "二组", row: 4, statuses: [cell("早退"), cell(""), cell("出席")] },
      ],
    },
    settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01", opening: { balance: 100000, date: null } },
  });
}

describe("buildHandover: the accounts (财务账目)", () => {
  test("the cash book month by month from the cash book's start to the hand-over date, each opening the last closing", () => {
    const a = buildHandover(term(), "2026", "2026-12-20").accounts;
    expect(a).toMatchObject({ asOf: "2026-12-20", start: "2026-09-01", openingBalance: 100000 });
    expect(a.cashBook.map((m) => [m.month, m.opening, m.closing])).toEqual([
      ["2026-09", 100000, 288000],
      ["2026-10", 288000, 231950],
      ["2026-11", 231950, 332450],
      ["2026-12", 332450, 347450],
    ]);
    expect(a.cashBook[1]).toMatchObject({ reimbursed: 26050, commissionsPaid: 30000 });
    expect(a.cashBook).toEqual(buildAccounts(term(), "2026-12-20").cashBook);
  });

  test("a year already over is handed over as at its last day: next year's money is not in it, and later paybacks are still owed", () => {
    const a = buildHandover(term(), "2026", "2027-03-01").accounts;
    expect(a.asOf).toBe("2026-12-31");
    expect(a.cashBook[a.cashBook.length - 1]).toMatchObject({ month: "2026-12", closing: 347450 });
    expect(a.reimbursementsOwed.map((r) => [r.row, r.member, r.amount])).toEqual([
      [4, "王五", 9580],
      [8, "李四", 4000],
    ]);
  });

  test("a cash book that began in an earlier year starts at the year's first month, carrying the balance over", () => {
    const m = term();
    m.settings = { ...m.settings, termStart: "2025-09-01" };
    const a = buildHandover(m, "2026", "2026-12-20").accounts;
    expect(a.start).toBe("2025-09-01");
    expect(a.cashBook.map((x) => x.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(a.cashBook[0].opening).toBe(100000);
    expect(a.cashBook[11].closing).toBe(347450);
    const next = buildHandover(term(), "2027", "2027-03-01").accounts;
    expect(next.cashBook.map((x) => [x.month, x.opening, x.closing])).toEqual([
      ["2027-01", 347450, 338450],
      ["2027-02", 338450, 338450],
      ["2027-03", 338450, 338450],
    ]);
    expect(next.reimbursementsOwed.map((r) => r.row)).toEqual([4]);
  });

  test("each event's budget against its spending, what it raised and what it left", () => {
    const events = byName(buildHandover(term(), "2026", "2026-12-20").accounts.events);
    expect(events.迎新晚会).toMatchObject({ budget: 30000, spent: 38050, budgetLeft: -8050, cashRaised: 200000, overBudget: true });
    // 1,000.00 raised + 150.00 义卖 − (95.80 + 40.00) spent
    expect(events.运动会).toMatchObject({
      budget: 50000,
      spent: 13580,
      budgetLeft: 36420,
      cashRaised: 100000,
      otherIncome: 15000,
      net: 101420,
      overBudget: false,
    });
  });

  test("fines still owed per member (paid up and clean members are not listed), and the findings still open", () => {
    const a = buildHandover(term(), "2026", "2026-12-20").accounts;
    // 李四: late 5 + absent 20 − paid 5; 王五: left early 5
    expect(a.finesOwed.map((f) => [f.name, f.penalties, f.paid, f.waived, f.balance])).toEqual([
      ["李四", 2500, 500, 0, 2000],
      ["王五", 500, 0, 0, 500],
    ]);
    expect(a.findings.map((f) => [f.tab, f.row, f.column, f.message.key])).toEqual([["events", 2, "budget", "overBudget"]]);
  });

  test("no money and no term start: an empty cash book, nothing owed", () => {
    const m = model();
    m.settings = { ...m.settings, termStart: null };
    expect(buildHandover(m, "2026", "2026-12-20").accounts).toEqual({
      asOf: "2026-12-20",
      start: null,
      openingBalance: 0,
      cashBook: [],
      events: [],
      reimbursementsOwed: [],
      finesOwed: [],
      findings: [],
    });
  });
});
