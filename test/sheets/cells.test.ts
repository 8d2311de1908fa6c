import { ensureRow, keepCell, lastFilledIndex, setValuesAsText, textCell, unquotedIn, writeRows } from "../../src/sheets/cells";
import { formulas, sheetWith, tab, values } from "../support/apps-script";

const TYPED = ["00123", "=1+1", "15%", "3/4", "1,234", "+86 138", "@王浩然", "-300"];

describe("textCell: what a member typed is stored as that text", () => {
  test("numbers, formulas, percentages and dates typed as text come back exactly, with no formula", () => {
    const rt = sheetWith([{ name: "备注", rows: [["x"]] }]);
    tab("备注")
      .getRange(1, 1, 1, TYPED.length)
      .setValues([TYPED.map(textCell)]);
    expect(values(rt, "备注")[0]).toEqual(TYPED);
    expect(formulas(rt, "备注")[0]).toEqual(TYPED.map(() => ""));
  });

  test("without it Sheets would have read them as a number and a formula (the rule matters)", () => {
    const rt = sheetWith([{ name: "备注", rows: [["x"]] }]);
    tab("备注")
      .getRange(1, 1, 1, 2)
      .setValues([["00123", "=1+1"]]);
    expect(values(rt, "备注")[0]).toEqual([123, 2]);
  });

  test("an empty text stays an empty cell", () => {
    expect(textCell("")).toBe("");
  });

  test("text at Sheets' 50,000-character limit still fits a cell: kept whole unless it starts like a formula, then cut by one", () => {
    const rt = sheetWith([{ name: "备注", rows: [["x"]] }]);
    const long = "(".repeat(50_000);
    const formulaLike = `=${"(".repeat(49_999)}`;
    const title = `${"外".repeat(50_000)} 2026-11 月报`;
    tab("备注")
      .getRange(1, 1, 1, 3)
      .setValues([[textCell(long), textCell(formulaLike), textCell(title)]]);
    const [kept, cut, titled] = values(rt, "备注")[0] as string[];
    expect(kept).toBe(long);
    expect(cut).toBe(formulaLike.slice(0, 49_999));
    expect(titled).toHaveLength(50_000);
    expect(formulas(rt, "备注")[0]).toEqual(["", "", ""]);
  });

  test("without that, Sheets refuses the whole write", () => {
    sheetWith([{ name: "备注", rows: [["x"]] }]);
    expect(() =>
      tab("备注")
        .getRange(1, 1)
        .setValue(`'${"(".repeat(50_000)}`),
    ).toThrow("Your input contains more than the maximum of 50000 characters in a single cell.");
  });
});

describe("keepCell: a cell read and written back is unchanged", () => {
  test("a formula stays a formula, a typed text stays text, a number stays a number", () => {
    const rt = sheetWith([{ name: "表", rows: [["=1+1", "00123", 5]] }]);
    tab("表").getRange("B1").setValue(textCell("00123"));
    const range = tab("表").getRange(1, 1, 1, 3);
    const read = range.getValues()[0];
    const f = range.getFormulas()[0];
    range.setValues([read.map((v, i) => keepCell(v, f[i]))]);
    expect(formulas(rt, "表")[0][0]).toBe("=1+1");
    expect(values(rt, "表")[0]).toEqual([2, "00123", 5]);
  });
});

describe("setValuesAsText: a column the department formatted as plain text", () => {
  test("gets the name without the apostrophe, so 王浩然 is still the member 王浩然", () => {
    const rt = sheetWith([
      {
        name: "成员",
        rows: [
          ["姓名", "小组"],
          ["", ""],
        ],
      },
    ]);
    tab("成员").getRange("A2").setNumberFormat("@");
    setValuesAsText(tab("成员").getRange(2, 1, 1, 2), [[textCell("王浩然"), textCell("00123")]]);
    expect(values(rt, "成员")[1]).toEqual(["王浩然", "00123"]);
  });

  test("unquotedIn drops the apostrophe only in a plain-text cell and only from text", () => {
    expect(unquotedIn("@", "'=1")).toBe("=1");
    expect(unquotedIn("0.###############", "'=1")).toBe("'=1");
    expect(unquotedIn("@", 12)).toBe(12);
  });
});

describe("lastFilledIndex", () => {
  const rows = [
    ["日期", "佣金"],
    ["2026-11-02", 150],
    ["", 0],
    ["", 0],
  ];

  test("is the last row anyone typed in, the computed column not counting", () => {
    expect(lastFilledIndex(rows, 1, new Set([1]))).toBe(1);
  });

  test("counts the computed values when that column is not skipped", () => {
    expect(lastFilledIndex(rows, 1, new Set())).toBe(3);
  });

  test("is just above the data when no row holds anything", () => {
    expect(lastFilledIndex([["日期"], [""]], 1, new Set())).toBe(0);
  });
});

describe("writeRows", () => {
  test("never writes the column between two runs of columns, however many rows", () => {
    const rt = sheetWith([
      {
        name: "表",
        rows: [
          ["A", "B", "C"],
          ["", "keep", ""],
          ["", "keep", ""],
        ],
      },
    ]);
    const row = (a: string, c: string) =>
      new Map([
        [1, a],
        [3, c],
      ]);
    rt.resetStats();
    writeRows(tab("表"), 2, [row("a1", "c1"), row("a2", "c2")]);
    expect(values(rt, "表").slice(1)).toEqual([
      ["a1", "keep", "c1"],
      ["a2", "keep", "c2"],
    ]);
    expect(rt.stats.calls.setValues).toBe(2);
  });

  test("costs the same calls for 2 rows as for 500", () => {
    const calls = (n: number) => {
      const rt = sheetWith([{ name: "表", rows: [["A", "B"]] }]);
      ensureRow(tab("表"), n + 1);
      rt.resetStats();
      writeRows(
        tab("表"),
        2,
        Array.from(
          { length: n },
          (_, i) =>
            new Map<number, string | number>([
              [1, textCell(`名${i}`)],
              [2, i],
            ]),
        ),
      );
      return rt.stats.total;
    };
    expect(calls(2)).toBe(calls(500));
  });
});

describe("ensureRow", () => {
  test("adds rows only when the tab is too short", () => {
    const rt = sheetWith([{ name: "表", rows: [["A"]] }]);
    const max = tab("表").getMaxRows();
    ensureRow(tab("表"), max);
    expect(rt.book.getSheetByName("表")!.getMaxRows()).toBe(max);
    ensureRow(tab("表"), max + 3);
    expect(rt.book.getSheetByName("表")!.getMaxRows()).toBe(max + 3);
  });
});
