import { checkData } from "../../src/app/check-data";
import { render } from "../../src/domain/messages";
import { workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { accountNotices, notices, packageNotices, roundedNotices, sponsorNotices } from "../../src/sheets/notices";
import { context, loadModel } from "../../src/sheets/workbook";
import { d, session, sheetWith, today } from "../support/apps-script";

function workbook(requireDeliverables: string, ledger: unknown[][], deliverables: unknown[][] = []) {
  today("2026-11-23");
  sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"], ["李欣怡"]] },
    {
      name: "赞助商",
      rows: [
        ["赞助商", "负责人", "阶段"],
        ["博文书店", "李欣怡", "已签约"],
        ["老王餐馆", "李欣怡", "已拒绝"],
      ],
    },
    { name: "赞助记录", rows: [["日期", "赞助商", "活动", "经办人", "现金", "状态"], ...ledger] as never },
    { name: "赞助回报", rows: [["赞助商", "活动", "回报内容"], ...deliverables] as never },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["需要登记回报", requireDeliverables],
      ],
    },
  ]);
  const loaded = loadModel(context());
  return notices(loaded.model, { ledger: loaded.tables.ledger, leaveTab: false }, "2026-11-23").map((p) => [p.sheet, p.cell, render(p.message, "zh")]);
}

/** A grid with 请假 marks (王浩然's first one `first`) and, unless `leave` is null, a 请假 tab with these requests. */
function withLeave(needsApproval: string, leave: unknown[][] | null, first = "请假") {
  today("2026-11-23");
  const tabs = [
    {
      name: "成员",
      rows: [
        ["姓名", "职务"],
        ["王浩然", "干事"],
        ["李欣怡", "干事"],
        ["陈思远", "部长"],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", "小组", d("2026-11-04"), "2026-11-11 19:30 例会"],
        ["王浩然", "一组", first, "出席"],
        ["李欣怡", "一组", "出席", "请假"],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["请假需审批", needsApproval],
      ],
    },
  ];
  if (leave) tabs.push({ name: "请假", rows: [["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"], ...leave] as never });
  sheetWith(tabs as never);
  const loaded = loadModel(context());
  const { attendance } = loaded.tables;
  return notices(loaded.model, { attendance, leave: loaded.tables.leave, leaveTab: Boolean(loaded.sheets.leave) }, "2026-11-23").map((p) => [
    p.sheet,
    p.cell,
    render(p.message, "zh"),
  ]);
}

