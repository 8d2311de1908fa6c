import { accountsOfMonth, buildAccounts } from "../../src/domain/accounts";
import { render } from "../../src/domain/messages";
import type { Model } from "../../src/domain/model";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { account as acct, cell, entry, equal, model } from "./fixtures";

/**
 * A term worked out by hand (fen in the code, yuan here):
 * opening ¥1,000.00 on 2026-09-01 (学期开始; 期初日期 blank).
 * September: sponsorship ¥2,000.00 (commission 15% = 300.00, paid 10-08); expense from cash ¥120.00;
 *   张三 advances ¥260.50 (reimbursed 10-02); 李四 pays a fine of ¥5.00; other income ¥800.00.
 * October: sponsorship ¥1,000.01 (commission 150.0015 → 150.00, unpaid); refund −¥300.00
 *   (commission −45.00, paid 10-20); commission of September paid 10-08 (300.00); reimbursement 260.50
 *   on 10-02; 王五 advances ¥95.80 (still owed); fine waived for 李四 ¥20.00.
 * November: nothing moves.
 *   Sept closing = 1000 + 2000 + 5 + 800 − 120 = 3,685.00
 *   Oct  closing = 3685 + (1000.01 − 300) − 260.50 − (300 − 45) = 3,869.51
 *   Nov  closing = 3,869.51
 */
function term(extra: Partial<Model> = {}): Model {
  return model({
    events: [
      { name: "迎新晚会", date: "2026-09-26", owner: "张三", target: 500000, budget: 30000, row: 2 },
      { name: "运动会", date: "2026-10-23", owner: "李四", target: null, budget: 10000, row: 3 },
      { name: "讲座", date: "2026-11-10", owner: "李四", target: null, budget: null, row: 4 },
    ],
    ledger: [
      entry({ date: "2026-09-10", cash: 200000, event: "迎新晚会", inKind: 30000, paidOn: "2026-10-08", paidOnBlank: false }),
      entry({ date: "2026-10-12", cash: 100001, event: "运动会" }),
      entry({ date: "2026-10-15", cash: -30000, event: "迎新晚会", paidOn: "2026-10-20", paidOnBlank: false }),
      entry({ date: "2026-10-20", cash: 50000, event: "运动会", status: "pledged" }),
      entry({ date: "2026-08-20", cash: 70000, event: "迎新晚会", paidOn: "2026-08-30", paidOnBlank: false }),
    ],
    accounts: [
      acct({ date: "2026-09-12", type: "expense", amount: 12000, event: "迎新晚会" }),
      acct({ date: "2026-09-20", type: "expense", amount: 26050, event: "迎新晚会", member: "张三", reimbursement: "done", reimbursedOn: "2026-10-02" }),
      acct({ date: "2026-09-23", type: "finePaid", amount: 500, member: "李四" }),
      acct({ date: "2026-09-15", type: "income", amount: 80000 }),
      acct({ date: "2026-10-21", type: "expense", amount: 9580, event: "运动会", member: "王五", reimbursement: "owed", receipt: "小票" }),
      acct({ date: "2026-10-28", type: "fineWaived", amount: 2000, member: "李四", notes: "部长同意" }),
      // Before the opening date: in the opening balance already.
      acct({ date: "2026-08-25", type: "expense", amount: 99900, event: "迎新晚会" }),
    ],
    attendance: {
      meetings: [
        { date: "2026-09-16", column: 2 },
        { date: "2026-10-14", column: 3 },
        { date: "2026-11-11", column: 4 },
      ],
      rows: [
        { name: "张三", group: "一组", row: 2, statuses: [cell("出席"), cell("出席"), cell("出席")] },
        { name: "李四", group: "一组", row: 3, statuses: [cell("迟到"), cell("缺席"), cell("迟到+早退")] },
        { name: "王五", group: "二组", row: 4, statuses: [cell("出席"), cell("早退"), cell("")] },
      ],
    },
    settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01", opening: { balance: 100000, date: null } },
    ...extra,
  });
}

