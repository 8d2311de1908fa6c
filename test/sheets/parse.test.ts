import { formatRate } from "../../src/domain/commission";
import { render } from "../../src/domain/messages";
import { parseWorkbook, type RawTab } from "../../src/sheets/parse";
import type { TabKey } from "../../src/sheets/schema";

const TZ = "Asia/Shanghai";
const d = (s: string) => new Date(`${s}T00:00:00+08:00`);
const messages = (r: ReturnType<typeof parseWorkbook>, lang: "zh" | "en" = "zh") => r.problems.map((p) => `${p.sheet}!${p.cell} ${render(p.message, lang)}`);

function tabs(t: Partial<Record<TabKey, unknown[][]>>): Partial<Record<TabKey, RawTab>> {
  const names: Partial<Record<TabKey, string>> = {
    members: "成员",
    sponsors: "赞助商",
    events: "活动",
    ledger: "赞助记录",
    attendance: "考勤",
    leave: "请假",
    accounts: "收支",
    settings: "设置",
  };
  const out: Partial<Record<TabKey, RawTab>> = {};
  for (const [k, v] of Object.entries(t)) out[k as TabKey] = { sheet: names[k as TabKey]!, values: v as RawTab["values"] };
  return out;
}

const members = [
  ["姓名", "小组", "职务", "状态"],
  ["张三", "一组", "部长", "在部"],
  ["李四", "一组", "干事", ""],
  ["王浩然", "二组", "干事", "离部"],
];

