import { buildHandover } from "../../src/domain/handover";
import { handoverTabName, layoutHandover } from "../../src/sheets/handover-layout";
import { parseWorkbook } from "../../src/sheets/parse";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

function handover(ledger: unknown[][]) {
  const { model } = parseWorkbook(
    {
      members: {
        sheet: "成员",
        values: [
          ["姓名", "小组"],
          ["王浩然", "一组"],
        ],
      },
      sponsors: {
        sheet: "赞助商",
        values: [
          ["赞助商", "负责人", "阶段"],
          ["=博文书店", "王浩然", "长期合作"],
        ] as never,
      },
      ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"], ...ledger] as never },
    },
    "Asia/Shanghai",
    "2026-12-20",
  );
  return buildHandover(model, "2026", "2026-12-20");
}

/** The sample term of test/domain/handover.test.ts, read from cells as a department types them. */
function withAccounts() {
  const { model } = parseWorkbook(
    {
      members: {
        sheet: "成员",
        values: [
          ["姓名", "小组"],
          ["王浩然", "一组"],
          ["李欣怡", "二组"],
        ],
      },
      events: {
        sheet: "活动",
        values: [
          ["活动", "预算"],
          ["迎新晚会", 300],
          ["运动会", 500],
        ],
      },
      ledger: {
        sheet: "赞助记录",
        values: [
          ["日期", "赞助商", "活动", "经办人", "现金", "状态", "佣金发放日期"],
          [d("2026-09-10"), "博文书店", "迎新晚会", "王浩然", 2000, "已到账", d("2026-10-08")],
        ],
      },
      accounts: {
        sheet: "收支",
        values: [
          ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
          [d("2026-09-12"), "迎新晚会", "支出", 120, "", "矿泉水", "", "", "", ""],
          [d("2026-09-20"), "迎新晚会", "支出", 260.5, "王浩然", "奖品", "淘宝订单", "已报销", d("2026-10-02"), ""],
          [d("2026-10-21"), "运动会", "支出", 95.8, "李欣怡", "=号码布", "小票", "待报销", "", ""],
          [d("2026-11-11"), "", "罚款缴纳", 5, "王浩然", "迟到", "", "", "", ""],
        ],
      },
      attendance: {
        sheet: "考勤",
        values: [
          ["姓名", d("2026-09-16"), d("2026-10-14")],
          ["王浩然", "迟到", "缺席"],
          ["李欣怡", "出席", "出席"],
        ],
      },
      settings: {
        sheet: "设置",
        values: [
          ["项目", "值"],
          ["学期开始", d("2026-09-01")],
          ["期初余额", 1000],
        ],
      },
    } as never,
    "Asia/Shanghai",
    "2026-12-20",
  );
  return buildHandover(model, "2026", "2026-12-20");
}

describe("handoverTabName", () => {
  test("交接 2026 in a zh sheet, Hand-over 2026 otherwise", () => {
    expect(handoverTabName("2026", "zh")).toBe("交接 2026");
    expect(handoverTabName("2026", "en")).toBe("Hand-over 2026");
  });
});

describe("layoutHandover", () => {
  test("the title with the department, then every section; empty ones say 无", () => {
    const l = layoutHandover(handover([[d("2026-10-02"), "=博文书店", "王浩然", 1000, "已到账"]]), "zh", "外联部", "2026-12-20 10:00");
    expect(l.values[0][0]).toBe("'外联部 2026 换届交接");
    const col = l.values.map((r) => r[0]);
    const next = (title: string) => col[col.indexOf(title) + 1];
    expect(next("二、未到账的意向赞助")).toBe("无");
    expect(next("三、未完成的赞助回报")).toBe("无");
    expect(col).toContain("六、成员 2026 年合计");
  });

  test("sponsor names are text, with what each gave per year in yuan", () => {
    const l = layoutHandover(handover([[d("2026-10-02"), "=博文书店", "王浩然", 1000, "已到账"]]), "zh", "", "2026-12-20 10:00");
    const header = l.values.findIndex((r) => r[0] === "赞助商");
    expect(l.values[header]).toContain("到账 2026");
    const row = l.values[header + 1];
    expect(row[0]).toBe("'=博文书店");
    expect(row[l.values[header].indexOf("到账 2026")]).toBe(1000);
    expect(row[l.values[header].indexOf("阶段")]).toBe("长期合作");
  });

  test("unpaid commission credited to names not in Members is one 'unassigned' line", () => {
    const l = layoutHandover(handover([[d("2026-10-02"), "=博文书店", "陌生人", 1000, "已到账"]]), "en", "", "2026-12-20 10:00");
    const col = l.values.map((r) => r[0]);
    const i = col.indexOf("4. Unpaid commission (at the year's end)");
    expect(l.values[i + 2].slice(0, 3)).toEqual(["Unassigned (names not in Members)", 1, 150]);
  });
});

