/**
 * Evaluates a formula's tree. Operators and the built-ins that work on one value at a time apply
 * element by element to arrays (an array literal, a custom function's array, or any range inside
 * ARRAYFORMULA); outside ARRAYFORMULA a range of several cells is read at the formula's own row or
 * column, as Sheets does, or is a #VALUE!.
 */
import { BUILTINS } from "./builtins";
import { compare, isError, type Matrix, type Scalar, toNumber, toText } from "./coerce";
import { FormulaError, Unsupported } from "./errors";
import type { Node } from "./parser";
import { type Env, type Evaluation, isMatrix, isRange, type Value } from "./types";

const NO_ARRAY = () => new FormulaError("#VALUE!", "An array value could not be found.");

export class Evaluator implements Evaluation {
  constructor(readonly env: Env) {}

  value(node: Node): Value {
    switch (node.t) {
      case "num":
      case "str":
      case "bool":
        return node.v;
      case "empty":
        return null;
      case "ref":
        return this.env.resolve(node);
      case "array":
        return this.arrayLiteral(node.rows);
      case "neg":
        return this.lift([this.value(node.arg)], (x) => unaryMinus(x));
      case "pct":
        return this.lift([this.value(node.arg)], (x) => {
          const n = toNumber(x, "UNARY_PERCENT", 1);
          return isError(n) ? n : n / 100;
        });
      case "bin":
        return this.lift([this.value(node.left), this.value(node.right)], (a, b) => binary(node.op, a, b));
      case "call": {
        const builtin = BUILTINS[node.name];
        if (builtin) return builtin(node.args, this);
        const custom = this.env.custom(node.name);
        if (custom) return custom(node.args, this);
        throw new Unsupported(node.name);
      }
    }
  }

  /** A value read as a matrix (a single value is 1 × 1). */
  matrix(v: Value): Matrix {
    if (isRange(v)) return this.env.read(v);
    return isMatrix(v) ? v : [[v]];
  }

  /** A value where one is expected: a 1 × 1 range is its cell, a wider one its cell in this row or column. */
  scalar(v: Value): Scalar {
    if (isMatrix(v)) return v[0]?.[0] ?? null;
    if (!isRange(v)) return v;
    if (v.numRows === 1 && v.numCols === 1) return this.env.read(v)[0][0];
    const { row, col } = this.env;
    if (v.numCols === 1 && v.sheet === this.env.sheet && row >= v.row && row < v.row + v.numRows) {
      return this.env.read({ ...v, row, numRows: 1 })[0][0];
    }
    if (v.numRows === 1 && v.sheet === this.env.sheet && col >= v.col && col < v.col + v.numCols) {
      return this.env.read({ ...v, col, numCols: 1 })[0][0];
    }
    return NO_ARRAY();
  }

  /** Applies `fn` to single values, element by element over arrays of one size (a row or column stretches). */
  lift(values: Value[], fn: (...xs: Scalar[]) => Scalar): Scalar | Matrix {
    const spread = values.map((v) => isMatrix(v) || (isRange(v) && this.env.arrayMode && v.numRows * v.numCols > 1));
    if (!spread.some(Boolean)) return fn(...values.map((v) => this.scalar(v)));
    const args = values.map((v, i) => (spread[i] ? this.matrix(v) : this.scalar(v)));
    let rows = 1;
    let cols = 1;
    for (const a of args) {
      if (!isMatrix(a)) continue;
      if (a.length !== 1 && rows !== 1 && a.length !== rows) return new FormulaError("#VALUE!", "Array arguments are of different size.");
      if (a[0].length !== 1 && cols !== 1 && a[0].length !== cols) return new FormulaError("#VALUE!", "Array arguments are of different size.");
      rows = Math.max(rows, a.length);
      cols = Math.max(cols, a[0].length);
    }
    const at = (a: Scalar | Matrix, i: number, j: number): Scalar => (isMatrix(a) ? a[a.length === 1 ? 0 : i][a[0].length === 1 ? 0 : j] : a);
    const out: Matrix = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const row: Scalar[] = new Array(cols);
      for (let j = 0; j < cols; j++) row[j] = fn(...args.map((a) => at(a, i, j)));
      out[i] = row;
    }
    return out;
  }

  private arrayLiteral(rows: Node[][]): Value {
    const parts = rows.map((row) => row.map((n) => this.matrix(this.value(n))));
    const out: Matrix = [];
    for (const row of parts) {
      const height = row[0].length;
      if (row.some((m) => m.length !== height))
        return new FormulaError("#VALUE!", "In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.");
      for (let i = 0; i < height; i++) out.push(row.flatMap((m) => m[i]));
    }
    const width = out[0].length;
    if (out.some((r) => r.length !== width)) return new FormulaError("#VALUE!", "In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.");
    return out;
  }
}

function unaryMinus(x: Scalar): Scalar {
  const n = toNumber(x, "UMINUS", 1);
  return isError(n) ? n : -n;
}

const NAMES: Record<string, string> = { "+": "ADD", "-": "MINUS", "*": "MULTIPLY", "/": "DIVIDE", "^": "POW" };

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === "&") {
    const x = toText(a);
    const y = toText(b);
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  if (op in NAMES) {
    const x = toNumber(a, NAMES[op], 1);
    const y = toNumber(b, NAMES[op], 2);
    if (isError(x)) return x;
    if (isError(y)) return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    if (op === "/") return y === 0 ? new FormulaError("#DIV/0!", "Function DIVIDE parameter 2 cannot be zero.") : x / y;
    const p = x ** y;
    return Number.isFinite(p) ? p : new FormulaError("#NUM!", "Function POW produces a result that is not a number.");
  }
  const c = compare(a, b);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    default:
      return c >= 0;
  }
}
