import { syntheticTabs } from "../../src/local/sample/synthetic";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { addon, shown, values } from "./addon";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

/** A small department built for checking every number by hand. */
function department() {
  return [
    {
      name: "成员",
      rows: [
        ["姓名", "小组", "职务", "状态"],
        ["张伟", "一组", "部长", "在部"],
        ["李娜", "一组", "干事", "在部"],
        ["王芳", "二组", "干事", "在部"],
        ["刘洋", "二组", "干事", "离部"],
        ["'=陈静", "二组", "干事", "在部"],
      ],
    },
    {
      name: "赞助商",
      rows: [
        ["赞助商", "负责人", "阶段", "下次跟进"],
        ["博文书店", "张伟", "已签约", d("2026-11-10")],
        ["老王餐馆", "李娜", "洽谈中", d("2026-12-05")],
        ["移动营业厅", "王芳", "已拒绝", ""],
      ],
    },
    {
      name: "活动",
      rows: [
        ["活动", "日期", "负责人", "赞助目标", "预算"],
        ["迎新晚会", d("2026-11-20"), "张伟", 5000, 300],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "活动", "经办人", "现金", "物资", "物资估值", "状态", "佣金", "佣金发放日期", "备注"],
        [d("2026-11-02"), "博文书店", "迎新晚会", "张伟、李娜、王芳", 1000.01, "", "", "已到账", "", "", "三人均分"],
        [d("2026-11-03"), "老王餐馆", "迎新晚会", "李娜 60%、张伟 40%", "¥2,000", "横幅 1 条", 150, "已到账", "", "", ""],
        [d("2026-11-04"), "老王餐馆", "迎新晚会", "王芳", 3000, "", "", "意向", "", "", ""],
        [d("2026-11-05"), "博文书店", "迎新晚会", "张伟", 800, "", "", "已取消", "", "", ""],
        [d("2026-11-20"), "博文书店", "迎新晚会", "张伟", -300, "", "", "已到账", "", "", "退款"],
        [d("2026-11-21"), "博文书店", "", "张伟、王芬", 100, "", "", "已到账", "", "", "王芬 is a typo"],
        [d("2026-10-30"), "博文书店", "", "刘洋", 500, "", "", "已到账", "", "", "October, unpaid"],
        [d("2026-11-06"), "博文书店", "", "'=陈静", 100, "", "", "已到账", "", "", ""],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", "小组", d("2026-10-28"), d("2026-11-04"), d("2026-11-11"), d("2026-12-02")],
        ["张伟", "一组", "迟到", "早退", "出席", "缺席"],
        ["李娜", "一组", "出席", "缺席", "请假", ""],
        ["王芳", "二组", "出席", "迟到+早退", "未批假", ""],
        ["刘洋", "二组", "出席", "", "", ""],
        ["'=陈静", "二组", "出席", "出席", "出席", ""],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["学期开始", d("2026-09-01")],
        ["部门名称", "测试大学外联部"],
      ],
    },
  ];
}

/** 收支 rows spread over 2026 for a synthetic workbook: expenses, income, fines paid and waived. */
function accountsTab(tabs: { name: string; rows: unknown[][] }[], rows: number) {
  const first = (tab: string) => tabs.find((t) => t.name === tab)!.rows[1][0];
  const [member, event] = [first("成员"), first("活动")];
  const out: unknown[][] = [["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"]];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor((i * 365) / rows)));
    const kind = i % 4;
    out.push([
      day,
      kind === 0 ? event : "",
      ["支出", "其他收入", "罚款缴纳", "罚款减免"][kind],
      10 + (i % 7),
      member,
      "物料",
      "",
      kind === 0 && i % 8 === 0 ? "待报销" : "",
      "",
      kind === 3 ? "部长同意" : "",
    ]);
  }
  return { name: "收支", rows: out as never };
}

/** The tab's rows keyed by their first cell, for reading a section back. */
function rowsAfter(tab: unknown[][], title: string): unknown[][] {
  const start = tab.findIndex((r) => r[0] === title);
  const out: unknown[][] = [];
  for (let i = start + 2; i < tab.length && tab[i].some((v) => v !== ""); i++) out.push(tab[i]);
  return out;
}

