/**
 * Gives formulas their values, as Sheets does when a script's pending writes are flushed: on
 * SpreadsheetApp.flush(), and before anything reads values after a write (Apps Script flushes
 * pending changes before a read, so a script that writes a formula and reads it back sees the
 * result). A formula whose result is an array fills the cells below and to its right; those cells
 * hold values but no formula, and a typed value in the way turns the formula into #REF!.
 */
import { cellA1 } from "../a1";
import { type Cell, contentClock, hasContent } from "../model/grid";
import type { Matrix, Scalar } from "./coerce";
import { customFunctionsOf } from "./custom-host";
import { FormulaError, parseError, Unsupported } from "./errors";
import { Evaluator } from "./evaluator";
import { type Node, parseFormula } from "./parser";
import { type Env, type FormulaBook, type FormulaSheet, isMatrix, isRange, type RangeValue, type Value } from "./types";

interface BookState {
  /** contentClock.tick when the values were last computed. */
  calculatedAt: number;
  calculating: boolean;
}

const states = new WeakMap<FormulaBook, BookState>();
const parsed = new Map<string, Node | null>();

function stateOf(book: FormulaBook): BookState {
  let s = states.get(book);
  if (!s) states.set(book, (s = { calculatedAt: -1, calculating: false }));
  return s;
}

function treeOf(formula: string): Node | null {
  let node = parsed.get(formula);
  if (node === undefined) {
    try {
      node = parseFormula(formula);
    } catch (e) {
      if (e instanceof Unsupported) throw e;
      node = null;
    }
    if (parsed.size > 5000) parsed.clear();
    parsed.set(formula, node);
  }
  return node;
}

/** Recalculates when something was written since the last calculation (and none is running). */
export function ensureCalculated(book: FormulaBook): void {
  const s = stateOf(book);
  if (s.calculating || s.calculatedAt === contentClock.tick) return;
  recalculate(book);
}

interface Anchor {
  sheet: FormulaSheet;
  row: number;
  col: number;
  cell: Cell;
  state: "pending" | "running" | "done";
}

export function recalculate(book: FormulaBook): void {
  const s = stateOf(book);
  s.calculating = true;
  try {
    const anchors: Anchor[] = [];
    for (const sheet of book.sheets) {
      for (const [row, col, cell] of sheet.grid.entries()) {
        if (cell.spill) {
          delete cell.value;
          delete cell.spill;
        }
        if (cell.formula) anchors.push({ sheet, row, col, cell, state: "pending" });
      }
    }
    if (anchors.length > 0) new Calculation(book, anchors).run();
  } finally {
    s.calculating = false;
    s.calculatedAt = contentClock.tick;
  }
}

class Calculation {
  constructor(
    private readonly book: FormulaBook,
    private readonly anchors: Anchor[],
  ) {}

  run(): void {
    for (const a of this.anchors) this.evaluate(a);
  }

  private evaluate(a: Anchor): void {
    if (a.state !== "pending") return;
    a.state = "running";
    let result: Value | undefined;
    try {
      const tree = treeOf(a.cell.formula!);
      result = tree ? new Evaluator(this.env(a)).value(tree) : parseError();
    } catch (e) {
      if (e instanceof Circular)
        result = new FormulaError("#REF!", "Circular dependency detected. To resolve with iterative calculation, see File > Settings.");
      else if (!(e instanceof Unsupported)) throw e;
    }
    a.state = "done";
    if (result !== undefined) this.place(a, result);
  }

  private env(a: Anchor): Env {
    return {
      sheet: a.sheet,
      row: a.row,
      col: a.col,
      arrayMode: false,
      resolve: (ref) => {
        const sheet = ref.sheet === undefined ? a.sheet : this.sheetNamed(ref.sheet);
        if (!sheet) return new FormulaError("#REF!", `Unresolved sheet name '${ref.sheet}'.`);
        const r1 = ref.row1 ?? 1;
        const r2 = ref.row2 ?? sheet.maxRows;
        const row = Math.min(r1, r2);
        const col = Math.min(ref.col1!, ref.col2!);
        return { range: true, sheet, row, col, numRows: Math.max(Math.abs(r2 - r1) + 1, 1), numCols: Math.abs(ref.col2! - ref.col1!) + 1 };
      },
      read: (range) => this.read(range),
      custom: (name) => customFunctionsOf(this.book)?.find(name),
    };
  }

  private sheetNamed(name: string): FormulaSheet | undefined {
    const lower = name.toLowerCase();
    return this.book.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Formulas inside the range, or above and left of it (whose arrays may reach into it), go first. */
  private read(range: RangeValue): Matrix {
    const lastRow = range.row + range.numRows - 1;
    const lastCol = range.col + range.numCols - 1;
    for (const a of this.anchors) {
      if (a.sheet !== range.sheet || a.row > lastRow || a.col > lastCol) continue;
      const inside = a.row >= range.row && a.col >= range.col;
      if (a.state === "running" && inside) throw new Circular();
      this.evaluate(a);
    }
    const out: Matrix = new Array(range.numRows);
    for (let i = 0; i < range.numRows; i++) {
      const row: Scalar[] = new Array(range.numCols);
      for (let j = 0; j < range.numCols; j++) row[j] = range.sheet.grid.get(range.row + i, range.col + j)?.value ?? null;
      out[i] = row;
    }
    return out;
  }

  private place(a: Anchor, result: Value): void {
    const m: Matrix = isRange(result) ? this.read(result) : isMatrix(result) ? result : [[result]];
    const rows = m.length;
    const cols = m[0]?.length ?? 0;
    const sheet = a.sheet;
    const set = (cell: Cell, v: Scalar) => {
      if (v === null) delete cell.value;
      else cell.value = v;
    };
    if (rows === 0 || cols === 0) return set(a.cell, null);
    if (a.row + rows - 1 > sheet.maxRows) {
      return set(a.cell, new FormulaError("#REF!", `Result was not automatically expanded, please insert more rows (${a.row + rows - 1 - sheet.maxRows}).`));
    }
    if (a.col + cols - 1 > sheet.maxColumns) {
      return set(
        a.cell,
        new FormulaError("#REF!", `Result was not automatically expanded, please insert more columns (${a.col + cols - 1 - sheet.maxColumns}).`),
      );
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (i === 0 && j === 0) continue;
        const cell = sheet.grid.get(a.row + i, a.col + j);
        if (hasContent(cell) || cell?.spill) {
          const where = cellA1(a.row + i, a.col + j);
          return set(a.cell, new FormulaError("#REF!", `Array result was not expanded because it would overwrite data in ${where}.`));
        }
      }
    }
    set(a.cell, m[0][0]);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (i === 0 && j === 0) continue;
        const cell = sheet.grid.ensure(a.row + i, a.col + j);
        cell.spill = true;
        set(cell, m[i][j]);
      }
    }
  }
}

class Circular extends Unsupported {}
