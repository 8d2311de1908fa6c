/**
 * The formulas the add-on writes, evaluated on the local runtime as Sheets evaluates them: through
 * the built bundle, its custom functions run restricted.
 */

import { type CellValue, callCustomFunction, runFromPage } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { type Addon, addon, values } from "./addon";

/* eslint-disable @typescript-eslint/no-explicit-any */
const flush = (a: Addon) => (a.runtime.globals.SpreadsheetApp as any).flush();
const errorsIn = (rows: CellValue[][]) => rows.flat().filter((v) => typeof v === "string" && /^#(ERROR!|N\/A|VALUE!|REF!|NAME\?|DIV\/0!)$/.test(v));

function tabRows(tabs: ReturnType<typeof sampleTabs>, name: string): CellValue[][] {
  return tabs.find((t) => t.name === name)!.rows;
}

describe("custom functions in cells, through the bundle", () => {
  test("=COMMISSION(1000) gives 150 after flush", () => {
    const a = addon([{ name: "Sheet1", rows: [[""]] }]);
    const sheet = a.book.getSheetByName("Sheet1")!;
    sheet.getRange("A1").setFormula("=COMMISSION(1000)");
    flush(a);
    expect(sheet.getRange("A1").getValue()).toBe(150);
  });

  test("callCustomFunction runs the bundle's functions with Sheets' restrictions and gives their answers", () => {
    const a = addon();
    expect(callCustomFunction(a.runtime, "COMMISSION", [[1000], [""], ["800元"]])).toEqual([[150], [""], [120]]);
    expect(callCustomFunction(a.runtime, "MEETING_PENALTY", [["迟到", "缺席", "请假"]])).toBe(25);
    expect(callCustomFunction(a.runtime, "MEETING_WARNING", [["迟到", "早退"]])).toBe("迟到/早退 2 次，需部长审议");
    expect(() => callCustomFunction(a.runtime, "COMMISSION", "abc")).toThrow(/无法识别的金额“abc”/);
  });
});

describe("the formulas set-up writes", () => {
  test("the attendance grid's penalties are the report's, summed over the term's months", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.setupSheets();
    flush(a);
    const grid = values(a.book, "考勤");
    const header = grid[0];
    const penaltyCol = header.indexOf("罚款合计");
    const warningCol = header.indexOf("警告");
    expect(penaltyCol).toBeGreaterThan(0);
    const total = new Map<string, number>();
    for (const month of ["2026-09", "2026-10", "2026-11"]) {
      for (const m of a.fn.generateMonthlyReport({ month }).report.members) total.set(m.name, (total.get(m.name) ?? 0) + m.penalty);
    }
    let compared = 0;
    for (const row of grid.slice(1)) {
      if (row[0] === "" || typeof row[penaltyCol] !== "number") continue;
      expect([row[0], row[penaltyCol]]).toEqual([row[0], total.get(String(row[0])) ?? 0]);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(12);
    expect(grid.find((r) => r[0] === "马骁")![warningCol]).toBe("缺席 1 次，需部长审议");
    expect(grid.find((r) => r[0] === "许梦瑶")![penaltyCol]).toMatch(/^⚠ 无法识别的考勤状态“病假\?”/);
    expect(errorsIn(grid)).toEqual([]);
    // The penalty and warning columns stop at the last member: the rows below stay empty, so the
    // tab's last row (and where a department's own appendRow lands) is the last member's.
    const members = grid.filter((r, i) => i > 0 && r[0] !== "").length;
    expect(a.book.getSheetByName("考勤")!.getLastRow()).toBe(members + 1);
  });

  test("the ledger's commission column fills from one ARRAYFORMULA; cells below it have no formula", () => {
    const a = addon(sampleTabs(), { locale: "zh_CN" });
    a.fn.setupSheets();
    flush(a);
    const ledger = a.book.getSheetByName("赞助记录")!;
    const rows = ledger.getDataRange().getValues();
    const col = rows[0].indexOf("佣金");
    const cash = rows[0].indexOf("现金");
    const status = rows[0].indexOf("状态");
    const received = rows.slice(1).filter((r) => typeof r[cash] === "number" && (r[status] === "已到账" || r[status] === ""));
    expect(received.length).toBeGreaterThan(10);
    for (const r of received) expect(r[col]).toBe(Math.round((r[cash] as number) * 15) / 100);
    expect(ledger.getRange(3, col + 1).getFormula()).toBe("");
    expect(errorsIn(rows)).toEqual([]);
  });

  test.each(["en_US", "zh_CN", "de_DE"])("%s: every formula set-up and check-in write parses and evaluates", (locale) => {
    const a = addon(undefined, { locale });
    a.fn.setupSheets();
    const book = a.book;
    const [ledger, grid] = locale.startsWith("zh") ? ["赞助记录", "考勤", "设置"] : ["Sponsorships", "Attendance", "Settings"];
    const members = book.getSheetByName(locale.startsWith("zh") ? "成员" : "Members")!;
    members.getRange("A2:D3").setValues([
      ["张伟", "一组", locale.startsWith("zh") ? "干事" : "member", locale.startsWith("zh") ? "在职" : "active"],
      ["李娜", "一组", locale.startsWith("zh") ? "干事" : "member", locale.startsWith("zh") ? "在职" : "active"],
    ]);
    book
      .getSheetByName(ledger)!
      .getRange("A2:E2")
      .setValues([["2026-11-02", "博文书店", "迎新晚会", "张伟", 1000]]);
    const data: any = runFromPage(a.runtime, "sidebarCheckInData", { date: "2026-11-25" });
    expect(data.ok).toBe(true);
    const saved: any = runFromPage(a.runtime, "saveCheckIn", {
      date: "2026-11-25",
      marks: [
        { name: "张伟", status: "late" },
        { name: "李娜", status: "absent" },
      ],
      confirmed: [],
    });
    expect(saved.ok).toBe(true);
    flush(a);
    const written = book.getSheets().flatMap((s) => {
      const r = s.getDataRange();
      const f = r.getFormulas();
      const v = r.getValues();
      return f.flatMap((row, i) => row.map((formula, j) => ({ tab: s.getName(), formula, value: v[i][j] }))).filter((c) => c.formula !== "");
    });
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.filter((c) => typeof c.value === "string" && c.value.startsWith("#"))).toEqual([]);
    expect(written.find((c) => c.tab === ledger)!.value).toBe(150);
    const penalties = written.filter((c) => c.tab === grid && /MEETING_PENALTY/.test(c.formula));
    expect(penalties).toHaveLength(1);
    const gridValues = values(book, grid);
    const penaltyCol = gridValues[1].indexOf(penalties[0].value);
    expect(gridValues.slice(1, 3).map((r) => r[penaltyCol])).toEqual([5, 20]);
  });
});

