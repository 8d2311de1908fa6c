/**
 * Custom functions given ranges that do not fit together, and attendance cells that contradict
 * themselves: through the built bundle, called as Sheets calls them.
 */
import { addon } from "./e2e/addon";

const fn = addon().fn;
const column = (n: number, v: unknown) => Array.from({ length: n }, () => [v]);
const errorOf = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("COMMISSION with ranges of different sizes", () => {
  test("=COMMISSION(E2:E10, 0.15, G2:G20) names both sizes, in zh and en, like Sheets' own mismatch error", () => {
    expect(errorOf(() => fn.COMMISSION(column(9, 1000), 0.15, column(19, 100)))).toBe(
      "COMMISSION 的区域大小不一致：金额（amount）为 9 行 × 1 列，而物资估值（in_kind_value）为 19 行 × 1 列，两者必须相同 | " +
        "COMMISSION has mismatched range sizes: amount has 9 rows × 1 column but in_kind_value has 19 rows × 1 column; they must be the same size",
    );
  });

  test("a shorter in-kind range is refused instead of counting the missing goods as nothing", () => {
    expect(errorOf(() => fn.COMMISSION(column(3, 1000), 0.15, column(2, 100)))).toMatch(/amount has 3 rows × 1 column but in_kind_value has 2 rows × 1 column/);
    expect(errorOf(() => fn.COMMISSION([[1000, 2000]], 0.15, column(2, 100)))).toMatch(/amount has 1 row × 2 columns but in_kind_value has 2 rows × 1 column/);
  });

  test("one amount with a range of in-kind values", () => {
    expect(errorOf(() => fn.COMMISSION(1000, 0.15, column(4, 100)))).toMatch(/amount has 1 row × 1 column but in_kind_value has 4 rows × 1 column/);
  });

  test("ranges of the same size, and a single in-kind value for a whole column, still compute", () => {
    expect(fn.COMMISSION(column(3, 1000), 0.15, column(3, 100))).toEqual(column(3, 165));
    expect(fn.COMMISSION(column(3, 1000), 0.15, 100)).toEqual(column(3, 165));
    expect(fn.COMMISSION(column(2, 1000), 0.15, [[100]])).toEqual(column(2, 165));
  });

  test("a range where one rate or fee belongs is said plainly", () => {
    expect(errorOf(() => fn.COMMISSION(column(3, 1000), column(3, 0.1)))).toBe(
      "COMMISSION 的比例（rate）应为一个单元格或一个数，而不是 3 行 × 1 列的区域 | COMMISSION's rate must be one cell or a number, not a range of 3 rows × 1 column",
    );
    expect(errorOf(() => fn.MEETING_PENALTY([["迟到"]], [[5, 10]]))).toMatch(
      /MEETING_PENALTY's late_fee must be one cell or a number, not a range of 1 row × 2 columns/,
    );
    expect(errorOf(() => fn.MEETING_WARNING([["迟到"]], 2, column(2, 1)))).toMatch(/MEETING_WARNING 的缺席次数（absent_limit）应为一个单元格/);
  });
});

describe("contradictory attendance codes in MEETING_PENALTY and MEETING_WARNING", () => {
  const grid = [
    ["迟到", "出席", "缺席"],
    ["出席+缺席", "迟到", ""],
    ["迟到+早退", "迟到", "请假"],
    ["请假+迟到", "", ""],
  ];

  test("the contradictory member's row shows its message; the others still compute", () => {
    const out = fn.MEETING_PENALTY(grid) as unknown[][];
    expect(out[0][0]).toBe(25);
    expect(out[2][0]).toBe(15);
    expect(out[1][0]).toBe(
      "⚠ 考勤状态“出席+缺席”自相矛盾：“出席”和“缺席”不能同时成立，请只保留一种（能组合的只有 迟到+早退） | " +
        '"出席+缺席" contradicts itself: "出席" and "缺席" cannot both be true. Keep one (only late and left early combine, as 迟到+早退)',
    );
    expect(String(out[3][0])).toMatch(/^⚠ 考勤状态“请假\+迟到”自相矛盾/);
    const warn = fn.MEETING_WARNING(grid) as unknown[][];
    expect(String(warn[0][0])).toMatch(/缺席 1 次/);
    expect(String(warn[1][0])).toMatch(/^⚠ .*“出席”和“缺席”/);
    expect(String(warn[2][0])).toMatch(/迟到\/早退 3 次/);
  });

  test("one member's row with 缺席+早退 is an error for that cell", () => {
    expect(errorOf(() => fn.MEETING_PENALTY([["迟到", "缺席+早退"]]))).toMatch(/^考勤状态“缺席\+早退”自相矛盾.*\| "缺席\+早退" contradicts itself/);
    expect(fn.MEETING_PENALTY([["迟到", "迟到+早退"]])).toBe(15);
  });
});
