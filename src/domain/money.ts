import { type Decimal, decimalFromNumber, decimalFromText, pow10, rescale, ZERO } from "./decimal";
import { fail, ok, type Result } from "./result";

/** An amount of money in fen (分, 0.01 yuan), always an integer. */
export type Fen = number;

const CURRENCY = /^(?:¥|￥|rmb|cny)|(?:元|rmb|cny)$/i;
const MAX_FEN = Number.MAX_SAFE_INTEGER;

function describe(value: unknown): string {
  if (value instanceof Date) return "(date)";
  return String(value);
}

/** A Decimal (any scale) to whole fen, rounding half up. */
export function decimalToFen(d: Decimal): Fen | undefined {
  const fen = rescale(d, 2);
  const n = Number(fen);
  return Number.isSafeInteger(n) && Math.abs(n) <= MAX_FEN ? n : undefined;
}

/**
 * Reads an amount the way department members type it: a number, or text such as `¥1,234.56`,
 * `1,234.56元`, `￥500`, ` 800 `, `-300` (a refund) or `(300)`. Blank gives `null`.
 * More than two decimals are rounded half up to the fen.
 */
export function parseMoney(value: unknown): Result<Fen | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === "number") {
    // Fast path: when fen/100 prints back as the same number, that many fen is exactly what was typed.
    const fen = Math.round(value * 100);
    if (Number.isSafeInteger(fen) && fen / 100 === value) return ok(fen);
  }
  const d = amountDecimal(value);
  if (!d.ok) return fail(d.error);
  if (d.value === null) return ok(null);
  const fen = decimalToFen(d.value);
  return fen === undefined ? fail({ key: "badAmount", params: { value: describe(value) } }) : ok(fen);
}

/**
 * An amount typed below the fen (`12.345`, `"¥1,000.005"`): what it counts as, rounded half up to the
 * fen; null for whole fen, a blank or what is not an amount at all (parseMoney says why).
 */
export function roundedToFen(value: unknown): Fen | null {
  // A formula's binary noise (=0.1+0.2 is 0.30000000000000004) is not a fraction of a fen anyone typed.
  if (typeof value === "number" && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6) return null;
  const d = amountDecimal(value);
  if (!d.ok || d.value === null || d.value.scale <= 2 || d.value.units % pow10(d.value.scale - 2) === ZERO) return null;
  return decimalToFen(d.value) ?? null;
}

/** The amount as typed, as an exact decimal; blank gives null. */
function amountDecimal(value: unknown): Result<Decimal | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === "number") {
    const d = decimalFromNumber(value);
    return d ? ok(d) : fail({ key: "badAmount", params: { value: describe(value) } });
  }
  if (typeof value !== "string") return fail({ key: "badAmount", params: { value: describe(value) } });
  let text = value.replace(/[\s\u00a0\u3000]/g, "");
  if (text === "") return ok(null);
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1];
  }
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  // The currency mark may sit on either side of the sign: "-¥300" and "¥-300" are both seen.
  let marked = false;
  for (let i = 0; i < 2 && CURRENCY.test(text); i++) {
    text = text.replace(CURRENCY, "");
    marked = true;
  }
  if (marked && /^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  }
  // Thousands separators only between digit groups of three, so "1,2" is not silently 12.
  if (text.includes(",") || text.includes("，")) {
    if (!/^\d{1,3}([,，]\d{3})+(\.\d*)?$/.test(text)) {
      return fail({ key: "badAmount", params: { value: describe(value) } });
    }
    text = text.replace(/[,，]/g, "");
  }
  const d = decimalFromText(text);
  if (!d || /^[+-]/.test(text)) return fail({ key: "badAmount", params: { value: describe(value) } });
  return ok(negative ? { units: -d.units, scale: d.scale } : d);
}

/** Yuan as a JS number for a cell or JSON: exact, since fen/100 prints as its 2-decimal text. */
export function fenToYuan(fen: Fen): number {
  return fen / 100;
}

/** `¥1,234.56` / `-¥300.00` for messages and the terminal. */
export function formatYuan(fen: Fen): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? "-" : ""}¥${groupThousands(Math.floor(abs / 100).toString())}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * An exact yuan amount given as decimal text ("150.0015", "-1234.5"), with the same sign, ¥ and
 * thousands separators as formatYuan and every decimal kept: a statement shows the product
 * before rounding as it is.
 */
export function formatYuanText(text: string): string {
  const negative = text.startsWith("-");
  const [int, frac] = (negative ? text.slice(1) : text).split(".");
  return `${negative ? "-" : ""}¥${groupThousands(int || "0")}${frac === undefined ? "" : `.${frac}`}`;
}

function groupThousands(digits: string): string {
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? `,${out}` : "");
  return out;
}
