/** 已还款 / Paid back, in-process on the sample department's workbook. */
import { payBackExpense } from "../../src/app/reimburse";
import { sampleTabs } from "../../src/local/sample/workbook";
import { day, logLines, session, sheetWith, snapshot, today, values } from "../support/apps-script";

const ACCOUNTS = "收支";
/** 吴佳琪 advanced ¥95.80 for the culture festival on 11-14 (row 17): still 待报销. */
const KEY = { row: 17, date: "2026-11-14", member: "吴佳琪", amount: 9580, item: "摊位桌布、胶带" };

function department(userLocale?: string) {
  today("2026-11-23");
  return sheetWith(sampleTabs(), {}, userLocale ? { userLocale } : {});
}

/** Every cell of every tab but the Log, to show exactly which ones a pay-back changed. */
function cells(rt: ReturnType<typeof department>) {
  return snapshot(rt).filter((t) => t.name !== "日志");
}

describe("payBackExpense", () => {
  test("a 报销日期 someone typed while the status still says 待报销 is never written over", () => {
    today("2026-11-23");
    const tabs = sampleTabs();
    tabs.find((t) => t.name === ACCOUNTS)!.rows[16][8] = "2026-11-16";
    const rt = sheetWith(tabs);
    const before = cells(rt);
    const r = payBackExpense(KEY);
    expect(r).toMatchObject({ ok: false, stale: true });
    expect(r.ok ? "" : r.error).toBe(
      "收支 第 17 行已填报销日期“2026-11-16”，但报销状态仍是待报销：未做任何修改。若已在那天还款，请在表中把报销状态改为“已报销”；否则清空报销日期后再点已还款",
    );
    expect(cells(rt)).toEqual(before);
  });

  test("writes only that row's 报销状态 and 报销日期 (today), and logs it", () => {
    const rt = department();
    const before = cells(rt);
    expect(payBackExpense(KEY)).toEqual({ ok: true, sheet: ACCOUNTS, row: 17, on: "2026-11-23" });
    const after = cells(rt);
    const changed = (part: "values" | "formulas" | "formats" | "notes") =>
      after.flatMap((t, i) =>
        t[part].flatMap((row, r) => row.flatMap((v, c) => (String(v) === String(before[i][part][r]?.[c]) ? [] : [`${t.name}!${r + 1}:${c + 1}`]))),
      );
    expect(changed("values")).toEqual(["收支!17:8", "收支!17:9"]);
    // A date written into a cell that had no format shows as a date, as Sheets does it.
    expect(changed("formats")).toEqual(["收支!17:9"]);
    expect([...changed("formulas"), ...changed("notes")]).toEqual([]);
    expect(values(rt, ACCOUNTS)[16].map(day)).toEqual([
      "2026-11-14",
      "社团文化节",
      "支出",
      95.8,
      "吴佳琪",
      "摊位桌布、胶带",
      "超市小票",
      "已报销",
      "2026-11-23",
      "",
    ]);
    expect(logLines(rt)).toEqual([["officer@example.edu", "报销还款", ACCOUNTS, "17"]]);
  });

  test("a second officer pressing the same button is told it is done, and nothing changes", () => {
    const rt = department();
    expect(payBackExpense(KEY)).toMatchObject({ ok: true });
    session(rt.book, { user: "treasurer@example.edu" });
    const before = snapshot(rt);
    expect(payBackExpense(KEY)).toEqual({
      ok: false,
      stale: true,
      error: "吴佳琪 2026-11-14 的这笔支出（摊位桌布、胶带，¥95.80）已经报销（2026-11-23），未做任何修改",
    });
    expect(snapshot(rt)).toEqual(before);
  });

  test("a row that moved or changed since the list was shown is refused and said so; nothing is written", () => {
    const rt = department("en");
    const sheet = rt.book.getSheetByName(ACCOUNTS)!;
    sheet.insertRowsBefore(3, 1);
    const before = snapshot(rt);
    expect(payBackExpense(KEY)).toEqual({
      ok: false,
      stale: true,
      error:
        "Row 17 of 收支 no longer holds the expense of 2026-11-14 by 吴佳琪 (摊位桌布、胶带, ¥95.80): it was moved, changed or deleted, so nothing was changed",
    });
    expect(snapshot(rt)).toEqual(before);
    // The row as it now stands, but with its amount edited meanwhile.
    sheet.getRange("D18").setValue(95);
    expect(payBackExpense({ ...KEY, row: 18 })).toMatchObject({ ok: false, stale: true, error: expect.stringMatching(/^Row 18 of 收支 no longer holds/) });
    expect(payBackExpense({ ...KEY, row: 18, amount: 9500 })).toMatchObject({ ok: true, row: 18 });
  });

  test("an expense paid from the department's cash was never owed: nothing to pay back", () => {
    const rt = department();
    const cash = { row: 5, date: "2026-09-26", member: "陈思远", amount: 12000, item: "矿泉水 5 箱" };
    const before = snapshot(rt);
    expect(payBackExpense(cash)).toMatchObject({ ok: false, stale: true, error: expect.stringMatching(/^“收支”第 5 行已不是 陈思远 2026-09-26 的这笔支出/) });
    expect(snapshot(rt)).toEqual(before);
  });

  test("a 收支 tab closed to the user is refused by name", () => {
    const rt = department();
    rt.book.getSheetByName(ACCOUNTS)!.protect().setDomainEdit(false);
    session(rt.book, { user: "member@example.edu" });
    const before = snapshot(rt);
    expect(payBackExpense(KEY)).toEqual({ ok: false, error: expect.stringContaining("“收支”") });
    expect(snapshot(rt)).toEqual(before);
  });

  test("what the page sends is checked first: an amount in yuan instead of fen is refused", () => {
    department();
    expect(payBackExpense({ ...KEY, amount: 95.8 })).toEqual({ ok: false, error: expect.stringMatching(/amount/) });
  });
});
