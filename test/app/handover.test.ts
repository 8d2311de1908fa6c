import { exportHandover, runHandover } from "../../src/app/handover";
import { context } from "../../src/sheets/workbook";
import { d, logLines, sheetWith, snapshot, tabNames, today, values } from "../support/apps-script";

function department(extra: { name: string; rows: unknown[][] }[] = []) {
  today("2026-12-20");
  return sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"]] },
    {
      name: "赞助商",
      rows: [
        ["赞助商", "负责人"],
        ["博文书店", "王浩然"],
        ["老王餐馆", ""],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "经办人", "现金", "状态"],
        [d("2026-10-02"), "博文书店", "王浩然", 1000, "已到账"],
        [d("2026-11-02"), "老王餐馆", "王浩然", 500, "意向"],
      ],
    },
    ...(extra as never[]),
  ]);
}

describe("runHandover", () => {
  test("writes one new tab for the year and logs it; every other tab stays as it was", () => {
    const rt = department();
    const before = snapshot(rt);
    expect(runHandover(context(), "2026")).toEqual({
      tab: "交接 2026",
      beside: null,
      notice: "",
      sponsors: 2,
      pledges: 1,
      deliverables: 0,
      unpaidMembers: 1,
      closingBalance: 100000,
      accountProblems: 0,
    });
    expect(snapshot(rt).filter((t) => before.some((b) => b.name === t.name))).toEqual(before);
    expect(tabNames(rt)).toEqual(["成员", "赞助商", "赞助记录", "交接 2026", "日志"]);
    expect(logLines(rt)).toEqual([["officer@example.edu", "导出交接", "交接 2026", `1-${values(rt, "交接 2026").length}`]]);
  });

  test("a 交接 2026 the add-on did not make is never touched: the new one goes beside it, and the answer says so", () => {
    const rt = department([{ name: "交接 2026", rows: [["我们自己的交接表"]] }]);
    expect(runHandover(context(), "2026")).toMatchObject({
      tab: "交接 2026 (2)",
      beside: "交接 2026",
      notice: "已有一个不是本插件生成的“交接 2026”工作表，它保持原样；新内容写在“交接 2026 (2)”中",
    });
    expect(values(rt, "交接 2026")).toEqual([["我们自己的交接表"]]);
  });

  test("a ledger that cannot be read (its 赞助商 header renamed) is refused, and no tab is written", () => {
    const rt = department();
    rt.book.getSheetByName("赞助记录")!.getRange(1, 2).setValue("商户名称");
    expect(() => runHandover(context(), "2026")).toThrow(
      "“赞助记录”表缺少必需的列“赞助商”（或 “Sponsor”，表头行 A1），所以无法读取：请在表头行添加，或运行“初始化表格”",
    );
    expect(tabNames(rt)).toEqual(["成员", "赞助商", "赞助记录"]);
  });

  test("without a ledger it is refused", () => {
    today("2026-12-20");
    sheetWith([{ name: "成员", rows: [["姓名"]] }]);
    expect(() => runHandover(context(), "2026")).toThrow("找不到“赞助记录”工作表：请运行“初始化表格”或把工作表改回这个名字");
  });
});

describe("runHandover: the accounts", () => {
  const accounts = {
    name: "收支",
    rows: [
      ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
      [d("2026-10-05"), "迎新晚会", "支出", 150, "", "横幅", "发票", "", "", ""],
      [d("2026-10-06"), "", "其他收入", -5, "", "义卖", "", "", "", ""],
      [d("2026-10-07"), "迎新晚会", "支出", 20, "王浩然", "胶带", "小票", "已报销", "", ""],
      [d("2026-11-02"), "迎新晚会", "支出", 35.5, "王浩然", "彩带", "小票", "待报销", "", ""],
    ],
  };
  const events = {
    name: "活动",
    rows: [
      ["活动", "预算"],
      ["迎新晚会", 100],
    ],
  };
  const section = (tab: unknown[][], title: string) => {
    const start = tab.findIndex((r) => r[0] === title) + 1;
    const end = tab.findIndex((r, i) => i >= start && r.every((v) => v === ""));
    return tab.slice(start, end < 0 ? tab.length : end);
  };

  test("the cash book to the hand-over date, reimbursements owed, and every problem still open at its sheet and cell", () => {
    const rt = department([accounts, events]);
    const run = runHandover(context(), "2026");
    // Oct: + 1,000.00 sponsorship − 150.00 − 20.00 paid back (on the expense's day, no date given); Nov, Dec: nothing moves.
    expect(run).toMatchObject({ closingBalance: 83000, accountProblems: 3 });
    const tab = values(rt, "交接 2026");
    expect(section(tab, "七、财务账目：收支账（2026-10-02 至 2026-12-20）").map((r) => [r[0], r[1], r[8]])).toEqual([
      ["收支账从 2026-10-02 开始，期初余额 ¥0.00。每月：期初 + 赞助现金 + 罚款收入 + 其他收入 − 现金支出 − 报销给成员 − 发放佣金 = 期末。", "", ""],
      ["月份", "期初余额", "期末余额"],
      ["2026-10", 0, 830],
      ["2026-11", 830, 830],
      ["2026-12", 830, 830],
      ["合计", 0, 830],
    ]);
    expect(
      section(tab, "九、财务账目：待报销（部门欠成员的垫付款，截至 2026-12-20）")
        .slice(1, 2)
        .map((r) => r.slice(0, 7)),
    ).toEqual([["2026-11-02", "王浩然", "迎新晚会", "彩带", 35.5, "小票", 5]]);
    expect(section(tab, "十一、财务账目：待处理的问题").map((r) => r.slice(0, 3))).toEqual([
      ["工作表", "单元格", "问题"],
      ["收支", "D3", "金额“-5”须大于 0：支出、收入和罚款都填正数，类型说明钱的去向（只有商家退回部门现金的款项记作负的支出）。这一行未计入"],
      ["收支", "I4", "已报销但没有报销日期：收支账按支出当天 2026-10-07 计算，请填写实际还钱的日期"],
      ["活动", "B2", "“迎新晚会”已支出 ¥205.50，超出预算 ¥100.00（超 ¥105.50）"],
    ]);
  });

  test("a year already over is handed over as at its last day", () => {
    const rt = department([accounts, events]);
    today("2027-02-10");
    runHandover(context(), "2026");
    expect(values(rt, "交接 2026").some((r) => r[0] === "七、财务账目：收支账（2026-10-02 至 2026-12-31）")).toBe(true);
  });

  test("a 收支 tab that cannot be read (its 类型 header renamed) is refused, and no tab is written", () => {
    const rt = department([accounts]);
    rt.book.getSheetByName("收支")!.getRange(1, 3).setValue("种类");
    expect(() => runHandover(context(), "2026")).toThrow("“收支”表缺少必需的列“类型”（或 “Type”，表头行 A1），所以无法读取");
    expect(tabNames(rt)).toEqual(["成员", "赞助商", "赞助记录", "收支"]);
  });
});

describe("exportHandover (without dialogs)", () => {
  test("an English hand-over on request; a year that is not four digits is an invalid request", () => {
    department();
    expect(exportHandover({ year: "2026", lang: "en" }).tab).toBe("Hand-over 2026");
    expect(() => exportHandover({ year: "26" })).toThrow(/请求无效：year/);
  });
});
