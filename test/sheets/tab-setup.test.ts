import { newWorkbook } from "../../src/local/runtime";
import { setUpTabs } from "../../src/sheets/tab-setup";
import { context } from "../../src/sheets/workbook";
import { d, formulas, session, sheetWith, snapshot, tab, tabNames, values } from "../support/apps-script";

describe("setUpTabs", () => {
  test("an empty zh workbook gets every tab in Chinese, Settings with defaults", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    const changes = setUpTabs(context());
    expect(tabNames(rt)).toEqual(["工作表1", "成员", "赞助商", "活动", "赞助记录", "收支", "方案", "考勤", "请假", "赞助回报", "联系记录", "设置", "日志"]);
    expect(changes.filter((c) => c.kind === "tabCreated")).toHaveLength(12);
    expect(
      values(rt, "设置")
        .slice(1, 3)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ["佣金比例", 0.15],
      ["佣金基数", "仅现金"],
    ]);
    expect(tab("赞助记录").getFrozenRows()).toBe(1);
  });

  test("the 请假 tab: its columns, the status dropdown, times to the minute, and the new meeting settings", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    setUpTabs(context());
    expect(values(rt, "请假")[0]).toEqual(["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"]);
    const status = tab("请假").getRange(2, 5).getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual(["待审批", "已批准", "已驳回"]);
    expect(tab("请假").getRange(2, 1).getNumberFormat()).toBe("yyyy-mm-dd hh:mm");
    expect(tab("请假").getRange(2, 3).getNumberFormat()).toBe("yyyy-mm-dd");
    const settings = values(rt, "设置").map((r) => r.slice(0, 2));
    expect(settings).toEqual(
      expect.arrayContaining([
        ["例会开始时间", "19:00"],
        ["迟到宽限（分钟）", 5],
        ["例会时长（分钟）", 90],
        ["请假需审批", "是"],
      ]),
    );
  });

  test("the 收支 tab: its columns and widths, dropdowns for 类型 and 报销状态, dates, money, and 凭证 kept as typed", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    setUpTabs(context());
    const sheet = tab("收支");
    expect(values(rt, "收支")[0]).toEqual(["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getColumnWidth(c))).toEqual([95, 110, 85, 100, 80, 180, 180, 90, 95, 200]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(2, 3).getDataValidation()?.getCriteriaValues()[0]).toEqual(["支出", "其他收入", "罚款缴纳", "罚款减免"]);
    expect(sheet.getRange(2, 8).getDataValidation()?.getCriteriaValues()[0]).toEqual(["待报销", "已报销"]);
    expect(sheet.getRange(sheet.getMaxRows(), 3).getDataValidation()?.getCriteriaValues()[0]).toEqual(["支出", "其他收入", "罚款缴纳", "罚款减免"]);
    // 成员 and 活动 offer the names of the 成员 and 活动 tabs.
    expect(String(sheet.getRange(2, 5).getDataValidation()?.getCriteriaType())).toBe("VALUE_IN_RANGE");
    expect(String(sheet.getRange(2, 2).getDataValidation()?.getCriteriaType())).toBe("VALUE_IN_RANGE");
    expect([1, 4, 7, 9].map((c) => sheet.getRange(2, c).getNumberFormat())).toEqual(["yyyy-mm-dd", "¥#,##0.00", "@", "yyyy-mm-dd"]);
    // What a member types into 凭证 stays text: a receipt number keeps its zeros, a long order number its digits.
    sheet.getRange("G2:G3").setValues([["00123"], ["2026092012345"]]);
    expect(sheet.getRange("G2:G3").getValues()).toEqual([["00123"], ["2026092012345"]]);
    sheet.getRange("D2").setValue("1,234.5");
    expect(sheet.getRange("D2").getValue()).toBe(1234.5);
  });

  test("in English the 收支 tab is Accounts, with English headers and choices", () => {
    const rt = session(newWorkbook({ locale: "en_US" }));
    setUpTabs(context());
    expect(values(rt, "Accounts")[0]).toEqual(["Date", "Event", "Type", "Amount", "Member", "Item", "Receipt", "Reimbursement", "Reimbursed on", "Notes"]);
    expect(tab("Accounts").getRange(2, 3).getDataValidation()?.getCriteriaValues()[0]).toEqual(["Expense", "Other income", "Fine paid", "Fine waived"]);
    expect(tab("Accounts").getRange(2, 8).getDataValidation()?.getCriteriaValues()[0]).toEqual(["To reimburse", "Reimbursed"]);
  });

  test("a Settings tab from before the accounts gets 期初余额 and 期初日期 at its end; the rows typed there stay as they are", () => {
    const typed = [
      ["项目", "值", "说明"],
      ["佣金比例", 0.12, "我们的比例"],
      ["学期开始", d("2026-09-01"), ""],
      ["部门名称", "外联部", "我们自己的说明"],
    ];
    const rt = sheetWith([{ name: "设置", rows: typed }]);
    const changes = setUpTabs(context());
    const rows = values(rt, "设置");
    expect(rows.slice(0, 4)).toEqual(typed);
    const at = rows.findIndex((r) => r[0] === "期初余额");
    expect(rows.slice(at, at + 2)).toEqual([
      ["期初余额", 0, "收支账开始那天部门手上的现金（元）"],
      ["期初日期", "", "收支账从这一天开始；留空则为学期开始（改学期开始时收支账也会跟着重新开始，所以开始记账后请写上日期）。此前的收支已含在期初余额中"],
    ]);
    expect(at).toBeGreaterThan(3);
    expect(changes.find((c) => c.kind === "settingsAdded")!.detail).toMatch(/, 期初余额, 期初日期, /);
    expect(
      tab("设置")
        .getRange(at + 1, 2)
        .getNumberFormat(),
    ).toBe("¥#,##0.00");
    expect(
      tab("设置")
        .getRange(at + 2, 2)
        .getNumberFormat(),
    ).toBe("yyyy-mm-dd");
  });

  test("a Settings tab from before the forecast gets 跟进间隔（天） and the six 成功率 rows at its end, in percent", () => {
    const typed = [
      ["项目", "值", "说明"],
      ["佣金比例", 0.12, "我们的比例"],
      ["洽谈中成功率", 0.6, "我们觉得更高"],
    ];
    const rt = sheetWith([{ name: "设置", rows: typed }]);
    const changes = setUpTabs(context());
    const rows = values(rt, "设置");
    expect(rows.slice(0, 3)).toEqual(typed);
    const added = rows.slice(-6).map((r) => r.slice(0, 2));
    // The department's own 洽谈中 row stays as typed and is not added again.
    expect(added).toEqual([
      ["跟进间隔（天）", 30],
      ["潜在成功率", 0.1],
      ["联系中成功率", 0.25],
      ["已签约成功率", 0.9],
      ["长期合作成功率", 0.9],
      ["已拒绝成功率", 0],
    ]);
    expect(rows.filter((r) => r[0] === "洽谈中成功率")).toHaveLength(1);
    expect(changes.find((c) => c.kind === "settingsAdded")!.detail).toMatch(/跟进间隔（天）, 潜在成功率, 联系中成功率, 已签约成功率/);
    const last = rows.length;
    expect(
      tab("设置")
        .getRange(last - 5, 2)
        .getNumberFormat(),
    ).toBe("0");
    expect(
      [4, 3, 2, 1, 0].map((k) =>
        tab("设置")
          .getRange(last - k, 2)
          .getDisplayValue(),
      ),
    ).toEqual(["10%", "25%", "90%", "90%", "0%"]);
  });

  test("赞助商 gains 预计金额 in ¥ and 目标活动 offering the 活动 names, appended after the columns typed there", () => {
    const typed = [
      ["赞助商", "负责人", "阶段"],
      ["博文书店", "张伟", "已签约"],
    ];
    const rt = sheetWith([
      { name: "赞助商", rows: typed },
      {
        name: "活动",
        rows: [
          ["活动", "日期"],
          ["迎新晚会", d("2026-10-20")],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    const header = values(rt, "赞助商")[0];
    expect(header.slice(0, 3)).toEqual(["赞助商", "负责人", "阶段"]);
    expect(header.slice(-2)).toEqual(["预计金额", "目标活动"]);
    expect(changes.find((c) => c.kind === "columnsAdded" && c.sheet === "赞助商")!.detail).toMatch(/预计金额, 目标活动$/);
    const sheet = tab("赞助商");
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.getRange(2, col("预计金额")).getNumberFormat()).toBe("¥#,##0.00");
    const rule = sheet.getRange(2, col("目标活动")).getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe("VALUE_IN_RANGE");
    // The dropdown offers what the 活动 tab's name column holds.
    const source = rule.getCriteriaValues()[0] as { getValues(): unknown[][] };
    expect(source.getValues()[0]).toEqual(["迎新晚会"]);
    expect(values(rt, "赞助商")[1].slice(0, 3)).toEqual(["博文书店", "张伟", "已签约"]);
    sheet.getRange(2, col("预计金额")).setValue("2,000");
    expect(sheet.getRange(2, col("预计金额")).getDisplayValue()).toBe("¥2,000.00");
  });

  test("方案: the Packages tab is made; 赞助记录 gains 方案 offering its names, 赞助回报 gains 来源; 截止 keeps 7；14 as typed", () => {
    const rt = sheetWith([
      { name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金", "备注"]] },
      { name: "赞助回报", rows: [["赞助商", "回报内容", "凭证"]] },
      {
        name: "方案",
        rows: [
          ["方案", "回报内容", "截止"],
          ["冠名", "口播；推文", "0；7"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(values(rt, "赞助记录")[0].slice(-1)).toEqual(["方案"]);
    expect(values(rt, "赞助回报")[0].slice(-1)).toEqual(["来源"]);
    expect(values(rt, "方案")[0]).toEqual(["方案", "回报内容", "截止", "价格", "备注"]);
    expect(changes.find((c) => c.kind === "columnsAdded" && c.sheet === "赞助回报")!.detail).toMatch(/来源$/);
    const ledger = tab("赞助记录");
    const rule = ledger.getRange(2, values(rt, "赞助记录")[0].indexOf("方案") + 1).getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe("VALUE_IN_RANGE");
    expect((rule.getCriteriaValues()[0] as { getValues(): unknown[][] }).getValues()[0]).toEqual(["冠名"]);
    expect(tab("方案").getRange(3, 3).getNumberFormat()).toBe("@");
    expect(values(rt, "方案")[1]).toEqual(["冠名", "口播；推文", "0；7", "", ""]);
  });

  test("an opening balance the department typed, under its English name, is kept and not added twice", () => {
    const rt = sheetWith([
      {
        name: "设置",
        rows: [
          ["项目", "值", "说明"],
          ["Opening balance", 1286.5, "handed over in June"],
        ],
      },
    ]);
    setUpTabs(context());
    const rows = values(rt, "设置");
    expect(rows[1]).toEqual(["Opening balance", 1286.5, "handed over in June"]);
    expect(rows.filter((r) => r[0] === "期初余额" || r[0] === "Opening balance")).toHaveLength(1);
    expect(rows.filter((r) => r[0] === "期初日期")).toHaveLength(1);
  });

  test("running it twice: the second run reports nothing and changes nothing", () => {
    const rt = session(newWorkbook({ locale: "en_US" }));
    setUpTabs(context());
    const before = snapshot(rt);
    expect(setUpTabs(context())).toEqual([]);
    expect(snapshot(rt)).toEqual(before);
  });

  test("a setting the department typed is never overwritten; only missing ones are added", () => {
    const rt = sheetWith([
      {
        name: "设置",
        rows: [
          ["项目", "值", "说明"],
          ["佣金比例", "10%", "我们的比例"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    const settings = values(rt, "设置");
    expect(settings[1]).toEqual(["佣金比例", 0.1, "我们的比例"]);
    expect(settings.filter((r) => r[0] === "佣金比例")).toHaveLength(1);
    expect(changes.find((c) => c.kind === "settingsAdded")!.detail).toMatch(/^佣金基数, 迟到罚款/);
  });

  test("a missing column is appended at the right; the department's columns stay where they were", () => {
    const rt = sheetWith([
      {
        name: "成员",
        rows: [
          ["我的备注", "姓名"],
          ["组长", "王浩然"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(values(rt, "成员")[0]).toEqual(["我的备注", "姓名", "小组", "职务", "状态", "联系方式", "备注"]);
    expect(values(rt, "成员")[1].slice(0, 2)).toEqual(["组长", "王浩然"]);
    expect(changes).toContainEqual({ kind: "columnsAdded", sheet: "成员", detail: "小组, 职务, 状态, 联系方式, 备注" });
  });

  test("a commission column holding typed amounts keeps them, and no formula is written over them", () => {
    const rt = sheetWith([
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金", "状态", "佣金"],
          [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账", 150],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(values(rt, "赞助记录")[1][5]).toBe(150);
    expect(formulas(rt, "赞助记录")[1][5]).toBe("");
    expect(changes).toContainEqual({ kind: "formulaSkipped", sheet: "赞助记录", detail: "佣金" });
  });

  test("attendance formulas are not written when another column sits between the meetings", () => {
    const rt = sheetWith([
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-11-04"), "备注", d("2026-11-11")],
          ["王浩然", "出席", "", "迟到"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(changes.filter((c) => c.kind === "formulaBlocked")).toEqual([{ kind: "formulaBlocked", sheet: "考勤", detail: "罚款合计, 警告" }]);
    expect(formulas(rt, "考勤")[1].filter((f) => f !== "")).toEqual([]);
  });

  test("with contiguous meetings it writes the penalty and warning formulas over them", () => {
    const rt = sheetWith([
      {
        name: "考勤",
        rows: [
          ["姓名", "小组", d("2026-11-04"), d("2026-11-11")],
          ["王浩然", "一组", "出席", "迟到"],
        ],
      },
    ]);
    setUpTabs(context());
    const header = values(rt, "考勤")[0];
    const row = formulas(rt, "考勤")[1];
    expect(row[header.indexOf("罚款合计")]).toMatch(/^=MEETING_PENALTY\(C2:D,'设置'!\$B\$\d+,'设置'!\$B\$\d+,'设置'!\$B\$\d+\)$/);
    expect(row[header.indexOf("警告")]).toMatch(/^=MEETING_WARNING\(C2:D,/);
  });

  test("costs the same Sheets calls with 10 ledger rows as with 3,000", () => {
    const calls = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => [d("2026-11-02"), `商家${i}`, "王浩然", 100, "已到账"]);
      const rt = sheetWith([{ name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金", "状态"], ...rows] }]);
      rt.resetStats();
      setUpTabs(context());
      return { ...rt.stats.calls };
    };
    expect(calls(10)).toEqual(calls(3000));
  });

  test("a tab closed to the member is left as it is, and what was not added there is said", () => {
    const head = sheetWith([{ name: "设置", rows: [["项目", "值", "说明"]] }], {}, { user: "head@example.edu" });
    head.book.getSheetByName("设置")!.protect().setDomainEdit(false);
    const member = session(head.book, { user: "member@example.edu" });
    const changes = setUpTabs(context());
    expect(values(member, "设置")).toEqual([["项目", "值", "说明"]]);
    expect(changes.find((c) => c.kind === "protectedSkipped")).toMatchObject({ sheet: "设置" });
    expect(tabNames(member)).toContain("赞助记录");
  });
});
