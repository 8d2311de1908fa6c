/** 记账 / Record expense or fine: the sidebar and its server handlers, through the built bundle on the local runtime. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, formulas, logLines, on, run, values } from "./helpers";

const ACCOUNTS = "收支";
const page = readFileSync(join(__dirname, "..", "..", "dist", "accounts.html"), "utf8");
const notesOn = (a: ReturnType<typeof addon>, row: number) =>
  a.fn.checkData({ mark: false }).filter((p: { sheet: string; cell: string }) => p.sheet === ACCOUNTS && new RegExp(`^[A-Z]+${row}$`).test(p.cell));

const form = (over: Record<string, unknown> = {}) => ({
  type: "expense",
  date: "2026-11-20",
  amount: "95.8",
  event: "秋季运动会",
  member: "吴佳琪",
  item: "奖牌",
  receipt: '=HYPERLINK("https://pan.example.edu/r/1120","小票")',
  paidBy: "member",
  notes: "",
  ...over,
});

describe("the 记账 sidebar", () => {
  test("opens from the menu, titled in the reader's language, as one self-contained page", () => {
    for (const [userLocale, title] of [
      ["zh-CN", "记账"],
      ["en", "Record expense / fine"],
    ]) {
      const a = addon(sampleTabs(), "zh_CN", { htmlFiles: { accounts: page }, userLocale });
      a.fn.showAccounts();
      expect(a.runtime.ui.shown("sidebar")).toEqual([expect.objectContaining({ title, html: page })]);
    }
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|<!-- (STYLE|SCRIPT) -->/);
    // Its three server calls are functions a page may call, named as the bundle names them.
    for (const fn of ["sidebarAccountsData", "saveAccount", "payBackExpense"]) expect(page).toContain(`.${fn}(`);
    // The page carries the rules, not zod: only the server distrusts what a page sends.
    expect(page).not.toMatch(/ZodError|zod/i);
  });

  test("loads what the form offers: events, active members, fines and reimbursements owed", () => {
    const r = run(addon(), "sidebarAccountsData");
    expect(r.ok).toBe(true);
    // The 14 active members and 周晓雯, who left owing a fine.
    expect(r.lists.members).toHaveLength(15);
    expect(r.lists.waiverRefused).toEqual({ key: "waiverWhoAreYou" });
    expect(r.owed.map((o: { member: string; amount: number }) => [o.member, o.amount])).toEqual([
      ["黄诗涵", 32000],
      ["吴佳琪", 9580],
    ]);
  });
});

describe("saveAccount and payBackExpense through the bundle", () => {
  test("a row Check data finds nothing wrong with; paid back, it leaves the list and still reads clean", () => {
    const a = addon();
    const r = run(a, "saveAccount", form());
    expect(r).toMatchObject({ ok: true, sheet: ACCOUNTS, row: 20, summary: "吴佳琪 垫付 ¥95.80 (秋季运动会 · 奖牌) — 待报销" });
    expect(values(a, ACCOUNTS)[19].slice(1, 9)).toEqual(["秋季运动会", "支出", 95.8, "吴佳琪", "奖牌", form().receipt, "待报销", ""]);
    expect(formulas(a, ACCOUNTS)[19][6]).toBe("");
    expect(notesOn(a, 20)).toEqual([]);
    expect(run(a, "sidebarAccountsData").owed.map((o: { row: number }) => o.row)).toEqual([12, 17, 20]);

    expect(run(a, "payBackExpense", { ...r.owed })).toMatchObject({ ok: true, row: 20 });
    expect(values(a, ACCOUNTS)[19][7]).toBe("已报销");
    expect(notesOn(a, 20)).toEqual([]);
    expect(run(a, "sidebarAccountsData").owed.map((o: { row: number }) => o.row)).toEqual([12, 17]);
    expect(logLines(a).map((l) => l.slice(1))).toEqual([
      ["记账", ACCOUNTS, "20"],
      ["报销还款", ACCOUNTS, "20"],
    ]);
  });

  test("two officers paying the same expense back: the first writes it, the second is told, nothing else changes", () => {
    const a = addon();
    const b = on(a.book, { user: "treasurer@example.edu", userLocale: "en" });
    const owed = run(a, "sidebarAccountsData").owed[0];
    expect(run(b, "sidebarAccountsData").owed[0]).toEqual(owed);
    expect(run(a, "payBackExpense", owed)).toMatchObject({ ok: true, row: 12 });
    const after = values(a, ACCOUNTS);
    expect(run(b, "payBackExpense", owed)).toEqual({
      ok: false,
      stale: true,
      error: expect.stringMatching(/^The expense of 2026-11-02 by 黄诗涵 \(展板租赁 4 块, ¥320.00\) was already reimbursed \(\d{4}-\d{2}-\d{2}\)/),
    });
    expect(values(a, ACCOUNTS)).toEqual(after);
    expect(logLines(a)).toHaveLength(1);
  });

  test("a malformed call from a page is refused with a readable message, not a crash", () => {
    const a = addon();
    expect(run(a, "saveAccount", { type: "expense" })).toEqual({ ok: false, error: expect.stringMatching(/^请求无效：/) });
    expect(run(a, "payBackExpense", { row: "12" })).toEqual({ ok: false, error: expect.stringMatching(/^请求无效：/) });
    expect(values(a, ACCOUNTS)).toHaveLength(19);
  });
});
