import { generateMonthlyReport, runReport } from "../../src/app/generate-report";
import { context } from "../../src/sheets/workbook";
import { d, logLines, sheetWith, tabNames, today, values } from "../support/apps-script";

function department(reportLang = "zh", extra: { name: string; rows: unknown[][] }[] = []) {
  today("2026-11-23");
  return sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"]] },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "经办人", "现金", "状态"],
        [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账"],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["报告语言", reportLang],
      ],
    },
    ...(extra as never[]),
  ]);
}

describe("runReport", () => {
  test("writes the month's tab, logs it and answers the report's numbers", () => {
    const rt = department();
    const run = runReport(context(), "2026-11");
    expect(run).toMatchObject({ tab: "月报 2026-11", lang: "zh", beside: null, notice: "" });
    expect(run.report.totals).toMatchObject({ cashReceived: 1000, commission: 150 });
    const rows = values(rt, "月报 2026-11").length;
    expect(logLines(rt)).toEqual([["officer@example.edu", "生成月报", "月报 2026-11", `1-${rows}`]]);
  });

  test("the report's language follows Settings' 报告语言", () => {
    const rt = department("en");
    expect(runReport(context(), "2026-11").tab).toBe("Report 2026-11");
    expect(tabNames(rt)).toContain("Report 2026-11");
  });

  test("the month defaults to the previous one before the 26th", () => {
    department();
    expect(runReport(context()).tab).toBe("月报 2026-10");
  });

  test("beside a tab of that name the add-on did not make, and says so", () => {
    department("zh", [{ name: "月报 2026-11", rows: [["自己的"]] }]);
    expect(runReport(context(), "2026-11")).toMatchObject({
      tab: "月报 2026-11 (2)",
      beside: "月报 2026-11",
      notice: "已有一个不是本插件生成的“月报 2026-11”工作表，它保持原样；新内容写在“月报 2026-11 (2)”中",
    });
  });

  test("a second officer pressing it meanwhile is told it is already running; no second tab", () => {
    const rt = department();
    rt.locks.holdDocumentLockElsewhere(true);
    expect(() => runReport(context(), "2026-11")).toThrow("月报正在由另一位成员生成，请稍候片刻再查看");
    expect(tabNames(rt)).toEqual(["成员", "赞助记录", "设置"]);
  });

  test("without a ledger there is nothing to report: the names looked for are given", () => {
    today("2026-11-23");
    sheetWith([{ name: "成员", rows: [["姓名"]] }]);
    expect(() => runReport(context(), "2026-11")).toThrow("找不到“赞助记录”工作表（查找了：赞助记录, Sponsorships, 赞助, 赞助明细, Ledger），无法生成月报");
  });
});

describe("runReport: with 请假需审批 = 是, the month's leave findings are among the problems", () => {
  function withLeave(needsApproval: string) {
    today("2026-12-03");
    return sheetWith([
      {
        name: "成员",
        rows: [
          ["姓名", "职务"],
          ["王浩然", "干事"],
          ["李欣怡", "干事"],
          ["陈思远", "部长"],
        ],
      },
      { name: "赞助商", rows: [["赞助商"]] },
      { name: "活动", rows: [["活动"]] },
      { name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金", "状态"]] },
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-10-28"), d("2026-11-04"), d("2026-11-11")],
          ["王浩然", "请假", "未批假", "出席"],
          ["李欣怡", "出席", "出席", "请假"],
        ],
      },
      {
        name: "请假",
        rows: [
          ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
          ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "陈思远", "2026-11-03 20:00", ""],
          ["2026-11-10 09:00", "李欣怡", d("2026-11-11"), "比赛", "已驳回", "", "", ""],
        ],
      },
      {
        name: "设置",
        rows: [
          ["项目", "值"],
          ["请假需审批", needsApproval],
        ],
      },
    ]);
  }

  test("approved leave charged as 未批假, a 请假 mark on a rejected request and a hand-typed decision, at their cells, in zh; October's mark is left out", () => {
    const rt = withLeave("是");
    const run = runReport(context(), "2026-11", "zh");
    expect(run.report.problems).toEqual([
      { sheet: "考勤", cell: "C2", message: "王浩然 2026-11-04 已批准请假（请假表第 2 行），考勤却记为“未批假”：请改为“请假”" },
      { sheet: "考勤", cell: "D3", message: "李欣怡 2026-11-11 标为“请假”，但请假表第 3 行的申请已被驳回：请改为“未批假”" },
      {
        sheet: "请假",
        cell: "E3",
        message:
          "李欣怡 的请假申请（2026-11-11 例会）标为“已驳回”，但没有审批人和审批时间：像是手动填写的。请改回“待审批”，由部长在“审批”中处理（会记下审批人和审批时间）",
      },
    ]);
    const text = values(rt, "月报 2026-11").flat().map(String);
    expect(text.some((v) => v.includes("考勤却记为“未批假”"))).toBe(true);
    expect(text.some((v) => v.includes("2026-10-28"))).toBe(false);
  });

  test("the same in English", () => {
    withLeave("是");
    const run = runReport(context(), "2026-11", "en");
    expect(run.report.problems.map((p) => p.message)).toEqual([
      "王浩然 has approved leave for 2026-11-04 (row 2 of the Leave tab), but the attendance is marked unapproved leave (未批假): change the mark to leave (请假)",
      "李欣怡 is marked on leave (请假) for 2026-11-11, but the request in row 3 of the Leave tab was rejected: change the mark to unapproved leave (未批假)",
      "李欣怡's leave request for the meeting of 2026-11-11 is marked rejected with no record of who decided it or when: it looks typed in by hand. Set it back to pending (待审批) for the head to decide in Approvals, which records who decided and when",
    ]);
  });

  test("October's report has October's mark only; with 请假需审批 = 否 there are none", () => {
    withLeave("是");
    expect(runReport(context(), "2026-10", "zh").report.problems).toEqual([
      { sheet: "考勤", cell: "B2", message: "王浩然 2026-10-28 标为“请假”，但请假表中没有已批准的申请：请部长审批，或改为“未批假”" },
    ]);
    withLeave("否");
    expect(runReport(context(), "2026-11", "zh").report.problems).toEqual([]);
  });
});

