import type { Statement } from "../../src/domain/statement";
import { statementText } from "../../src/domain/statement-text";

const statement = (over: Partial<Statement> = {}): Statement => ({
  name: "张三",
  group: "一组",
  month: "2026-11",
  rate: "15%",
  shares: [
    {
      row: 3,
      date: "2026-11-03",
      sponsor: "书香书店",
      event: "迎新晚会",
      base: 100001,
      exact: "150.0015",
      rowCommission: 15000,
      part: "1/3",
      share: 5000,
      extraFen: 0,
      cashShare: 33334,
      paidOn: null,
      paidOnBlank: true,
    },
    {
      row: 4,
      date: "2026-11-10",
      sponsor: "书香书店",
      event: "迎新晚会",
      base: 10010,
      exact: "15.015",
      rowCommission: 1502,
      part: "1/3",
      share: 501,
      extraFen: 1,
      cashShare: 3337,
      paidOn: null,
      paidOnBlank: true,
    },
    {
      row: 6,
      date: "2026-11-20",
      sponsor: "新东方",
      event: "",
      base: 123456789,
      exact: "185185.1835",
      rowCommission: 18518518,
      part: "60%",
      share: 11111111,
      extraFen: 1,
      cashShare: 74074073,
      paidOn: "2026-12-05",
      paidOnBlank: false,
    },
    {
      row: 7,
      date: "2026-11-30",
      sponsor: "老王餐馆",
      event: "",
      base: -30000,
      exact: "-45.00",
      rowCommission: -4500,
      part: "1/1",
      share: -4500,
      extraFen: 0,
      cashShare: -30000,
      paidOn: null,
      paidOnBlank: true,
    },
  ],
  meetings: [
    { date: "2026-11-01", statuses: ["late", "leftEarly"], fee: 1000 },
    { date: "2026-11-15", statuses: ["unapproved"], fee: 2000 },
    { date: "2026-11-29", statuses: ["excused"], fee: 0 },
  ],
  leave: [
    { row: 4, meeting: "2026-11-01", reason: "发烧", status: "approved", late: true, note: "有校医院证明" },
    { row: 3, meeting: "2026-11-15", reason: "堵车", status: "rejected", late: false, note: "应提前请假" },
    { row: 5, meeting: "2026-11-29", reason: "比赛", status: "pending", late: false, note: "" },
  ],
  commission: 11112112,
  penalty: 3000,
  net: 11109112,
  unpaid: [
    { row: 2, date: "2026-10-05", sponsor: "书香书店", share: 3000 },
    { row: 3, date: "2026-11-03", sponsor: "书香书店", share: 5000 },
    { row: 4, date: "2026-11-10", sponsor: "书香书店", share: 501 },
    { row: 7, date: "2026-11-30", sponsor: "老王餐馆", share: -4500 },
  ],
  warnings: [{ kind: "lateOrEarly", count: 3, limit: 2 }],
  fines: {
    from: "2026-09-01",
    to: "2026-11-30",
    penalties: 3000,
    paid: 1000,
    waived: 2000,
    balance: 0,
    lines: [
      { row: null, date: "2026-11-01", kind: "penalty", statuses: ["late", "leftEarly"], item: "", amount: 1000, note: "" },
      { row: 12, date: "2026-11-08", kind: "finePaid", statuses: [], item: "11-01 迟到+早退", amount: 1000, note: "" },
      { row: null, date: "2026-11-15", kind: "penalty", statuses: ["unapproved"], item: "", amount: 2000, note: "" },
      { row: 14, date: "2026-11-20", kind: "fineWaived", statuses: [], item: "", amount: 2000, note: "家中急事，部长同意免罚" },
    ],
  },
  reimbursements: {
    owed: [{ row: 9, date: "2026-10-05", event: "迎新晚会", item: "气球", amount: 8880, receipt: "小票", reimbursedOn: null }],
    paid: [
      { row: 10, date: "2026-10-20", event: "", item: "号码布", amount: 12000, receipt: "发票 No.123", reimbursedOn: "2026-11-03" },
      { row: 11, date: "2026-11-02", event: "运动会", item: "奖牌", amount: 120050, receipt: "", reimbursedOn: "2026-11-09" },
    ],
  },
  ...over,
});

