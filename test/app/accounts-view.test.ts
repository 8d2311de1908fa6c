import { accountsView, runAccountsView } from "../../src/app/accounts-view";
import { sampleTabs } from "../../src/local/sample/workbook";
import { context } from "../../src/sheets/workbook";
import { d, sheetWith, snapshot, type Tabs, today } from "../support/apps-script";

/**
 * A small department, worked out by hand: opening ¥100.00 on 2026-11-01 (学期开始).
 * 11-02 sponsorship ¥1,000.00 (commission ¥150.00 paid 11-20); 11-05 expense ¥120.50 from cash;
 * 11-06 王浩然 advances ¥60.00 (still owed); 11-10 李欣怡 pays a ¥5.00 fine; 11-25 expense ¥30.00.
 *   as of 11-23: 100 + 1000 + 5 − 120.50 − 150 = 834.50
 *   as of 11-30: 834.50 − 30 = 804.50
 */
function department(extra: Tabs = []): Tabs {
  return [
    {
      name: "成员",
      rows: [
        ["姓名", "小组"],
        ["王浩然", "一组"],
        ["李欣怡", "一组"],
      ],
    },
    {
      name: "活动",
      rows: [
        ["活动", "预算"],
        ["社团文化节", 100],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "活动", "经办人", "现金", "状态", "佣金发放日期"],
        [d("2026-11-02"), "博文书店", "社团文化节", "王浩然", 1000, "已到账", d("2026-11-20")],
      ],
    },
    {
      name: "收支",
      rows: [
        ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
        [d("2026-11-05"), "社团文化节", "支出", 120.5, "", "展板", "收据", "", "", ""],
        [d("2026-11-06"), "社团文化节", "支出", 60, "王浩然", "胶带", "小票", "待报销", "", ""],
        [d("2026-11-10"), "", "罚款缴纳", 5, "李欣怡", "迟到", "", "", "", ""],
        [d("2026-11-25"), "", "支出", 30, "", "矿泉水", "", "", "", ""],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", d("2026-11-04")],
        ["王浩然", "出席"],
        ["李欣怡", "迟到"],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["学期开始", d("2026-11-01")],
        ["期初余额", 100],
      ],
    },
    ...extra,
  ];
}

