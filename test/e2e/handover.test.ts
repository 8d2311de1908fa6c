/** 导出交接 on the sample workbook through the built bundle: the accounts handed over, and what it costs in Sheets calls. */
import { buildAccounts } from "../../src/domain/accounts";
import { lastDayOf } from "../../src/domain/dates";
import type { CellValue } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { parseWorkbook, type RawTab } from "../../src/sheets/parse";
import type { TabKey } from "../../src/sheets/schema";
import { addon, values } from "./addon";

const KEYS: Record<string, TabKey> = {
  成员: "members",
  赞助商: "sponsors",
  活动: "events",
  赞助记录: "ledger",
  收支: "accounts",
  考勤: "attendance",
  赞助回报: "deliverables",
  联系记录: "contactLog",
  设置: "settings",
};

/** The sample as the domain sees it, read by the same parser. */
function sampleModel() {
  const raw: Partial<Record<TabKey, RawTab>> = {};
  for (const t of sampleTabs()) raw[KEYS[t.name]] = { sheet: t.name, values: t.rows };
  return parseWorkbook(raw, "Asia/Shanghai", "2026-11-30").model;
}

/** The sample with its 收支 and 赞助记录 rows repeated `times` over, or without 收支 at all (times 0). */
function sampleWith(times: number) {
  const tabs = sampleTabs().filter((t) => times > 0 || t.name !== "收支");
  for (const name of ["收支", "赞助记录"]) {
    const tab = tabs.find((t) => t.name === name);
    if (!tab) continue;
    const [header, ...rows] = tab.rows;
    tab.rows = [header, ...Array.from({ length: times }, () => rows.map((r) => [...r]) as CellValue[][]).flat()];
  }
  return tabs;
}

/** The rows under a section's title, to the next blank row. */
function section(tab: CellValue[][], starts: string): CellValue[][] {
  const title = tab.findIndex((r) => String(r[0]).startsWith(starts));
  if (title < 0) throw new Error(`no section ${starts}`);
  const end = tab.findIndex((r, i) => i > title && r.every((v) => v === ""));
  return tab.slice(title + 1, end < 0 ? tab.length : end);
}

describe("导出交接 on the sample workbook: the accounts", () => {
  const a = addon(sampleTabs(), { locale: "zh_CN" });
  const run = a.fn.exportHandover({ year: "2026" });
  const tab = values(a.book, "交接 2026");

  test("the cash book from the term start, 2026-09 to 2026-11 closing as the domain's accounts do at each month's end", () => {
    const book = section(tab, "七、财务账目：收支账（2026-09-01 至 ");
    expect(book[0][0]).toBe(
      "收支账从 2026-09-01 开始，期初余额 ¥1,286.50。每月：期初 + 赞助现金 + 罚款收入 + 其他收入 − 现金支出 − 报销给成员 − 发放佣金 = 期末。",
    );
    const header = book[1];
    const months = book.slice(2, -1);
    expect(months.slice(0, 3).map((r) => r[0])).toEqual(["2026-09", "2026-10", "2026-11"]);
    // Sep: 1,286.50 + 21,500.01 sponsorship + 10 fines + 800 拨款 − 120 from cash − 440.50 paid back = 23,036.01
    expect(months.slice(0, 3).map((r) => r[header.indexOf("期末余额")])).toEqual([23036.01, 33111.51, 42831.43]);
    const model = sampleModel();
    for (const r of months.slice(0, 3)) {
      const line = buildAccounts(model, lastDayOf(String(r[0]))).cashBook.find((m) => m.month === r[0])!;
      expect([r[header.indexOf("期初余额")], r[header.indexOf("期末余额")]]).toEqual([line.opening / 100, line.closing / 100]);
    }
    // Only months of 2026 after November can follow, the day the hand-over is made deciding how many.
    expect(months.slice(3).every((r) => String(r[0]) === "2026-12")).toBe(true);
    expect(book[book.length - 1][0]).toBe("合计");
    expect(run.closingBalance).toBe(Math.round(Number(months[months.length - 1][header.indexOf("期末余额")]) * 100));
  });

  test("what the department owes members, the fines still owed, and the events over budget", () => {
    expect(section(tab, "九、财务账目：待报销").map((r) => r.slice(0, 7))).toEqual([
      ["日期", "成员", "活动", "事由", "金额", "凭证", "收支行"],
      ["2026-11-02", "黄诗涵", "社团文化节", "展板租赁 4 块", 320, "收据照片", 12],
      ["2026-11-14", "吴佳琪", "社团文化节", "摊位桌布、胶带", 95.8, "超市小票", 17],
      ["合计", "", "", "", 415.8, "", ""],
    ]);
    // 李欣怡's waiver gives no reason, so her early leave is still owed; 赵一鸣 was late twice and paid
    // for one; 周晓雯 left owing her 旷会.
    expect(section(tab, "十、财务账目：成员未缴罚款").map((r) => r.slice(0, 6))).toEqual([
      ["成员", "小组", "罚款", "已缴", "减免", "尚欠"],
      ["李欣怡", "一组", 5, 0, 0, 5],
      ["赵一鸣", "一组", 10, 5, 0, 5],
      ["周晓雯", "一组", 20, 0, 0, 20],
      ["合计", "", "", "", "", 30],
    ]);
    const events = section(tab, "八、财务账目：活动预算与支出");
    const over = events.filter((r) => r[events[0].indexOf("提示")] === "超支").map((r) => r[0]);
    expect(over).toEqual(["迎新晚会", "考研经验讲座", "社团文化节"]);
  });

  test("the sample's two deliberate mistakes in 收支 and the overspent budgets, each at its cell", () => {
    const open = section(tab, "十一、财务账目：待处理的问题");
    expect(open.map((r) => [r[0], r[1]])).toEqual([
      ["工作表", "单元格"],
      ["收支", "I9"],
      ["收支", "J19"],
      ["活动", "E2"],
      ["活动", "E3"],
      ["活动", "E6"],
    ]);
    expect(open[2][2]).toBe("李欣怡 的罚款减免没有写原因：减免由部长决定，请在“备注”中写明原因；写明之前这笔减免不计入，罚款仍算欠缴");
    expect(run.accountProblems).toBe(5);
  });
});

describe("导出交接's Sheets calls", () => {
  const calls = (times: number) => {
    const a = addon(sampleWith(times), { locale: "zh_CN" });
    a.runtime.resetStats();
    a.fn.exportHandover({ year: "2026" });
    return { reads: a.runtime.stats.reads, writes: a.runtime.stats.writes };
  };

  test("do not grow with 收支 and 赞助记录; reading 收支 is one read more and writes nothing more", () => {
    const small = calls(1);
    expect(calls(200)).toEqual(small);
    const without = calls(0);
    expect(small).toEqual({ reads: without.reads + 1, writes: without.writes });
    // One read per tab (成员, 赞助商, 活动, 赞助记录, 收支, 考勤, 赞助回报, 设置); the accounts are more rows
    // of the same blocks, so the writes are those of any generated tab and its log line.
    expect(small).toEqual({ reads: 8, writes: 16 });
  });
});