describe("statementText in Chinese", () => {
  const t = statementText(statement(), "zh");

  test("the title names the member, the group and the month", () => {
    expect(t.title).toBe("张三（一组）2026-11 个人明细");
    expect(statementText(statement({ group: "" }), "zh").title).toBe("张三（未分组）2026-11 个人明细");
  });

  test("the summary: commission − penalties = net, the unpaid total to the month's end, how it is counted, and the warning", () => {
    expect(t.lines).toEqual([
      "佣金 ¥111,121.12 − 罚款 ¥30.00 = 净额 ¥111,091.12",
      "未发佣金（截至 2026-11 月底，累计）¥40.01",
      "罚款（学期开始 2026-09-01 至 2026-11-30）：应缴 ¥30.00 − 已缴 ¥10.00 − 减免 ¥20.00 = 尚欠 ¥0.00",
      "报销：部门尚欠你垫付的 ¥88.80（1 笔）；本月已还你 ¥1,320.50",
      "计算方法：每笔赞助的佣金 = 基数 × 15%，四舍五入到分；多人经办时按比例分配，余下的分按最大余数法分给余数最大者，保证合计不差一分。",
      "迟到/早退 3 次，需部长审议",
    ]);
  });

  test("each share: the base × rate = the exact product → the rounded commission, the part, the leftover fen and whether it was paid", () => {
    expect(t.blocks[0].heading).toBe("本月赞助佣金");
    expect(t.blocks[0].header).toEqual(["行", "日期", "赞助商 · 活动", "佣金计算", "份额", "本人佣金", "发放日期"]);
    expect(t.blocks[0].rows).toEqual([
      ["3", "2026-11-03", "书香书店 · 迎新晚会", "¥1,000.01 × 15% = ¥150.0015 → ¥150.00", "1/3", "¥50.00", "未发"],
      ["4", "2026-11-10", "书香书店 · 迎新晚会", "¥100.10 × 15% = ¥15.015 → ¥15.02", "1/3", "¥5.01（含余数 1 分）", "未发"],
      ["6", "2026-11-20", "新东方", "¥1,234,567.89 × 15% = ¥185,185.1835 → ¥185,185.18", "60%", "¥111,111.11（含余数 1 分）", "2026-12-05"],
      ["7", "2026-11-30", "老王餐馆", "-¥300.00 × 15% = -¥45.00 → -¥45.00", "1/1", "-¥45.00", "未发"],
    ]);
  });

  test("each meeting with the codes the department writes, combined with +, and its fee", () => {
    expect(t.blocks[1].heading).toBe("本月例会");
    expect(t.blocks[1].header).toEqual(["日期", "状态", "罚款"]);
    expect(t.blocks[1].rows).toEqual([
      ["2026-11-01", "迟到+早退", "¥10.00"],
      ["2026-11-15", "未批假", "¥20.00"],
      ["2026-11-29", "请假", "¥0.00"],
    ]);
  });

  test("a row whose paid-on cell holds text such as 已发 counts as paid, so it is not labelled unpaid", () => {
    const base = statement();
    const paidByText = { ...base, shares: [{ ...base.shares[0], paidOn: null, paidOnBlank: false }] };
    expect(statementText(paidByText, "zh").blocks[0].rows[0][6]).toBe("已发（未写日期）");
    expect(statementText(paidByText, "en").blocks[0].rows[0][6]).toBe("paid (no date given)");
    expect(statementText(base, "zh").blocks[0].rows[0][6]).toBe("未发");
  });

  test("each leave request for the month's meetings: the meeting, the reason, the outcome (逾期 when late) and the head's note", () => {
    expect(t.blocks[2].heading).toBe("本月请假");
    expect(t.blocks[2].header).toEqual(["例会日期", "原因", "结果", "审批意见"]);
    expect(t.blocks[2].rows).toEqual([
      ["2026-11-01", "发烧", "已批准（逾期）", "有校医院证明"],
      ["2026-11-15", "堵车", "已驳回", "应提前请假"],
      ["2026-11-29", "比赛", "待审批", ""],
    ]);
  });

  test("the term's fines line by line: each meeting's penalty, each 收支 row with its row number, and the head's reason for a waiver", () => {
    expect(t.blocks[4].heading).toBe("本学期罚款明细");
    expect(t.blocks[4].header).toEqual(["收支行", "日期", "项目", "罚款", "已缴", "减免", "备注（减免原因）"]);
    expect(t.blocks[4].rows).toEqual([
      ["", "2026-11-01", "例会：迟到+早退", "¥10.00", "", "", ""],
      ["12", "2026-11-08", "罚款缴纳 · 11-01 迟到+早退", "", "¥10.00", "", ""],
      ["", "2026-11-15", "例会：未批假", "¥20.00", "", "", ""],
      ["14", "2026-11-20", "罚款减免", "", "", "¥20.00", "家中急事，部长同意免罚"],
    ]);
  });

  test("what the member advanced and is still owed, and what was paid back this month, each with its 凭证", () => {
    expect(t.blocks[5]).toEqual({
      heading: "你垫付、尚未报销的支出（截至月底）",
      header: ["收支行", "日期", "活动", "事由", "金额", "凭证"],
      rows: [["9", "2026-10-05", "迎新晚会", "气球", "¥88.80", "小票"]],
    });
    expect(t.blocks[6]).toEqual({
      heading: "本月已报销给你的支出",
      header: ["收支行", "日期", "活动", "事由", "金额", "凭证", "报销日期"],
      rows: [
        ["10", "2026-10-20", "", "号码布", "¥120.00", "发票 No.123", "2026-11-03"],
        ["11", "2026-11-02", "运动会", "奖牌", "¥1,200.50", "", "2026-11-09"],
      ],
    });
  });

  test("without a term start the fines run to the month's end", () => {
    const noTerm = statement({ fines: { ...statement().fines, from: null } });
    expect(statementText(noTerm, "zh").lines[2]).toBe("罚款（截至 2026-11-30）：应缴 ¥30.00 − 已缴 ¥10.00 − 减免 ¥20.00 = 尚欠 ¥0.00");
    expect(statementText(noTerm, "en").lines[2]).toContain("Fines (to 2026-11-30): ");
  });

  test("the unpaid rows one by one", () => {
    expect(t.blocks[3].heading).toBe("未发佣金明细");
    expect(t.blocks[3].header).toEqual(["行", "日期", "赞助商", "本人佣金"]);
    expect(t.blocks[3].rows).toEqual([
      ["2", "2026-10-05", "书香书店", "¥30.00"],
      ["3", "2026-11-03", "书香书店", "¥50.00"],
      ["4", "2026-11-10", "书香书店", "¥5.01"],
      ["7", "2026-11-30", "老王餐馆", "-¥45.00"],
    ]);
  });
});

