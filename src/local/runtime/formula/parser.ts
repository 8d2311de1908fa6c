/**
 * Formula text → syntax tree, in the en_US syntax Apps Script takes (see tokenizer.ts). Precedence
 * as in Sheets: `:` (in references), unary minus, `%`, `^`, `* /`, `+ -`, `&`, comparisons.
 */
import { columnNumber } from "../a1";
import { ParseFailure, type Token, tokenize } from "./tokenizer";

/** A reference; an end left undefined is open (`E2:E` has no end row, `A:A` no rows at all). */
export interface RefNode {
  t: "ref";
  sheet?: string;
  row1?: number;
  col1?: number;
  row2?: number;
  col2?: number;
}

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "empty" }
  | RefNode
  | { t: "array"; rows: Node[][] }
  | { t: "call"; name: string; args: Node[] }
  | { t: "neg"; arg: Node }
  | { t: "pct"; arg: Node }
  | { t: "bin"; op: string; left: Node; right: Node };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const COMPARISON = new Set(["=", "<>", "<", ">", "<=", ">="]);

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === "op" && t.v === v;
  }
  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new ParseFailure(`expected ${v}`);
    this.i++;
  }

  formula(): Node {
    const node = this.comparison();
    if (this.i !== this.tokens.length) throw new ParseFailure("trailing tokens");
    return node;
  }

  private comparison(): Node {
    let left = this.concat();
    for (let t = this.peek(); t?.t === "op" && COMPARISON.has(t.v); t = this.peek()) {
      this.i++;
      left = { t: "bin", op: t.v, left, right: this.concat() };
    }
    return left;
  }
  private concat(): Node {
    let left = this.additive();
    while (this.isOp("&")) {
      this.i++;
      left = { t: "bin", op: "&", left, right: this.additive() };
    }
    return left;
  }
  private additive(): Node {
    let left = this.multiplicative();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.tokens[this.i++] as { v: string }).v;
      left = { t: "bin", op, left, right: this.multiplicative() };
    }
    return left;
  }
  private multiplicative(): Node {
    let left = this.power();
    while (this.isOp("*") || this.isOp("/")) {
      const op = (this.tokens[this.i++] as { v: string }).v;
      left = { t: "bin", op, left, right: this.power() };
    }
    return left;
  }
  private power(): Node {
    let left = this.percent();
    while (this.isOp("^")) {
      this.i++;
      left = { t: "bin", op: "^", left, right: this.percent() };
    }
    return left;
  }
  private percent(): Node {
    let node = this.unary();
    while (this.isOp("%")) {
      this.i++;
      node = { t: "pct", arg: node };
    }
    return node;
  }
  private unary(): Node {
    if (this.isOp("-")) {
      this.i++;
      return { t: "neg", arg: this.unary() };
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new ParseFailure("unexpected end");
    this.i++;
    if (t.t === "num") return { t: "num", v: t.v };
    if (t.t === "str") return { t: "str", v: t.v };
    if (t.t === "sheet") {
      const w = this.tokens[this.i++];
      if (w?.t !== "word") throw new ParseFailure("sheet name without a reference");
      return this.reference(w.v, t.v);
    }
    if (t.t === "op") {
      if (t.v === "(") {
        const inner = this.comparison();
        this.expectOp(")");
        return inner;
      }
      if (t.v === "{") return this.arrayLiteral();
      throw new ParseFailure(`unexpected ${t.v}`);
    }
    if (this.isOp("(")) return this.call(t.v);
    const upper = t.v.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
    return this.reference(t.v, undefined);
  }

  private call(name: string): Node {
    this.expectOp("(");
    const args: Node[] = [];
    if (this.isOp(")")) {
      this.i++;
      return { t: "call", name: name.toUpperCase(), args };
    }
    for (;;) {
      args.push(this.isOp(",") || this.isOp(")") ? { t: "empty" } : this.comparison());
      if (this.isOp(",")) {
        this.i++;
        continue;
      }
      this.expectOp(")");
      return { t: "call", name: name.toUpperCase(), args };
    }
  }

  private arrayLiteral(): Node {
    const rows: Node[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.comparison());
      if (this.isOp(",")) this.i++;
      else if (this.isOp(";")) {
        this.i++;
        rows.push([]);
      } else {
        this.expectOp("}");
        return { t: "array", rows };
      }
    }
  }

  private reference(first: string, sheet: string | undefined): RefNode {
    const cell = CELL.exec(first);
    const col = COLUMN.exec(first);
    if (!this.isOp(":")) {
      if (!cell) throw new ParseFailure(`not a reference: ${first}`);
      const row = Number(cell[2]);
      const c = columnNumber(cell[1]);
      return valid({ t: "ref", sheet, row1: row, col1: c, row2: row, col2: c });
    }
    this.i++;
    const next = this.tokens[this.i++];
    if (next?.t !== "word") throw new ParseFailure("bad range");
    const cell2 = CELL.exec(next.v);
    const col2 = COLUMN.exec(next.v);
    if (cell && cell2) {
      return valid({ t: "ref", sheet, row1: Number(cell[2]), col1: columnNumber(cell[1]), row2: Number(cell2[2]), col2: columnNumber(cell2[1]) });
    }
    // `E2:E`: from a cell to the end of a column.
    if (cell && col2) return valid({ t: "ref", sheet, row1: Number(cell[2]), col1: columnNumber(cell[1]), col2: columnNumber(col2[1]) });
    if (col && col2) return valid({ t: "ref", sheet, col1: columnNumber(col[1]), col2: columnNumber(col2[1]) });
    throw new ParseFailure("bad range");
  }
}

function valid(ref: RefNode): RefNode {
  if (ref.row1 === 0 || ref.row2 === 0) throw new ParseFailure("row 0");
  return ref;
}

/** The tree of a formula written with its leading `=`; throws ParseFailure for text Sheets would refuse. */
export function parseFormula(formula: string): Node {
  if (!formula.startsWith("=")) throw new ParseFailure("no =");
  return new Parser(tokenize(formula.slice(1))).formula();
}
