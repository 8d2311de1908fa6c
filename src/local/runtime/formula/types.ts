/**
 * The shapes (and their two type guards) the formula engine shares: what it needs of a tab and of the workbook, the values it
 * passes around, and the evaluator as built-ins and custom functions see it. The model calls the
 * engine (a read flushes pending formulas), so the engine knows the model only by these members,
 * which LocalSheet and LocalSpreadsheet have.
 */
import type { Grid } from "../model/grid";
import type { CellError } from "../values";
import type { Matrix, Scalar } from "./coerce";
import type { Node, RefNode } from "./parser";

export interface FormulaSheet {
  readonly name: string;
  readonly grid: Grid;
  readonly maxRows: number;
  readonly maxColumns: number;
}

export interface FormulaBook {
  readonly sheets: readonly FormulaSheet[];
  getSpreadsheetTimeZone(): string;
}

/** A rectangle of cells a formula refers to, read only when its values are needed. */
export interface RangeValue {
  range: true;
  sheet: FormulaSheet;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type Value = Scalar | Matrix | RangeValue;

export interface Env {
  /** Where the formula is: its sheet, row and column. */
  sheet: FormulaSheet;
  row: number;
  col: number;
  /** Inside ARRAYFORMULA. */
  arrayMode: boolean;
  resolve(ref: RefNode): RangeValue | CellError;
  /** Cell values for the evaluator (dates as serial numbers), after the formulas they depend on. */
  read(range: RangeValue): Matrix;
  /** A loaded bundle's custom function by name (any case), run restricted as Sheets runs it. */
  custom(name: string): FormulaFunction | undefined;
}

/** The evaluator as a function sees it: its arguments are evaluated only when it asks. */
export interface Evaluation {
  readonly env: Env;
  value(node: Node): Value;
  matrix(v: Value): Matrix;
  lift(values: Value[], fn: (...xs: Scalar[]) => Scalar): Scalar | Matrix;
}

export type FormulaFunction = (args: Node[], ev: Evaluation) => Value;

export const isRange = (v: unknown): v is RangeValue => typeof v === "object" && v !== null && (v as RangeValue).range === true;
export const isMatrix = (v: unknown): v is Matrix => Array.isArray(v);