describe("statementText in English", () => {
  const t = statementText(statement(), "en");

  test("title and summary", () => {
    expect(t.title).toBe("张三 (一组) statement for 2026-11");
    expect(statementText(statement({ group: "" }), "en").title).toBe("张三 (no group) statement for 2026-11");
    expect(t.lines).toEqual([
      "Commission ¥111,121.12 − penalties ¥30.00 = net ¥111,091.12",
      "Unpaid commission (to the end of 2026-11, all months) ¥40.01",
      "Fines (term start 2026-09-01 to 2026-11-30): penalties ¥30.00 − paid ¥10.00 − waived ¥20.00 = still owed ¥0.00",
      "Reimbursements: the department still owes you ¥88.80 for what you advanced (1 item); paid back to you this month ¥1,320.50",
      "How: each sponsorship's commission = base × 15%, rounded half up to the fen; shared credit is split by weight and leftover fen go to the largest remainders, so the shares add up exactly.",
      "Late or left early 3 times: for the head's review",
    ]);
  });

  test("shares, meetings and unpaid rows", () => {
    expect(t.blocks.map((b) => b.heading)).toEqual([
      "Commission this month",
      "Meetings this month",
      "Leave requests this month",
      "Unpaid commission, row by row",
      "Fines this term, line by line",
      "Expenses you advanced, not yet paid back (at the month's end)",
      "Expenses paid back to you this month",
    ]);
    expect(t.blocks[0].header).toEqual(["Row", "Date", "Sponsor · event", "Row commission", "Part", "Your share", "Paid on"]);
    expect(t.blocks[0].rows[1]).toEqual([
      "4",
      "2026-11-10",
      "书香书店 · 迎新晚会",
      "¥100.10 × 15% = ¥15.015 → ¥15.02",
      "1/3",
      "¥5.01 (incl. 1 leftover fen)",
      "unpaid",
    ]);
    expect(t.blocks[0].rows[2][6]).toBe("2026-12-05");
    expect(t.blocks[1].rows.map((r) => r[1])).toEqual(["late+left early", "unapproved leave", "approved leave"]);
    expect(t.blocks[2].header).toEqual(["Meeting date", "Reason", "Outcome", "Head's note"]);
    expect(t.blocks[2].rows.map((r) => r[2])).toEqual(["approved (late)", "rejected", "pending"]);
    expect(t.blocks[3].header).toEqual(["Row", "Date", "Sponsor", "Your share"]);
    expect(t.blocks[4].header).toEqual(["Accounts row", "Date", "Item", "Penalty", "Paid", "Waived", "Notes (reason for a waiver)"]);
    expect(t.blocks[4].rows.map((r) => r[2])).toEqual(["Meeting: late+left early", "Fine paid · 11-01 迟到+早退", "Meeting: unapproved leave", "Fine waived"]);
    expect(t.blocks[5].header).toEqual(["Accounts row", "Date", "Event", "Item", "Amount", "Receipt"]);
    expect(t.blocks[6].header).toEqual(["Accounts row", "Date", "Event", "Item", "Amount", "Receipt", "Paid back on"]);
  });

  test("more than one advance is plural; fines paid beyond what was owed are said to be more, not owed", () => {
    const base = statement();
    const two = statementText(statement({ reimbursements: { owed: [...base.reimbursements.owed, ...base.reimbursements.owed], paid: [] } }), "en");
    expect(two.lines[3]).toBe("Reimbursements: the department still owes you ¥177.60 for what you advanced (2 items); paid back to you this month ¥0.00");
    const over = statement({ fines: { ...base.fines, paid: 1500, balance: -500 } });
    expect(statementText(over, "en").lines[2]).toBe(
      "Fines (term start 2026-09-01 to 2026-11-30): penalties ¥30.00 − paid ¥15.00 − waived ¥20.00, ¥5.00 more than owed: check with the head",
    );
    expect(statementText(over, "zh").lines[2]).toBe(
      "罚款（学期开始 2026-09-01 至 2026-11-30）：应缴 ¥30.00 − 已缴 ¥15.00 − 减免 ¥20.00，多出 ¥5.00，请与部长核对",
    );
  });
});