describe("accountsView", () => {
  test("without a month: as of today, in the month of today; read-only", () => {
    today("2026-11-23");
    const rt = sheetWith(department());
    const before = snapshot(rt);
    const { lang, accounts } = accountsView();
    expect(lang).toBe("zh");
    expect(accounts).toMatchObject({ month: "2026-11", asOf: "2026-11-23", start: "2026-11-01", openingBalance: 100 });
    expect(accounts.cashBook).toEqual([
      {
        month: "2026-11",
        opening: 100,
        sponsorCash: 1000,
        finesPaid: 5,
        otherIncome: 0,
        expensesPaid: 120.5,
        reimbursed: 0,
        commissionsPaid: 150,
        closing: 834.5,
      },
    ]);
    expect(accounts.reimbursementsOwed).toEqual([
      { row: 3, date: "2026-11-06", member: "王浩然", event: "社团文化节", item: "胶带", amount: 60, receipt: "小票" },
    ]);
    expect(accounts.fines.map((f) => [f.name, f.penalties, f.paid, f.balance])).toEqual([
      ["王浩然", 0, 0, 0],
      ["李欣怡", 5, 5, 0],
    ]);
    // Spent ¥180.50 against ¥100.00: said at the event's 预算 cell.
    expect(accounts.events[0]).toMatchObject({ name: "社团文化节", budget: 100, spent: 180.5, budgetLeft: -80.5, overBudget: true });
    expect(accounts.problems).toEqual([{ sheet: "活动", cell: "B2", message: "“社团文化节”已支出 ¥180.50，超出预算 ¥100.00（超 ¥80.50）" }]);
    expect(snapshot(rt)).toEqual(before);
  });

  test("--month: as of the month's last day, so the expense of 11-25 is in", () => {
    today("2026-11-23");
    sheetWith(department());
    const { accounts } = accountsView({ month: "2026-11" });
    expect(accounts.asOf).toBe("2026-11-30");
    expect(accounts.cashBook.map((m) => [m.expensesPaid, m.closing])).toEqual([[150.5, 804.5]]);
    expect(accountsView({ asOf: "2026-11-09" }).accounts.cashBook[0]).toMatchObject({ finesPaid: 0, commissionsPaid: 0, closing: 979.5 });
  });

  test("the report's language: Settings' 报告语言 unless asked for another", () => {
    today("2026-11-23");
    const tabs = department();
    tabs.find((t) => t.name === "设置")!.rows.push(["报告语言", "en"]);
    sheetWith(tabs);
    const en = accountsView();
    expect(en.lang).toBe("en");
    expect(en.accounts.problems[0].message).toBe('"社团文化节" has spent ¥180.50, over its budget of ¥100.00 by ¥80.50');
    expect(accountsView({ lang: "zh" }).accounts.problems[0].message).toContain("超出预算");
  });

  test("every bad cell of the tabs it reads, then its own findings, each at its cell", () => {
    today("2026-11-23");
    const tabs = department();
    const accounts = tabs.find((t) => t.name === "收支")!.rows;
    accounts.push([d("2026-11-12"), "", "罚款减免", 20, "李欣怡", "", "", "", "", "部长同意"]);
    accounts.push([d("2026-11-13"), "", "支出", "两百", "", "", "", "", "", ""]);
    accounts.push([d("2026-11-14"), "", "罚款减免", 5, "王浩然", "", "", "", "", ""]);
    const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
    ledger.push([d("2026-11-03"), "金印图文", "", "王浩然", 200, "已到账", "已发"]);
    sheetWith(tabs);
    const { problems } = accountsView({ lang: "en" }).accounts;
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["赞助记录!G3", "收支!D7", "收支!J8", "赞助记录!G3", "活动!B2", "收支!D6"]);
    expect(problems[2].message).toContain("until then it is not counted and the fine is still owed");
    expect(problems[4].message).toContain("has spent ¥180.50");
    expect(problems[3].message).toBe(
      "The commission paid-on cell holds no date: this commission of ¥30.00 counts as paid but is not in the cash book; enter the day it was paid",
    );
    expect(problems[5].message).toContain("李欣怡 has paid or been excused ¥25.00 in fines, more than the ¥5.00 owed (by ¥20.00)");
  });

  test("without a 收支 tab: the cash book of sponsorship cash and commissions alone, and no problem about the tab", () => {
    today("2026-11-23");
    sheetWith(department().filter((t) => t.name !== "收支"));
    const { accounts } = accountsView({ month: "2026-11" });
    expect(accounts.cashBook[0]).toMatchObject({ sponsorCash: 1000, commissionsPaid: 150, expensesPaid: 0, closing: 950 });
    expect(accounts.reimbursementsOwed).toEqual([]);
    expect(accounts.problems).toEqual([]);
  });

  test("a 收支 tab without its 金额 column is refused, naming the tab and the column, instead of balances without it", () => {
    today("2026-11-23");
    const tabs = department();
    const accounts = tabs.find((t) => t.name === "收支")!;
    accounts.rows = accounts.rows.map((r) => [...r.slice(0, 3), ...r.slice(4)]);
    sheetWith(tabs);
    expect(() => accountsView({ lang: "en" })).toThrow(/“收支”表缺少必需的列“金额”/);
  });

  test("a request with a month and a day, or a day that does not exist, is refused", () => {
    today("2026-11-23");
    sheetWith(department());
    expect(() => accountsView({ month: "2026-11", asOf: "2026-11-23" })).toThrow("请求无效：give month or asOf, not both");
    expect(() => accountsView({ asOf: "2026-02-30" })).toThrow(/请求无效：asOf: must be a day such as 2026-11-23/);
    expect(() => accountsView({ month: "2026-13" })).toThrow(/请求无效：month/);
  });

  test("its Sheets calls do not grow with the rows", () => {
    today("2026-11-23");
    const calls = (n: number) => {
      const tabs = department();
      const rows = tabs.find((t) => t.name === "收支")!.rows;
      for (let i = 0; i < n; i++) rows.push([d("2026-11-15"), "", "其他收入", 1, "", `义卖 ${i}`, "", "", "", ""]);
      const rt = sheetWith(tabs);
      rt.resetStats();
      const { accounts } = runAccountsView(context(), "2026-11-30");
      expect(accounts.cashBook[0].otherIncome).toBe(n);
      return [rt.stats.reads, rt.stats.writes];
    };
    expect(calls(2000)).toEqual(calls(20));
  });

  test("the sample workbook: November closes at ¥42,831.43", () => {
    today("2026-11-23");
    sheetWith(sampleTabs());
    const { accounts } = accountsView({ month: "2026-11" });
    expect(accounts.cashBook.map((m) => m.closing)).toEqual([23036.01, 33111.51, 42831.43]);
  });
});