describe("cash book", () => {
  test("reconciles month by month in fen, from the term start to the day", () => {
    const a = buildAccounts(term(), "2026-11-30");
    expect(a.start).toBe("2026-09-01");
    expect(a.cashBook).toEqual([
      {
        month: "2026-09",
        opening: 100000,
        sponsorCash: 200000,
        finesPaid: 500,
        otherIncome: 80000,
        expensesPaid: 12000,
        reimbursed: 0,
        commissionsPaid: 0,
        closing: 368500,
      },
      {
        month: "2026-10",
        opening: 368500,
        sponsorCash: 70001,
        finesPaid: 0,
        otherIncome: 0,
        expensesPaid: 0,
        reimbursed: 26050,
        commissionsPaid: 25500,
        closing: 386951,
      },
      {
        month: "2026-11",
        opening: 386951,
        sponsorCash: 0,
        finesPaid: 0,
        otherIncome: 0,
        expensesPaid: 0,
        reimbursed: 0,
        commissionsPaid: 0,
        closing: 386951,
      },
    ]);
  });

  test("a month's report sees only what had moved by its last day", () => {
    const { month, accounts } = accountsOfMonth(term(), "2026-09");
    expect(month).toMatchObject({ opening: 100000, closing: 368500, reimbursed: 0 });
    expect(accounts.cashBook).toHaveLength(1);
    // Advanced in September, paid back in October: owed at September's end.
    expect(accounts.reimbursementsOwed.map((r) => [r.member, r.amount])).toEqual([["张三", 26050]]);
  });

  test("an opening date moves the start: money before it is in the opening balance", () => {
    const m = term();
    m.settings = { ...m.settings, opening: { balance: 500000, date: "2026-10-01" } };
    const a = buildAccounts(m, "2026-10-31");
    expect(a.cashBook.map((c) => c.month)).toEqual(["2026-10"]);
    // 5000 + 700.01 − 260.50 − 255.00 (both commissions paid in October)
    expect(a.cashBook[0].closing).toBe(500000 + 70001 - 26050 - 25500);
  });

  test("without an opening date or a term start it starts when money first moved", () => {
    const m = term();
    m.settings = { ...m.settings, termStart: null, opening: { balance: 0, date: null } };
    const a = buildAccounts(m, "2026-09-30");
    expect(a.start).toBe("2026-08-20");
    expect(a.cashBook.map((c) => c.month)).toEqual(["2026-08", "2026-09"]);
    // August: +700 sponsorship − 105 commission − 999 expense.
    expect(a.cashBook[0].closing).toBe(70000 - 10500 - 99900);
    expect(a.cashBook[1].opening).toBe(a.cashBook[0].closing);
  });

  test("an opening date after the day gives an empty cash book, not a negative month", () => {
    const m = term();
    m.settings = { ...m.settings, opening: { balance: 100, date: "2027-01-01" } };
    expect(buildAccounts(m, "2026-11-30").cashBook).toEqual([]);
  });

  test("a commission marked paid with text instead of a date is reported, not placed in a month", () => {
    const m = term();
    m.ledger.push(entry({ date: "2026-10-05", cash: 10000, paidOn: null, paidOnBlank: false }));
    const a = buildAccounts(m, "2026-11-30");
    expect(a.cashBook[2].closing).toBe(386951 + 10000);
    const f = a.findings.find((x) => x.message.key === "commissionPaidUndated")!;
    expect(f).toMatchObject({ tab: "ledger", row: m.ledger[m.ledger.length - 1].row, column: "paidOn" });
    expect(render(f.message, "en")).toContain("¥15.00");
    expect(render(f.message, "zh")).toContain("未计入收支账");
  });
});

describe("events", () => {
  test("budget, spent, raised, net and budget left per event; over budget is flagged at the budget cell", () => {
    const a = buildAccounts(term(), "2026-11-30");
    const byName = Object.fromEntries(a.events.map((e) => [e.name, e]));
    // 迎新晚会: spent 120 + 260.50 + 999 (before the opening date, still the event's) = 1,379.50; raised 2000 − 300 + 700.
    expect(byName.迎新晚会).toEqual({
      name: "迎新晚会",
      budget: 30000,
      spent: 137950,
      cashRaised: 240000,
      inKindRaised: 30000,
      otherIncome: 0,
      net: 240000 - 137950,
      budgetLeft: 30000 - 137950,
      overBudget: true,
    });
    expect(byName.运动会).toMatchObject({ spent: 9580, cashRaised: 100001, budgetLeft: 420, overBudget: false });
    expect(byName.讲座).toMatchObject({ spent: 0, budget: null, budgetLeft: null, overBudget: false });
    const f = a.findings.filter((x) => x.message.key === "overBudget");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ tab: "events", row: 2, column: "budget" });
    expect(render(f[0].message, "zh")).toBe("“迎新晚会”已支出 ¥1,379.50，超出预算 ¥300.00（超 ¥1,079.50）");
  });

  test("once a season has started, last season's row for an event of the same name is not this one's", () => {
    const m = term();
    m.settings = { ...m.settings, renewalStart: "2026-09-01" };
    m.ledger.push(entry({ date: "2025-09-20", cash: 150000, event: "迎新晚会", paidOn: "2025-10-08", paidOnBlank: false }));
    const raised = (x: typeof m) => buildAccounts(x, "2026-11-30").events.find((e) => e.name === "迎新晚会")!.cashRaised;
    // 2000 − 300, the 2025 row (and the 2026-08-20 row, also before the season) left to last season.
    expect(raised(m)).toBe(170000);
    m.settings = { ...m.settings, renewalStart: null };
    expect(raised(m)).toBe(240000 + 150000);
  });

  test("income and spending tied to no event come last, as one line with an empty name", () => {
    const a = buildAccounts(term(), "2026-11-30");
    expect(a.events[a.events.length - 1]).toMatchObject({ name: "", otherIncome: 80000, spent: 0 });
  });
});