describe("Generate monthly report, through the bundle", () => {
  test("every section's numbers on a department built for the test", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const run = a.fn.generateMonthlyReport({ month: "2026-11" });
    expect(run.tab).toBe("月报 2026-11");
    const r = run.report;
    // commission per row: 150.00 (1000.01 → 150.0015), 300.00, -45.00, 15.00, 15.00
    expect(r.totals).toMatchObject({
      cashReceived: 2900.01,
      inKindValue: 150,
      pledged: 3000,
      sponsorships: 4,
      newSponsors: 1,
      commission: 150 + 300 - 45 + 15 + 15,
      unassigned: 7.5,
      penalty: 5 + 20 + 10 + 20,
      net: 435 - 55,
    });
    const m = Object.fromEntries(r.members.map((x: any) => [x.name, x]));
    expect(m["张伟"]).toMatchObject({ sponsorships: 3, commission: 50 + 120 - 45 + 7.5, late: 0, leftEarly: 1, penalty: 5 });
    expect(m["张伟"].warnings).toEqual(["迟到/早退 2 次，需部长审议"]);
    expect(m["李娜"]).toMatchObject({ commission: 50 + 180, absent: 1, excused: 1, penalty: 20 });
    expect(m["王芳"]).toMatchObject({ commission: 50, late: 1, leftEarly: 1, absent: 1, penalty: 30, net: 20 });
    // member shares plus unassigned add up exactly to the total commission
    const memberSum = r.members.reduce((s: number, x: any) => s + Math.round(x.commission * 100), 0);
    expect(memberSum + Math.round(r.totals.unassigned * 100)).toBe(Math.round(r.totals.commission * 100));
    // 刘洋 left, but is still owed October's commission, so is listed
    expect(m["刘洋"]).toMatchObject({ active: false, commission: 0, unpaidCommission: 75 });
    expect(r.events).toEqual([
      {
        name: "迎新晚会",
        date: "2026-11-20",
        owner: "张伟",
        target: 5000,
        raised: 2850.01,
        pledged: 3000,
        progress: 0.57,
        budget: 300,
        // No 预计金额 column: nothing forecast; raised and pledged already pass the target.
        forecast: 0,
        forecastSponsors: [],
        shortfall: 0,
      },
    ]);
    expect(r.sponsors.byStage).toMatchObject({ signed: 1, negotiating: 1, declined: 1 });
    expect(r.sponsors.followUps.map((f: any) => f.sponsor)).toEqual(["博文书店"]);
    expect(r.problems.map((p: any) => p.message)).toContainEqual(expect.stringContaining("“王芬”，是否是“王芳”"));
    // No 收支 tab: the cash book still counts the ledger's cash: October's ¥500.00 opens November (no commission paid yet).
    expect(r.accounts).toMatchObject({ tab: false, cashBook: { opening: 500, sponsorCash: 2900.01, commissionsPaid: 0, closing: 3400.01 } });
  });

  test("the tab shows the same numbers as the JSON, holds values only, and user text stays text", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    const tab = values(a.book, "月报 2026-11");
    expect(tab[0][0]).toBe("测试大学外联部 2026-11 月报");
    const summary = Object.fromEntries(rowsAfter(tab, "一、汇总").map((row) => [row[0], row[1]]));
    expect(summary["本月到账现金"]).toBe(r.totals.cashReceived);
    expect(summary["佣金合计"]).toBe(r.totals.commission);
    expect(summary["罚款合计"]).toBe(r.totals.penalty);
    expect(summary["净额（佣金 − 罚款）"]).toBe(r.totals.net);
    const members = rowsAfter(tab, "二、成员");
    for (const m of r.members) {
      const row = members.find((x) => String(x[0]).startsWith(m.name))!;
      expect([row[4], row[15], row[16], row[17]]).toEqual([m.commission, m.penalty, m.net, m.unpaidCommission]);
      expect(row.slice(12, 15)).toEqual([m.leave.approved, m.leave.rejected, m.leave.late]);
    }
    const sheet = a.book.getSheetByName("月报 2026-11")!;
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== ""),
    ).toEqual([]);
    expect(members.map((x) => x[0])).toContain("=陈静");
    expect(sheet.getCharts().map((c) => [c.state.chartType, c.state.options.get("title")])).toEqual([
      ["BAR", "成员佣金与经手现金"],
      ["COLUMN", "各次例会出勤率"],
      ["BAR", "各小组经手现金"],
      ["COLUMN", "活动赞助：已到账、意向、加权预测与目标差距"],
      ["COLUMN", "活动预算与支出"],
      ["PIE", "赞助商阶段分布"],
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  test("names starting with = + - @ are written to the report as text, never as formulas", () => {
    const tabs = department();
    const members = tabs.find((t) => t.name === "成员")!.rows;
    members.push(["'+1 李雷", "三组", "干事", "在部"], ["'-韩梅梅", "三组", "干事", "在部"], ["'@王磊", "三组", "干事", "在部"]);
    tabs.find((t) => t.name === "活动")!.rows.push(['\'=HYPERLINK("http://x")', d("2026-11-30"), "'@王磊", 100, 10]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.generateMonthlyReport({ month: "2026-11" });
    const sheet = a.book.getSheetByName("月报 2026-11")!;
    expect(
      sheet
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== ""),
    ).toEqual([]);
    const cells = sheet.getDataRange().getValues().flat();
    expect(cells).toEqual(expect.arrayContaining(["+1 李雷", "-韩梅梅", "@王磊", '=HYPERLINK("http://x")']));
  });

  test("from the menu: asks for the month, writes and opens the tab; re-running replaces it and touches nothing else", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const ledgerBefore = values(a.book, "赞助记录");
    a.runtime.ui.answer({ button: "OK", text: "2026-11" });
    a.fn.menuReport();
    a.runtime.ui.answer({ button: "OK", text: "2026-11" });
    a.fn.menuReport();
    const names = a.book.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.includes("2026-11"))).toEqual(["月报 2026-11"]);
    expect(a.book.getActiveSheet().getName()).toBe("月报 2026-11");
    expect(shown(a, "toast").map((l) => l.message)).toEqual(["已生成 月报 2026-11", "已生成 月报 2026-11"]);
    expect(values(a.book, "赞助记录")).toEqual(ledgerBefore);
  });

  test("a bad month is refused with a message; cancel does nothing", () => {
    const a = addon(department(), { locale: "zh_CN" });
    a.runtime.ui.answer({ button: "OK", text: "11月" });
    a.fn.menuReport();
    expect(shown(a, "alert")[0].message).toBe("无法识别的月份“11月”：请写成 2026-11");
    a.runtime.ui.answer({ button: "CANCEL" });
    a.fn.menuReport();
    expect(a.book.getSheets().some((s) => s.getName().startsWith("月报"))).toBe(false);
  });

  test("two officers at once: the second gets 'already running' and no second tab", () => {
    const a = addon(department(), { locale: "zh_CN" });
    a.runtime.locks.holdDocumentLockElsewhere(true);
    a.runtime.ui.answer({ button: "OK", text: "2026-11" });
    a.fn.menuReport();
    expect(shown(a, "alert")[0].message).toBe("月报正在由另一位成员生成，请稍候片刻再查看");
    expect(a.book.getSheets().some((s) => s.getName().startsWith("月报"))).toBe(false);
  });

  test("English report when Settings say so", () => {
    const tabs = department();
    tabs.find((t) => t.name === "设置")!.rows.push(["报告语言", "en"]);
    const a = addon(tabs, { locale: "zh_CN" });
    const run = a.fn.generateMonthlyReport({ month: "2026-11" });
    expect(run.tab).toBe("Report 2026-11");
    expect(values(a.book, "Report 2026-11")[0][0]).toBe("测试大学外联部 monthly report 2026-11");
  });

  test("the report's Sheets calls do not grow with the ledger nor with 收支, which is one read more", () => {
    const calls = (n: number, accounts: boolean) => {
      const tabs = syntheticTabs({ ledgerRows: n, members: 40, meetings: 30, seed: 7 });
      if (accounts) tabs.push(accountsTab(tabs, n / 5));
      const a = addon(tabs, { locale: "zh_CN" });
      a.runtime.resetStats();
      const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
      // The rows are counted, not skipped: November has expenses in the cash book.
      if (accounts) expect(r.accounts.cashBook.expensesPaid).toBeGreaterThan(0);
      return [a.runtime.stats.reads, a.runtime.stats.writes];
    };
    const [reads, writes] = calls(500, true);
    expect(calls(5000, true)).toEqual([reads, writes]);
    expect(calls(500, false)).toEqual([reads - 1, writes]);
  });

  test("the report's Sheets calls are the same at 500 and 50,000 ledger rows, with sponsors carrying 预计金额 and 目标活动", () => {
    const calls = (n: number) => {
      const tabs = withForecastColumns(syntheticTabs({ ledgerRows: n, members: 40, meetings: 30, seed: 7 }));
      const a = addon(tabs, { locale: "zh_CN" });
      a.runtime.resetStats();
      const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
      // The forecast is there to be written: at least one event counts a sponsor.
      expect(r.events.some((e: any) => e.forecastSponsors.length > 0)).toBe(true);
      return a.runtime.stats;
    };
    const small = calls(500);
    const large = calls(50000);
    expect([large.reads, large.writes, large.total]).toEqual([small.reads, small.writes, small.total]);
  }, 120000);

  test("the sample with a few 预计金额 / 目标活动 typed in: each event's forecast, worked by hand, in the JSON and the tab", () => {
    const tabs = sampleTabs();
    const sponsors = tabs.find((t) => t.name === "赞助商")!.rows;
    sponsors[0].push("预计金额", "目标活动");
    const typed: Record<string, [number | string, string]> = {
      // 已签约, pledged ¥1,000 for 元旦晚会 but nothing received yet: 90% of ¥3,000 = ¥2,700.00.
      "茶百道(大学城店)": [3000, "元旦晚会"],
      // 联系中: 25% of ¥1,500.02 = ¥375.005 → ¥375.01 (half up).
      "一点点(北门店)": ["1,500.02", "十佳歌手大赛"],
      // 联系中: 25% of ¥2,000 = ¥500.00.
      蜜雪冰城东门店: [2000, "十佳歌手大赛"],
      // Paid for 十佳歌手大赛 on 11-20: out of the forecast.
      "蜜雪冰城(东门店)": [1000, "十佳歌手大赛"],
    };
    for (const row of sponsors.slice(1)) row.push(...(typed[String(row[0])] ?? ["", ""]));
    const a = addon(tabs, { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    const ev = (name: string) => r.events.find((e: any) => e.name === name);
    expect(ev("元旦晚会").forecast).toBe(2700);
    expect(ev("十佳歌手大赛").forecast).toBe(875.01);
    expect(ev("十佳歌手大赛").forecastSponsors.map((f: any) => [f.sponsor, f.weighted])).toEqual([
      ["一点点(北门店)", 375.01],
      ["蜜雪冰城东门店", 500],
    ]);
    for (const name of ["元旦晚会", "十佳歌手大赛"]) {
      const e = ev(name);
      expect(e.shortfall).toBe(Math.max(0, Math.round((e.target - e.raised - e.pledged - e.forecast) * 100) / 100));
    }
    expect(r.events.filter((e: any) => e.forecast > 0).map((e: any) => e.name)).toEqual(["十佳歌手大赛", "元旦晚会"]);
    // The tab: the forecast beside raised and pledged, and the stacked chart of them.
    const rows = values(a.book, "月报 2026-11");
    const header = rows.findIndex((row) => row[0] === "四、活动") + 1;
    expect(rows[header].slice(4, 8)).toEqual(["已到账（截至月底）", "意向", "加权预测", "预计仍差"]);
    expect(rows.find((row, i) => i > header && row[0] === "十佳歌手大赛")![6]).toBe(875.01);
    const chart = a.book
      .getSheetByName("月报 2026-11")!
      .getCharts()
      .find((c) => c.state.options.get("title") === "活动赞助：已到账、意向、加权预测与目标差距")!;
    expect([chart.state.chartType, chart.state.options.get("isStacked"), chart.state.ranges.length]).toEqual(["COLUMN", true, 5]);
    expect(rows.some((row) => row[0] === "计入预测的赞助商")).toBe(true);
    expect(r.problems.filter((p: any) => p.sheet === "赞助商" && /[NO]\d/.test(p.cell))).toEqual([]);
  });

  test("the sample's stale sponsor is listed under 久未联系, and 31 sponsors are counted by stage", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    const byStage = Object.values(r.sponsors.byStage as Record<string, number>).reduce((x, y) => x + y, 0);
    expect(byStage).toBe(sampleFacts.sponsors);
    // November is over: judged on its last day. 蜜雪冰城东门店 was last called on 2026-10-10, 51 days before;
    // by then 衣品阁服饰 (洽谈中, last called 10-27) has gone 34 days too — on the sample's 11-23 it was 27.
    expect(r.sponsors.staleAsOf).toBe("2026-11-30");
    expect(r.sponsors.stale).toEqual([
      { sponsor: sampleFacts.staleSponsor, owner: "吴佳琪", stage: "contacting", lastContact: "2026-10-10", days: 51 },
      { sponsor: "衣品阁服饰", owner: "吴佳琪", stage: "negotiating", lastContact: "2026-10-27", days: 34 },
    ]);
    const rows = values(a.book, "月报 2026-11");
    const at = rows.findIndex((row) => String(row[0]).startsWith("久未联系"));
    expect(rows[at][0]).toBe("久未联系（联系中或洽谈中，截至 2026-11-30 超过 30 天没有联系）");
    expect(rows[at + 2].slice(0, 5)).toEqual([sampleFacts.staleSponsor, "吴佳琪", "联系中", "2026-10-10", 51]);
  });

  test("the sample workbook gives a report with every section, in order, each with content", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    expect(r.members.length).toBeGreaterThanOrEqual(14);
    expect(r.groups.map((g: any) => g.group)).toEqual(["一组", "二组", "三组"]);
    expect(r.events).toHaveLength(8);
    expect(r.sponsors.followUps.length).toBeGreaterThan(0);
    expect(r.totals.cashReceived).toBeGreaterThan(0);
    expect(r.problems.length).toBeGreaterThanOrEqual(4);
    const titles = values(a.book, "月报 2026-11")
      .map((row) => row[0])
      .filter((v) => /^[一二三四五六七八]、/.test(String(v)));
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
  });

  test("the sample's November accounts, worked by hand from src/local/sample/workbook.ts", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    const acc = r.accounts;
    // 期初余额 ¥1,286.50 on 学期开始 2026-09-01 (期初日期 blank).
    // September: sponsorship cash 2000 + 3000 + 1500 + 1500 + 500 + 2500 + 1200 + 1000.01 + 800 + 600 + 1800
    //   + 800 + 300 + 1000 + 3000 = 21,500.01; fines 5 + 5; income 800; from cash 120 (矿泉水);
    //   paid back 180 (09-12) + 260.50 (09-28) → 1286.50 + 21500.01 + 10 + 800 − 120 − 440.50 = 23,036.01.
    // October: cash 2000 + 1500 − 300 + 2000 + 1200 + 300 + 1000 + 2000 + 400 + 500.5 + 1000 + 1500 + 600
    //   = 13,700.50 ("两千" is not counted); fine 20 (马骁); from cash 138; paid back 246 (10-30) + 36 (no
    //   报销日期: counted on 10-15); September's commissions paid 10-08: 15% of 21,500.01 row by row = 3,225.00
    //   → 23036.01 + 13700.50 + 20 − 138 − 282 − 3225 = 33,111.51.
    // November: cash 2500 + 1500 + 800 + 1000 + 1000 + 500 + 1200 + 800 + 300 + 800 + 1000 + 200 = 11,600;
    //   fine 10 (孙嘉豪); income 150 (义卖); from cash 150 (辩论赛) + 60 (志愿者饮用水) = 210; nothing paid back
    //   (黄诗涵 and 吴佳琪 still 待报销); October's commissions paid 11-06: 15% of 12,200.50, with 500.5 → 75.08,
    //   = 1,830.08 → 33111.51 + 11600 + 10 + 150 − 210 − 0 − 1830.08 = 42,831.43.
    expect(acc.cashBook).toEqual({
      month: "2026-11",
      opening: 33111.51,
      sponsorCash: 11600,
      finesPaid: 10,
      otherIncome: 150,
      expensesPaid: 210,
      reimbursed: 0,
      commissionsPaid: 1830.08,
      closing: 42831.43,
    });
    expect(acc.cashBook.sponsorCash).toBe(r.totals.cashReceived);
    const sept = a.fn.generateMonthlyReport({ month: "2026-09" }).report.accounts.cashBook;
    expect([sept.opening, sept.closing]).toEqual([1286.5, 23036.01]);
    expect(a.fn.generateMonthlyReport({ month: "2026-10" }).report.accounts.cashBook).toMatchObject({
      reimbursed: 282,
      commissionsPaid: 3225,
      closing: 33111.51,
    });
    // 迎新晚会 spent 180 + 260.50 + 120 = 560.50 of ¥500; 考研经验讲座 138 + 36 = 174 of ¥150; 社团文化节 320 + 95.80 = 415.80 of ¥400.
    const over = acc.events.filter((e: any) => e.overBudget).map((e: any) => [e.name, e.spent, e.budget]);
    expect(over).toEqual([
      ["迎新晚会", 560.5, 500],
      ["考研经验讲座", 174, 150],
      ["社团文化节", 415.8, 400],
    ]);
    expect(acc.reimbursementsOwed.map((o: any) => [o.member, o.amount])).toEqual([
      ["黄诗涵", 320],
      ["吴佳琪", 95.8],
    ]);
    expect(acc.reimbursementsOwedTotal).toBe(415.8);
    // 周晓雯: 旷会 10-14 → 20, never paid (she left); 赵一鸣: late 09-16 and 10-28 → 10, paid 5.
    // 黄诗涵's 20 was waived with the head's reason; 李欣怡's 5 was "waived" with none, so it does not count
    // and she still owes it; 孙嘉豪 paid his 10; 马骁 his 20; 何静怡 her 5.
    expect(acc.owing).toEqual([
      { name: "周晓雯", balance: 20 },
      { name: "李欣怡", balance: 5 },
      { name: "赵一鸣", balance: 5 },
    ]);
    expect(r.members.find((m: any) => m.name === "周晓雯")).toMatchObject({ active: false, finesOwed: 20 });
    // The waiver with no reason (11-18) is November's; the 已报销 row with no date (10-15) is October's and
    // still listed, since it changes the balance November starts from.
    const accountProblems = r.problems.filter((p: any) => p.sheet === "收支");
    expect(accountProblems.map((p: any) => p.cell)).toEqual(["I9", "J19"]);
    // The tab: the cash book in ¥, each over-budget event said in words, and the budget chart.
    const tab = values(a.book, "月报 2026-11");
    const book = rowsAfter(tab, "现金账 2026-11").map((row) => row.slice(0, 2));
    expect(book[book.length - 1]).toEqual(["= 月末余额", 42831.43]);
    const events = rowsAfter(tab, "各活动收支（截至月底）");
    expect(events.filter((row) => row[8] === "超支").map((row) => row[0])).toEqual(["迎新晚会", "考研经验讲座", "社团文化节"]);
    const sheet = a.book.getSheetByName("月报 2026-11")!;
    const at = tab.findIndex((row) => row[0] === "现金账 2026-11") + 2;
    expect(sheet.getRange(at + 1, 2).getNumberFormat()).toBe("¥#,##0.00");
    const chart = sheet.getCharts().find((c) => c.state.options.get("title") === "活动预算与支出")!;
    expect(chart.state.chartType).toBe("COLUMN");
    expect(chart.state.ranges).toHaveLength(3);
  });

  test("a temporary tab left by a failed run does not block the next one", () => {
    const a = addon(department(), { locale: "zh_CN" });
    a.fn.generateMonthlyReport({ month: "2026-11" });
    // What a run stopped half-way (Apps Script's time limit) leaves: the new tab, tagged as the add-on's, still filling.
    const left = a.book.insertSheet("月报 2026-11 …");
    left.addDeveloperMetadata("outreach.generated", `report 2026-11 ${left.getSheetId()} filling`);
    a.fn.generateMonthlyReport({ month: "2026-11" });
    expect(
      a.book
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => n.startsWith("月报")),
    ).toEqual(["月报 2026-11"]);
  });

  test("a finished report a user renamed and annotated is never removed, whatever its new name", () => {
    const a = addon(department(), { locale: "zh_CN" });
    a.fn.generateMonthlyReport({ month: "2026-11" });
    for (const name of ["月报 2026-11 …部长批注版", "月报 2026-11 批注"]) {
      const kept = a.book.getSheetByName("月报 2026-11")!;
      kept.setName(name);
      kept.getRange("A1").setValue("部长：本月表现很好");
      a.fn.generateMonthlyReport({ month: "2026-11" });
      expect(a.book.getSheetByName(name)!.getRange("A1").getValue()).toBe("部长：本月表现很好");
      expect(a.book.getSheetByName("月报 2026-11")).not.toBeNull();
    }
    // Re-running replaces only the report the add-on made under its own name.
    const names = () =>
      a.book
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => n.startsWith("月报"));
    const before = names();
    a.fn.generateMonthlyReport({ month: "2026-11" });
    expect(names()).toEqual(before);
  });

  test("leave: each member's requests for the month by outcome, and what is still pending at the month's end, in the tab and the JSON", () => {
    const tabs = department();
    tabs.push({
      name: "请假",
      rows: [
        ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
        ["2026-11-03 12:00", "李娜", d("2026-11-11"), "考试", "已批准", "张伟", "2026-11-03 20:00", ""],
        ["2026-11-04 19:40", "张伟", d("2026-11-04"), "堵车", "已驳回", "张伟", "2026-11-04 21:00", "应提前请假"],
        ["2026-11-10 09:00", "王芳", d("2026-11-11"), "家里有事", "", "", "", ""],
        ["2026-11-30 22:00", "李娜", d("2026-12-02"), "比赛", "已批准", "张伟", "2026-12-01 08:00", ""],
        ["2026-10-27 09:00", "李娜", d("2026-10-28"), "感冒", "已批准", "张伟", "2026-10-27 12:00", ""],
      ],
    });
    const a = addon(tabs, { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    const leave = Object.fromEntries(r.members.map((x: any) => [x.name, x.leave]));
    expect(leave["张伟"]).toEqual({ approved: 0, rejected: 1, pending: 0, late: 1 });
    expect(leave["李娜"]).toEqual({ approved: 1, rejected: 0, pending: 0, late: 0 });
    expect(leave["王芳"]).toEqual({ approved: 0, rejected: 0, pending: 1, late: 0 });
    // 王芳's request was never decided; 李娜's December one was asked in November and approved only on 12-01
    expect(r.leavePending).toEqual([
      { name: "王芳", meeting: "2026-11-11", reason: "家里有事", submittedAt: "2026-11-10 09:00", late: false },
      { name: "李娜", meeting: "2026-12-02", reason: "比赛", submittedAt: "2026-11-30 22:00", late: false },
    ]);
    const tab = values(a.book, "月报 2026-11");
    const members = rowsAfter(tab, "二、成员");
    expect(tab[tab.findIndex((row) => row[0] === "二、成员") + 1].slice(12, 15)).toEqual(["请假批准", "请假驳回", "逾期申请"]);
    expect(members.find((x) => x[0] === "张伟")!.slice(12, 15)).toEqual([0, 1, 1]);
    expect(rowsAfter(tab, "待审批的请假（截至月底）").map((row) => row.slice(0, 5))).toEqual([
      ["王芳", "2026-11-11", "家里有事", "2026-11-10 09:00", ""],
      ["李娜", "2026-12-02", "比赛", "2026-11-30 22:00", ""],
    ]);
    // The sections keep their numbers.
    expect(tab.map((row) => row[0]).filter((v) => /^[一二三四五六七八]、/.test(String(v)))).toEqual([
      "一、汇总",
      "二、成员",
      "三、小组",
      "四、活动",
      "五、收支",
      "六、赞助商",
      "七、待完成的赞助回报（截止 ≤ 月底）",
      "八、未能计入的数据",
    ]);
    // Without a 请假 tab the block says 无.
    const none = addon(department(), { locale: "zh_CN" });
    none.fn.generateMonthlyReport({ month: "2026-11" });
    const plain = values(none.book, "月报 2026-11");
    expect(plain[plain.findIndex((row) => row[0] === "待审批的请假（截至月底）") + 1][0]).toBe("无");
  });

  test("deliverables owed by the month's end are listed, overdue ones marked", () => {
    const tabs = department();
    tabs.push({
      name: "赞助回报",
      rows: [
        ["赞助商", "活动", "回报内容", "截止日期", "负责人", "状态", "凭证"],
        ["博文书店", "迎新晚会", "横幅印 logo", d("2026-11-10"), "张伟", "待办", ""],
        ["老王餐馆", "迎新晚会", "晚会口播", d("2026-11-28"), "李娜", "", ""],
        ["博文书店", "", "朋友圈宣传", d("2026-11-05"), "张伟", "已完成", "链接"],
        ["老王餐馆", "", "照片反馈", d("2026-12-10"), "李娜", "待办", ""],
      ],
    });
    const a = addon(tabs, { locale: "zh_CN" });
    const r = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    expect(r.deliverables.map((x: any) => [x.sponsor, x.promised, x.due])).toEqual([
      ["博文书店", "横幅印 logo", "2026-11-10"],
      ["老王餐馆", "晚会口播", "2026-11-28"],
    ]);
    expect(r.deliverables[0].overdue).toBe(true);
  });
});

