import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { addon, shown, values } from "./addon";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

function department() {
  return [
    {
      name: "成员",
      rows: [
        ["姓名", "小组", "状态"],
        ["张伟", "一组", "在部"],
        ["李娜", "一组", "在部"],
        ["王芳", "二组", "离部"],
      ],
    },
    {
      name: "赞助商",
      rows: [
        ["赞助商", "类别", "联系人", "电话", "负责人", "阶段", "备注"],
        ["博文书店", "书店", "王老板", "13800000000", "张伟", "长期合作", "每学期都赞助"],
        ["老王餐馆", "餐饮", "老王", "", "李娜", "洽谈中", ""],
      ],
    },
    {
      name: "活动",
      rows: [
        ["活动", "日期", "赞助目标", "预算"],
        ["迎新晚会", d("2026-10-20"), 5000, 300],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "活动", "经办人", "现金", "状态", "佣金发放日期"],
        [d("2025-11-02"), "博文书店", "", "张伟", 1000, "已到账", d("2025-12-01")],
        [d("2026-10-02"), "博文书店", "迎新晚会", "张伟、李娜、王芳", 1000.01, "已到账", ""],
        [d("2026-10-03"), "老王餐馆", "迎新晚会", "李娜", 2000, "已到账", d("2026-10-30")],
        [d("2026-10-04"), "老王餐馆", "迎新晚会", "张伟、李楠", 400, "已到账", ""],
        [d("2026-10-20"), "博文书店", "迎新晚会", "张伟", -300, "已到账", ""],
        [d("2026-10-25"), "老王餐馆", "迎新晚会", "李娜", 800, "意向", ""],
        [d("2026-11-02"), "博文书店", "", "李娜", 100, "已到账", ""],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", "小组", d("2026-10-14"), d("2026-10-21")],
        ["张伟", "一组", "迟到", "出席"],
        ["李娜", "一组", "出席", "缺席"],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["学期开始", d("2026-09-01")],
      ],
    },
  ];
}

