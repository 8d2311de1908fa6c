import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, snapshot, values } from "./addon";

describe("Set up sheets, through the bundle", () => {
  test("an empty zh workbook gets every tab, header, format, dropdown, formula and setting", () => {
    const a = addon(undefined, { locale: "zh_CN" });
    const res = a.fn.setupSheets();
    const names = a.book.getSheets().map((s) => s.getName());
    expect(names).toEqual(expect.arrayContaining(["成员", "赞助商", "活动", "赞助记录", "收支", "考勤", "设置"]));
    expect(values(a.book, "赞助记录")[0]).toEqual([
      "日期",
      "赞助商",
      "活动",
      "经办人",
      "现金",
      "物资",
      "物资估值",
      "状态",
      "佣金",
      "佣金发放日期",
      "备注",
      "方案",
    ]);
    const ledger = a.book.getSheetByName("赞助记录")!;
    expect(ledger.getFrozenRows()).toBe(1);
    expect(ledger.getRange("E2").getNumberFormat()).toBe("¥#,##0.00");
    expect(ledger.getRange("A2").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(ledger.getRange("H2").getDataValidation()!.getCriteriaValues()[0]).toEqual(["意向", "已到账", "已取消"]);
    expect(ledger.getRange("I2").getFormula()).toMatch(/^=ARRAYFORMULA\(.*COMMISSION\(E2:E,'设置'!\$B\$2\)/);
    const settings = values(a.book, "设置");
    expect(settings.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["佣金比例", 0.15],
      ["佣金基数", "仅现金"],
      ["迟到罚款", 5],
      ["早退罚款", 5],
      ["缺席罚款", 20],
      ["迟到早退警告次数", 2],
      ["缺席警告次数", 1],
      ["学期开始", ""],
      ["部门名称", "学生会外联部"],
      ["报告语言", "zh"],
      ["需要登记回报", "否"],
      ["例会开始时间", "19:00"],
      ["迟到宽限（分钟）", 5],
      ["例会时长（分钟）", 90],
      ["请假需审批", "是"],
      ["期初余额", 0],
      ["期初日期", ""],
      ["续约季开始", ""],
      ["跟进间隔（天）", 30],
      ["潜在成功率", 0.1],
      ["联系中成功率", 0.25],
      ["洽谈中成功率", 0.5],
      ["已签约成功率", 0.9],
      ["长期合作成功率", 0.9],
      ["已拒绝成功率", 0],
    ]);
    const settingsTab = a.book.getSheetByName("设置")!;
    expect(
      settingsTab
        .getRange(settings.length - 6, 2, 7, 1)
        .getDisplayValues()
        .flat(),
    ).toEqual(["30", "10%", "25%", "50%", "90%", "90%", "0%"]);
    // 赞助商 carries what each sponsor may give and for which event: ¥, and a dropdown of the 活动 names.
    const sponsors = a.book.getSheetByName("赞助商")!;
    const sponsorHeader = values(a.book, "赞助商")[0];
    expect(sponsorHeader.slice(-2)).toEqual(["预计金额", "目标活动"]);
    expect(sponsors.getRange(2, sponsorHeader.length - 1).getNumberFormat()).toBe("¥#,##0.00");
    expect(String(sponsors.getRange(2, sponsorHeader.length).getDataValidation()!.getCriteriaType())).toBe("VALUE_IN_RANGE");
    expect(res.summary).toContain("新建工作表: 赞助记录");
    expect(res.summary).toContain("新建工作表: 收支");
    const accounts = a.book.getSheetByName("收支")!;
    expect(values(a.book, "收支")[0]).toEqual(["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"]);
    expect(accounts.getRange("C2").getDataValidation()!.getCriteriaValues()[0]).toEqual(["支出", "其他收入", "罚款缴纳", "罚款减免"]);
    expect(accounts.getRange("H2").getDataValidation()!.getCriteriaValues()[0]).toEqual(["待报销", "已报销"]);
    expect(["A2", "D2", "G2", "I2"].map((c) => accounts.getRange(c).getNumberFormat())).toEqual(["yyyy-mm-dd", "¥#,##0.00", "@", "yyyy-mm-dd"]);
  });

  test("an English sheet gets English tabs and headers", () => {
    const a = addon(undefined, { locale: "en_US" });
    a.fn.setupSheets();
    expect(a.book.getSheetByName("Sponsorships")).toBeTruthy();
    expect(values(a.book, "Members")[0]).toEqual(["Name", "Group", "Role", "Status", "Contact", "Notes"]);
  });

  test("running it twice changes nothing the second time", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.setupSheets();
    const first = snapshot(a.book);
    const again = a.fn.setupSheets();
    expect(snapshot(a.book)).toEqual(first);
    expect(again.changes).toEqual([]);
    expect(again.summary).toBe("表格已是最新，无需更改。");
  });

  test("on the department's own sheet it never changes, moves or deletes what members typed", () => {
    const tabs = sampleTabs();
    const a = addon(tabs, { locale: "zh_CN" });
    const before = Object.fromEntries(tabs.map((t) => [t.name, values(a.book, t.name)]));
    a.fn.setupSheets();
    for (const t of tabs) {
      const after = values(a.book, t.name);
      before[t.name].forEach((row, r) =>
        row.forEach((v, c) => {
          // the blank commission column is the one place set-up fills (with its formula)
          if (v !== "") expect([t.name, r, c, after[r][c]]).toEqual([t.name, r, c, v]);
        }),
      );
    }
    // The attendance grid gains its two formula columns at the right of the meetings.
    const header = values(a.book, "考勤")[0];
    expect(header.slice(-2)).toEqual(["罚款合计", "警告"]);
    const grid = a.book.getSheetByName("考勤")!;
    const penaltyCol = header.length - 1;
    expect(grid.getRange(2, penaltyCol).getFormula()).toMatch(/^=MEETING_PENALTY\(C2:[A-Z]+,'设置'!\$B\$\d+,'设置'!\$B\$\d+,'设置'!\$B\$\d+\)$/);
  });

  test("a tab renamed by hand is still found under its other-language or usual name; nothing is duplicated", () => {
    const tabs = sampleTabs().map((t) => (t.name === "赞助记录" ? { ...t, name: "Sponsorships" } : t.name === "考勤" ? { ...t, name: "签到表" } : t));
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.setupSheets();
    const names = a.book.getSheets().map((s) => s.getName());
    expect(names.filter((n) => ["赞助记录", "Sponsorships"].includes(n))).toEqual(["Sponsorships"]);
    expect(names).not.toContain("考勤");
  });

  test("Settings the department already set are kept; only missing ones are added with defaults", () => {
    const a = addon(
      [
        {
          name: "设置",
          rows: [
            ["项目", "值", "说明"],
            ["佣金比例", "12%", "我们部门的比例"],
            ["迟到罚款", 2, ""],
          ],
        },
      ],
      { locale: "zh_CN" },
    );
    a.fn.setupSheets();
    const rows = values(a.book, "设置");
    // Typed as 12%, the cell holds 0.12 shown as a percentage, as in Sheets.
    expect(rows[1]).toEqual(["佣金比例", 0.12, "我们部门的比例"]);
    expect(a.book.getSheetByName("设置")!.getRange("B2").getDisplayValue()).toBe("12%");
    expect(rows[2]).toEqual(["迟到罚款", 2, ""]);
    expect(rows.slice(3).map((r) => r[0])).toEqual([
      "佣金基数",
      "早退罚款",
      "缺席罚款",
      "迟到早退警告次数",
      "缺席警告次数",
      "学期开始",
      "部门名称",
      "报告语言",
      "需要登记回报",
      "例会开始时间",
      "迟到宽限（分钟）",
      "例会时长（分钟）",
      "请假需审批",
      "期初余额",
      "期初日期",
      "续约季开始",
      "跟进间隔（天）",
      "潜在成功率",
      "联系中成功率",
      "洽谈中成功率",
      "已签约成功率",
      "长期合作成功率",
      "已拒绝成功率",
    ]);
    // The ledger's commission formula reads the department's own rate cell.
    expect(a.book.getSheetByName("赞助记录")!.getRange("I2").getFormula()).toContain("COMMISSION(E2:E,'设置'!$B$2)");
  });

  test("a meeting column added after the formula columns: no circular formula, a clear message instead", () => {
    const d = (x: string) => new Date(`${x}T00:00:00+08:00`);
    const a = addon(
      [
        {
          name: "考勤",
          rows: [
            ["姓名", "小组", d("2026-11-04"), "罚款合计", "警告", d("2026-11-18")],
            ["张伟", "一组", "出席", "", "", "迟到"],
          ],
        },
      ],
      { locale: "zh_CN" },
    );
    const res = a.fn.setupSheets();
    const grid = a.book.getSheetByName("考勤")!;
    expect(grid.getRange("D2").getFormula()).toBe("");
    expect(grid.getRange("E2").getFormula()).toBe("");
    expect(res.summary).toContain("未写入考勤公式：例会列之间夹有其他列");
  });

  test("a missing column is appended at the right, existing columns stay where they are", () => {
    const a = addon(
      [
        {
          name: "成员",
          rows: [
            ["备注", "姓名"],
            ["组长", "张伟"],
          ],
        },
      ],
      { locale: "zh_CN" },
    );
    a.fn.setupSheets();
    expect(values(a.book, "成员")).toEqual([
      ["备注", "姓名", "小组", "职务", "状态", "联系方式"],
      ["组长", "张伟", "", "", "", ""],
    ]);
  });

  test("Sheets calls do not grow with the number of rows", () => {
    const big = (n: number) =>
      sampleTabs().map((t) =>
        t.name === "赞助记录" ? { ...t, rows: [t.rows[0], ...Array.from({ length: n }, (_, i) => t.rows[1 + (i % (t.rows.length - 1))])] } : t,
      );
    const count = (n: number) => {
      const a = addon(big(n), { locale: "zh_CN" });
      a.runtime.resetStats();
      a.fn.setupSheets();
      return a.runtime.stats.total;
    };
    expect(count(10000)).toBe(count(100));
  });
});