describe("notices: what Check data points out without refusing anything", () => {
  test("a sponsor owned by one member but credited to another, at the credit cell", () => {
    expect(workbook("否", [[d("2026-11-02"), "博文书店", "迎新晚会", "王浩然", 1000, "已到账"]])).toEqual([
      ["赞助记录", "D2", "“博文书店”由 李欣怡 负责（阶段：已签约），这笔赞助却记在 王浩然 名下：请确认没有重复联系同一商家"],
    ]);
  });

  test("nothing when the owner is credited, the sponsor declined, or the row cancelled", () => {
    expect(
      workbook("否", [
        [d("2026-11-02"), "博文书店", "", "李欣怡、王浩然", 1000, "已到账"],
        [d("2026-11-02"), "老王餐馆", "", "王浩然", 1000, "已到账"],
        [d("2026-11-02"), "博文书店", "", "王浩然", 1000, "已取消"],
      ]),
    ).toEqual([]);
  });

  test("with 需要登记回报 = 是, a received sponsorship with no deliverable recorded, at the sponsor cell", () => {
    const rows = [
      [d("2026-11-02"), "博文书店", "迎新晚会", "李欣怡", 1000, "已到账"],
      [d("2026-11-03"), "博文书店", "运动会", "李欣怡", 500, "意向"],
    ];
    expect(workbook("是", rows)).toEqual([["赞助记录", "B2", "已到账的赞助“博文书店”（迎新晚会）还没有登记赞助回报：请在“赞助回报”表中添加"]]);
    expect(workbook("是", rows, [["博文书店", "迎新晚会", "横幅印 logo"]])).toEqual([]);
    expect(workbook("否", rows)).toEqual([]);
  });

  test("with 请假需审批 = 是, a 请假 mark without an approved request, at the 考勤 cell", () => {
    const requests = [
      ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "陈思远", "2026-11-03 20:00", ""],
      ["2026-11-10 09:00", "李欣怡", d("2026-11-11"), "比赛", "待审批", "", "", ""],
    ];
    expect(withLeave("是", requests)).toEqual([["考勤", "D3", "李欣怡 2026-11-11 标为“请假”，但请假表第 3 行的申请还在待审批：请部长审批，或改为“未批假”"]]);
    expect(withLeave("否", requests)).toEqual([]);
  });

  test("a late request approved without a note, at its 审批意见 cell; the meeting's start from its header", () => {
    const requests = [
      ["2026-11-04 19:10", "王浩然", d("2026-11-04"), "堵车", "已批准", "陈思远", "2026-11-04 21:00", ""],
      ["2026-11-11 19:10", "李欣怡", d("2026-11-11"), "实验", "已批准", "陈思远", "2026-11-11 21:00", ""],
    ];
    expect(withLeave("是", requests)).toEqual([
      ["请假", "H2", "王浩然 的请假申请（2026-11-04 例会）在例会开始后才提交（2026-11-04 19:10），已批准却没有写审批意见：逾期批准须写明理由"],
    ]);
  });

  test("approved leave charged in 考勤 at its grid cell; a hand-typed decision at its 状态 cell; an approver not the head at its 审批人 cell", () => {
    const requests = [
      ["2026-11-10 09:00", "李欣怡", d("2026-11-11"), "比赛", "已批准", "王浩然", "2026-11-10 20:00", ""],
      ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "", "", ""],
    ];
    const tabs = withLeave("是", requests);
    expect(tabs.map(([sheet, cell]) => `${sheet}!${cell}`)).toEqual(["请假!F2", "请假!E3"]);
    expect(tabs[0][2]).toBe(
      "李欣怡 的请假申请（2026-11-11 例会）由“王浩然”批准，但“王浩然”不是在任部长：请假须由部长审批，请改回“待审批”，由部长在“审批”中处理",
    );
    const charged = [
      ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "陈思远", "2026-11-03 20:00", ""],
      ["2026-11-10 09:00", "李欣怡", d("2026-11-11"), "比赛", "已批准", "陈思远", "2026-11-10 20:00", ""],
    ];
    expect(withLeave("是", charged, "缺席")).toEqual([["考勤", "C2", "王浩然 2026-11-04 已批准请假（请假表第 2 行），考勤却记为“缺席”：请改为“请假”"]]);
  });

  test("no 请假 tab: each 请假 mark says how to add one", () => {
    expect(withLeave("是", null).map(([sheet, cell]) => `${sheet}!${cell}`)).toEqual(["考勤!C2", "考勤!D3"]);
    expect(withLeave("是", null)[0][2]).toContain("没有“请假”工作表");
  });
});

/**
 * The department's money as of `day`: 迎新晚会 (budget ¥500) spends ¥380 on 11-05 and ¥200.50 on 11-20;
 * 运动会 (budget ¥300) spends ¥400 on 11-25; 王浩然 owes one late fee (¥5) but pays ¥5 and is excused
 * ¥5; a ¥1,000 sponsorship's commission is marked paid with "已发" instead of a date.
 */
function withAccounts(day: string) {
  today(day);
  sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"], ["李欣怡"]] },
    {
      name: "活动",
      rows: [
        ["活动", "日期", "预算"],
        ["迎新晚会", d("2026-11-21"), 500],
        ["运动会", d("2026-11-28"), 300],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "经办人", "现金", "状态", "佣金发放日期"],
        [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账", "已发"],
      ],
    },
    {
      name: "收支",
      rows: [
        ["日期", "活动", "类型", "金额", "成员", "备注"],
        [d("2026-11-05"), "迎新晚会", "支出", 380, "", ""],
        [d("2026-11-20"), "迎新晚会", "支出", 200.5, "", ""],
        [d("2026-11-06"), "", "罚款缴纳", 5, "王浩然", ""],
        [d("2026-11-10"), "", "罚款减免", 5, "王浩然", "部长同意"],
        [d("2026-11-25"), "运动会", "支出", 400, "", ""],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", d("2026-11-04")],
        ["王浩然", "迟到"],
        ["李欣怡", "出席"],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["学期开始", d("2026-09-01")],
      ],
    },
  ]);
  const loaded = loadModel(context());
  const { ledger, events, accounts } = loaded.tables;
  return notices(loaded.model, { ledger, events, accounts, leaveTab: false }, day).map((p) => [p.sheet, p.cell, render(p.message, "zh")]);
}

