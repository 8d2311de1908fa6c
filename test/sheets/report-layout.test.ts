import { buildReport } from "../../src/domain/report";
import { parseWorkbook, type RawTab } from "../../src/sheets/parse";
import { Builder, FORMAT, layoutReport } from "../../src/sheets/report-layout";
import type { TabKey } from "../../src/sheets/schema";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

function report(
  ledger: unknown[][],
  generatedBy = "head@example.edu",
  members: unknown[][] = [
    ["王浩然", "一组"],
    ["=HYPERLINK(1)", "二组"],
  ],
) {
  const tabs: Partial<Record<TabKey, RawTab>> = {
    members: { sheet: "成员", values: [["姓名", "小组"], ...members] as never },
    ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"], ...ledger] as never },
    settings: {
      sheet: "设置",
      values: [
        ["项目", "值"],
        ["部门名称", "外联部"],
      ],
    },
  };
  const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
  return buildReport(model, problems, { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy });
}

const RECEIVED = [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账"];

/** 王浩然's November with two leave requests decided and, unless `pending` is false, one still waiting. */
function withLeave(pending = true) {
  const tabs: Partial<Record<TabKey, RawTab>> = {
    members: {
      sheet: "成员",
      values: [
        ["姓名", "小组"],
        ["王浩然", "一组"],
        ["李欣怡", "二组"],
      ] as never,
    },
    ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"], RECEIVED] as never },
    leave: {
      sheet: "请假",
      values: [
        ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
        ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "部长", "2026-11-03 20:00", ""],
        ["2026-11-11 19:20", "王浩然", d("2026-11-11"), "堵车", "已驳回", "部长", "2026-11-11 21:00", "应提前请假"],
        ...(pending ? [["2026-11-24 09:05", "李欣怡", d("2026-11-25"), "省赛集训", "", "", "", ""]] : []),
      ] as never,
    },
  };
  const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
  return buildReport(model, problems, { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" });
}

const rowOf = (values: (string | number)[][], first: string) => values.findIndex((r) => r[0] === first);

/**
 * November with a 收支 tab (unless `tab` is false), worked by hand: 期初余额 ¥100.00 from 2026-11-01;
 * sponsorship ¥1,000.00 in; 迎新晚会 ¥350.00 from cash (budget ¥300.00: over); 李欣怡 advanced ¥60.00 for
 * 运动会 (still owed); other income ¥20.00; 李欣怡 paid a fine of ¥5.00 of the ¥25.00 she owes.
 * Closing = 100 + 1,000 + 5 + 20 − 350 = 775.00.
 */
function withAccounts(tab = true) {
  const tabs: Partial<Record<TabKey, RawTab>> = {
    members: {
      sheet: "成员",
      values: [
        ["姓名", "小组"],
        ["王浩然", "一组"],
        ["李欣怡", "二组"],
      ] as never,
    },
    events: {
      sheet: "活动",
      values: [
        ["活动", "日期", "预算"],
        ["迎新晚会", d("2026-11-20"), 300],
        ["运动会", d("2026-11-25"), ""],
      ] as never,
    },
    ledger: {
      sheet: "赞助记录",
      values: [
        ["日期", "赞助商", "活动", "经办人", "现金", "状态"],
        [d("2026-11-02"), "博文书店", "迎新晚会", "王浩然", 1000, "已到账"],
      ] as never,
    },
    attendance: {
      sheet: "考勤",
      values: [
        ["姓名", d("2026-11-04"), d("2026-11-11")],
        ["王浩然", "出席", "出席"],
        ["李欣怡", "迟到", "缺席"],
      ] as never,
    },
    settings: {
      sheet: "设置",
      values: [
        ["项目", "值"],
        ["学期开始", d("2026-09-01")],
        ["期初余额", 100],
        ["期初日期", d("2026-11-01")],
      ] as never,
    },
  };
  if (tab) {
    tabs.accounts = {
      sheet: "收支",
      values: [
        ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态"],
        [d("2026-11-05"), "迎新晚会", "支出", 350, "王浩然", "舞台灯光", "发票", ""],
        [d("2026-11-06"), "运动会", "支出", 60, "李欣怡", "矿泉水", "小票", "待报销"],
        [d("2026-11-07"), "", "其他收入", 20, "", "义卖", "", ""],
        [d("2026-11-12"), "", "罚款缴纳", 5, "李欣怡", "11-04 迟到", "", ""],
      ] as never,
    };
  }
  const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
  return buildReport(model, problems, { ...OPTS, accountsTab: tab });
}

const OPTS = { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" };

/** The rows of a block: from the row after `title` to the next blank row. */
function block(values: (string | number)[][], title: string): (string | number)[][] {
  const start = rowOf(values, title);
  const out: (string | number)[][] = [];
  for (let i = start + 1; i < values.length && values[i].some((v) => v !== ""); i++) out.push(values[i]);
  return out;
}

/**
 * November's events with what each sponsor may give, worked by hand: 迎新晚会 aims at ¥5,000, has ¥1,000
 * from 博文书店 and ¥500 pledged; 老王餐馆 洽谈中 ¥1,234.57 × 50% = ¥617.29 (half up), 鲜果时光 联系中
 * ¥800 × 25% = ¥200.00 → forecast ¥817.29, still short 5,000 − 1,000 − 500 − 817.29 = ¥2,682.71.
 * 鲜果时光 was last called on 2026-10-01: 53 days before 2026-11-23, more than 30.
 */
function withForecast() {
  const tabs: Partial<Record<TabKey, RawTab>> = {
    members: {
      sheet: "成员",
      values: [
        ["姓名", "小组"],
        ["王浩然", "一组"],
      ] as never,
    },
    sponsors: {
      sheet: "赞助商",
      values: [
        ["赞助商", "负责人", "阶段", "最近联系", "预计金额", "目标活动"],
        ["博文书店", "王浩然", "已签约", d("2026-11-02"), 2000, "迎新晚会"],
        ["老王餐馆", "王浩然", "洽谈中", d("2026-11-20"), "1,234.57", "迎新晚会"],
        ["鲜果时光", "王浩然", "联系中", d("2026-10-01"), 800, "迎新晚会"],
      ] as never,
    },
    events: {
      sheet: "活动",
      values: [
        ["活动", "日期", "负责人", "赞助目标"],
        ["迎新晚会", d("2026-12-20"), "王浩然", 5000],
      ] as never,
    },
    ledger: {
      sheet: "赞助记录",
      values: [
        ["日期", "赞助商", "活动", "经办人", "现金", "状态"],
        [d("2026-11-02"), "博文书店", "迎新晚会", "王浩然", 1000, "已到账"],
        [d("2026-11-20"), "老王餐馆", "迎新晚会", "王浩然", 500, "意向"],
      ] as never,
    },
  };
  const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
  expect(problems).toEqual([]);
  return buildReport(model, problems, { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" });
}

describe("layoutReport", () => {
  test("the title, who generated it and when, and the rules it applied", () => {
    const { values } = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    expect(values[0][0]).toBe("'外联部 2026-11 月报");
    expect(values[1][0]).toBe("'生成于 2026-11-23 10:00（Asia/Shanghai），生成人 head@example.edu。本表为数值快照，修改原始数据后请重新生成。");
    expect(String(values[2][0])).toMatch(/^'规则：佣金比例 15%，基数 仅现金；罚款 迟到 ¥5\.00/);
  });

  test("a hidden email is said as such, in the report's language", () => {
    expect(layoutReport(report([RECEIVED], ""), "zh", "Asia/Shanghai").values[1][0]).toContain("生成人 —（Google 未提供用户邮箱）");
    expect(layoutReport(report([RECEIVED], ""), "en", "Asia/Shanghai").values[1][0]).toContain("by — (Google did not share the user's email)");
  });

  test("sections in order, each titled in the report's language", () => {
    const zh = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    const titles = Object.entries(zh.sections).map(([, row]) => zh.values[row - 1][0]);
    expect(titles).toEqual([
      "一、汇总",
      "二、成员",
      "三、小组",
      "四、活动",
      "五、收支",
      "六、赞助商",
      "七、待完成的赞助回报（截止 ≤ 月底）",
      "八、未能计入的数据",
    ]);
    const en = layoutReport(report([RECEIVED]), "en", "Asia/Shanghai");
    expect(en.values[en.sections.summary - 1][0]).toBe("1. Summary");
  });

  test("money is a number of yuan in the ¥ format, the member's line right under the header", () => {
    const l = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    const i = rowOf(l.values, "本月到账现金");
    expect(l.values[i][1]).toBe(1000);
    expect(l.formats[i][1]).toBe(FORMAT.money);
    const member = l.values.findIndex((r) => r[0] === "'王浩然");
    expect(l.values[member].slice(2, 5)).toEqual([1, 1000, 150]);
  });

  test("each member's leave requests: approved, rejected and late, after the attendance rate", () => {
    for (const [lang, header] of [
      ["zh", ["出勤率", "请假批准", "请假驳回", "逾期申请", "罚款"]],
      ["en", ["Attendance", "Leave approved", "Leave rejected", "Late requests", "Penalty"]],
    ] as const) {
      const l = layoutReport(withLeave(), lang, "Asia/Shanghai");
      const h = l.sections.members;
      expect(l.values[h].slice(11, 16)).toEqual(header);
      const member = l.values.findIndex((r) => r[0] === "'王浩然");
      expect(l.values[member].slice(12, 15)).toEqual([1, 1, 1]);
      expect(l.formats[member].slice(12, 15)).toEqual([FORMAT.int, FORMAT.int, FORMAT.int]);
    }
  });

  test("leave still pending at the month's end, under the members' table: name, meeting, reason, time of asking; 无 when none", () => {
    const l = layoutReport(withLeave(), "zh", "Asia/Shanghai");
    const title = rowOf(l.values, "待审批的请假（截至月底）");
    expect(title).toBeGreaterThan(l.sections.members);
    expect(title).toBeLessThan(l.sections.groups - 1);
    expect(l.bold[title][0]).toBe(true);
    expect(l.values[title + 1].slice(0, 5)).toEqual(["姓名", "例会日期", "原因", "提交时间", "逾期申请"]);
    expect(l.values[title + 2].slice(0, 5)).toEqual(["'李欣怡", "'2026-11-25", "'省赛集训", "'2026-11-24 09:05", ""]);
    const none = layoutReport(withLeave(false), "en", "Asia/Shanghai");
    const at = rowOf(none.values, "Leave requests pending at month end");
    expect(none.values[at + 1][0]).toBe("None");
  });

  test("a name that looks like a formula is written as text", () => {
    const l = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    expect(l.values.some((r) => r[0] === "'=HYPERLINK(1)")).toBe(true);
    expect(l.values.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });

  test("what could not be counted is listed with sheet, cell and message; a clean sheet says so", () => {
    const bad = layoutReport(report([RECEIVED, [d("2026-11-03"), "老王餐馆", "王浩然", "两千", "已到账"]]), "zh", "Asia/Shanghai");
    const header = bad.sections.problems;
    expect(bad.values[header]).toEqual(["工作表", "单元格", "问题", ...Array(bad.width - 3).fill("")]);
    expect(bad.values[header + 1].slice(0, 3)).toEqual(["'赞助记录", "D3", "'无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）"]);
    const clean = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    expect(clean.values[clean.sections.problems][0]).toBe("没有问题：所有数据均已计入。");
  });

  test("accounts: the month's cash book adds up in one column, each flow with its sign, in the ¥ format (zh and en)", () => {
    for (const [lang, first, labels] of [
      ["zh", "现金账 2026-11", ["月初余额", "'+ 赞助到账现金", "'+ 罚款缴纳", "'+ 其他收入", "'− 部门现金支出", "'− 报销给成员", "'− 发放佣金", "'= 月末余额"]],
      [
        "en",
        "Cash book 2026-11",
        [
          "Opening balance",
          "'+ Sponsorship cash received",
          "'+ Fines paid",
          "'+ Other income",
          "'− Expenses paid from cash",
          "'− Reimbursements made",
          "'− Commissions paid",
          "'= Closing balance",
        ],
      ],
    ] as const) {
      const l = layoutReport(withAccounts(), lang, "Asia/Shanghai");
      expect(l.values[l.sections.accounts - 1][0]).toBe(lang === "zh" ? "五、收支" : "5. Accounts");
      const rows = block(l.values, first).slice(1);
      expect(rows.map((r) => r[0])).toEqual(labels);
      // commission on ¥1,000.00 is not paid yet: 0
      expect(rows.map((r) => r[1])).toEqual([100, 1000, 5, 20, -350, 0, 0, 775]);
      const flows = rows.slice(0, -1).reduce((sum, r) => sum + Math.round(Number(r[1]) * 100), 0);
      expect(flows).toBe(Math.round(Number(rows[rows.length - 1][1]) * 100));
      const at = rowOf(l.values, first) + 2;
      expect(l.formats.slice(at, at + 8).map((f) => f[1])).toEqual(new Array(8).fill(FORMAT.money));
      expect(l.bold[at + 7][0]).toBe(true);
    }
  });

  test("accounts: each event's budget against its spending, over budget said in a word; the column chart compares them", () => {
    for (const [lang, title, over, chart] of [
      ["zh", "各活动收支（截至月底）", "超支", "活动预算与支出"],
      ["en", "Spending per event (to month end)", "Over budget", "Budget and spending per event"],
    ] as const) {
      const l = layoutReport(withAccounts(), lang, "Asia/Shanghai");
      const rows = block(l.values, title);
      expect(rows[0][8]).toBe(over);
      expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[7], r[8]])).toEqual([
        ["'迎新晚会", 300, 350, -50, over],
        ["'运动会", "", 60, "", ""],
        [lang === "zh" ? "'（不属于任何活动）" : "'(no event)", "", 0, "", ""],
      ]);
      const header = rowOf(l.values, title) + 2;
      expect(l.formats[header].slice(1, 8)).toEqual(new Array(7).fill(FORMAT.money));
      // The line of no event is not an event: left out of the chart.
      expect(l.charts.find((c) => c.title === chart)).toEqual({ kind: "column", title: chart, row: header, rows: 2, columns: [1, 2, 3] });
    }
  });

  test("accounts: fines with who still owes first, and reimbursements owed with their total", () => {
    const l = layoutReport(withAccounts(), "zh", "Asia/Shanghai");
    const fines = block(l.values, "罚款（本学期，截至月底）");
    // 李欣怡: late 5 + absent 20 = 25, paid 5 → owes 20.
    expect(fines[0][0]).toBe("仍欠罚款：1 人，合计 ¥20.00");
    expect(fines[1].slice(0, 7)).toEqual(["姓名", "小组", "应缴", "已缴", "减免", "欠缴", "状态"]);
    expect(fines.slice(2).map((r) => r.slice(0, 7))).toEqual([
      ["'李欣怡", "'二组", 25, 5, 0, 20, "欠缴"],
      ["'王浩然", "'一组", 0, 0, 0, 0, ""],
    ]);
    const owed = block(l.values, "待报销（截至月底）");
    expect(owed.map((r) => r.slice(0, 6))).toEqual([
      ["日期", "成员", "活动", "事由", "金额", "凭证"],
      ["'2026-11-06", "'李欣怡", "'运动会", "'矿泉水", 60, "'小票"],
      ["合计", "", "", "", 60, ""],
    ]);
    const member = l.values.findIndex((r) => r[0] === "'李欣怡");
    expect([l.values[l.sections.members][18], l.values[member][18], l.formats[member][18]]).toEqual(["欠缴罚款（本学期）", 20, FORMAT.money]);
    const en = layoutReport(withAccounts(), "en", "Asia/Shanghai");
    expect(block(en.values, "Fines (this term, to month end)")[0][0]).toBe("Still owing fines: 1 member, ¥20.00 in all");
    expect(block(en.values, "Reimbursements owed (at month end)")[0].slice(0, 6)).toEqual(["Date", "Member", "Event", "Item", "Amount", "Receipt"]);
  });

  test("accounts without a 收支 tab: said, and the cash book holds the ledger's cash; nothing owed is 无", () => {
    const l = layoutReport(withAccounts(false), "zh", "Asia/Shanghai");
    expect(l.values[l.sections.accounts][0]).toMatch(/^没有“收支”工作表/);
    expect(
      block(l.values, "现金账 2026-11")
        .slice(1)
        .map((r) => r[1]),
    ).toEqual([100, 1000, 0, 0, 0, 0, 0, 1100]);
    expect(block(l.values, "待报销（截至月底）")).toEqual([["无", ...new Array(l.width - 1).fill("")]]);
    const en = layoutReport(withAccounts(false), "en", "Asia/Shanghai");
    expect(en.values[en.sections.accounts][0]).toMatch(/^No "Accounts" \(收支\) tab/);
  });

  test("a month before the cash book starts says so instead of a table", () => {
    const l = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    // No term start and no opening date: the book starts with the first money, 2026-11-02.
    expect(l.values[l.sections.accounts][0]).toBe("收支账自 2026-11-02 起记，期初余额 ¥0.00");
    const r = withAccounts();
    const before = layoutReport({ ...r, accounts: { ...r.accounts, cashBook: null, start: "2026-12-01" } }, "en", "Asia/Shanghai");
    expect(before.values[before.sections.accounts][0]).toBe("This month is before the cash book starts (2026-12-01): no cash book");
  });

  test("events: raised, pledged, weighted forecast and what is still short against the target, with a stacked column chart (zh and en)", () => {
    for (const [lang, section, header, chart] of [
      [
        "zh",
        "四、活动",
        ["活动", "日期", "负责人", "赞助目标", "已到账（截至月底）", "意向", "加权预测", "预计仍差", "完成度", "预算"],
        "活动赞助：已到账、意向、加权预测与目标差距",
      ],
      [
        "en",
        "4. Events",
        ["Event", "Date", "Owner", "Target", "Raised (to month end)", "Pledged", "Weighted forecast", "Still short", "Progress", "Budget"],
        "Raised, pledged and forecast per event, against target",
      ],
    ] as const) {
      const l = layoutReport(withForecast(), lang, "Asia/Shanghai");
      const rows = block(l.values, section);
      expect(rows[0]).toEqual([...header, ...new Array(l.width - header.length).fill("")]);
      expect(rows[1].slice(0, 10)).toEqual(["'迎新晚会", "'2026-12-20", "'王浩然", 5000, 1000, 500, 817.29, 2682.71, 0.2, ""]);
      const at = rowOf(l.values, section) + 2;
      expect(l.formats[at].slice(3, 8)).toEqual(new Array(5).fill(FORMAT.money));
      // The columns stack raised, pledged, forecast and the shortfall: together they reach the target.
      expect(l.charts.find((c) => c.title === chart)).toEqual({ kind: "column", stacked: true, title: chart, row: at, rows: 1, columns: [1, 5, 6, 7, 8] });
    }
  });

  test("the sponsors counted in the forecast are listed under the events with the odds used; none counted, no list", () => {
    const zh = layoutReport(withForecast(), "zh", "Asia/Shanghai");
    const rows = block(zh.values, "计入预测的赞助商");
    expect(String(rows[0][0])).toContain("潜在 10%、联系中 25%、洽谈中 50%、已签约 90%、长期合作 90%、已拒绝 0%");
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ["活动", "赞助商", "阶段", "预计金额", "成功率", "加权预测"],
      ["'迎新晚会", "'老王餐馆", "洽谈中", 1234.57, "'50%", 617.29],
      ["'迎新晚会", "'鲜果时光", "联系中", 800, "'25%", 200],
    ]);
    const en = layoutReport(withForecast(), "en", "Asia/Shanghai");
    expect(block(en.values, "Sponsors in the forecast")[1].slice(0, 6)).toEqual(["Event", "Sponsor", "Stage", "Expected", "Odds", "Weighted forecast"]);
    expect(rowOf(layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai").values, "计入预测的赞助商")).toBe(-1);
  });

  test("久未联系: sponsors contacting or negotiating with no contact for more than the interval, with the days; 无 when none", () => {
    const zh = layoutReport(withForecast(), "zh", "Asia/Shanghai");
    const title = "久未联系（联系中或洽谈中，截至 2026-11-23 超过 30 天没有联系）";
    expect(block(zh.values, title).map((r) => r.slice(0, 5))).toEqual([
      ["赞助商", "负责人", "阶段", "最近联系", "未联系天数"],
      ["'鲜果时光", "'王浩然", "联系中", "'2026-10-01", 53],
    ]);
    const en = layoutReport(withForecast(), "en", "Asia/Shanghai");
    const enTitle = "No contact for a while (Contacting or Negotiating, no contact for more than 30 days as of 2026-11-23)";
    expect(block(en.values, enTitle)[1].slice(0, 5)).toEqual(["'鲜果时光", "'王浩然", "Contacting", "'2026-10-01", 53]);
    // It sits in 六、赞助商, after the follow-ups.
    expect(rowOf(zh.values, title)).toBeGreaterThan(rowOf(zh.values, "六、赞助商"));
    // Without any 赞助商 tab nobody is stale.
    const quiet = block(layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai").values, title);
    expect(quiet.map((r) => r[0])).toEqual(["无"]);
  });

  test("the member and group charts are there only when there are members, the meeting chart only with meetings; the stage chart always", () => {
    expect(layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai").charts.map((c) => c.title)).toEqual([
      "成员佣金与经手现金",
      "各小组经手现金",
      "赞助商阶段分布",
    ]);
    expect(layoutReport(report([], "x", []), "zh", "Asia/Shanghai").charts.map((c) => c.title)).toEqual(["赞助商阶段分布"]);
  });
});

describe("Builder", () => {
  test("pads every row to the widest, plain format by default, numbers right-aligned and headers aligned like their column", () => {
    const b = new Builder();
    b.section("一、汇总");
    b.header(["项目", "数值"]);
    b.add(["现金", 12.5], ["", FORMAT.money]);
    const l = b.build();
    expect(l.width).toBe(2);
    expect(l.values).toEqual([
      ["一、汇总", ""],
      ["项目", "数值"],
      ["现金", 12.5],
    ]);
    expect(l.formats[2]).toEqual([FORMAT.plain, FORMAT.money]);
    expect(l.align[1]).toEqual(["left", "right"]);
    expect(l.bold.map((r) => r[0])).toEqual([true, true, false]);
    expect(l.shaded.map((r) => r[0])).toEqual([true, false, false]);
  });
});
