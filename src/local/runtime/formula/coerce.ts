/** How Sheets turns one kind of value into another inside a formula, and compares values. */
import { CellError } from "../values";
import { FormulaError } from "./errors";

/** One value in a formula; `null` is an empty cell. Dates are serial numbers, as Sheets holds them. */
export type Scalar = number | string | boolean | CellError | null;
export type Matrix = Scalar[][];

export const isError = (v: unknown): v is CellError => v instanceof CellError;

// `\d+\.?\d*` would let two digit runs split "000…0x" every way (quadratic): the point is not optional.
const NUMERIC = /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Numeric text counts as a number, as in Sheets; other text is a #VALUE! naming the function. */
export function toNumber(v: Scalar, fn: string, param: number): number | CellError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  const text = v.trim();
  if (text === "") return 0;
  if (text.length < 400 && NUMERIC.test(text)) return Number(text);
  return new FormulaError("#VALUE!", `Function ${fn} parameter ${param} expects number values. But '${v}' is a text and cannot be coerced to a number.`);
}

/** Sheets' automatic number format: up to 15 significant digits, no trailing zeros. */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

export function toText(v: Scalar): string | CellError {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v;
  return numberText(v);
}

export function toBool(v: Scalar, fn: string, param: number): boolean | CellError {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (isError(v)) return v;
  const upper = v.trim().toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE" || upper === "") return false;
  return new FormulaError("#VALUE!", `Function ${fn} parameter ${param} expects boolean values. But '${v}' is a text and cannot be coerced to a boolean.`);
}

/** Numbers sort before text, text before booleans; text compares without case. An empty cell is 0, "" or FALSE. */
export function compare(a: Scalar, b: Scalar): number {
  const fill = (x: Scalar, other: Scalar): Exclude<Scalar, null> => (x !== null ? x : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = fill(a, b);
  const y = fill(b, a);
  const rank = (v: unknown) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}