describe("notices: the accounts as they stand on the day", () => {
  test("over budget at the event's 预算 cell, fines settled beyond what was owed at the 收支 amount, a commission paid on no date at its 佣金发放日期", () => {
    expect(withAccounts("2026-11-23")).toEqual([
      ["赞助记录", "F2", "佣金发放日期不是日期：这笔 ¥150.00 佣金算作已发放，但未计入收支账，请填写发放的日期"],
      ["活动", "C2", "“迎新晚会”已支出 ¥580.50，超出预算 ¥500.00（超 ¥80.50）"],
      ["收支", "D5", "王浩然 缴纳和减免的罚款合计 ¥10.00，多于应缴的 ¥5.00（多 ¥5.00）：请核对"],
    ]);
  });

  test("money spent after the day does not count yet: before 11-20 迎新晚会 is within its budget; after 11-25 运动会 is over", () => {
    expect(withAccounts("2026-11-19").filter(([sheet]) => sheet === "活动")).toEqual([]);
    expect(withAccounts("2026-11-30").filter(([sheet]) => sheet === "活动")).toEqual([
      ["活动", "C2", "“迎新晚会”已支出 ¥580.50，超出预算 ¥500.00（超 ¥80.50）"],
      ["活动", "C3", "“运动会”已支出 ¥400.00，超出预算 ¥300.00（超 ¥100.00）"],
    ]);
  });

  test("a finding whose column the tab lacks sits at the row's key cell; one in a tab that could not be read is left out", () => {
    today("2026-11-23");
    sheetWith([{ name: "赞助记录", rows: [["备注", "日期", "赞助商", "现金"]] }]);
    const { ledger } = loadModel(context()).tables;
    const finding = {
      tab: "ledger" as const,
      row: 4,
      column: "paidOn",
      date: "2026-11-02",
      message: { key: "commissionPaidUndated" as const, params: { amount: "¥15.00" } },
    };
    expect(accountNotices([finding], { ledger }).map((p) => `${p.sheet}!${p.cell}`)).toEqual(["赞助记录!C4"]);
    expect(accountNotices([finding], {})).toEqual([]);
  });
});

