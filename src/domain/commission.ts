import { type Decimal, decimalFromNumber, decimalFromText, divRoundHalfUp, ONE, pow10, trimZeros, ZERO } from "./decimal";
import type { Fen } from "./money";
import { fail, ok, type Result } from "./result";

/** A rate held exactly, e.g. 15% → { units: 15n, scale: 2 }; never a binary float. */
export type Rate = Decimal;

/** The department's rule: whoever brings a sponsorship in earns 15% of it (赞助金额的 15%). */
export const DEFAULT_RATE: Rate = { units: BigInt(15), scale: 2 };

/** Reads a rate: a number in [0, 1] (0.15) or percent text ("15%", "12.5 %", "15％"). */
export function parseRate(value: unknown): Result<Rate> {
  let d: Decimal | undefined;
  if (typeof value === "number") {
    d = decimalFromNumber(value);
  } else if (typeof value === "string") {
    const text = value.replace(/[\s\u00a0\u3000]/g, "");
    const percent = /^(.*)[%％]$/.exec(text);
    const inner = percent ? decimalFromText(percent[1]) : decimalFromText(text);
    d = inner && (percent ? { units: inner.units, scale: inner.scale + 2 } : inner);
  }
  if (!d) return fail({ key: "badRate", params: { value: String(value) } });
  if (d.units < ZERO || d.units > pow10(d.scale)) return fail({ key: "rateOutOfRange", params: { value: String(value) } });
  return ok(d);
}

/** Commission on an amount: round half up (四舍五入) of amount × rate, to the fen. Refunds give a negative (clawback). */
export function commissionFen(amount: Fen, rate: Rate = DEFAULT_RATE): Fen {
  // Integers below 2^53 are exact in a double, so plain arithmetic is exact when the product fits;
  // BigInt only for the rare huge amount or very precise rate.
  const units = Number(rate.units);
  const den = 10 ** rate.scale;
  const abs = Math.abs(amount);
  const n = 2 * abs * units + den;
  if (rate.scale <= 15 && Number.isSafeInteger(n)) {
    // n % d is exact for safe integers, so (n - n % d) / d is an exact integer division.
    const d = 2 * den;
    const q = (n - (n % d)) / d;
    return amount < 0 ? -q : q;
  }
  return Number(divRoundHalfUp(BigInt(amount) * rate.units, pow10(rate.scale)));
}

/** `0.15` → "15%", `0.125` → "12.5%". */
export function formatRate(rate: Rate): string {
  const scale = rate.scale - 2;
  if (scale <= 0) return `${rate.units * pow10(-scale)}%`;
  const s = rate.units.toString().padStart(scale + 1, "0");
  return `${trimZeros(`${s.slice(0, -scale)}.${s.slice(-scale)}`)}%`;
}

/**
 * Splits `total` fen in proportion to `weights` by the largest-remainder method, so the shares
 * are whole fen and add up to exactly `total`. Ties go to the earlier name, so the split is stable.
 */
export function splitFen(total: Fen, weights: readonly bigint[]): Fen[] {
  if (weights.length === 0) return [];
  if (weights.length === 1) {
    if (weights[0] <= ZERO) throw new RangeError("weights must add up to more than zero");
    return [total];
  }
  const sum = weights.reduce((a, b) => a + b, ZERO);
  if (sum <= ZERO) throw new RangeError("weights must add up to more than zero");
  const negative = total < 0;
  const abs = BigInt(Math.abs(total));
  const floors = weights.map((w) => (abs * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: abs * w - floors[i] * sum }));
  let left = abs - floors.reduce((a, b) => a + b, ZERO);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === ZERO) break;
    floors[i] += ONE;
    left -= ONE;
  }
  return floors.map((f) => (negative ? -Number(f) : Number(f)));
}