describe("runReport: the accounts (收支)", () => {
  const accounts = {
    name: "收支",
    rows: [
      ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
      [d("2026-11-05"), "", "支出", 120, "王浩然", "横幅", "发票", "", "", ""],
      // November's mistakes: an amount of 0 (the row is left out) and a waiver with no reason.
      [d("2026-11-10"), "", "支出", 0, "王浩然", "海报", "", "", "", ""],
      [d("2026-11-12"), "", "罚款减免", 5, "王浩然", "迟到", "", "", "", ""],
      // October's: listed in October's report and, as they change the balance November starts from, in November's.
      [d("2026-10-05"), "", "其他收入", -5, "王浩然", "胶带", "", "", "", ""],
      [d("2026-10-20"), "", "罚款减免", 5, "王浩然", "迟到", "", "", "", ""],
      // No date: it could be any month's, so every month lists it.
      ["", "", "其他收入", 10, "", "义卖", "", "", "", ""],
    ],
  };

  test("read and counted: the cash book in the JSON and the tab; the problems of 收支 rows up to the month's end", () => {
    const rt = department("zh", [accounts]);
    const run = runReport(context(), "2026-11");
    // No term start nor opening date: the book starts with the first money, 11-02's ¥1,000; −120 on 11-05.
    expect(run.report.accounts.cashBook).toMatchObject({ opening: 0, sponsorCash: 1000, expensesPaid: 120, closing: 880 });
    const ofAccounts = (r: typeof run) => r.report.problems.filter((p) => p.sheet === "收支");
    expect(ofAccounts(run)).toEqual([
      {
        sheet: "收支",
        cell: "D3",
        message: "金额“0”须大于 0：支出、收入和罚款都填正数，类型说明钱的去向（只有商家退回部门现金的款项记作负的支出）。这一行未计入",
      },
      { sheet: "收支", cell: "J4", message: "王浩然 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴" },
      {
        sheet: "收支",
        cell: "D5",
        message: "金额“-5”须大于 0：支出、收入和罚款都填正数，类型说明钱的去向（只有商家退回部门现金的款项记作负的支出）。这一行未计入",
      },
      { sheet: "收支", cell: "J6", message: "王浩然 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴" },
      { sheet: "收支", cell: "A7", message: "“日期”不能为空：这一行未计入" },
    ]);
    const tab = values(rt, "月报 2026-11").map((r) => r[0]);
    expect(tab).toContain("五、收支");
    expect(tab).toContain("= 月末余额");
    expect(ofAccounts(runReport(context(), "2026-10")).map((p) => p.cell)).toEqual(["D5", "J6", "A7"]);
  });

  test("a finding dated in the month is among the problems at its cell: a commission marked paid on no day", () => {
    today("2026-11-23");
    sheetWith([
      { name: "成员", rows: [["姓名"], ["王浩然"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金", "状态", "佣金发放日期"],
          [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账", "已发"],
          [d("2026-10-02"), "博文书店", "王浩然", 1000, "已到账", "已发"],
        ],
      },
      { name: "收支", rows: [accounts.rows[0]] },
    ]);
    const problems = runReport(context(), "2026-11", "en").report.problems.filter((p) => p.message.includes("cash book"));
    expect(problems).toEqual([
      {
        sheet: "赞助记录",
        cell: "F2",
        message: "The commission paid-on cell holds no date: this commission of ¥150.00 counts as paid but is not in the cash book; enter the day it was paid",
      },
    ]);
  });

  test("without a 收支 tab: the section says so, and the cash book holds the ledger's cash", () => {
    const rt = department("en");
    const run = runReport(context(), "2026-11");
    expect(run.report.accounts).toMatchObject({ tab: false, cashBook: { sponsorCash: 1000, closing: 1000 }, reimbursementsOwed: [] });
    const tab = values(rt, "Report 2026-11").map((r) => String(r[0]));
    expect(tab.some((v) => v.startsWith('No "Accounts" (收支) tab'))).toBe(true);
  });
});

describe("generateMonthlyReport (without dialogs)", () => {
  test("month and language as options; a bad month is an invalid request", () => {
    department();
    expect(generateMonthlyReport({ month: "2026-11", lang: "en" }).tab).toBe("Report 2026-11");
    expect(() => generateMonthlyReport({ month: "2026-13" })).toThrow(/请求无效：month/);
  });
});