describe("notices: two rows of 赞助商 that look like one shop", () => {
  function lookAlikes(rows: unknown[][], header = ["赞助商", "电话", "负责人", "阶段"]) {
    today("2026-11-23");
    sheetWith([
      { name: "成员", rows: [["姓名"], ["王浩然"], ["李欣怡"]] },
      { name: "赞助商", rows: [header, ...rows] as never },
    ]);
    const loaded = loadModel(context());
    const found = sponsorNotices(loaded.model, loaded.tables.sponsors);
    return { zh: found.map((p) => [p.sheet, p.cell, render(p.message, "zh")]), en: found.map((p) => render(p.message, "en")) };
  }

  test("the same phone, however it is written: at the later row's name cell, naming the earlier row and its phone", () => {
    const r = lookAlikes([
      ["蜜雪冰城(东门店)", "13900132021", "王浩然", "联系中"],
      ["博文书店", "13900132001", "李欣怡", "已签约"],
      ["东门蜜雪", "+86 139-0013-2021", "李欣怡", "潜在"],
    ]);
    expect(r.zh).toEqual([
      ["赞助商", "A4", "“东门蜜雪”看起来与第 2 行的“蜜雪冰城(东门店)”是同一家：电话相同（13900132021）。请合并为一行，或在名称中写明两家的区别"],
    ]);
    expect(r.en).toEqual(['"东门蜜雪" looks like "蜜雪冰城(东门店)" (row 2): same phone 13900132021 — merge them or tell them apart']);
  });

  test("the same name once brackets, spaces and branch words are left out, with no phone in common: said so", () => {
    const r = lookAlikes([
      ["王浩然", "", "", ""],
      ["蜜雪冰城（东门店）", "", "王浩然", "联系中"],
      ["蜜雪冰城 东门", "13900132099", "李欣怡", "潜在"],
    ]);
    expect(r.zh).toEqual([
      [
        "赞助商",
        "A4",
        "“蜜雪冰城 东门”看起来与第 3 行的“蜜雪冰城（东门店）”是同一家：去掉空格、括号和“店”“分店”等字后名称相同。请合并为一行，或在名称中写明两家的区别",
      ],
    ]);
  });

  test("the name column where it is, two branches of one chain and short numbers are not look-alikes", () => {
    const r = lookAlikes(
      [
        ["110", "新华书店(大学路店)", ""],
        ["110", "新华书店(学府路店)", ""],
        ["", "启航打印店", "0571-86001234"],
        ["", "启航打印", ""],
      ],
      ["电话", "赞助商", "负责人"],
    );
    expect(r.zh.map((x) => x.slice(0, 2))).toEqual([["赞助商", "B5"]]);
  });

  test("Check data's notices include them; a sheet without 赞助商 has none", () => {
    today("2026-11-23");
    sheetWith([
      { name: "成员", rows: [["姓名"], ["王浩然"]] },
      {
        name: "赞助商",
        rows: [
          ["赞助商", "电话"],
          ["博文书店", "13900132001"],
          ["博文 书店", ""],
        ],
      },
    ]);
    const loaded = loadModel(context());
    const all = notices(loaded.model, { sponsors: loaded.tables.sponsors, leaveTab: false }, "2026-11-23");
    expect(all.map((p) => [p.cell, p.message.key])).toEqual([["A3", "lookAlikeSponsor"]]);
    expect(sponsorNotices(loaded.model, undefined)).toEqual([]);
  });
});

describe("notices: a sponsorship typed with a 方案 whose benefits are not all in 赞助回报", () => {
  /** The sample with 方案 after 备注 in 赞助记录 and 来源 after 凭证 in 赞助回报, as Set up sheets adds them. */
  function sampleWithPackage(edit: (ledger: unknown[][], deliverables: unknown[][]) => void) {
    const tabs = sampleTabs();
    const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
    ledger[0].push("方案");
    for (const row of ledger.slice(1)) row.push("");
    const deliverables = tabs.find((t) => t.name === "赞助回报")!.rows;
    deliverables[0].push("来源");
    for (const row of deliverables.slice(1)) row.push("");
    edit(ledger, deliverables);
    today("2026-11-23");
    session(workbookFromTabs(tabs, { locale: "zh_CN" }));
    const loaded = loadModel(context());
    return packageNotices(loaded.model, loaded.tables.ledger).map((p) => [p.sheet, p.cell, render(p.message, "zh")]);
  }
  const unicom = (ledger: unknown[][]) =>
    ledger.findIndex((r) => r[1] === "中国联通(大学城营业厅)" && r[2] === "元旦晚会" && (r[0] as Date).getTime() === d("2026-11-19").getTime());

  test("the 2026-11-19 中国联通 row typed with 冠名 lists its four benefits at the 方案 cell", () => {
    let row = 0;
    const found = sampleWithPackage((ledger) => {
      row = unicom(ledger);
      ledger[row][11] = "冠名";
    });
    expect(found).toEqual([
      [
        "赞助记录",
        `L${row + 1}`,
        "此赞助选了方案“冠名”，还有 4 项回报未建立：晚会冠名口播；横幅与背景板印 logo；公众号推文鸣谢；活动照片反馈。请在赞助回报表中添加（来源填“2026-11-19 中国联通(大学城营业厅) · 冠名 #1”等），或改正方案",
      ],
    ]);
  });

  test("a benefit already there by its 来源 is not counted again; all there, nothing is said; a cancelled row owes nothing", () => {
    const withOne = sampleWithPackage((ledger, deliverables) => {
      ledger[unicom(ledger)][11] = "冠名";
      deliverables.push(["中国联通(大学城营业厅)", "元旦晚会", "口播（已改）", "", "刘雨桐", "已完成", "", "2026-11-19 中国联通(大学城营业厅) · 冠名 #1"]);
    });
    expect(withOne[0][2]).toMatch(/^此赞助选了方案“冠名”，还有 3 项回报未建立：横幅与背景板印 logo；公众号推文鸣谢；活动照片反馈。/);
    const all = sampleWithPackage((ledger, deliverables) => {
      ledger[unicom(ledger)][11] = "冠名";
      for (let i = 1; i <= 4; i++)
        deliverables.push(["中国联通(大学城营业厅)", "元旦晚会", `回报 ${i}`, "", "", "", "", `2026-11-19 中国联通(大学城营业厅) · 冠名 #${i}`]);
    });
    expect(all).toEqual([]);
    const cancelled = sampleWithPackage((ledger) => {
      ledger[unicom(ledger)][11] = "冠名";
      ledger[unicom(ledger)][7] = "已取消";
    });
    expect(cancelled).toEqual([]);
  });

  test("a 方案 the Packages tab does not hold is named at its cell", () => {
    let row = 0;
    const found = sampleWithPackage((ledger) => {
      row = unicom(ledger);
      ledger[row][11] = "钻石冠名";
    });
    expect(found).toEqual([["赞助记录", `L${row + 1}`, "方案表中没有“钻石冠名”：这笔赞助的回报无法按方案核对"]]);
  });

  test("Check data with such a row changes no value: only notes", () => {
    const tabs = sampleTabs();
    const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
    ledger[0].push("方案");
    for (const row of ledger.slice(1)) row.push("");
    ledger[unicom(ledger)][11] = "冠名";
    today("2026-11-23");
    const rt = session(workbookFromTabs(tabs, { locale: "zh_CN" }));
    const before = rt.book.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);
    const problems = checkData({ mark: true });
    expect(problems.filter((p) => p.message.startsWith("此赞助选了方案"))).toHaveLength(1);
    expect(
      rt.book
        .getSheets()
        .filter((s) => s.getName() !== "日志")
        .map((s) => [s.getName(), s.getDataRange().getValues()]),
    ).toEqual(before.filter(([n]) => n !== "日志"));
    expect(rt.book.getSheetByName("赞助回报")!.getLastRow()).toBe(9);
  });
});