describe("appending after array formulas", () => {
  function ledgerWithOwnFormula(own: string | null) {
    const tabs = sampleTabs();
    const ledger = tabRows(tabs, "赞助记录");
    if (own) {
      ledger[0].push("含税");
      ledger.forEach((r, i) => i > 0 && r.push(""));
    }
    const a = addon(tabs, { locale: "zh_CN" });
    a.fn.setupSheets();
    const sheet = a.book.getSheetByName("赞助记录")!;
    if (own) sheet.getRange(2, ledger[0].length).setFormula(own);
    flush(a);
    return { a, sheet, lastTyped: ledger.length };
  }

  test.each([
    ["only the set-up commission formula", null],
    ["and a department's own array formula that fills every row", "=ARRAYFORMULA(E2:E*1.06)"],
    ["and a department's own array literal", '={"a";"b";"c"}'],
    ["and a department's own custom-function call over the whole column", "=COMMISSION(E2:E)"],
  ])("%s: the report reads the ledger and a recorded sponsorship lands right after the last typed row", (_label, own) => {
    const { a, sheet, lastTyped } = ledgerWithOwnFormula(own);
    expect(sheet.getLastRow()).toBe(1000);
    const before = a.fn.generateMonthlyReport({ month: "2026-10" }).report.totals;
    const saved = runFromPage(a.runtime, "saveSponsorship", {
      sponsor: "博文书店",
      addSponsor: false,
      category: "",
      owner: "",
      event: "社团文化节",
      members: ["王浩然"],
      weights: [""],
      cash: "¥1,000",
      items: "",
      inKind: "",
      status: "received",
      date: "2026-11-23",
      notes: "",
    });
    expect(saved).toMatchObject({ ok: true, row: lastTyped + 1 });
    flush(a);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const row = sheet.getRange(lastTyped + 1, 1, 1, header.length).getValues()[0];
    expect(row[header.indexOf("现金")]).toBe(1000);
    expect(row[header.indexOf("佣金")]).toBe(150);
    if (own) expect(sheet.getRange(2, header.length).getValue()).not.toBe("#REF!");
    expect(sheet.getMaxRows()).toBe(1000);
    expect(a.fn.generateMonthlyReport({ month: "2026-10" }).report.totals).toEqual(before);
  });
});