describe("parseWorkbook", () => {
  test("headers in any order, either language, extra spaces, with a title row above", () => {
    const r = parseWorkbook(
      tabs({
        members,
        ledger: [
          ["2026 秋季赞助记录", "", "", "", ""],
          ["  Cash ", "备注", "SPONSOR", "日期", "经办人", "My own column"],
          ["¥1,200", "x", "书香书店", d("2026-11-02"), "张三", "kept"],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.ledger).toEqual([
      expect.objectContaining({ row: 3, date: "2026-11-02", sponsor: "书香书店", cash: 120000, status: "received", credit: [{ name: "张三", weight: 1n }] }),
    ]);
  });

  test("a missing required column is one clear problem naming the header row", () => {
    const r = parseWorkbook(
      tabs({
        members,
        ledger: [
          ["日期", "现金"],
          [d("2026-11-02"), 100],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(messages(r)).toEqual(["赞助记录!A1 缺少必需的列“赞助商”（或 “Sponsor”）：请在表头行添加，或运行“初始化表格”"]);
    expect(r.model.ledger).toEqual([]);
  });

  test("bad cells are listed with sheet and cell; good rows keep counting; blank rows are skipped", () => {
    const r = parseWorkbook(
      tabs({
        members,
        ledger: [
          ["日期", "赞助商", "经办人", "现金", "状态"],
          [d("2026-11-02"), "书香书店", "张三", "两千", "已到账"],
          ["", "", "", "", ""],
          ["", "老王餐馆", "李四", 300, "已到账"],
          ["2026-11-31", "老王餐馆", "李四", 300, "已到账"],
          [d("2026-11-05"), "老王餐馆", "王皓然", 500, "到了"],
          [d("2026-11-06"), "老王餐馆", "李四 50%、张三 40%", 1000, "意向"],
          [d("2026-11-07"), "老王餐馆", "李四", 800, ""],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(messages(r)).toEqual([
      "赞助记录!D2 无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）",
      "赞助记录!A4 “日期”不能为空：这一行未计入",
      "赞助记录!A5 无法识别的日期“2026-11-31”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日",
      "赞助记录!E6 无法识别的“到了”：可选 意向 / 已到账 / 已取消",
      "赞助记录!C7 分成合计 90%（李四 50%、张三 40%），应为 100%：佣金暂按所填比例分配，请改正",
    ]);
    expect(r.model.ledger.map((e) => [e.row, e.cash, e.status])).toEqual([
      [7, 100000, "pledged"],
      [8, 80000, "received"],
    ]);
  });

  test("unknown names with a did-you-mean, when other tabs are there to check against", () => {
    const r = parseWorkbook(
      tabs({
        members,
        sponsors: [
          ["赞助商", "负责人"],
          ["书香书店", "张三"],
          ["老王餐馆", "李斯"],
        ],
        events: [
          ["活动", "负责人"],
          ["迎新晚会", "张三"],
        ],
        ledger: [
          ["日期", "赞助商", "活动", "经办人", "现金"],
          [d("2026-11-02"), "书香书屋", "迎新晚会", "王皓然", 100],
          [d("2026-11-03"), "鲜果时光", "迎新舞会", "张三", 100],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(messages(r, "en")).toEqual([
      '赞助商!B3 "李斯" is not in the Members tab. Did you mean "李四"?',
      '赞助记录!B2 "书香书屋" is not in the Sponsors tab. Did you mean "书香书店"?',
      '赞助记录!D2 "王皓然" is not in the Members tab. Did you mean "王浩然"?',
      '赞助记录!B3 "鲜果时光" is not in the Sponsors tab: add it there first',
      '赞助记录!C3 "迎新舞会" is not in the Events tab. Did you mean "迎新晚会"?',
    ]);
    // Money is real even when a name is misspelt: both rows still count.
    expect(r.model.ledger).toHaveLength(2);
  });

  test("赞助商 预计金额 and 目标活动: read as money and an event name; a bad amount and an unknown event are named by cell", () => {
    const r = parseWorkbook(
      tabs({
        members,
        sponsors: [
          ["赞助商", "负责人", "阶段", "预计金额", "目标活动"],
          ["书香书店", "张三", "洽谈中", "¥2,000", "迎新晚会"],
          ["老王餐馆", "李四", "联系中", "两千", "迎新晚会"],
          ["鲜果时光", "张三", "潜在", 800, "迎新舞会"],
          ["博文书店", "李四", "潜在", "", ""],
        ],
        events: [
          ["活动", "负责人"],
          ["迎新晚会", "张三"],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    const of = (name: string) => r.model.sponsors.find((s) => s.name === name)!;
    expect([of("书香书店").expected, of("书香书店").targetEvent]).toEqual([200000, "迎新晚会"]);
    expect(of("博文书店").expected ?? null).toBeNull();
    expect(of("博文书店").targetEvent ?? "").toBe("");
    // The sponsor itself still counts; only the unreadable cell is left out.
    expect(of("老王餐馆").expected ?? null).toBeNull();
    expect(of("鲜果时光").expected).toBe(80000);
    expect(messages(r)).toEqual([expect.stringMatching(/^赞助商!D3 .*两千/), expect.stringMatching(/^赞助商!E4 .*迎新舞会.*迎新晚会/)]);
  });

  test("settings: 跟进间隔（天） and the 成功率 rows read by label; a bad one is named and keeps its default", () => {
    const r = parseWorkbook(
      tabs({
        settings: [
          ["项目", "值", "说明"],
          ["跟进间隔（天）", 14, ""],
          ["Odds: Contacting", "40%", ""],
          ["Odds: Negotiating", "很可能", ""],
          // Each zh row is its own setting (no bracketed part that label matching would drop).
          ["潜在成功率", 0.05, ""],
          ["已签约成功率", "80%", ""],
          ["已拒绝成功率", 0, ""],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.settings.followUpDays).toBe(14);
    expect(r.model.settings.odds.contacting).toEqual({ units: 40n, scale: 2 });
    expect(r.model.settings.odds.negotiating).toEqual({ units: 50n, scale: 2 });
    expect(formatRate(r.model.settings.odds.potential)).toBe("5%");
    expect(formatRate(r.model.settings.odds.signed)).toBe("80%");
    expect(formatRate(r.model.settings.odds.partner)).toBe("90%");
    expect(messages(r)).toEqual(["设置!B4 无法识别的比例“很可能”：请填写 0 到 1 之间的小数（如 0.15）或百分比（如 15%）"]);
    const bad = parseWorkbook(
      tabs({
        settings: [
          ["项目", "值"],
          ["Follow-up interval (days)", "一个月"],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(bad.model.settings.followUpDays).toBe(30);
    expect(messages(bad, "en")).toEqual(['设置!B2 Follow-up interval "一个月" is not valid: use a whole number of days from 1 to 366']);
  });

  test("duplicate keys are reported and the later row ignored", () => {
    const r = parseWorkbook(tabs({ members: [...members, ["张三", "三组", "干事", "在部"]] }), TZ, "2026-11-23");
    expect(messages(r)).toEqual(["成员!A5 “张三”重复（首次出现在 A2）：这一行被忽略"]);
    expect(r.model.members.map((m) => [m.name, m.group, m.active])).toEqual([
      ["张三", "一组", true],
      ["李四", "一组", true],
      ["王浩然", "二组", false],
    ]);
  });

  test("attendance grid: date or text headers, totals columns ignored, unknown codes reported", () => {
    const r = parseWorkbook(
      tabs({
        members,
        settings: [
          ["项目", "值"],
          ["学期开始", d("2026-09-01")],
        ],
        attendance: [
          ["姓名", "小组", d("2026-11-04"), "2026-11-11 例会", "11/18", "罚款合计", "备注"],
          ["张三", "一组", "出席", "迟到+早退", "✓", 10, ""],
          ["李四", "一组", "病假?", "", "请假", 0, ""],
          ["张叁", "一组", "出席", "", "", 0, ""],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.attendance.meetings.map((m) => m.date)).toEqual(["2026-11-04", "2026-11-11", "2026-11-18"]);
    expect(r.model.attendance.rows.map((x) => [x.name, x.statuses])).toEqual([
      ["张三", [["present"], ["late", "leftEarly"], ["present"]]],
      ["李四", [[], [], ["excused"]]],
    ]);
    expect(messages(r)[0]).toMatch(/^考勤!C3 无法识别的考勤状态“病假\?”/);
    expect(messages(r)[1]).toBe("考勤!A4 成员表中没有“张叁”，是否是“张三”？");
  });

  test('a header like "Commission paid on" is never taken for "Commission"; bilingual headers match', () => {
    const r = parseWorkbook(
      tabs({
        ledger: [
          ["Date 日期", "Sponsor", "Credited to 经办人", "现金/Cash", "Commission paid on"],
          [d("2026-11-02"), "书香书店", "张三", 100, d("2026-11-06")],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.tables.ledger!.columns).toEqual({ date: 0, sponsor: 1, credit: 2, cash: 3, paidOn: 4 });
    expect(r.model.ledger[0]).toMatchObject({ cash: 10000, paidOn: "2026-11-06", credit: [{ name: "张三", weight: 1n }] });
  });

  test("a meeting header without a year belongs near today when no term start is set", () => {
    const grid = {
      attendance: [
        ["姓名", "12/3", "1/6"],
        ["张三", "迟到", "出席"],
      ],
    };
    const jan = parseWorkbook(tabs(grid), TZ, "2027-01-05");
    expect(jan.model.attendance.meetings.map((m) => m.date)).toEqual(["2026-12-03", "2027-01-06"]);
    const dec = parseWorkbook(tabs(grid), TZ, "2026-12-28");
    expect(dec.model.attendance.meetings.map((m) => m.date)).toEqual(["2026-12-03", "2027-01-06"]);
  });

  test("settings: values read by label in either language; a bad value keeps its default and is reported", () => {
    const r = parseWorkbook(
      tabs({
        settings: [
          ["项目", "值", "说明"],
          ["佣金比例", "12%", ""],
          ["Late fee", 10, ""],
          ["缺席罚款", "二十", ""],
          ["报告语言", "en", ""],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.settings.rate).toEqual({ units: 12n, scale: 2 });
    expect(r.model.settings.fees).toEqual({ late: 1000, leftEarly: 500, absent: 2000 });
    expect(r.model.settings.reportLang).toBe("en");
    expect(messages(r)).toEqual(["设置!B4 罚款金额“二十”无效：请填写不小于 0 的金额，如 5 或 ¥20"]);
  });

  test("请假: each request with its meeting, status (blank is pending) and times; unreadable cells are reported", () => {
    const r = parseWorkbook(
      tabs({
        members,
        leave: [
          ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
          ["2026-11-03 12:30", "张三", d("2026-11-04"), "考试", "已批准", "张三", new Date("2026-11-03T06:00:00Z"), "好"],
          ["", " 李四 ", "2026-11-04", "生病", "", "", "", ""],
          ["昨天", "张山", "2026-11-04", "", "也许", "", "", ""],
          ["2026-11-03 12:30", "李四", "", "", "", "", "", ""],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.leave).toEqual([
      {
        row: 2,
        submittedAt: { date: "2026-11-03", seconds: 12 * 3600 + 30 * 60 },
        name: "张三",
        meeting: "2026-11-04",
        reason: "考试",
        status: "approved",
        decidedBy: "张三",
        decidedAt: { date: "2026-11-03", seconds: 14 * 3600 },
        note: "好",
      },
      { row: 3, submittedAt: null, name: "李四", meeting: "2026-11-04", reason: "生病", status: "pending", decidedBy: "", decidedAt: null, note: "" },
      { row: 4, submittedAt: null, name: "张山", meeting: "2026-11-04", reason: "", status: "pending", decidedBy: "", decidedAt: null, note: "" },
    ]);
    expect(messages(r)).toEqual([
      "请假!B4 成员表中没有“张山”，是否是“张三”？",
      "请假!E4 无法识别的“也许”：可选 待审批 / 已批准 / 已驳回",
      "请假!A4 无法识别的时间“昨天”：请写成 2026-11-04 18:30",
      "请假!C5 “例会日期”不能为空：这一行未计入",
    ]);
  });

  test("a meeting column's header may carry its own start time", () => {
    const r = parseWorkbook(
      tabs({
        members,
        attendance: [
          ["姓名", "2026-11-04 19:30 例会", d("2026-11-11")],
          ["张三", "出席", "出席"],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.attendance.meetings).toEqual([
      { date: "2026-11-04", column: 1, start: 19 * 60 + 30 },
      { date: "2026-11-11", column: 2 },
    ]);
  });

  test("收支: every bad cell is named by sheet and cell; the rows that can still be counted are", () => {
    const row = (date: unknown, event: string, type: string, amount: unknown, member: string, status = "", on: unknown = "", notes = "") => [
      date,
      event,
      type,
      amount,
      member,
      "",
      "",
      status,
      on,
      notes,
    ];
    const r = parseWorkbook(
      tabs({
        members,
        events: [["活动"], ["迎新晚会"]],
        accounts: [
          ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
          [d("2026-11-02"), "迎新晚会", "支出", 120, "张三", "矿泉水", "00123", "", "", "现金支付"],
          row("", "", "支出", 50, ""),
          row(d("2026-11-03"), "", "", 50, ""),
          row(d("2026-11-03"), "", "买东西", 50, ""),
          row(d("2026-11-03"), "", "支出", "五十", ""),
          row(d("2026-11-03"), "", "支出", "", ""),
          row(d("2026-11-03"), "", "其他收入", -30, ""),
          row(d("2026-11-04"), "", "罚款缴纳", 5, ""),
          row(d("2026-11-04"), "", "罚款减免", 20, "李四"),
          row(d("2026-11-04"), "", "其他收入", 800, "", "已报销"),
          row(d("2026-11-05"), "", "支出", 60, "李四", "待报销", d("2026-11-10")),
          row(d("2026-11-05"), "", "支出", 70, "", "待报销"),
          row(d("2026-11-10"), "", "支出", 80, "张三", "已报销", d("2026-11-08")),
          row(d("2026-11-12"), "", "支出", 90, "张三", "已报销"),
          row(d("2026-11-13"), "迎新舞会", "支出", 10, "张叁"),
          row(d("2026-11-14"), "", "支出", 40, "李四", "", d("2026-11-15")),
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(messages(r)).toEqual([
      "收支!A3 “日期”不能为空：这一行未计入",
      "收支!C4 “类型”不能为空：这一行未计入",
      "收支!C5 无法识别的“买东西”：可选 支出 / 其他收入 / 罚款缴纳 / 罚款减免",
      "收支!D6 无法识别的金额“五十”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）",
      "收支!D7 “金额”不能为空：这一行未计入",
      "收支!D8 金额“-30”须大于 0：支出、收入和罚款都填正数，类型说明钱的去向（只有商家退回部门现金的款项记作负的支出）。这一行未计入",
      "收支!E9 罚款缴纳或减免须填写“成员”（谁交的或谁被减免）：这一行未计入",
      "收支!J10 李四 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴",
      "收支!H11 只有“支出”才有报销：这一行的报销状态和报销日期未计入",
      "收支!I12 报销日期填了 2026-11-10，报销状态却是“待报销”：暂按未报销计算。已经还钱的请改为“已报销”，否则清空报销日期",
      "收支!E13 报销须填写“成员”（垫付的人），否则不知道还给谁",
      "收支!I14 报销日期 2026-11-08 早于支出日期 2026-11-10：按 2026-11-10 计入收支账，请改正",
      "收支!I15 已报销但没有报销日期：收支账按支出当天 2026-11-12 计算，请填写实际还钱的日期",
      "收支!E16 成员表中没有“张叁”，是否是“张三”？",
      "收支!B16 活动表中没有“迎新舞会”，是否是“迎新晚会”？",
    ]);
    expect(messages(r, "en")[7]).toBe(
      "收支!J10 The fine waived for 李四 gives no reason: a waiver is the head's decision, write the reason in Notes; until then it is not counted and the fine is still owed",
    );
    expect(r.model.accounts.map((a) => [a.row, a.type, a.amount, a.member, a.reimbursement, a.reimbursedOn])).toEqual([
      [2, "expense", 12000, "张三", null, null],
      [11, "income", 80000, "", null, null],
      [12, "expense", 6000, "李四", "owed", null],
      [13, "expense", 7000, "", "owed", null],
      [14, "expense", 8000, "张三", "done", "2026-11-10"],
      [15, "expense", 9000, "张三", "done", "2026-11-12"],
      [16, "expense", 1000, "张叁", null, null],
      // A 报销日期 with no status: the member was paid back on that day.
      [17, "expense", 4000, "李四", "done", "2026-11-15"],
    ]);
    expect(r.model.accounts[0]).toMatchObject({ event: "迎新晚会", item: "矿泉水", receipt: "00123", notes: "现金支付", date: "2026-11-02" });
  });

  test("收支: a shop's refund to the department's cash is a negative expense; a negative advanced by a member is not", () => {
    const r = parseWorkbook(
      tabs({
        members,
        accounts: [
          ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
          [d("2026-11-02"), "", "支出", -50, "", "奖品退货退款", "", "", "", ""],
          [d("2026-11-03"), "", "支出", -20, "张三", "退款", "", "待报销", "", ""],
        ],
      }),
      TZ,
      "2026-11-23",
    );
    expect(r.model.accounts.map((a) => [a.row, a.amount, a.reimbursement])).toEqual([[2, -5000, null]]);
    expect(messages(r)).toEqual([
      "收支!D3 金额“-20”须大于 0：支出、收入和罚款都填正数，类型说明钱的去向（只有商家退回部门现金的款项记作负的支出）。这一行未计入",
    ]);
  });
});

describe("方案 / Packages", () => {
  const packages = (rows: unknown[][]): Partial<Record<TabKey, RawTab>> => ({
    packages: { sheet: "方案", values: [["方案", "价格", "回报内容", "截止", "备注"], ...rows] as RawTab["values"] },
  });

  test("benefits one per line or separated by ；, with one due day for all or one per benefit", () => {
    const r = parseWorkbook(
      packages([
        ["冠名", 5000, "晚会冠名口播；横幅与背景板印 logo\n公众号推文鸣谢；活动照片反馈", "0；0；7；14", ""],
        ["协办", "¥2,000", "横幅印 logo；公众号推文鸣谢", 7, ""],
        ["物资赞助", "", "现场展位", "", ""],
      ]),
      TZ,
      "2026-11-23",
    );
    expect(messages(r)).toEqual([]);
    expect(r.model.packages).toEqual([
      {
        name: "冠名",
        price: 500000,
        benefits: [
          { text: "晚会冠名口播", dueDays: 0 },
          { text: "横幅与背景板印 logo", dueDays: 0 },
          { text: "公众号推文鸣谢", dueDays: 7 },
          { text: "活动照片反馈", dueDays: 14 },
        ],
        row: 2,
      },
      {
        name: "协办",
        price: 200000,
        benefits: [
          { text: "横幅印 logo", dueDays: 7 },
          { text: "公众号推文鸣谢", dueDays: 7 },
        ],
        row: 3,
      },
      { name: "物资赞助", price: null, benefits: [{ text: "现场展位", dueDays: null }], row: 4 },
    ]);
  });

  test("every bad cell is named: no name, a twin name, no benefits, a bad price, bad days, a count that does not match", () => {
    const r = parseWorkbook(
      packages([
        ["", 100, "口播", "", ""],
        ["冠名", "五千", "口播；推文", "7；十四", ""],
        ["冠名", 100, "口播", "", ""],
        ["协办", 100, "", 7, ""],
        ["物资", "", "口播；推文；照片", "0；7", ""],
        ["展位", "", "展位", "400", ""],
      ]),
      TZ,
      "2026-11-23",
    );
    expect(messages(r)).toEqual([
      expect.stringMatching(/^方案!A2 .*方案/),
      "方案!D3 截止天数“十四”无效：请填写活动后第几天（0 到 366 的整数），如 7；每项回报各一个时用“；”分隔",
      "方案!B3 无法识别的金额“五千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）",
      expect.stringMatching(/^方案!A4 .*冠名/),
      expect.stringMatching(/^方案!C5 .*回报内容/),
      "方案!D6 截止天数有 2 个，回报内容有 3 项：请只填一个（全部适用），或每项回报各填一个",
      expect.stringMatching(/^方案!D7 .*400/),
    ]);
    expect(messages(r, "en")[5]).toBe("方案!D6 Due lists 2 numbers for 3 benefits: give one for all, or one per benefit");
    expect(r.model.packages!.map((p) => p.name)).toEqual(["冠名", "物资", "展位"]);
  });

  test("more than 50 benefits: the first 50 are kept and the cell says so", () => {
    const many = Array.from({ length: 52 }, (_, i) => `回报${i + 1}`).join("；");
    const r = parseWorkbook(packages([["大礼包", "", many, 7, ""]]), TZ, "2026-11-23");
    expect(messages(r)).toEqual(["方案!C2 回报内容有 52 项，太多：只用前 50 项，请拆成几个方案"]);
    expect(r.model.packages![0].benefits).toHaveLength(50);
  });

  test("the ledger's 方案 and the deliverables' 来源 are read as typed", () => {
    const r = parseWorkbook(
      {
        ledger: {
          sheet: "赞助记录",
          values: [
            ["日期", "赞助商", "经办人", "现金", "方案"],
            [d("2026-11-19"), "博文书店", "", 5000, " 冠名 "],
          ] as RawTab["values"],
        },
        deliverables: {
          sheet: "赞助回报",
          values: [
            ["赞助商", "回报内容", "来源"],
            ["博文书店", "口播", "2026-11-19 博文书店 · 冠名 #1"],
          ] as RawTab["values"],
        },
      },
      TZ,
      "2026-11-23",
    );
    expect(r.model.ledger[0].package).toBe("冠名");
    expect(r.model.deliverables[0].source).toBe("2026-11-19 博文书店 · 冠名 #1");
  });
});
