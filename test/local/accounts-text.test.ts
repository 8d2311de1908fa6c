/** The accounts in the terminal: tables a reader can add up, zh or en. */
import type { AccountsJson } from "../../src/domain/accounts-json";
import { accountsText } from "../../src/local/accounts-text";
import { CELL_WIDTH, displayWidth } from "../../src/local/terminal";
import { finishes } from "../hang-guard";

const cashMonth = (month: string, opening: number, over: Partial<AccountsJson["cashBook"][number]> = {}) => ({
  month,
  opening,
  sponsorCash: 0,
  finesPaid: 0,
  otherIncome: 0,
  expensesPaid: 0,
  reimbursed: 0,
  commissionsPaid: 0,
  closing: opening,
  ...over,
});

function accounts(over: Partial<AccountsJson> = {}): AccountsJson {
  return {
    month: "2026-10",
    asOf: "2026-10-31",
    start: "2026-09-01",
    openingBalance: 1286.5,
    cashBook: [
      cashMonth("2026-09", 1286.5, { sponsorCash: 21500.01, finesPaid: 10, otherIncome: 800, expensesPaid: 120, reimbursed: 440.5, closing: 23036.01 }),
      cashMonth("2026-10", 23036.01, { sponsorCash: 13700.5, finesPaid: 20, expensesPaid: 138, reimbursed: 282, commissionsPaid: 3225, closing: 33111.51 }),
    ],
    events: [
      {
        name: "迎新晚会",
        budget: 500,
        spent: 560.5,
        cashRaised: 16800.01,
        inKindRaised: 1300,
        otherIncome: 0,
        net: 16239.51,
        budgetLeft: -60.5,
        overBudget: true,
      },
      { name: "秋季运动会", budget: null, spent: 246, cashRaised: 10300, inKindRaised: 3100, otherIncome: 0, net: 10054, budgetLeft: null, overBudget: false },
      { name: "", budget: null, spent: 0, cashRaised: 0, inKindRaised: 0, otherIncome: 800, net: 800, budgetLeft: null, overBudget: false },
    ],
    reimbursementsOwed: [
      { row: 12, date: "2026-10-02", member: "黄诗涵", event: "社团文化节", item: "展板租赁 4 块", amount: 320, receipt: "收据照片" },
      { row: 17, date: "2026-10-14", member: "吴佳琪", event: "社团文化节", item: "摊位桌布、胶带", amount: 95.8, receipt: "超市小票" },
    ],
    fines: [
      { name: "周晓雯", group: "一组", active: false, penalties: 20, paid: 0, waived: 0, balance: 20 },
      { name: "赵一鸣", group: "一组", active: true, penalties: 10, paid: 5, waived: 0, balance: 5 },
      { name: "黄诗涵", group: "二组", active: true, penalties: 20, paid: 0, waived: 20, balance: 0 },
    ],
    problems: [
      { sheet: "收支", cell: "I9", message: "已报销但没有报销日期：收支账按支出当天 2026-10-15 计算，请填写实际还钱的日期" },
      { sheet: "收支", cell: "", message: "找不到“收支”工作表" },
    ],
    ...over,
  };
}

const lineOf = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start)) ?? "";
const cells = (line: string) => line.trim().split(/\s{2,}/);