describe("statementText, whatever the statement", () => {
  test("an empty month: zeros, no warning line, and empty tables", () => {
    const fines = { from: "2026-09-01", to: "2026-11-30", penalties: 0, paid: 0, waived: 0, balance: 0, lines: [] };
    const empty = statement({
      shares: [],
      meetings: [],
      leave: [],
      unpaid: [],
      warnings: [],
      commission: 0,
      penalty: 0,
      net: 0,
      fines,
      reimbursements: { owed: [], paid: [] },
    });
    const t = statementText(empty, "zh");
    expect(t.lines).toHaveLength(5);
    expect(t.lines[0]).toBe("佣金 ¥0.00 − 罚款 ¥0.00 = 净额 ¥0.00");
    expect(t.lines[1]).toBe("未发佣金（截至 2026-11 月底，累计）¥0.00");
    expect(t.lines[2]).toBe("罚款（学期开始 2026-09-01 至 2026-11-30）：应缴 ¥0.00 − 已缴 ¥0.00 − 减免 ¥0.00 = 尚欠 ¥0.00");
    expect(t.lines[3]).toBe("报销：部门尚欠你垫付的 ¥0.00（0 笔）；本月已还你 ¥0.00");
    expect(t.blocks.map((b) => b.rows)).toEqual([[], [], [], [], [], [], []]);
  });

  test("a negative net (penalties above commission) is shown with its sign", () => {
    const t = statementText(statement({ commission: 0, penalty: 2500, net: -2500 }), "en");
    expect(t.lines[0]).toBe("Commission ¥0.00 − penalties ¥25.00 = net -¥25.00");
  });

  test("the rate in the sentences is the Settings rate", () => {
    const t = statementText(statement({ rate: "12.5%" }), "zh");
    expect(t.lines[4]).toContain("基数 × 12.5%");
  });

  test("every row has as many cells as its table's header, in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      for (const b of statementText(statement(), lang).blocks) for (const row of b.rows) expect(row).toHaveLength(b.header.length);
    }
  });
});
