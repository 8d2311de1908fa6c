import { commissionFen, formatRate, parseRate, splitFen } from "../../src/domain/commission";
import { render } from "../../src/domain/messages";

const rate = (v: unknown) => {
  const r = parseRate(v);
  if (!r.ok) throw new Error(render(r.error, "en"));
  return r.value;
};

describe("commission", () => {
  test("15% by default, rounded half up to the fen", () => {
    expect(commissionFen(100000)).toBe(15000);
    expect(commissionFen(1)).toBe(0); // 0.15 fen
    expect(commissionFen(10)).toBe(2); // 1.5 fen rounds up
    expect(commissionFen(3)).toBe(0); // 0.45 fen rounds down
  });

  // Amounts where Math.round(x*0.15*100)/100 and (x*0.15).toFixed(2) both lose a fen.
  test.each([
    [150, 23],
    [190, 29],
    [330, 50],
    [670, 101],
  ])("%p fen → %p fen where floating point is wrong", (amount, expected) => {
    expect(commissionFen(amount)).toBe(expected);
    const x = amount / 100;
    expect(Math.round(x * 0.15 * 100)).not.toBe(expected);
  });

  test("large amounts stay exact", () => {
    expect(commissionFen(123450)).toBe(18518); // 185.175 → 185.18
    expect(commissionFen(5000000001)).toBe(750000000); // ¥50,000,000.01 → 0.15 fen rounds down
  });

  test("a refund claws back exactly what the sponsorship paid", () => {
    expect(commissionFen(-150)).toBe(-23);
    expect(commissionFen(-30000)).toBe(-4500);
  });

  test("other rates", () => {
    expect(commissionFen(100000, rate(0.1))).toBe(10000);
    expect(commissionFen(100000, rate("10%"))).toBe(10000);
    expect(commissionFen(333, rate("12.5%"))).toBe(42); // 41.625
    expect(commissionFen(100000, rate(" 15 ％ "))).toBe(15000);
    expect(commissionFen(100000, rate(0))).toBe(0);
    expect(commissionFen(100000, rate(1))).toBe(100000);
  });

  test.each([[1.5], ["150%"], [-0.1], ["abc"], [true], ["%"]])("rejects rate %p", (v) => {
    const r = parseRate(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(render(r.error, "zh")).toMatch(/比例/);
  });

  test("formats rates as percentages", () => {
    expect(formatRate(rate(0.15))).toBe("15%");
    expect(formatRate(rate("12.5%"))).toBe("12.5%");
    expect(formatRate(rate(1))).toBe("100%");
  });
});

describe("splitFen (largest remainder)", () => {
  test("shares always add up to the total", () => {
    for (const total of [0, 1, 2, 100, 15000, 15001, 99999, -4500, -1]) {
      for (const weights of [[1n], [1n, 1n], [1n, 1n, 1n], [60n, 40n], [1n, 2n, 3n, 4n, 5n, 6n, 7n]]) {
        const shares = splitFen(total, weights);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
        shares.forEach((s) => expect(Number.isInteger(s)).toBe(true));
      }
    }
  });

  test("an uneven three-way split gives the extra fen to the first names", () => {
    expect(splitFen(15001, [1n, 1n, 1n])).toEqual([5001, 5000, 5000]);
    expect(splitFen(15002, [1n, 1n, 1n])).toEqual([5001, 5001, 5000]);
  });

  test("largest remainder, not first come", () => {
    // 100 × (1/6, 2/6, 3/6) = 16.67, 33.33, 50 → 17, 33, 50
    expect(splitFen(100, [1n, 2n, 3n])).toEqual([17, 33, 50]);
  });

  test("weighted 60/40 and negative totals mirror positive ones", () => {
    expect(splitFen(15000, [600000n, 400000n])).toEqual([9000, 6000]);
    expect(splitFen(-15001, [1n, 1n, 1n])).toEqual([-5001, -5000, -5000]);
  });
});
