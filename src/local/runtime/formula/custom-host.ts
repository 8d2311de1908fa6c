/**
 * The custom functions a formula may call: those of the bundle loaded on the workbook. Arguments
 * go in as Sheets hands them (one cell → its value, a range → a 2-D array, an empty cell → "",
 * a date → a Date) and the answer comes back as a value or an array that spills.
 */
import { hasContent } from "../model/grid";
import { CellError, type CellValue, isDate, serialFromDate, toCellValue } from "../values";
import { isError, type Matrix, type Scalar } from "./coerce";
import { FormulaError } from "./errors";
import type { Node } from "./parser";
import { type Evaluation, type FormulaBook, type FormulaFunction, isMatrix, isRange, type RangeValue, type Value } from "./types";

export interface CustomFunctionHost {
  /** The bundle's name for `name` (any case), or undefined. */
  resolve(name: string): string | undefined;
  /** Runs it restricted; throws what the function threw. */
  run(name: string, args: unknown[]): unknown;
}

const hosts = new WeakMap<FormulaBook, CustomFunctionHost>();

export function setCustomFunctionHost(book: FormulaBook, host: CustomFunctionHost): void {
  hosts.set(book, host);
}

type Arg = { value: unknown } | { error: CellError };

function rangeArg(ev: Evaluation, range: RangeValue, timeZone: string): Arg {
  ev.env.read(range); // formulas in the range get their values first
  const cells: CellValue[][] = [];
  for (let i = 0; i < range.numRows; i++) {
    const row: CellValue[] = [];
    for (let j = 0; j < range.numCols; j++) {
      const cell = range.sheet.grid.get(range.row + i, range.col + j);
      row.push(hasContent(cell) ? toCellValue(cell!.value, cell!.format ?? "", timeZone) : "");
    }
    cells.push(row);
  }
  if (cells.length === 1 && cells[0].length === 1) {
    const only = range.sheet.grid.get(range.row, range.col)?.value;
    return only instanceof CellError ? { error: only } : { value: cells[0][0] };
  }
  return { value: cells };
}

function scalarArg(v: Scalar): unknown {
  return v === null ? "" : v instanceof CellError ? v.code : v;
}

function argOf(ev: Evaluation, node: Node, timeZone: string): Arg {
  if (node.t === "empty") return { value: "" };
  const v: Value = ev.value(node);
  if (isRange(v)) return rangeArg(ev, v, timeZone);
  if (isMatrix(v)) return { value: v.length === 1 && v[0].length === 1 ? scalarArg(v[0][0]) : v.map((row) => row.map(scalarArg)) };
  return isError(v) ? { error: v } : { value: scalarArg(v) };
}

function scalarOf(v: unknown, timeZone: string): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : new FormulaError("#NUM!", "The result is not a number.");
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (isDate(v)) return serialFromDate(v, timeZone);
  return String(v);
}

/** A 2-D array spills as it is; a 1-D array becomes a column. */
function answerValue(result: unknown, timeZone: string): Value {
  if (!Array.isArray(result)) return scalarOf(result, timeZone);
  if (result.length === 0) return null;
  const rows = result.map((r) => (Array.isArray(r) ? r : [r]));
  const width = Math.max(...rows.map((r) => r.length));
  const m: Matrix = rows.map((r) => Array.from({ length: width }, (_, j) => scalarOf(r[j], timeZone)));
  return m;
}

export function customFunctionsOf(book: FormulaBook) {
  const host = hosts.get(book);
  if (!host) return undefined;
  return {
    find(name: string): FormulaFunction | undefined {
      const fn = host.resolve(name);
      if (!fn) return undefined;
      return (nodes, ev) => {
        const timeZone = book.getSpreadsheetTimeZone();
        const args: unknown[] = [];
        for (const node of nodes) {
          const a = argOf(ev, node, timeZone);
          if ("error" in a) return a.error;
          args.push(a.value);
        }
        try {
          return answerValue(host.run(fn, args), timeZone);
        } catch (e) {
          return new FormulaError("#ERROR!", (e as Error).message);
        }
      };
    },
  };
}