describe("layoutHandover: the accounts", () => {
  const problem = { sheet: "收支", cell: "I9", message: { key: "reimbursedUndated", params: { date: "2026-10-15" } } } as const;
  const zh = layoutHandover(withAccounts(), "zh", "外联部", "2026-12-20 10:00", [problem]);
  const rowsAfter = (l: typeof zh, section: string) => {
    const start = l.sections[section];
    const end = l.values.findIndex((r, i) => i >= start && r.every((v) => v === ""));
    // `sections` holds the 1-based row of each title: the rows under it, to the blank row.
    return l.values.slice(start, end < 0 ? l.values.length : end);
  };

  test("after the members, five sections of the accounts, in the tab's language", () => {
    expect(Object.keys(zh.sections).slice(-5)).toEqual(["cashBook", "eventAccounts", "reimbursementsOwed", "finesOwed", "accountProblems"]);
    expect(zh.sections.cashBook).toBeGreaterThan(zh.sections.members);
    const titles = ["cashBook", "eventAccounts", "reimbursementsOwed", "finesOwed", "accountProblems"].map((k) => zh.values[zh.sections[k] - 1][0]);
    expect(titles).toEqual([
      "七、财务账目：收支账（2026-09-01 至 2026-12-20）",
      "八、财务账目：活动预算与支出（截至 2026-12-20）",
      "九、财务账目：待报销（部门欠成员的垫付款，截至 2026-12-20）",
      "十、财务账目：成员未缴罚款（本学期，截至 2026-12-20）",
      "十一、财务账目：待处理的问题",
    ]);
    const en = layoutHandover(withAccounts(), "en", "", "2026-12-20 10:00");
    expect(en.values[en.sections.cashBook - 1][0]).toBe("7. Accounts: cash book (2026-09-01 to 2026-12-20)");
    expect(en.values[en.sections.cashBook + 1]).toEqual(
      expect.arrayContaining([
        "Month",
        "Opening",
        "Sponsorship cash",
        "Fines paid",
        "Other income",
        "Expenses paid",
        "Reimbursed",
        "Commissions paid",
        "Closing",
      ]),
    );
  });

  test("the cash book: the opening balance, one row per month in yuan, and a total whose ends are the first opening and the last closing", () => {
    const rows = rowsAfter(zh, "cashBook");
    expect(rows[0][0]).toBe(
      "'收支账从 2026-09-01 开始，期初余额 ¥1,000.00。每月：期初 + 赞助现金 + 罚款收入 + 其他收入 − 现金支出 − 报销给成员 − 发放佣金 = 期末。",
    );
    expect(rows[1].slice(0, 9)).toEqual(["月份", "期初余额", "赞助现金", "罚款收入", "其他收入", "现金支出", "报销给成员", "发放佣金", "期末余额"]);
    // Sep: 1000 + 2000 − 120; Oct: − 260.50 − 300 commission; Nov: + 5 fine; Dec: nothing.
    expect(rows.slice(2).map((r) => r.slice(0, 9))).toEqual([
      ["'2026-09", 1000, 2000, 0, 0, 120, 0, 0, 2880],
      ["'2026-10", 2880, 0, 0, 0, 0, 260.5, 300, 2319.5],
      ["'2026-11", 2319.5, 0, 5, 0, 0, 0, 0, 2324.5],
      ["'2026-12", 2324.5, 0, 0, 0, 0, 0, 0, 2324.5],
      ["合计", 1000, 2000, 5, 0, 120, 260.5, 300, 2324.5],
    ]);
    const total = zh.sections.cashBook + rows.length - 1;
    expect(zh.values[total][0]).toBe("合计");
    expect(zh.bold[total][0]).toBe(true);
    expect(zh.formats[total].slice(1, 9)).toEqual(new Array(8).fill("¥#,##0.00"));
  });

  test("each event's budget against its spending, an overspent one flagged", () => {
    const rows = rowsAfter(zh, "eventAccounts");
    expect(rows[0].slice(0, 9)).toEqual(["活动", "预算", "已支出", "预算余额", "赞助现金", "赞助物资", "其他收入", "结余", "提示"]);
    expect(rows[1].slice(0, 9)).toEqual(["'迎新晚会", 300, 380.5, -80.5, 2000, 0, 0, 1619.5, "超支"]);
    expect(rows[2].slice(0, 9)).toEqual(["'运动会", 500, 95.8, 404.2, 0, 0, 0, -95.8, ""]);
  });

  test("reimbursements owed to members with the 收支 row and a total; user text stays text", () => {
    const rows = rowsAfter(zh, "reimbursementsOwed");
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ["日期", "成员", "活动", "事由", "金额", "凭证", "收支行"],
      ["'2026-10-21", "'李欣怡", "'运动会", "'=号码布", 95.8, "'小票", 4],
      ["合计", "", "", "", 95.8, "", ""],
    ]);
  });

  test("fines still owed per member, with a total", () => {
    const rows = rowsAfter(zh, "finesOwed");
    // 王浩然: late 5 + absent 20 − 5 paid
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      ["成员", "小组", "罚款", "已缴", "减免", "尚欠"],
      ["'王浩然", "'一组", 25, 5, 0, 20],
      ["合计", "", "", "", "", 20],
    ]);
  });

  test("the problems still open, each at its sheet and cell, in the tab's language", () => {
    const rows = rowsAfter(zh, "accountProblems");
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["工作表", "单元格", "问题"],
      ["'收支", "I9", "'已报销但没有报销日期：收支账按支出当天 2026-10-15 计算，请填写实际还钱的日期"],
    ]);
    const en = layoutHandover(withAccounts(), "en", "", "2026-12-20 10:00", [problem]);
    expect(rowsAfter(en, "accountProblems")[1][2]).toBe(
      "'Reimbursed, but with no date: the cash book counts it on the day of the expense, 2026-10-15; enter the day the member was paid back",
    );
  });

  test("empty parts say 无; without a cash book it says why", () => {
    const l = layoutHandover(handover([]), "zh", "", "2026-12-20 10:00");
    const next = (key: string) => l.values[l.sections[key]][0];
    expect(next("reimbursementsOwed")).toBe("无");
    expect(next("finesOwed")).toBe("无");
    expect(next("accountProblems")).toBe("无");
    expect(next("cashBook")).toBe("还没有收支账：设置中没有学期开始或期初日期，也没有任何收支。");
  });
});
