import { type Accounts, buildAccounts, type FineAccount } from "../../src/domain/accounts";
import { accountsToJson, finesOwedFirst } from "../../src/domain/accounts-json";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { account, cell, entry, model } from "./fixtures";

const fine = (name: string, penalties: number, paid: number, waived = 0, active = true): FineAccount => ({
  name,
  group: "一组",
  active,
  penalties,
  paid,
  waived,
  balance: penalties - paid - waived,
});

const accounts: Accounts = {
  start: "2026-09-01",
  asOf: "2026-09-30",
  openingBalance: 128650,
  cashBook: [
    {
      month: "2026-09",
      opening: 128650,
      sponsorCash: 100001,
      finesPaid: 500,
      otherIncome: 80000,
      expensesPaid: 12000,
      reimbursed: 26050,
      commissionsPaid: 0,
      closing: 271101,
    },
  ],
  events: [
    {
      name: "迎新晚会",
      budget: 50000,
      spent: 56050,
      cashRaised: 100001,
      inKindRaised: 20000,
      otherIncome: 0,
      net: 43951,
      budgetLeft: -6050,
      overBudget: true,
    },
    { name: "", budget: null, spent: 0, cashRaised: 0, inKindRaised: 0, otherIncome: 80000, net: 80000, budgetLeft: null, overBudget: false },
  ],
  reimbursementsOwed: [{ row: 7, date: "2026-09-20", member: "王五", event: "迎新晚会", item: "节目奖品", amount: 9580, receipt: "小票" }],
  fines: [fine("张三", 0, 0), fine("李四", 2500, 500), fine("王五", 2000, 0, 2000), fine("赵六", 4000, 0, 0, false)],
  findings: [],
};

describe("accountsToJson", () => {
  const json = accountsToJson(
    accounts,
    "2026-09",
    [{ sheet: "收支", cell: "D7", message: { key: "accountAmountNotPositive", params: { value: "-5" } } }],
    "zh",
  );

  test("the spec's keys, money as yuan with two decimals, a budget that is not set stays null", () => {
    expect(Object.keys(json)).toEqual(["month", "asOf", "start", "openingBalance", "cashBook", "events", "reimbursementsOwed", "fines", "problems"]);
    expect(json.openingBalance).toBe(1286.5);
    expect(json.cashBook).toEqual([
      {
        month: "2026-09",
        opening: 1286.5,
        sponsorCash: 1000.01,
        finesPaid: 5,
        otherIncome: 800,
        expensesPaid: 120,
        reimbursed: 260.5,
        commissionsPaid: 0,
        closing: 2711.01,
      },
    ]);
    expect(json.events[0]).toMatchObject({ name: "迎新晚会", budget: 500, spent: 560.5, budgetLeft: -60.5, overBudget: true });
    expect(json.events[1]).toMatchObject({ name: "", budget: null, budgetLeft: null, otherIncome: 800 });
    expect(json.reimbursementsOwed).toEqual([
      { row: 7, date: "2026-09-20", member: "王五", event: "迎新晚会", item: "节目奖品", amount: 95.8, receipt: "小票" },
    ]);
  });

  test("the problems are rendered in the language asked for", () => {
    expect(json.problems).toEqual([{ sheet: "收支", cell: "D7", message: expect.stringContaining("金额“-5”须大于 0") }]);
    const en = accountsToJson(
      accounts,
      "2026-09",
      [{ sheet: "收支", cell: "D7", message: { key: "accountAmountNotPositive", params: { value: "-5" } } }],
      "en",
    );
    expect(en.problems[0].message).toContain('The amount "-5" must be more than 0');
  });

  test("fines: who owes comes first, the most owed first; then the rest in the members' order", () => {
    expect(json.fines.map((f) => [f.name, f.balance])).toEqual([
      ["赵六", 40],
      ["李四", 20],
      ["张三", 0],
      ["王五", 0],
    ]);
    expect(json.fines[0]).toEqual({ name: "赵六", group: "一组", active: false, penalties: 40, paid: 0, waived: 0, balance: 40 });
  });

  test("the JSON of a month with no cash book has its empty lines, not missing keys", () => {
    const none = accountsToJson({ ...accounts, start: null, cashBook: [], events: [], reimbursementsOwed: [], fines: [] }, "2026-08", [], "en");
    expect(none).toMatchObject({ month: "2026-08", start: null, cashBook: [], events: [], reimbursementsOwed: [], fines: [], problems: [] });
  });
});

describe("finesOwedFirst", () => {
  test("an overpaid member is not among those who owe; equal balances keep their order", () => {
    const order = finesOwedFirst([fine("甲", 500, 1000), fine("乙", 500, 0), fine("丙", 500, 0), fine("丁", 2000, 0)]).map((f) => f.name);
    expect(order).toEqual(["丁", "乙", "丙", "甲"]);
  });
});

test("from buildAccounts to JSON, every fen survives as yuan: ¥1,000.01 + a ¥0.01 fine − ¥150.00 commission = ¥850.02", () => {
  const m = model({
    ledger: [entry({ date: "2026-09-10", cash: 100001, paidOn: "2026-09-30", paidOnBlank: false })],
    accounts: [account({ date: "2026-09-12", type: "finePaid", amount: 1, member: "李四" })],
    attendance: { meetings: [{ date: "2026-09-09", column: 2 }], rows: [{ name: "李四", group: "一组", row: 2, statuses: [cell("迟到")] }] },
    settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01" },
  });
  const json = accountsToJson(buildAccounts(m, "2026-09-30"), "2026-09", [], "zh");
  expect(json.cashBook[0]).toMatchObject({ opening: 0, sponsorCash: 1000.01, finesPaid: 0.01, commissionsPaid: 150, closing: 850.02 });
  expect(json.fines[0]).toMatchObject({ name: "李四", penalties: 5, paid: 0.01, balance: 4.99 });
});
