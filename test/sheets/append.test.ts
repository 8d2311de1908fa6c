import { columnTexts, prepareAppend, readTab } from "../../src/sheets/append";
import { ensureRow, textCell } from "../../src/sheets/cells";
import { TABS } from "../../src/sheets/schema";
import { d, formulas, sheetWith, tab, values } from "../support/apps-script";

const LEDGER = ["日期", "赞助商", "经办人", "现金", "状态"];

function ledger(rows: (string | number | Date)[][], header = LEDGER) {
  return sheetWith([{ name: "赞助记录", rows: [header, ...rows] }]);
}

const entry = (sponsor: string, cash: number) => ({ date: d("2026-11-20"), sponsor: textCell(sponsor), credit: textCell("王浩然"), cash, status: "已到账" });

describe("prepareAppend: one new row", () => {
  test("lands right below the last filled row, a blank row in the middle included", () => {
    const rt = ledger([
      [d("2026-11-02"), "博文书店", "王浩然", 100, "已到账"],
      ["", "", "", "", ""],
      [d("2026-11-03"), "老王餐馆", "李欣怡", 200, "已到账"],
    ]);
    const row = prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))();
    expect(row).toBe(5);
    expect(values(rt, "赞助记录")[4].slice(1)).toEqual(["新华书店", "王浩然", 300, "已到账"]);
  });

  test("goes into the columns by their names, in the order the department typed them, in either language", () => {
    const rt = ledger([["2000", "Li Na", "博文书店", d("2026-11-02"), "Received"]], ["Cash", "Credited to", "SPONSOR ", "Date", "Status"]);
    prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))();
    const last = values(rt, "赞助记录")[2];
    expect(last.slice(0, 3)).toEqual([300, "王浩然", "新华书店"]);
    expect(last[4]).toBe("已到账");
  });

  test("does not land below the values an ARRAYFORMULA spills down the whole column", () => {
    const rt = ledger([[d("2026-11-02"), "博文书店", "王浩然", 100, "已到账"]], [...LEDGER, "含税"]);
    tab("赞助记录").getRange(2, 6).setFormula("=ARRAYFORMULA(D2:D*1.06)");
    SpreadsheetApp.flush();
    expect(tab("赞助记录").getLastRow()).toBeGreaterThan(100);
    const row = prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))();
    expect(row).toBe(3);
    expect(values(rt, "赞助记录")[2][1]).toBe("新华书店");
  });

  test("writes around the commission column an ARRAYFORMULA fills, so the formula keeps filling the new row", () => {
    const rt = ledger([[d("2026-11-02"), "博文书店", "", "王浩然", 100, "已到账"]], ["日期", "赞助商", "佣金", "经办人", "现金", "状态"]);
    tab("赞助记录").getRange(2, 3).setFormula("=ARRAYFORMULA(E2:E*0.15)");
    SpreadsheetApp.flush();
    expect(prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))()).toBe(3);
    expect(formulas(rt, "赞助记录")[2][2]).toBe("");
    expect(
      values(rt, "赞助记录")
        .slice(1, 3)
        .map((r) => r.slice(1, 5)),
    ).toEqual([
      ["博文书店", 15, "王浩然", 100],
      ["新华书店", 45, "王浩然", 300],
    ]);
  });

  test("does not land below an array literal's rows either", () => {
    ledger([[d("2026-11-02"), "博文书店", "王浩然", 100, "已到账"]], [...LEDGER, "备注"]);
    tab("赞助记录").getRange(2, 6).setFormula('={"a";"b";"c";"d"}');
    SpreadsheetApp.flush();
    expect(prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))()).toBe(3);
  });

  test("a missing required column is refused before anything is written, naming the tab and its header row", () => {
    const rt = ledger([["博文书店", 100]], ["赞助商", "现金"]);
    expect(() => prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))).toThrow(
      "“赞助记录”表缺少必需的列“日期”（或 “Date”，表头行 A1），所以无法读取：请在表头行添加，或运行“初始化表格”",
    );
    expect(values(rt, "赞助记录")).toHaveLength(2);
  });

  test("the refusal names the header row when a title row is above it", () => {
    sheetWith([{ name: "Sponsorships", rows: [["十一月赞助"], ["Date", "Sponsor", "Credited to", "Cash", "Status"]] }]);
    expect(() => prepareAppend(readTab(tab("Sponsorships"), TABS.ledger), { ...entry("新华书店", 300), notes: textCell("x") })).toThrow(
      /^“Sponsorships”表缺少必需的列“备注”（或 “Notes”，表头行 A2）/,
    );
  });

  test("a value whose optional column was deleted is refused, never dropped; a blank one is fine", () => {
    ledger([], ["日期", "赞助商"]);
    const t = readTab(tab("赞助记录"), TABS.ledger);
    expect(() => prepareAppend(t, { date: d("2026-11-20"), sponsor: "x", notes: textCell("logo 已印") })).toThrow(
      /^“赞助记录”表缺少必需的列“备注”（或 “Notes”，表头行 A1）/,
    );
    expect(() => prepareAppend(t, { date: d("2026-11-20"), sponsor: "x", notes: "" })).not.toThrow();
  });

  test("reading the tab and appending cost the same Sheets calls at 10 rows and at 3,000", () => {
    const calls = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => [d("2026-11-02"), `商家${i}`, "王浩然", 100, "已到账"]);
      const rt = ledger(rows);
      ensureRow(tab("赞助记录"), n + 50);
      rt.resetStats();
      prepareAppend(readTab(tab("赞助记录"), TABS.ledger), entry("新华书店", 300))();
      return { ...rt.stats.calls };
    };
    expect(calls(10)).toEqual(calls(3000));
  });
});

describe("columnTexts", () => {
  test("gives a column's trimmed text per data row, and nothing for a column the tab lacks", () => {
    ledger([
      [d("2026-11-02"), " 博文书店 ", "王浩然", 100, "已到账"],
      [d("2026-11-03"), "老王餐馆", "", 200, ""],
    ]);
    const t = readTab(tab("赞助记录"), TABS.ledger);
    expect(columnTexts(t, "sponsor")).toEqual(["博文书店", "老王餐馆"]);
    expect(columnTexts(t, "cash")).toEqual(["100", "200"]);
    expect(columnTexts(t, "notes")).toEqual([]);
  });
});
