import { checkData, runCheck } from "../../src/app/check-data";
import { render } from "../../src/domain/messages";
import { sampleTabs } from "../../src/local/sample/workbook";
import { context } from "../../src/sheets/workbook";
import { d, logLines, session, sheetWith, snapshot, tab, today } from "../support/apps-script";

function department(user = "head@example.edu") {
  today("2026-11-23");
  return sheetWith(
    [
      { name: "成员", rows: [["姓名"], ["王浩然"]] },
      { name: "赞助商", rows: [["赞助商"], ["博文书店"]] },
      { name: "活动", rows: [["活动"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金"],
          [d("2026-11-02"), "博文书店", "王浩然", "两千"],
        ],
      },
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-11-04")],
          ["王浩然", "迟 到了"],
        ],
      },
      { name: "设置", rows: [["项目", "值"]] },
    ],
    {},
    { user },
  );
}

const values = (rt: ReturnType<typeof department>) => snapshot(rt).map(({ name, values, formulas }) => ({ name, values, formulas }));

describe("runCheck", () => {
  test("lists every problem, marks each cell with a note, logs one line per tab, and changes no value", () => {
    const rt = department();
    const before = values(rt);
    const { problems } = runCheck(context());
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["赞助记录!D2", "考勤!B2"]);
    expect(tab("赞助记录").getRange("D2").getNote()).toContain("无法识别的金额“两千”");
    expect(tab("考勤").getRange("B2").getNote()).toContain("无法识别的考勤状态“迟 到了”");
    expect(values(rt).filter((t) => t.name !== "日志")).toEqual(before);
    expect(logLines(rt)).toEqual([
      ["head@example.edu", "检查数据（批注）", "赞助记录", "1 处批注"],
      ["head@example.edu", "检查数据（批注）", "考勤", "1 处批注"],
    ]);
  });

  test("without marking, nothing at all is written", () => {
    const rt = department();
    const before = snapshot(rt);
    expect(runCheck(context(), false).problems).toHaveLength(2);
    expect(snapshot(rt)).toEqual(before);
  });

  test("a tab closed to the member gets no notes, but its problems are still listed and it is named", () => {
    const head = department();
    head.book.getSheetByName("考勤")!.protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    const check = runCheck(context());
    expect(check.problems).toHaveLength(2);
    expect(check.unnoted).toEqual(["考勤"]);
    expect(tab("考勤").getRange("B2").getNote()).toBe("");
    expect(tab("赞助记录").getRange("D2").getNote()).not.toBe("");
  });

  test("a Log closed to the member: no notes anywhere, since none could be logged; every problem still listed", () => {
    const head = department();
    head.book
      .insertSheet("日志")
      .getRange(1, 1, 1, 2)
      .setValues([["时间", "用户"]]);
    head.book.getSheetByName("日志")!.protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    const check = runCheck(context());
    expect(check.logClosed).toBe("日志");
    expect(check.problems).toHaveLength(2);
    expect(tab("赞助记录").getRange("D2").getNote()).toBe("");
  });
});

describe("runCheck: leave must be approved before it counts as leave", () => {
  function withLeave(needsApproval: string) {
    today("2026-11-23");
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
      { name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金"]] },
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-11-04"), d("2026-11-11")],
          ["王浩然", "请假", "出席"],
          ["李欣怡", "出席", "请假"],
        ],
      },
      {
        name: "请假",
        rows: [
          ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
          ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "陈思远", "2026-11-03 20:00", ""],
          ["2026-11-11 19:20", "李欣怡", d("2026-11-11"), "实验课拖堂", "已驳回", "陈思远", "2026-11-11 21:00", ""],
          ["2026-11-11 19:30", "王浩然", d("2026-11-11"), "临时有事", "已批准", "陈思远", "2026-11-11 21:00", ""],
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

  test("an unapproved 请假 mark and a late approval without a reason are listed, noted on their cells and logged", () => {
    const rt = withLeave("是");
    const { problems } = runCheck(context());
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["考勤!C3", "请假!H4"]);
    expect(tab("考勤").getRange("C3").getNote()).toBe("⚠ 外联部检查 / Check:\n李欣怡 2026-11-11 标为“请假”，但请假表第 3 行的申请已被驳回：请改为“未批假”");
    expect(tab("请假").getRange("H4").getNote()).toContain("王浩然 的请假申请（2026-11-11 例会）在例会开始后才提交（2026-11-11 19:30）");
    expect(logLines(rt)).toEqual([
      ["officer@example.edu", "检查数据（批注）", "考勤", "1 处批注"],
      ["officer@example.edu", "检查数据（批注）", "请假", "1 处批注"],
    ]);
  });

  test("with 请假需审批 = 否 there is nothing to say", () => {
    withLeave("否");
    expect(runCheck(context(), false).problems).toEqual([]);
  });
});

describe("runCheck: the accounts (收支)", () => {
  test("on the sample: a 已报销 row with no date, a waiver with no reason and the events over budget, each at its cell and noted", () => {
    today("2026-11-23");
    const rt = sheetWith(sampleTabs());
    const { problems } = runCheck(context());
    const accounts = problems.filter((p) => p.sheet === "收支" || p.sheet === "活动").map((p) => [`${p.sheet}!${p.cell}`, render(p.message, "zh")]);
    expect(accounts).toEqual([
      ["收支!I9", "已报销但没有报销日期：收支账按支出当天 2026-10-15 计算，请填写实际还钱的日期"],
      ["收支!J19", "李欣怡 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴"],
      ["活动!E2", "“迎新晚会”已支出 ¥560.50，超出预算 ¥500.00（超 ¥60.50）"],
      ["活动!E3", "“考研经验讲座”已支出 ¥174.00，超出预算 ¥150.00（超 ¥24.00）"],
      ["活动!E6", "“社团文化节”已支出 ¥415.80，超出预算 ¥400.00（超 ¥15.80）"],
    ]);
    expect(tab("收支").getRange("I9").getNote()).toContain("已报销但没有报销日期");
    expect(tab("活动").getRange("E2").getNote()).toContain("“迎新晚会”已支出 ¥560.50");
    expect(logLines(rt)).toEqual(
      expect.arrayContaining([
        ["officer@example.edu", "检查数据（批注）", "收支", "2 处批注"],
        ["officer@example.edu", "检查数据（批注）", "活动", "3 处批注"],
      ]),
    );
  });

  test("the accounts as they stand today: in September, only what was spent by then counts against a budget", () => {
    today("2026-09-22");
    sheetWith(sampleTabs());
    const over = runCheck(context(), false).problems.filter((p) => p.message.key === "overBudget");
    // By 09-22 迎新晚会 had spent ¥180 + ¥260.50 of its ¥500: within budget.
    expect(over).toEqual([]);
  });
});

describe("checkData", () => {
  test("answers {sheet, cell, message} in the language asked for", () => {
    department();
    expect(checkData({ mark: false, lang: "en" })).toEqual([
      { sheet: "赞助记录", cell: "D2", message: '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)' },
      { sheet: "考勤", cell: "B2", message: expect.stringMatching(/^"迟 到了" is not an attendance code\. Accepted: /) },
    ]);
  });
});