describe("notices: an amount typed below the fen", () => {
  test("现金 and 物资估值 in 赞助记录, 金额 in 收支: said at the cell with what it counts as; whole fen and bad amounts are not", () => {
    today("2026-11-23");
    sheetWith([
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金", "物资估值", "状态"],
          [d("2026-11-02"), "博文书店", "王浩然", 1000.005, 12.5, "已到账"],
          [d("2026-11-03"), "博文书店", "王浩然", "¥1,200.10", "99.999元", "已到账"],
          [d("2026-11-04"), "博文书店", "王浩然", "两千", "", "已到账"],
        ],
      },
      {
        name: "收支",
        rows: [
          ["日期", "类型", "金额", "事由"],
          [d("2026-11-05"), "支出", 95.8, "奖牌"],
          [d("2026-11-06"), "支出", "12.345", "打印"],
        ],
      },
    ]);
    const { ledger, accounts } = loadModel(context()).tables;
    expect(roundedNotices({ ledger, accounts }).map((p) => [`${p.sheet}!${p.cell}`, render(p.message, "zh")])).toEqual([
      ["赞助记录!D2", "金额 1000.005 有不足一分的部分：按 ¥1,000.01 计（四舍五入到分），表格里的求和仍带着尾数。请确认金额"],
      ["赞助记录!E3", "金额 99.999元 有不足一分的部分：按 ¥100.00 计（四舍五入到分），表格里的求和仍带着尾数。请确认金额"],
      ["收支!C3", "金额 12.345 有不足一分的部分：按 ¥12.35 计（四舍五入到分），表格里的求和仍带着尾数。请确认金额"],
    ]);
  });

  test("the sample workbook types none", () => {
    today("2026-11-23");
    sheetWith(sampleTabs());
    const { ledger, accounts } = loadModel(context()).tables;
    expect(roundedNotices({ ledger, accounts })).toEqual([]);
  });
});