describe("reimbursements", () => {
  test("an advanced expense is owed until its reimbursement day, oldest first", () => {
    const m = term();
    m.accounts.push(acct({ date: "2026-09-01", type: "expense", amount: 100, member: "李四", reimbursement: "owed" }));
    const a = buildAccounts(m, "2026-11-30");
    expect(a.reimbursementsOwed.map((r) => [r.date, r.member, r.amount, r.receipt])).toEqual([
      ["2026-09-01", "李四", 100, ""],
      ["2026-10-21", "王五", 9580, "小票"],
    ]);
  });
});

describe("fines", () => {
  test("owed = the term's penalties − paid − waived, per member", () => {
    const a = buildAccounts(term(), "2026-11-30");
    const byName = Object.fromEntries(a.fines.map((f) => [f.name, f]));
    // 李四: late 5 + absent 20 + late and left early 10 = 35; paid 5; waived 20 → owes 10.
    expect(byName.李四).toMatchObject({ penalties: 3500, paid: 500, waived: 2000, balance: 1000 });
    expect(byName.王五).toMatchObject({ penalties: 500, paid: 0, waived: 0, balance: 500 });
    expect(byName.张三).toMatchObject({ penalties: 0, balance: 0 });
  });

  test("at a month's end only that far: October's 李四 owed 25 − 5 − 20 = 0", () => {
    const { accounts } = accountsOfMonth(term(), "2026-10");
    expect(accounts.fines.find((f) => f.name === "李四")).toMatchObject({ penalties: 2500, balance: 0 });
  });

  test("paying more than was owed is pointed out at the member's last fine row", () => {
    const m = term();
    m.accounts.push(acct({ date: "2026-11-20", type: "finePaid", amount: 5000, member: "王五" }));
    const a = buildAccounts(m, "2026-11-30");
    const f = a.findings.find((x) => x.message.key === "fineOverpaid")!;
    expect(f).toMatchObject({ tab: "accounts", row: m.accounts[m.accounts.length - 1].row, column: "amount" });
    expect(render(f.message, "en")).toBe("王五 has paid or been excused ¥50.00 in fines, more than the ¥5.00 owed (by ¥45.00): check the rows");
  });

  test("a member who left still appears while owing", () => {
    const m = term();
    m.members = m.members.map((x) => (x.name === "王五" ? { ...x, active: false } : x));
    expect(buildAccounts(m, "2026-11-30").fines.map((f) => f.name)).toContain("王五");
    m.attendance.rows[2].statuses = [cell("出席"), cell("出席"), cell("")];
    expect(buildAccounts(m, "2026-11-30").fines.map((f) => f.name)).not.toContain("王五");
  });

  test("credit to a member is kept in 赞助记录's split: the commission paid is the row's whole commission", () => {
    const m = term({ ledger: [entry({ date: "2026-09-10", cash: 100001, credit: equal("张三", "李四", "路人"), paidOn: "2026-09-30", paidOnBlank: false })] });
    expect(buildAccounts(m, "2026-09-30").cashBook[0].commissionsPaid).toBe(15000);
  });
});

