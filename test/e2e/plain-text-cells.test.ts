/**
 * Columns a department formats as plain text (Format → Number → Plain text, often done so that
 * 00123 stays 00123). In such a cell Sheets keeps whatever is written as it is, apostrophe
 * included: the add-on must write names there without the apostrophe it uses elsewhere, or
 * `'王浩然` would no longer be the member 王浩然 and his commission would go to nobody.
 */
import { runFromPage } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { type Addon, addon, values } from "./addon";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = (a: Addon, name: string, ...args: unknown[]) => runFromPage(a.runtime, name, ...args) as any;

/** The sample workbook with the named columns (1-based, below the header) formatted as plain text. */
function plainText(tab: string, columns: number[]): Addon {
  const a = addon(sampleTabs(), { locale: "zh_CN" });
  const sheet = a.book.getSheetByName(tab)!;
  for (const c of columns) sheet.getRange(2, c, sheet.getMaxRows() - 1, 1).setNumberFormat("@");
  return a;
}

const quoted = (a: Addon, tab: string) =>
  values(a.book, tab)
    .flat()
    .filter((v) => typeof v === "string" && v.startsWith("'"));

describe("plain-text columns", () => {
  test("a recorded sponsorship and Check data: names stay names, and the member gets the commission", () => {
    // 赞助商, 活动, 经办人 and 备注: the text columns.
    const a = plainText("赞助记录", [2, 3, 4, 11]);
    const saved = run(a, "saveSponsorship", {
      sponsor: "博文书店",
      addSponsor: false,
      category: "",
      owner: "",
      event: "社团文化节",
      members: ["李欣怡"],
      weights: [""],
      cash: "1000",
      items: "横幅 1 条",
      inKind: "",
      status: "received",
      date: "2026-11-23",
      notes: "=不是公式",
    });
    expect(saved).toMatchObject({ ok: true });
    const row = values(a.book, "赞助记录")[saved.row - 1];
    expect(row.slice(1, 4)).toEqual(["博文书店", "社团文化节", "李欣怡"]);
    expect(row[10]).toBe("=不是公式");
    expect(quoted(a, "赞助记录")).toEqual([]);
    const problems = a.fn.checkData() as { sheet: string; cell: string; message: string }[];
    expect(problems.filter((p) => p.sheet === "赞助记录" && /^[A-Z]+(\d+)$/.exec(p.cell)?.[1] === String(saved.row))).toEqual([]);
    const report = a.fn.generateMonthlyReport({ month: "2026-11" }).report;
    expect(report.members.find((m: { name: string }) => m.name === "李欣怡").commission).toBeGreaterThanOrEqual(150);
  });

  test("check-in on a plain-text grid writes the marks and leaves every other member's status as it was", () => {
    const a = plainText("考勤", [1, 2, 13]);
    const before = values(a.book, "考勤");
    const marks = [
      { name: "陈思远", status: "late" },
      { name: "林志鹏", status: "late" },
    ];
    const asked = run(a, "saveCheckIn", { date: "2026-11-18", marks, confirmed: [] });
    // Both already have a status that day: the sidebar asks before replacing, as always.
    const confirmed = asked.ok ? [] : asked.conflicts.map((c: { name: string; current: string }) => ({ name: c.name, current: c.current }));
    expect(run(a, "saveCheckIn", { date: "2026-11-18", marks, confirmed })).toMatchObject({ ok: true });
    const after = values(a.book, "考勤");
    const col = after[0].findIndex((h) => h instanceof Date && h.getTime() === new Date("2026-11-18T00:00:00+08:00").getTime());
    expect(col).toBeGreaterThan(1);
    for (let i = 1; i < after.length; i++) {
      if (after[i][0] === "陈思远" || after[i][0] === "林志鹏") expect(after[i][col]).toBe("迟到");
      else expect(after[i][col]).toEqual(before[i][col]);
    }
    expect(quoted(a, "考勤")).toEqual([]);
  });

  test("marking commissions paid keeps the other rows of a plain-text column exactly", () => {
    const a = plainText("赞助记录", [10, 11]);
    const before = values(a.book, "赞助记录");
    const preview = a.fn.markCommissionsPaid({ month: "2026-10" });
    expect(preview.rows.length).toBeGreaterThan(0);
    a.fn.markCommissionsPaid({ month: "2026-10", confirm: preview.fingerprint });
    const after = values(a.book, "赞助记录");
    const paidCol = before[0].indexOf("佣金发放日期");
    for (let i = 1; i < before.length; i++) {
      if (!preview.rows.includes(i + 1)) expect(after[i][paidCol]).toEqual(before[i][paidCol]);
    }
    expect(quoted(a, "赞助记录")).toEqual([]);
  });
});
