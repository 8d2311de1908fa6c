/**
 * `npm start -- --accounts`: the built bundle on the sample workbook (src/local/sample/workbook.ts) saved
 * as an .xlsx, its cash book reconciled by hand, row by row, from the sample's own tabs.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { cliIn } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "outreach-accounts-"));
const book = join(dir, "sample.xlsx");

const cli = cliIn(dir);

beforeAll(async () => {
  await saveXlsx(workbookFromTabs(sampleTabs()), book);
});

describe("npm start -- --workbook sample.xlsx --accounts --month 2026-11 --json", () => {
  let j: any;
  beforeAll(async () => {
    const r = await cli("--workbook", book, "--accounts", "--month", "2026-11", "--json");
    expect(r.code).toBe(0);
    j = JSON.parse(r.stdout);
  });

  test("as of 2026-11-30, from the term start 2026-09-01 with 期初余额 ¥1,286.50", () => {
    expect(Object.keys(j)).toEqual(["month", "asOf", "start", "openingBalance", "cashBook", "events", "reimbursementsOwed", "fines", "problems"]);
    expect([j.month, j.asOf, j.start, j.openingBalance]).toEqual(["2026-11", "2026-11-30", "2026-09-01", 1286.5]);
    expect(j.cashBook.map((m: { month: string }) => m.month)).toEqual(["2026-09", "2026-10", "2026-11"]);
  });

  test("September, by hand", () => {
    // 赞助记录, 已到账 rows dated in September (cash only; goods-only rows add 0; 川味小厨 09-28 is 已取消):
    //   2000 + 3000 + 1500 + 1500 + 500 + 2500 + 1200 (¥1,200) + 1000.01 + 800 (800元) + 600 + 1800
    //   + 800 (王皓然's row: the cash came in, whoever the typo credits) + 300 + 1000 + 3000 = 21,500.01
    // 收支: fines paid 5 (赵一鸣 09-23) + 5 (何静怡 09-30) = 10; other income 800 (09-15 拨款);
    //   paid from cash 120 (¥120, 09-26, 报销状态 blank);
    //   reimbursed on their 报销日期: 180 (09-12) + 260.50 (09-28) = 440.50;
    //   commissions: none paid in September (the September rows were paid on 2026-10-08).
    // Closing: 1286.50 + 21500.01 + 10 + 800 − 120 − 440.50 − 0 = 23,036.01
    expect(j.cashBook[0]).toEqual({
      month: "2026-09",
      opening: 1286.5,
      sponsorCash: 21500.01,
      finesPaid: 10,
      otherIncome: 800,
      expensesPaid: 120,
      reimbursed: 440.5,
      commissionsPaid: 0,
      closing: 23036.01,
    });
  });

  test("October, by hand", () => {
    // 赞助记录, 已到账 rows dated in October:
    //   2000 + 1500 (￥1,500.00) − 300 (refund) + 2000 + 1200 + 300 + 1000 + 2000 + 400 + 500.5 + 1000 + 1500 + 600 = 13,700.50
    //   Not counted: 东门黄焖鸡米饭 "两千" (unreadable), the 500 row with a blank 日期, 食全食美 800 (已取消),
    //   衣品阁 1000 (意向); goods-only rows add 0.
    // Commissions paid 2026-10-08 = 15% of each September row's cash, rounded half up per row:
    //   2000→300, 3000→450, 1500→225, 1500→225, 500→75, 2500→375, 1200→180, 1000.01→150.0015→150.00,
    //   800→120, 600→90, 1800→270, 800→120 (王皓然's row: paid that day, though credited to no member),
    //   300→45, 1000→150, 3000→450; goods-only rows 0 → 3,225.00
    // 收支: fine paid 20 (马骁 10-21); paid from cash 138 (10-10 讲座资料);
    //   reimbursed: 36 (10-15, 已报销 with no 报销日期: counted on the day of the expense) + 246 (10-30) = 282.
    // Closing: 23036.01 + 13700.50 + 20 + 0 − 138 − 282 − 3225 = 33,111.51
    expect(j.cashBook[1]).toEqual({
      month: "2026-10",
      opening: 23036.01,
      sponsorCash: 13700.5,
      finesPaid: 20,
      otherIncome: 0,
      expensesPaid: 138,
      reimbursed: 282,
      commissionsPaid: 3225,
      closing: 33111.51,
    });
  });

  test("November, by hand", () => {
    // 赞助记录, 已到账 rows dated in November (the 意向 pledges add nothing):
    //   2500 + 1500 + 800 + 1000 (¥1,000) + 1000 + 500 + 1200 + 800 + 300 + 800 + 1000 + 200 = 11,600.00
    // Commissions paid 2026-11-06 = 15% of each October row paid that day, rounded half up per row:
    //   2000→300, 1500→225, −300→−45 (clawback), 2000→300, 1200→180, 300→45, 1000→150, 2000→300, 400→60,
    //   500.5→75.075→75.08, 1000→150, 600→90 → 1,830.08
    //   (10-29's 1500 has no 佣金发放日期: not paid yet.)
    // 收支: fine paid 10 (孙嘉豪 11-18); other income 150 (11-08 义卖);
    //   paid from cash 150 (11-07) + 60 (11-09) = 210; the 320 and 95.80 advanced are still 待报销: no cash moved.
    // Closing: 33111.51 + 11600 + 10 + 150 − 210 − 0 − 1830.08 = 42,831.43
    expect(j.cashBook[2]).toEqual({
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
  });

  test("reimbursements owed: 黄诗涵 ¥320.00 and 吴佳琪 ¥95.80, oldest first", () => {
    expect(j.reimbursementsOwed.map((r: any) => [r.member, r.date, r.item, r.amount, r.receipt])).toEqual([
      ["黄诗涵", "2026-11-02", "展板租赁 4 块", 320, "收据照片"],
      ["吴佳琪", "2026-11-14", "摊位桌布、胶带", 95.8, "超市小票"],
    ]);
  });

  test("fines: who owes first; 黄诗涵 owes nothing after the head's waiver", () => {
    const byName = new Map(j.fines.map((f: any) => [f.name, [f.penalties, f.paid, f.waived, f.balance]]));
    // 周晓雯: 旷会 on 10-14 = ¥20, never paid (she left on 10-20). 赵一鸣: late 09-16 and 10-28 = ¥10, paid ¥5.
    // 李欣怡: left early 11-11 = ¥5; the waiver typed on 11-18 gives no reason, so it does not count.
    expect(j.fines.slice(0, 3).map((f: any) => [f.name, f.balance])).toEqual([
      ["周晓雯", 20],
      ["李欣怡", 5],
      ["赵一鸣", 5],
    ]);
    expect(byName.get("李欣怡")).toEqual([5, 0, 0, 5]);
    expect(j.fines[0].active).toBe(false);
    expect(byName.get("周晓雯")).toEqual([20, 0, 0, 20]);
    // 未批假 on 11-04 counts as absent (¥20), waived in full on 11-11.
    expect(byName.get("黄诗涵")).toEqual([20, 0, 20, 0]);
    // 迟到+早退 on 11-11 = ¥10, paid 11-18; 马骁's absence ¥20 paid on the spot.
    expect(byName.get("孙嘉豪")).toEqual([10, 10, 0, 0]);
    expect(byName.get("马骁")).toEqual([20, 20, 0, 0]);
    expect(j.fines.slice(3).every((f: any) => f.balance <= 0)).toBe(true);
  });

  test("events: 迎新晚会 spent ¥180 + ¥260.50 + ¥120 = ¥560.50 of its ¥500 budget", () => {
    const party = j.events.find((e: any) => e.name === "迎新晚会");
    expect(party).toMatchObject({ budget: 500, spent: 560.5, budgetLeft: -60.5, overBudget: true });
    expect(j.events.at(-1)).toMatchObject({ name: "", otherIncome: 800, spent: 0 });
  });

  test("the problems of the tabs read, then the findings, each at its cell", () => {
    const at = j.problems.map((p: any) => `${p.sheet}!${p.cell}`);
    expect(at).toEqual(expect.arrayContaining(["赞助记录!E25", "赞助记录!A34", "收支!I9", "收支!J19", "活动!E2"]));
    expect(j.problems.find((p: any) => p.cell === "I9").message).toBe("已报销但没有报销日期：收支账按支出当天 2026-10-15 计算，请填写实际还钱的日期");
    expect(j.problems.find((p: any) => p.cell === "E2").message).toBe("“迎新晚会”已支出 ¥560.50，超出预算 ¥500.00（超 ¥60.50）");
  });
});

describe("npm start -- --accounts in the terminal", () => {
  test("the sample without --workbook: as of its own today 2026-11-23; each month's line adds up", async () => {
    const r = await cli("--accounts");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("财务账目 2026-11（截至 2026-11-23）");
    expect(r.stdout).toMatch(/2026-09\s+¥1,286\.50\s+¥21,500\.01\s+¥10\.00\s+¥800\.00\s+¥120\.00\s+¥440\.50\s+¥0\.00\s+¥23,036\.01/);
    expect(r.stdout).toMatch(/2026-10\s+¥23,036\.01\s+¥13,700\.50\s+¥20\.00\s+¥0\.00\s+¥138\.00\s+¥282\.00\s+¥3,225\.00\s+¥33,111\.51/);
    expect(r.stdout).toMatch(/黄诗涵\s+2026-11-02\s+展板租赁 4 块\s+¥320\.00\s+收据照片/);
    expect(r.stdout).toMatch(/周晓雯（已离部）\s+一组\s+¥20\.00\s+¥0\.00\s+¥0\.00\s+¥20\.00/);
    expect(r.stdout).toContain("  收支!I9: 已报销但没有报销日期");
  });

  test("--lang en, and a month before the term: no cash book, said so", async () => {
    const r = await cli("--workbook", book, "--accounts", "--month", "2026-08", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Accounts 2026-08 (as of 2026-08-31)");
    expect(r.stdout).toContain("The cash book has no months");
  });

  test("wrong options: exit 2, one line naming the option, what is allowed and what was given", async () => {
    const both = await cli("--accounts", "--import-signin", "签到.csv", "--meeting", "2026-11-04");
    expect(both.code).toBe(2);
    expect(both.stderr.split("\n")[0]).toBe(
      "error: use only one of --setup, --check, --statement, --handover, --self-check, --import-signin, --accounts, --recap, --reminders, not --import-signin with --accounts",
    );
    const month = await cli("--accounts", "--month", "2026/11");
    expect(month.code).toBe(2);
    expect(month.stderr.split("\n")[0]).toBe('error: --month must look like 2026-11, not "2026/11"');
  });
});
