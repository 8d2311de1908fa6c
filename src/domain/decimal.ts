/**
 * Exact decimal arithmetic on the text of a number.
 *
 * Money and rates are never multiplied as binary floats: 0.15 × 1234.5 in floating point is
 * 185.17499999…, which `Math.round` and `toFixed` both round the wrong way. Instead a number is
 * read back as the shortest decimal text that JavaScript prints for it (what the user typed) and
 * handled as a scaled BigInt.
 */

/** A decimal as `units / 10^scale`, e.g. 12.5 → { units: 125n, scale: 1 }. */
export interface Decimal {
  units: bigint;
  scale: number;
}

// Apps Script's parser rejects BigInt literals (`10n`: "ParseError: Unexpected token ILLEGAL"), so the
// constants the money code needs are made by calls.
export const ZERO = BigInt(0);
export const ONE = BigInt(1);
export const TWO = BigInt(2);
export const TEN = BigInt(10);

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?$/;

/** Parses plain decimal text (`-12.50`, `.5`, `3.`); no grouping or currency. */
export function decimalFromText(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? "";
  const fracPart = m[3] ?? "";
  if (intPart === "" && fracPart === "") return undefined;
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  const units = BigInt(digits === "" ? "0" : digits);
  return { units: m[1] === "-" ? -units : units, scale: fracPart.length };
}

/** The decimal a spreadsheet number stands for: its shortest round-trip text, not its binary value. */
export function decimalFromNumber(n: number): Decimal | undefined {
  if (!Number.isFinite(n)) return undefined;
  const text = String(n);
  if (/e/i.test(text)) {
    // Very small or very large: expand the exponent on the text so no digit is invented.
    const [mantissa, expText] = text.toLowerCase().split("e");
    const exp = Number(expText);
    const d = decimalFromText(mantissa);
    if (!d) return undefined;
    return exp >= 0 ? { units: d.units * TEN ** BigInt(exp), scale: d.scale } : { units: d.units, scale: d.scale - exp };
  }
  return decimalFromText(text);
}

/** `units / den` rounded to the nearest integer, halves away from zero (四舍五入, symmetric for refunds). */
export function divRoundHalfUp(num: bigint, den: bigint): bigint {
  if (den <= ZERO) throw new RangeError("denominator must be positive");
  const negative = num < ZERO;
  const abs = negative ? -num : num;
  const q = (TWO * abs + den) / (TWO * den);
  return negative ? -q : q;
}

/** Re-expresses a decimal at `scale` digits after the point, rounding half up. */
export function rescale(d: Decimal, scale: number): bigint {
  if (d.scale <= scale) return d.units * TEN ** BigInt(scale - d.scale);
  return divRoundHalfUp(d.units, TEN ** BigInt(d.scale - scale));
}

/**
 * Drops trailing zeros and then a bare trailing point: "12.500" → "12.5", "12.000" → "12". A loop,
 * because `/\.?0+$/` retries from every zero and is quadratic on a long run of them.
 */
export function trimZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 48) end--;
  if (end === text.length) return text;
  if (text[end - 1] === ".") end--;
  return text.slice(0, end);
}

export function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}