describe("accountsText", () => {
  const zh = accountsText(accounts(), "zh");

  test("the title, the opening balance and its day", () => {
    expect(zh.split("\n").slice(0, 2)).toEqual(["财务账目 2026-10（截至 2026-10-31）", "期初余额 ¥1,286.50（2026-09-01）"]);
  });

  test("each month: opening, the three inflows, the three outflows, closing, in that order, and the rule they add up by", () => {
    expect(cells(lineOf(zh, "月份"))).toEqual(["月份", "期初", "+赞助现金", "+罚款缴纳", "+其他收入", "−部门现金支出", "−报销", "−佣金发放", "期末"]);
    expect(cells(lineOf(zh, "2026-09"))).toEqual(["2026-09", "¥1,286.50", "¥21,500.01", "¥10.00", "¥800.00", "¥120.00", "¥440.50", "¥0.00", "¥23,036.01"]);
    expect(cells(lineOf(zh, "2026-10"))).toEqual(["2026-10", "¥23,036.01", "¥13,700.50", "¥20.00", "¥0.00", "¥138.00", "¥282.00", "¥3,225.00", "¥33,111.51"]);
    expect(zh).toContain("期末 = 期初 + 赞助现金 + 罚款缴纳 + 其他收入 − 部门现金支出 − 报销 − 佣金发放");
  });

  test("amounts are right-aligned: every month's closing ends in the same column", () => {
    const ends = ["2026-09", "2026-10", "月份"].map((m) => displayWidth(lineOf(zh, m)));
    expect(new Set(ends).size).toBe(1);
  });

  test("the events: over budget marked 超支, no budget left blank, what belongs to no event named so", () => {
    expect(cells(lineOf(zh, "迎新晚会"))).toEqual(["迎新晚会", "¥500.00", "¥560.50", "¥16,800.01", "¥1,300.00", "¥0.00", "¥16,239.51", "-¥60.50", "超支"]);
    expect(lineOf(zh, "秋季运动会")).not.toContain("超支");
    expect(cells(lineOf(zh, "（不属于任何活动）"))).toEqual(["（不属于任何活动）", "¥0.00", "¥0.00", "¥0.00", "¥800.00", "¥800.00"]);
  });

  test("reimbursements owed with their total; fines with who owes, a member who left marked", () => {
    expect(zh).toContain("待报销（部门欠成员）：2 笔，合计 ¥415.80");
    expect(cells(lineOf(zh, "黄诗涵  2026-10-02"))).toEqual(["黄诗涵", "2026-10-02", "展板租赁 4 块", "¥320.00", "收据照片"]);
    expect(zh).toContain("罚款（未缴的在前）：2 人未缴，合计 ¥25.00");
    expect(cells(lineOf(zh, "周晓雯"))).toEqual(["周晓雯（已离部）", "一组", "¥20.00", "¥0.00", "¥0.00", "¥20.00"]);
    const waived = zh.split("\n").find((l) => l.startsWith("黄诗涵") && l.includes("二组"))!;
    expect(cells(waived)).toEqual(["黄诗涵", "二组", "¥20.00", "¥0.00", "¥20.00", "¥0.00"]);
  });

  test("the problems last, as sheet!cell: message; a whole tab without a cell", () => {
    const tail = zh.split("\n").slice(-3);
    expect(tail).toEqual([
      "需要核对：2 处",
      "  收支!I9: 已报销但没有报销日期：收支账按支出当天 2026-10-15 计算，请填写实际还钱的日期",
      "  收支: 找不到“收支”工作表",
    ]);
    expect(
      accountsText(accounts({ problems: [] }), "zh")
        .split("\n")
        .at(-1),
    ).toBe("需要核对：没有");
  });

  test("in English", () => {
    const en = accountsText(accounts(), "en");
    expect(en.split("\n")[0]).toBe("Accounts 2026-10 (as of 2026-10-31)");
    expect(cells(lineOf(en, "Month"))).toEqual([
      "Month",
      "Opening",
      "+Sponsor cash",
      "+Fines paid",
      "+Other income",
      "−Paid from cash",
      "−Reimbursed",
      "−Commissions",
      "Closing",
    ]);
    expect(lineOf(en, "迎新晚会").endsWith("Over budget")).toBe(true);
    expect(en).toContain("(no event)");
    expect(en).toContain("Reimbursements owed to members: 2, ¥415.80 in all");
    expect(en).toContain("Fines (who owes first): 2 owe ¥25.00 in all");
    expect(cells(lineOf(en, "周晓雯"))[0]).toBe("周晓雯 (left)");
    expect(en).toContain("To check: 2");
  });

  test("no cash book yet: said so, with the day, instead of an empty table", () => {
    const text = accountsText(accounts({ start: null, openingBalance: 0, cashBook: [] }), "en");
    expect(text).toContain("Opening balance ¥0.00\n");
    expect(text).toContain("The cash book has no months: Settings give no term start or opening date and no money moved, or it starts after 2026-10-31");
    expect(text).not.toContain("Closing =");
  });

  test("a cell as long as a sheet allows is cut to the terminal's column limit", () => {
    const item = "展".repeat(50_000);
    const text = finishes(() =>
      accountsText(accounts({ reimbursementsOwed: [{ row: 2, date: "2026-10-02", member: "黄诗涵", event: "", item, amount: 1, receipt: "" }] }), "zh"),
    );
    const line = lineOf(text, "黄诗涵  2026-10-02");
    expect(line).toContain(`${"展".repeat(39)}…`);
    expect(displayWidth(line)).toBeLessThan(CELL_WIDTH + 40);
  });
});