describe("发放佣金 / Mark commissions paid", () => {
  test("fills the paid-on date on exactly the unpaid rows up to the month, never on paid ones, and logs it", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const before = values(a.book, "赞助记录");
    const preview = a.fn.markCommissionsPaid({ month: "2026-10" });
    // row 3: 150.00 split 3 ways; row 6: a -45.00 clawback; row 5 is held (李楠 is unknown)
    expect(preview.rows).toEqual([3, 6]);
    expect(preview.held).toEqual([5]);
    expect(preview.members).toEqual(
      [
        { name: "张伟", amount: 5 },
        { name: "李娜", amount: 50 },
        { name: "王芳", amount: 50 },
      ].sort((x, y) => y.amount - x.amount || x.name.localeCompare(y.name)),
    );
    expect(preview.total).toBe(105);
    expect(values(a.book, "赞助记录")).toEqual(before); // a preview writes nothing

    a.fn.markCommissionsPaid({ month: "2026-10", confirm: preview.fingerprint });
    const after = values(a.book, "赞助记录");
    const paidOn = (r: number) => after[r - 1][6];
    expect(paidOn(3)).toBeInstanceOf(Date);
    expect(paidOn(6)).toBeInstanceOf(Date);
    expect(paidOn(2)).toEqual(d("2025-12-01"));
    expect(paidOn(4)).toEqual(d("2026-10-30"));
    expect(paidOn(5)).toBe("");
    expect(paidOn(8)).toBe("");
    after.forEach((row, r) => row.slice(0, 6).forEach((v, c) => expect(v).toEqual(before[r][c])));
    expect(
      values(a.book, "日志")
        .slice(1)
        .map((r) => [r[2], r[3], r[4]]),
    ).toEqual([["发放佣金", "赞助记录", "2026-10 · ¥105.00 · 3, 6"]]);
    // Paid means gone from the next payout.
    expect(a.fn.markCommissionsPaid({ month: "2026-10" }).rows).toEqual([]);
  });

  test("from the menu: asks the month, shows who gets what, writes only after YES", () => {
    const a = addon(department(), { locale: "zh_CN" });
    a.runtime.ui.answer({ button: "OK", text: "2026-10" }).answer({ button: "NO" });
    a.fn.menuPayout();
    expect(shown(a, "alert")[0].message).toContain("王芳  ¥50.00");
    expect(shown(a, "alert")[0].message).toContain("第 5 行的经办人不在成员表中，暂不发放");
    expect(values(a.book, "赞助记录")[2][6]).toBe("");
    a.runtime.ui.answer({ button: "OK", text: "2026-10" }).answer({ button: "YES" });
    a.fn.menuPayout();
    expect(values(a.book, "赞助记录")[2][6]).toBeInstanceOf(Date);
    expect(shown(a, "toast").pop()!.message).toBe("已在 2 行填入发放日期，合计 ¥105.00");
  });

  test("a ledger edited between preview and confirmation is refused, not half-paid", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const preview = a.fn.markCommissionsPaid({ month: "2026-10" });
    a.book.getSheetByName("赞助记录")!.getRange("G3").setValue(d("2026-10-31"));
    expect(() => a.fn.markCommissionsPaid({ month: "2026-10", confirm: preview.fingerprint })).toThrow(/确认期间赞助记录有改动/);
    expect(values(a.book, "赞助记录")[5][6]).toBe("");
  });

  test("an amount changed between preview and confirmation is refused too", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const preview = a.fn.markCommissionsPaid({ month: "2026-10" });
    a.book.getSheetByName("赞助记录")!.getRange("E3").setValue(10000.01);
    expect(() => a.fn.markCommissionsPaid({ month: "2026-10", confirm: preview.fingerprint })).toThrow(/确认期间赞助记录有改动/);
    expect(values(a.book, "赞助记录")[2][6]).toBe("");
  });

  test("a paid-on cell holding only spaces is settled like a blank one", () => {
    const tabs = department();
    tabs[3].rows[2][6] = "  ";
    const a = addon(tabs, { locale: "zh_CN" });
    const preview = a.fn.markCommissionsPaid({ month: "2026-10" });
    expect(preview.rows).toEqual([3, 6]);
    a.fn.markCommissionsPaid({ month: "2026-10", confirm: preview.fingerprint });
    expect(values(a.book, "赞助记录")[2][6]).toBeInstanceOf(Date);
    expect(a.fn.markCommissionsPaid({ month: "2026-10" }).rows).toEqual([]);
  });

  test("text typed in 佣金发放日期 counts as paid everywhere, and the unreadable date is reported", () => {
    const tabs = department();
    tabs[3].rows[2][6] = "已发";
    const a = addon(tabs, { locale: "zh_CN" });
    expect(a.fn.markCommissionsPaid({ month: "2026-10" }).rows).toEqual([6]);
    const r = a.fn.generateMonthlyReport({ month: "2026-10" }).report;
    expect(r.members.find((m: any) => m.name === "李娜").unpaidCommission).toBe(0);
    expect(r.problems.map((p: any) => p.message)).toContainEqual(expect.stringContaining("无法识别的日期“已发”"));
  });
});

