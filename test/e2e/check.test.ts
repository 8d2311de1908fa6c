import { syntheticTabs } from "../../src/local/sample/synthetic";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { addon, shown, values } from "./addon";

type P = { sheet: string; cell: string; message: string };

describe("Check data, through the bundle", () => {
  test("the sample's deliberate mistakes are each listed with sheet, cell and a zh message", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData({ mark: false });
    const find = (re: RegExp) => problems.filter((p) => re.test(p.message));
    expect(find(new RegExp(`“${sampleFacts.typoMember}”，是否是“${sampleFacts.typoOf}”`))).toEqual([
      expect.objectContaining({ sheet: "赞助记录", cell: expect.stringMatching(/^D\d+$/) }),
    ]);
    expect(find(new RegExp(`赞助商表中没有“${sampleFacts.unknownSponsor}”`))).toHaveLength(1);
    expect(find(/无法识别的金额“两千”/)).toEqual([expect.objectContaining({ sheet: "赞助记录", cell: expect.stringMatching(/^E\d+$/) })]);
    expect(find(/“日期”不能为空/)).toEqual([expect.objectContaining({ sheet: "赞助记录", cell: expect.stringMatching(/^A\d+$/) })]);
    expect(find(/无法识别的考勤状态“病假\?”/)).toEqual([expect.objectContaining({ sheet: "考勤" })]);
  });

  test("the sample's accounts: an event over budget, a reimbursement with no date and a waiver with no reason, each at its cell", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData();
    const events = values(a.book, "活动");
    const budget = events[0].indexOf("预算");
    const welcome = events.findIndex((r) => r[0] === "迎新晚会");
    const cell = `${String.fromCharCode(65 + budget)}${welcome + 1}`;
    expect(problems.filter((p) => /迎新晚会”已支出/.test(p.message))).toEqual([
      { sheet: "活动", cell, message: "“迎新晚会”已支出 ¥560.50，超出预算 ¥500.00（超 ¥60.50）" },
    ]);
    expect(problems.filter((p) => p.sheet === "收支")).toEqual([
      { sheet: "收支", cell: "I9", message: "已报销但没有报销日期：收支账按支出当天 2026-10-15 计算，请填写实际还钱的日期" },
      { sheet: "收支", cell: "J19", message: "李欣怡 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴" },
    ]);
    expect(a.book.getSheetByName("活动")!.getRange(cell).getNote()).toContain("超出预算 ¥500.00");
    expect(a.book.getSheetByName("收支")!.getRange("J19").getNote()).toContain("罚款减免没有写原因");
    const en: P[] = addon(sampleTabs(), { locale: "en_US" }).fn.checkData({ mark: false });
    expect(en.find((p) => p.sheet === "活动" && p.cell === cell)?.message).toBe('"迎新晚会" has spent ¥560.50, over its budget of ¥500.00 by ¥60.50');
  });

  test("the sample's look-alike sponsors: one notice at the later row's name cell, naming both, in zh and en; nothing changed", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const before = values(a.book, "赞助商");
    const [first, second] = sampleFacts.lookAlike;
    const rowOf = (name: string) => before.findIndex((r) => r[0] === name) + 1;
    const pick = (ps: P[]) => ps.filter((p) => p.sheet === "赞助商" && p.message.includes(second));
    expect(pick(a.fn.checkData({ mark: false }))).toEqual([
      {
        sheet: "赞助商",
        cell: `A${rowOf(second)}`,
        message: `“${second}”看起来与第 ${rowOf(first)} 行的“${first}”是同一家：电话相同（13900132021）。请合并为一行，或在名称中写明两家的区别`,
      },
    ]);
    expect(pick(a.fn.checkData({ mark: false, lang: "en" }))[0].message).toBe(
      `"${second}" looks like "${first}" (row ${rowOf(first)}): same phone 13900132021 — merge them or tell them apart`,
    );
    expect(rowOf(second)).toBe(sampleFacts.sponsors + 1);
    expect(values(a.book, "赞助商")).toEqual(before);
  });

  test("English messages in an English sheet", () => {
    const a = addon(sampleTabs(), { locale: "en_US" });
    const problems: P[] = a.fn.checkData({ mark: false });
    expect(problems.some((p) => p.message === '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)')).toBe(true);
  });

  test("it marks cells with notes, keeps members' own notes, changes no value, and re-running does not pile up", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const departmentTabs = () =>
      a.book
        .getSheets()
        .filter((s) => s.getName() !== "日志")
        .map((s) => s.getDataRange().getValues());
    const before = departmentTabs();
    const problems: P[] = a.fn.checkData();
    const amount = problems.find((p) => /两千/.test(p.message))!;
    const cell = a.book.getSheetByName("赞助记录")!.getRange(amount.cell);
    expect(cell.getNote()).toMatch(/^⚠ 外联部检查 \/ Check:\n无法识别的金额“两千”/);
    cell.setNote("老板说下周补齐");
    a.fn.checkData();
    a.fn.checkData();
    expect(cell.getNote()).toBe(`老板说下周补齐\n\n⚠ 外联部检查 / Check:\n${amount.message}`);
    expect(departmentTabs()).toEqual(before);
    // the notes were logged: who marked which tab
    expect(
      values(a.book, "日志")
        .slice(1)
        .map((r) => [r[2], r[3]]),
    ).toContainEqual(["检查数据（批注）", "赞助记录"]);
    // Once fixed, the check's note goes and the member's note stays.
    cell.setValue(2000);
    a.fn.checkData();
    expect(cell.getNote()).toBe("老板说下周补齐");
  });

  test("the menu shows the list in a dialog, escaping what the sheet holds", () => {
    const tabs = sampleTabs();
    tabs
      .find((t) => t.name === "赞助记录")!
      .rows.push([new Date("2026-11-05T00:00:00+08:00"), "<img src=x onerror=alert(1)>", "", "张伟", 100, "", "", "已到账", "", "", ""]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.menuCheck();
    const dialog = shown(a, "dialog")[0];
    expect(dialog.title).toBe("数据检查结果");
    expect(dialog.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(dialog.html).not.toContain("<img");
  });

  test("a sponsor owned by one member but credited to another is pointed out", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData({ mark: false });
    const owned = problems.filter((p) => /负责（阶段：/.test(p.message));
    expect(owned.length).toBeGreaterThan(0);
    expect(owned[0].message).toMatch(/^“.+”由 .+ 负责（阶段：.+），这笔赞助却记在 .+ 名下：请确认没有重复联系同一商家$/);
    expect(owned.every((p) => /^D\d+$/.test(p.cell))).toBe(true);
  });

  test("with 需要登记回报 = 是, a received sponsorship without a deliverable is flagged", () => {
    const d = (x: string) => new Date(`${x}T00:00:00+08:00`);
    const tabs = [
      { name: "成员", rows: [["姓名"], ["张伟"]] },
      {
        name: "赞助商",
        rows: [
          ["赞助商", "负责人"],
          ["博文书店", "张伟"],
          ["老王餐馆", "张伟"],
        ],
      },
      { name: "活动", rows: [["活动"], ["迎新晚会"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "活动", "经办人", "现金"],
          [d("2026-11-02"), "博文书店", "迎新晚会", "张伟", 500],
          [d("2026-11-03"), "老王餐馆", "迎新晚会", "张伟", 300],
        ],
      },
      { name: "考勤", rows: [["姓名"]] },
      {
        name: "赞助回报",
        rows: [
          ["赞助商", "活动", "回报内容"],
          ["博文书店", "迎新晚会", "横幅 logo"],
        ],
      },
      {
        name: "设置",
        rows: [
          ["项目", "值"],
          ["需要登记回报", "是"],
        ],
      },
    ];
    const problems: P[] = addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false });
    expect(problems).toEqual([{ sheet: "赞助记录", cell: "B3", message: "已到账的赞助“老王餐馆”（迎新晚会）还没有登记赞助回报：请在“赞助回报”表中添加" }]);
    tabs[6].rows[1][1] = "否";
    expect(addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false })).toEqual([]);
  });

  test("请假 needs the head's approval: marks without one and late approvals without a reason, in zh and en; 否 turns it off", () => {
    const d = (x: string) => new Date(`${x}T00:00:00+08:00`);
    const tabs = [
      {
        name: "成员",
        rows: [
          ["姓名", "职务"],
          ["张伟", "干事"],
          ["李娜", "干事"],
          ["王芳", "干事"],
          ["刘洋", "部长"],
        ],
      },
      { name: "赞助商", rows: [["赞助商"]] },
      { name: "活动", rows: [["活动"]] },
      { name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金"]] },
      {
        name: "考勤",
        rows: [
          ["姓名", "小组", d("2026-11-04"), d("2026-11-11")],
          ["张伟", "一组", "请假", "出席"],
          ["李娜", "一组", "请假", "请假"],
          ["王芳", "二组", "未批假", "出席"],
        ],
      },
      {
        name: "请假",
        rows: [
          ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
          ["2026-11-02 10:00", "张伟", d("2026-11-04"), "校运会裁判", "已批准", "刘洋", "2026-11-02 12:00", ""],
          ["2026-11-04 19:15", "李娜", d("2026-11-04"), "发烧", "已批准", "刘洋", "2026-11-04 21:00", ""],
          ["2026-11-10 08:00", "李娜", d("2026-11-11"), "考试", "待审批", "", "", ""],
          ["2026-11-03 08:00", "王芳", d("2026-11-04"), "回家", "已驳回", "刘洋", "2026-11-03 12:00", "理由不充分"],
        ],
      },
      { name: "设置", rows: [["项目", "值"]] },
    ];
    const problems: P[] = addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false });
    expect(problems).toEqual([
      { sheet: "考勤", cell: "D3", message: "李娜 2026-11-11 标为“请假”，但请假表第 4 行的申请还在待审批：请部长审批，或改为“未批假”" },
      {
        sheet: "请假",
        cell: "H3",
        message: "李娜 的请假申请（2026-11-04 例会）在例会开始后才提交（2026-11-04 19:15），已批准却没有写审批意见：逾期批准须写明理由",
      },
    ]);
    const en: P[] = addon(tabs, { locale: "en_US" }).fn.checkData({ mark: false });
    expect(en[0].message).toBe(
      "李娜 is marked on leave (请假) for 2026-11-11, but the request in row 4 of the Leave tab is still pending: the head should decide it, or change the mark to unapproved leave (未批假)",
    );
    // The head gives the reason and decides the pending one: nothing left to say.
    tabs[5].rows[2][7] = "发烧，有校医院证明";
    tabs[5].rows[3].splice(4, 3, "已批准", "刘洋", "2026-11-10 12:00");
    expect(addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false })).toEqual([]);
    tabs[5].rows[3].splice(4, 3, "待审批", "", "");
    tabs[6].rows.push(["请假需审批", "否"]);
    expect(addon(tabs, { locale: "zh_CN" }).fn.checkData({ mark: false })).toEqual([]);
  });

  test("the sample's 请假 marks, kept without a 请假 tab, each say how to add one and are noted on the grid", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData();
    const leave = problems.filter((p) => /标为“请假”/.test(p.message));
    const grid = values(a.book, "考勤");
    const marked = grid.flatMap((row, r) => row.map((v, c) => (v === "请假" ? `${String.fromCharCode(65 + c)}${r + 1}` : "")).filter(Boolean));
    expect(marked.length).toBeGreaterThan(0);
    expect(leave.map((p) => p.cell).sort()).toEqual(marked.sort());
    expect(leave.every((p) => p.sheet === "考勤" && /没有“请假”工作表可以核对审批：请运行“初始化表格”/.test(p.message))).toBe(true);
    expect(a.book.getSheetByName("考勤")!.getRange(leave[0].cell).getNote()).toContain("标为“请假”");
  });

  test("a clean sheet says so", () => {
    const a = addon(undefined, { locale: "zh_CN" });
    a.fn.setupSheets();
    a.fn.menuCheck();
    expect(shown(a, "alert")[0].message).toBe("没有发现问题。");
  });

  test("a renamed tab is one clear message naming the tabs looked for", () => {
    const tabs = sampleTabs().map((t) => (t.name === "赞助记录" ? { ...t, name: "拉赞助明细表" } : t));
    const a = addon(tabs, { locale: "zh_CN" });
    const problems: P[] = a.fn.checkData({ mark: false });
    expect(problems).toContainEqual({
      sheet: "赞助记录",
      cell: "",
      message: expect.stringContaining("找不到“赞助记录”工作表（查找了：赞助记录, Sponsorships"),
    });
  });

  test("headers typed in the other language, with extra spaces, under a merged title row", () => {
    const tabs = sampleTabs().map((t) => {
      if (t.name !== "赞助记录") return t;
      const header = t.rows[0].map((h) => (h === "现金" ? "  Cash " : h === "赞助商" ? "SPONSOR" : h));
      return { ...t, rows: [["2026 秋季 赞助记录", ...new Array(header.length - 1).fill("")], header, ...t.rows.slice(1)] };
    });
    const a = addon(tabs, { locale: "zh_CN" });
    a.book.getSheetByName("赞助记录")!.getRange("A1:K1").merge();
    const problems: P[] = a.fn.checkData({ mark: false });
    expect(problems.filter((p) => /缺少必需的列/.test(p.message))).toEqual([]);
    // rows moved down by one: the unreadable amount is reported one row lower than in the plain sample
    const plain: P[] = addon(sampleTabs(), { locale: "zh_CN" }).fn.checkData({ mark: false });
    const row = (ps: P[]) => Number(ps.find((p) => /两千/.test(p.message))!.cell.slice(1));
    expect(row(problems)).toBe(row(plain) + 1);
  });

  test("10,000+ ledger rows: one read per tab, the same calls as for 500", () => {
    const run = (n: number) => {
      const a = addon(syntheticTabs({ ledgerRows: n, members: 50, meetings: 20, seed: 3 }), { locale: "zh_CN" });
      a.runtime.resetStats();
      const problems: P[] = a.fn.checkData();
      return { stats: { ...a.runtime.stats, calls: undefined }, problems: problems.length };
    };
    const small = run(500);
    const big = run(12000);
    expect(big.stats.reads).toBe(small.stats.reads);
    expect(big.stats.writes).toBe(small.stats.writes);
    expect(big.stats.total).toBe(small.stats.total);
    expect(big.stats.reads).toBeLessThanOrEqual(12);
  });

  test("a name starting with = is reported as text and never becomes a formula", () => {
    const tabs = sampleTabs();
    tabs
      .find((t) => t.name === "赞助记录")!
      .rows.push([new Date("2026-11-05T00:00:00+08:00"), '\'=HYPERLINK("x")', "", "'+张伟", 100, "", "", "已到账", "", "", ""]);
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.checkData();
    const sheet = a.book.getSheetByName("赞助记录")!;
    const formulas = sheet
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== "");
    expect(formulas).toEqual([]);
    expect(values(a.book, "赞助记录").flat()).toContain('=HYPERLINK("x")');
  });
});
