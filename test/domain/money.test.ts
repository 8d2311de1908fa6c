import { render } from "../../src/domain/messages";
import { formatYuan, formatYuanText, parseMoney, roundedToFen } from "../../src/domain/money";

const fen = (v: unknown) => {
  const r = parseMoney(v);
  if (!r.ok) throw new Error(render(r.error, "en"));
  return r.value;
};

describe("parseMoney", () => {
  test.each([
    [1234.56, 123456],
    ["¥1,234.56", 123456],
    ["1,234.56元", 123456],
    ["￥500", 50000],
    [" 800 ", 80000],
    ["-300", -30000],
    ["-¥300", -30000],
    ["¥-300", -30000],
    ["(300)", -30000],
    ["RMB 88.8", 8880],
    ["2,000 元", 200000],
    [0.1 + 0.2, 30],
    [1234.565, 123457],
    [1e-7, 0],
    [0, 0],
  ])("%p → %p fen", (input, expected) => {
    expect(fen(input)).toBe(expected);
  });

  test("blank cells are blank, not zero", () => {
    expect(fen("")).toBeNull();
    expect(fen("   ")).toBeNull();
    expect(fen(null)).toBeNull();
  });

  test.each(["两千", "12abc", "1,2", "¥", "--5", true, new Date(2026, 0, 1), NaN, Infinity])(
    "rejects %p with a message naming the value in zh and en",
    (input) => {
      const r = parseMoney(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(render(r.error, "zh")).toMatch(/无法识别的金额/);
      expect(render(r.error, "en")).toMatch(/is not an amount/);
      if (typeof input === "string") expect(render(r.error, "en")).toContain(`"${input}"`);
    },
  );

  test("formats yuan with thousands and two decimals", () => {
    expect(formatYuan(123456789)).toBe("¥1,234,567.89");
    expect(formatYuan(-30000)).toBe("-¥300.00");
    expect(formatYuan(5)).toBe("¥0.05");
  });
});

describe("formatYuanText: an exact product shown with the same separators as every other amount", () => {
  test.each([
    ["150.0015", "¥150.0015"],
    ["1500.0015", "¥1,500.0015"],
    ["-1234567.5", "-¥1,234,567.5"],
    ["75.075", "¥75.075"],
    ["0.05", "¥0.05"],
    ["123", "¥123"],
  ])("%p → %p", (text, shown) => {
    expect(formatYuanText(text)).toBe(shown);
  });

  test("formatYuan groups every thousand, whatever the size", () => {
    expect(formatYuan(1234560)).toBe("¥12,345.60");
    expect(formatYuan(100000)).toBe("¥1,000.00");
    expect(formatYuan(99999)).toBe("¥999.99");
    expect(formatYuan(-123456789012)).toBe("-¥1,234,567,890.12");
  });
});

describe("roundedToFen: an amount typed below the fen", () => {
  test("a number or text with a third decimal: what it counts as, half up", () => {
    expect(roundedToFen(12.345)).toBe(1235);
    expect(roundedToFen(-12.345)).toBe(-1235);
    expect(roundedToFen("¥1,000.005")).toBe(100001);
    expect(roundedToFen("95.8049元")).toBe(9580);
    expect(roundedToFen(0.001)).toBe(0);
  });

  test("whole fen, a formula's binary noise, zeros past the fen, blanks and what is not an amount: nothing to say", () => {
    for (const v of [12.34, 1000.01, 0.1 + 0.2, 3 * 1.1, "12.3400", "¥1,200", "", null, undefined, "两千", new Date(0), 12]) {
      expect(roundedToFen(v)).toBeNull();
    }
  });
});