describe("the tabs the add-on writes are sized to what they hold", () => {
  test("a month's report has no empty rows below its record and its charts; a year's hand-over grows to hold every row", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.generateMonthlyReport({ month: "2026-10" });
    const report = a.book.getSheetByName("月报 2026-10")!;
    const charts = report.getCharts().length;
    expect(charts).toBeGreaterThan(0);
    expect(report.getMaxRows()).toBe(Math.max(report.getLastRow(), charts * 18 + 1));
    expect(report.getMaxRows()).toBeLessThan(1000);

    const big = addon(syntheticTabs({ ledgerRows: 12000, members: 40, meetings: 20, seed: 3 }), { locale: "zh_CN" });
    big.fn.exportHandover({ year: "2026" });
    const handover = big.book.getSheetByName("交接 2026")!;
    expect(handover.getLastRow()).toBeGreaterThan(1000);
    expect(handover.getMaxRows()).toBe(handover.getLastRow());
  });
});

/**
 * The synthetic sponsors with 预计金额 and 目标活动 typed in: every third one aims at a new event that
 * nobody has paid for yet (the synthetic ledger pays for every other event many times over).
 */
function withForecastColumns<T extends { name: string; rows: unknown[][] }>(tabs: T[]): T[] {
  const sponsors = tabs.find((t) => t.name === "赞助商")!.rows;
  const event = "新年音乐会";
  tabs.find((t) => t.name === "活动")!.rows.push([event, d("2026-12-31"), "", 20000, 500, ""]);
  sponsors[0].push("预计金额", "目标活动");
  sponsors.slice(1).forEach((row, i) => row.push(...(i % 3 === 0 ? [1000 + i, event] : ["", ""])));
  return tabs;
}
