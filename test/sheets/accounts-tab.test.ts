import type { NewAccount } from "../../src/contracts/account-entry";
import { appendAccount, readAccountsTab, writeReimbursed } from "../../src/sheets/accounts-tab";
import { context } from "../../src/sheets/workbook";
import { d, day, formulas, sheetWith, tab, today, values } from "../support/apps-script";

const HEADERS = ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"];
const OWED = [d("2026-11-14"), "社团文化节", "支出", 95.8, "吴佳琪", "桌布", "小票", "待报销", "", ""];

const entry = (over: Partial<NewAccount> = {}): NewAccount => ({
  type: "expense",
  date: "2026-11-20",
  amount: 120050,
  event: "运动会",
  member: "王浩然",
  item: "+1 奖牌",
  receipt: '=HYPERLINK("https://pan.example.edu/r/1")',
  owed: true,
  notes: "",
  ...over,
});

describe("readAccountsTab", () => {
  test("one read of the tab, every row as the accounts read it", () => {
    today("2026-11-23");
    sheetWith([{ name: "收支", rows: [HEADERS, OWED, [d("2026-11-15"), "", "罚款缴纳", "5", "李欣怡", "", "", "", "", ""]] }]);
    const t = readAccountsTab(context(), tab("收支"));
    expect(t.entries.map((e) => [e.row, e.type, e.amount, e.member, e.reimbursement])).toEqual([
      [2, "expense", 9580, "吴佳琪", "owed"],
      [3, "finePaid", 500, "李欣怡", null],
    ]);
  });

  test("a tab missing a column it needs is named with the column", () => {
    sheetWith([{ name: "收支", rows: [HEADERS.filter((h) => h !== "金额")] }]);
    expect(() => readAccountsTab(context(), tab("收支"))).toThrow("“收支”表缺少必需的列“金额”");
  });
});

describe("appendAccount", () => {
  test("the row below the last one, in the tab's order, in the sheet's language: yuan exact, user text never a formula", () => {
    const rt = sheetWith([{ name: "收支", rows: [HEADERS, OWED] }]);
    expect(appendAccount(context(), tab("收支"), entry())).toBe(3);
    expect(values(rt, "收支")[2].map(day)).toEqual(["2026-11-20", "运动会", "支出", 1200.5, "王浩然", "+1 奖牌", entry().receipt, "待报销", "", ""]);
    expect(formulas(rt, "收支")[2].every((f) => f === "")).toBe(true);
  });

  test("an English sheet gets the English labels; paid from cash leaves 报销状态 blank", () => {
    const rt = sheetWith([{ name: "Accounts", rows: [["Date", "Type", "Amount", "Member", "Item", "Reimbursement", "Notes"]] }], { locale: "en_GB" });
    appendAccount(context(), tab("Accounts"), entry({ type: "income", owed: false, member: "", receipt: "", event: "", notes: "拨款" }));
    expect(values(rt, "Accounts")[1].map(day)).toEqual(["2026-11-20", "Other income", 1200.5, "", "+1 奖牌", "", "拨款"]);
  });

  test("a value whose column was deleted is refused, naming the column, rather than dropped", () => {
    const rt = sheetWith([{ name: "收支", rows: [HEADERS.filter((h) => h !== "凭证")] }]);
    expect(() => appendAccount(context(), tab("收支"), entry())).toThrow("凭证");
    expect(values(rt, "收支")).toHaveLength(1);
  });
});

describe("writeReimbursed", () => {
  test("已报销 and today's date in that row's two cells, and nothing else", () => {
    today("2026-11-23");
    const rt = sheetWith([{ name: "收支", rows: [HEADERS, OWED, OWED] }]);
    const ctx = context();
    writeReimbursed(ctx, readAccountsTab(ctx, tab("收支")), 3);
    expect(values(rt, "收支").map((r) => r.map(day))).toEqual([
      HEADERS,
      ["2026-11-14", "社团文化节", "支出", 95.8, "吴佳琪", "桌布", "小票", "待报销", "", ""],
      ["2026-11-14", "社团文化节", "支出", 95.8, "吴佳琪", "桌布", "小票", "已报销", "2026-11-23", ""],
    ]);
  });

  test("without a 报销日期 column, it says which column to add and writes nothing", () => {
    const rt = sheetWith([{ name: "收支", rows: [HEADERS.slice(0, 8), OWED.slice(0, 8)] }]);
    const ctx = context();
    expect(() => writeReimbursed(ctx, readAccountsTab(ctx, tab("收支")), 2)).toThrow("报销日期");
    expect(values(rt, "收支")[1][7]).toBe("待报销");
  });
});
