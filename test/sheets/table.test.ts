import { render } from "../../src/domain/messages";
import { TABS } from "../../src/sheets/schema";
import { a1, columnLetter, isBlankRow, locateHeader, makeTable, matchColumn } from "../../src/sheets/table";

const cashCol = TABS.ledger.columns.find((c) => c.key === "cash")!;

describe("A1 notation", () => {
  test("column letters past Z, and cells from 0-based indices", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(a1(9, 4)).toBe("E10");
  });
});

describe("matching headers", () => {
  test("either language, any case, extra spaces and a unit; a bilingual header naming the same column", () => {
    for (const h of ["现金", "  CASH ", "现金（元）", "现金 Cash", "Cash/现金", "金额"]) expect(matchColumn(h, cashCol)).toBe(true);
  });

  test("a bilingual header naming two different columns is neither", () => {
    expect(matchColumn("现金 Status", cashCol)).toBe(false);
    expect(matchColumn("", cashCol)).toBe(false);
  });

  test("the header row is found under a title row, as the row naming the most columns", () => {
    const values = [
      ["2026 秋季赞助记录", "", ""],
      ["Sponsor", "日期", "金额"],
      ["博文书店", "2026-11-02", 100],
    ];
    expect(locateHeader(values, TABS.ledger)).toMatchObject({ headerIndex: 1, columns: { sponsor: 0, date: 1, cash: 2 } });
  });

  test("'Commission paid on' is never taken for 'Commission'", () => {
    const { columns } = locateHeader([["日期", "赞助商", "Commission paid on", "佣金"]], TABS.ledger);
    expect(columns).toMatchObject({ paidOn: 2, commission: 3 });
  });
});

describe("makeTable", () => {
  test("a missing required column is one problem at the header row", () => {
    const { problems } = makeTable(TABS.ledger, "赞助记录", [["标题"], ["日期", "现金"]]);
    expect(problems.map((p) => [p.cell, render(p.message, "en")])).toEqual([
      ["A2", 'The required column "Sponsor" (or "赞助商") is missing: add it to the header row or run "Set up sheets"'],
    ]);
  });

  test("two columns naming one field: the first is read and the second is named, never silently chosen", () => {
    const { table, warnings } = makeTable(TABS.ledger, "赞助记录", [["日期", "赞助商", "现金", "Cash"]]);
    expect(table.columns.cash).toBe(2);
    expect(warnings.map((w) => [w.cell, render(w.message, "zh")])).toEqual([
      ["D1", "C1 和 D1 都是“现金”列：只读取 C1；D1 中与之不同的内容不计入（已逐格标出）。请合并为一列"],
    ]);
  });
});

describe("isBlankRow", () => {
  test("spaces only is blank; a zero is not", () => {
    expect(isBlankRow(["", "  ", "\u3000".trim()])).toBe(true);
    expect(isBlankRow(["", 0])).toBe(false);
  });
});