describe("个人明细 / Member statement", () => {
  test("every share with its row, the exact product, the split and the leftover fen; meetings and fees", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const st = a.fn.memberStatement({ name: "张伟", month: "2026-10" });
    expect(st.title).toBe("张伟（一组）2026-10 个人明细");
    const shares = st.blocks[0].rows;
    expect(shares[0]).toEqual(["3", "2026-10-02", "博文书店 · 迎新晚会", "¥1,000.01 × 15% = ¥150.0015 → ¥150.00", "1/3", "¥50.00", "未发"]);
    expect(shares[1][3]).toBe("¥400.00 × 15% = ¥60.00 → ¥60.00");
    expect(shares[2]).toEqual(["6", "2026-10-20", "博文书店 · 迎新晚会", "-¥300.00 × 15% = -¥45.00 → -¥45.00", "1/1", "-¥45.00", "未发"]);
    expect(st.blocks[1].rows).toEqual([
      ["2026-10-14", "迟到", "¥5.00"],
      ["2026-10-21", "出席", "¥0.00"],
    ]);
    expect(st.lines[0]).toBe("佣金 ¥35.00 − 罚款 ¥5.00 = 净额 ¥30.00");
  });

  test("the fen left over from an uneven split is shown where it went", () => {
    const tabs = department();
    tabs[3].rows[2][4] = 1000.1; // 150.015 → 150.02, split 3 ways: 50.01 + 50.01 + 50.00
    const st = addon(tabs, { locale: "zh_CN" }).fn.memberStatement({ name: "李娜", month: "2026-10", lang: "en" });
    expect(st.blocks[0].rows[0][5]).toBe("¥50.01 (incl. 1 leftover fen)");
  });

  test("an unknown name gets a did-you-mean", () => {
    const a = addon(department(), { locale: "zh_CN" });
    expect(() => a.fn.memberStatement({ name: "张玮", month: "2026-10" })).toThrow(/成员表中没有“张玮”，是否是“张伟”？/);
  });

  test("from the menu: one prompt, name and month, a dialog with the lines", () => {
    const a = addon(department(), { locale: "zh_CN" });
    a.runtime.ui.answer({ button: "OK", text: "李娜 2026-10" });
    a.fn.menuStatement();
    const dialog = shown(a, "dialog")[0];
    expect(dialog.title).toBe("李娜（一组）2026-10 个人明细");
    expect(dialog.html).toContain("¥2,000.00 × 15% = ¥300.00 → ¥300.00");
  });
});

describe("导出交接 / Export hand-over", () => {
  test("one new tab with the sponsor file and history, pledges, unpaid commission, events and members; nothing else changes", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const before = a.book.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);
    const run = a.fn.exportHandover({ year: "2026" });
    expect(run.tab).toBe("交接 2026");
    const after = a.book
      .getSheets()
      .filter((s) => !["交接 2026", "日志"].includes(s.getName()))
      .map((s) => [s.getName(), s.getDataRange().getValues()]);
    expect(after).toEqual(before);
    const tab = values(a.book, "交接 2026");
    const header = tab.find((r) => r[0] === "赞助商")!;
    expect(header).toEqual(expect.arrayContaining(["到账 2025", "到账 2026", "赞助过的活动", "最近一次赞助"]));
    const shop = tab.find((r) => r[0] === "博文书店")!;
    expect(shop[header.indexOf("到账 2025")]).toBe(1000);
    expect(shop[header.indexOf("到账 2026")]).toBe(800.01);
    expect(shop[header.indexOf("负责人")]).toBe("张伟");
    expect(shop[header.indexOf("备注")]).toBe("每学期都赞助");
    const text = tab.map((r) => r.join("|")).join("\n");
    expect(text).toContain("二、未到账的意向赞助");
    expect(text).toMatch(/2026-10-25\|老王餐馆\|迎新晚会\|李娜\|800/);
    expect(text).toContain("四、未发佣金（截至年底）");
    // unpaid: 张伟 50 (row 3) + 30 (row 5) − 45 (row 6); 李娜 50 + 15 (row 8); 王芳 50; 李楠's 30 is unassigned
    const unpaid = Object.fromEntries(
      tab
        .slice(tab.findIndex((r) => r[0] === "四、未发佣金（截至年底）") + 2)
        .filter((r) => r[1] !== "")
        .slice(0, 4)
        .map((r) => [r[0], [r[1], r[2]]]),
    );
    expect(unpaid).toEqual({ 张伟: [3, 35], 李娜: [2, 65], 王芳: [1, 50], "未分配（经办人不在成员表中）": [1, 30] });
    expect(text).toContain("六、成员 2026 年合计");
    const member = (name: string) => tab.slice(tab.findIndex((r) => r[0] === "六、成员 2026 年合计") + 2).find((r) => r[0] === name)!;
    expect(member("张伟").slice(2, 7)).toEqual([2, 233.34, 35, 5, 30]); // cash: 333.34 + 200 − 300
  });

  test("the sample workbook's hand-over lists every sponsor, including one only the ledger names", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    // Every row of 赞助商, plus 鲜果时光水果店, which a member put in the ledger but never in the customer file
    expect(a.fn.exportHandover({ year: "2026" }).sponsors).toBe(sampleFacts.sponsors + 1);
    expect(values(a.book, "交接 2026").some((r) => r[0] === "鲜果时光水果店")).toBe(true);
  });
});
