import { decimalFromNumber, decimalFromText, divRoundHalfUp, pow10, rescale, trimZeros } from "../../src/domain/decimal";

describe("decimalFromText: plain decimal text held exactly", () => {
  test.each([
    ["12.5", 125n, 1],
    ["-12.50", -1250n, 2],
    [".5", 5n, 1],
    ["3.", 3n, 0],
    ["+5", 5n, 0],
    ["007.10", 710n, 2],
    ["-0", 0n, 0],
    ["123456789012345678901234.56", 12345678901234567890123456n, 2],
  ])("%p → %p / 10^%p", (text, units, scale) => {
    expect(decimalFromText(text)).toEqual({ units, scale });
  });

  test.each(["", ".", "-", "+", "1,000", " 5", "5 ", "1e5", "¥5", "1.2.3", "--5", "五"])("%p is not plain decimal text", (text) => {
    expect(decimalFromText(text)).toBeUndefined();
  });
});

describe("decimalFromNumber: the number a cell shows, not its binary value", () => {
  test("a cell's number is read as the shortest text JavaScript prints for it", () => {
    expect(decimalFromNumber(1234.5)).toEqual({ units: 12345n, scale: 1 });
    expect(decimalFromNumber(0)).toEqual({ units: 0n, scale: 0 });
    expect(decimalFromNumber(-300)).toEqual({ units: -300n, scale: 0 });
    // 0.1 + 0.2 prints as 0.30000000000000004: that text, every digit, and nothing invented.
    expect(decimalFromNumber(0.1 + 0.2)).toEqual({ units: 30000000000000004n, scale: 17 });
  });

  test("exponent notation is expanded on the text, very small and very large", () => {
    expect(decimalFromNumber(1.5e-7)).toEqual({ units: 15n, scale: 8 });
    expect(decimalFromNumber(-1e-7)).toEqual({ units: -1n, scale: 7 });
    expect(decimalFromNumber(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(decimalFromNumber(1.5e21)).toEqual({ units: 15n * 10n ** 21n, scale: 1 });
  });

  test.each([NaN, Infinity, -Infinity])("%p is no decimal", (n) => {
    expect(decimalFromNumber(n)).toBeUndefined();
  });
});

describe("divRoundHalfUp (四舍五入, symmetric for refunds)", () => {
  test.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [1n, 2n, 1n],
    [-1n, 2n, -1n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [-5n, 3n, -2n],
    [249n, 100n, 2n],
    [250n, 100n, 3n],
    [-250n, 100n, -3n],
    [6n, 3n, 2n],
    [0n, 7n, 0n],
  ])("%p / %p → %p", (num, den, expected) => {
    expect(divRoundHalfUp(num, den)).toBe(expected);
  });

  test("a denominator of zero or below is refused, not turned into a wrong amount", () => {
    expect(() => divRoundHalfUp(5n, 0n)).toThrow(RangeError);
    expect(() => divRoundHalfUp(5n, -2n)).toThrow(RangeError);
  });
});

describe("rescale", () => {
  test("fewer digits: rounded half up, away from zero for negatives", () => {
    expect(rescale({ units: 12345n, scale: 3 }, 2)).toBe(1235n); // 12.345 → 12.35
    expect(rescale({ units: 12344n, scale: 3 }, 2)).toBe(1234n);
    expect(rescale({ units: -12345n, scale: 3 }, 2)).toBe(-1235n);
    expect(rescale({ units: 5n, scale: 3 }, 2)).toBe(1n); // ¥0.005 → 1 fen
    expect(rescale({ units: 4n, scale: 3 }, 2)).toBe(0n);
  });

  test("more digits or the same: exact, nothing rounded", () => {
    expect(rescale({ units: 5n, scale: 0 }, 2)).toBe(500n);
    expect(rescale({ units: 1234n, scale: 2 }, 2)).toBe(1234n);
    expect(rescale({ units: 6n, scale: 1 }, 4)).toBe(6000n); // 60% in the credit's 1/10,000 of a percent
  });

  test("¥1.005 is 101 fen, where floating point makes it 100", () => {
    expect(Math.round(1.005 * 100)).toBe(100);
    expect(rescale(decimalFromNumber(1.005)!, 2)).toBe(101n);
  });
});

describe("trimZeros", () => {
  test.each([
    ["12.500", "12.5"],
    ["12.000", "12"],
    ["10.10", "10.1"],
    ["0.0", "0"],
    ["1.5", "1.5"],
    ["0.0015", "0.0015"],
  ])("%p → %p", (text, trimmed) => {
    expect(trimZeros(text)).toBe(trimmed);
  });
});

test("pow10 is exact beyond the range of a double", () => {
  expect(pow10(0)).toBe(1n);
  expect(pow10(2)).toBe(100n);
  expect(pow10(25)).toBe(10000000000000000000000000n);
});