describe("what the cash book cannot count is named at its cell", () => {
  test("a 收支 row before the opening date is in the opening balance, and said so at its date", () => {
    const m = term();
    const a = buildAccounts(m, "2026-11-30");
    const before = m.accounts.find((x) => x.date === "2026-08-25")!;
    const f = a.findings.filter((x) => x.message.key === "movementBeforeStart");
    expect(f.map((x) => [x.tab, x.row, x.column])).toEqual([["accounts", before.row, "date"]]);
    expect(render(f[0].message, "en")).toContain("2026-08-25 is before the cash book starts on 2026-09-01");
    // The ledger's own history before the term is not a finding: sponsorship cash and its commission paid in August.
    expect(a.findings.some((x) => x.tab === "ledger" && x.message.key === "movementBeforeStart")).toBe(false);
  });

  test("a commission paid before the book starts on a sponsorship inside it is named; paid before its own date too", () => {
    const m = term({ ledger: [entry({ date: "2026-09-10", cash: 200000, paidOn: "2025-10-08", paidOnBlank: false })] });
    const a = buildAccounts(m, "2026-11-30");
    // The 收支 row of 2026-08-25 before the start, this commission, and the same commission paid before its sponsorship (迎新晚会 is over budget too).
    expect(a.findings.map((x) => x.message.key).sort()).toEqual([
      "commissionPaidBeforeSponsorship",
      "movementBeforeStart",
      "movementBeforeStart",
      "overBudget",
    ]);
    expect(a.cashBook[a.cashBook.length - 1].closing).toBe(100000 + 200000 + 500 + 80000 - 12000 - 26050);
  });

  test("a fine row before the term does not count toward the term's fines, and says so", () => {
    const m = term();
    m.accounts.push(acct({ date: "2026-08-20", type: "finePaid", amount: 500, member: "王五" }));
    const a = buildAccounts(m, "2026-11-30");
    expect(a.fines.find((f) => f.name === "王五")).toMatchObject({ paid: 0, balance: 500 });
    expect(a.findings.filter((x) => x.message.key === "fineBeforeTerm")).toHaveLength(1);
  });

  test("without any start, a slip such as 1899-12-30 does not stretch the book over a century", () => {
    const m = term();
    m.settings = { ...m.settings, termStart: null, opening: { balance: 0, date: null } };
    m.accounts.push(acct({ date: "1899-12-30", type: "income", amount: 100 }));
    const a = buildAccounts(m, "2026-11-30");
    expect(a.cashBook[0].month).toBe("2026-08");
    expect(a.findings.filter((x) => x.message.key === "movementTooOld").map((x) => x.date)).toEqual(["1899-12-30"]);
  });

  test("sponsorships tied to no event are raised on the no-event line, so the events add up to the cash book", () => {
    const m = term();
    m.ledger.push(entry({ date: "2026-10-02", cash: 5000 }));
    const none = buildAccounts(m, "2026-11-30").events.find((e) => e.name === "")!;
    expect(none).toMatchObject({ cashRaised: 5000, otherIncome: 80000 });
  });
});

describe("cash below zero", () => {
  const book = (accounts: Model["accounts"], ledger: Model["ledger"] = []) =>
    model({ ledger, accounts, settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01", opening: { balance: 100000, date: null } } });
  const below = (m: Model) => buildAccounts(m, "2026-11-30").findings.filter((f) => f.message.key === "cashBelowZero");

  test("the day ¥1,000 of cash meets a ¥1,500 expense is said at that expense's amount, with the balance", () => {
    const m = book([
      acct({ date: "2026-09-03", type: "expense", amount: 40000, row: 2 }),
      acct({ date: "2026-09-05", type: "expense", amount: 110000, row: 3 }),
      acct({ date: "2026-09-06", type: "expense", amount: 1000, row: 4 }),
    ]);
    const f = below(m);
    // Only where it first went below: the next day's expense deepens it, said once.
    expect(f).toEqual([expect.objectContaining({ tab: "accounts", row: 3, column: "amount", date: "2026-09-05" })]);
    expect(render(f[0].message, "zh")).toBe("算上 2026-09-05 的收支，部门现金为 -¥500.00，低于零：是否漏记了收入或期初余额，或金额填错了？");
    expect(render(f[0].message, "en")).toContain("the department's cash is -¥500.00, below zero");
  });

  test("money in on the same day counts first; back above zero and below again is said again", () => {
    const m = book([
      acct({ date: "2026-09-05", type: "expense", amount: 250000, row: 2 }),
      acct({ date: "2026-09-05", type: "income", amount: 200000, row: 3 }),
      acct({ date: "2026-10-01", type: "expense", amount: 60000, row: 4 }),
      acct({ date: "2026-10-02", type: "income", amount: 20000, row: 5 }),
      acct({ date: "2026-10-09", type: "expense", amount: 30000, row: 6 }),
    ]);
    // 1,000 + 2,000 − 2,500 = 500 on 09-05; −100 on 10-01; 100 on 10-02; −200 on 10-09.
    expect(below(m).map((f) => [f.row, f.date])).toEqual([
      [4, "2026-10-01"],
      [6, "2026-10-09"],
    ]);
  });

  test("a refund larger than the cash held is said at the ledger's cash cell; the cash book itself is unchanged", () => {
    const m = book([], [entry({ date: "2026-09-20", cash: -120000, event: "迎新晚会" })]);
    const a = buildAccounts(m, "2026-11-30");
    expect(below(m)).toEqual([expect.objectContaining({ tab: "ledger", row: m.ledger[0].row, column: "cash", date: "2026-09-20" })]);
    expect(a.cashBook[0].closing).toBe(100000 - 120000);
  });

  test("a term whose cash stays above zero has no such finding", () => {
    expect(below(term())).toEqual([]);
  });
});
