/** A1 notation as Sheets reads it in getRange and in a workbook's validation rules. */
import { cellA1, columnLetters, columnNumber, parseA1, quoteSheetName } from "../../../src/local/runtime/a1";

describe("column letters", () => {
  test("run A…Z, then AA…ZZ, then AAA, and read back in either case", () => {
    const cases: [number, string][] = [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [702, "ZZ"],
      [703, "AAA"],
      [18278, "ZZZ"],
    ];
    for (const [n, letters] of cases) {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
      expect(columnNumber(letters.toLowerCase())).toBe(n);
    }
    expect(cellA1(3, 28)).toBe("AB3");
  });
});

describe("parseA1", () => {
  test("a cell, a block (absolute or not), whole columns, whole rows and a column from a row down", () => {
    expect(parseA1("B3")).toEqual({ startRow: 3, startCol: 2, endRow: 3, endCol: 2 });
    expect(parseA1("$b$3:$C$4")).toEqual({ startRow: 3, startCol: 2, endRow: 4, endCol: 3 });
    expect(parseA1("A:C")).toEqual({ startRow: undefined, startCol: 1, endRow: undefined, endCol: 3 });
    expect(parseA1("2:5")).toEqual({ startRow: 2, startCol: undefined, endRow: 5, endCol: undefined });
    expect(parseA1("A2:C")).toEqual({ startRow: 2, startCol: 1, endRow: undefined, endCol: 3 });
  });

  test("a tab name, quoted when it must be, with '' for an apostrophe", () => {
    expect(parseA1("设置!B2").sheetName).toBe("设置");
    expect(parseA1("'赞助 记录'!B2")).toMatchObject({ sheetName: "赞助 记录", startRow: 2, startCol: 2 });
    expect(parseA1("'It''s'!A1").sheetName).toBe("It's");
  });

  test.each(["", "A", "1", "1A", "A1:B2:C3", "A0", "A1:0", "A1:2", "2:B", "AAAA1", "A1:"])("%j is 'Range not found'", (text) => {
    expect(() => parseA1(text)).toThrow("Range not found");
  });
});

describe("quoteSheetName", () => {
  test("quotes a name a formula could not read bare: spaces, non-ASCII, a cell-like name, an apostrophe", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("Data_2026.v2")).toBe("Data_2026.v2");
    expect(quoteSheetName("赞助记录")).toBe("'赞助记录'");
    expect(quoteSheetName("Monthly report")).toBe("'Monthly report'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("2026")).toBe("'2026'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  test("what it quotes, parseA1 reads back", () => {
    for (const name of ["赞助 记录", "It's", "AB12", "Sheet1"]) expect(parseA1(`${quoteSheetName(name)}!C7`).sheetName).toBe(name);
  });
});
