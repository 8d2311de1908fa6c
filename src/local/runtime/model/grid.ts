import type { Stored } from "../values";
import type { LocalDataValidation } from "./validation";

/** One cell's content and the formatting this runtime keeps. */
export interface Cell {
  value?: Stored;
  /** Formula text with its leading `=`; `value` then holds the cached result, if any. */
  formula?: string;
  /** `value` was put here by an array formula above or to the left (it has no formula of its own). */
  spill?: true;
  format?: string;
  note?: string;
  validation?: LocalDataValidation;
  bold?: boolean;
  italic?: boolean;
  background?: string;
  fontColor?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: string;
}

const FORMAT_KEYS = ["format", "bold", "italic", "background", "fontColor", "hAlign", "vAlign", "wrap"] as const;

/**
 * Ticks on every change that may change what a formula computes, so formulas are recalculated
 * only when something was written since the last calculation.
 */
export const contentClock = { tick: 0 };

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

export function clearContent(cell: Cell): void {
  contentClock.tick++;
  delete cell.value;
  delete cell.formula;
  delete cell.spill;
}

/** Formatting and validation a row or column inserted next to `cell` takes over, as Sheets does. */
function inherited(cell: Cell | undefined): Cell | undefined {
  if (!cell) return undefined;
  const copy: Cell = {};
  for (const key of FORMAT_KEYS) if (cell[key] !== undefined) (copy as Record<string, unknown>)[key] = cell[key];
  if (cell.validation) copy.validation = cell.validation;
  return Object.keys(copy).length ? copy : undefined;
}

/** `list` with `count` empty slots opened at `index` (no argument spreading, so any count works). */
function spliced<T>(list: T[], index: number, count: number): T[] {
  return list.slice(0, index).concat(new Array<T>(count), list.slice(index));
}

/** Sparse cell storage, 1-based, that moves whole cells when rows or columns come and go. */
export class Grid {
  private rows: (Cell | undefined)[][] = [];

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    contentClock.tick++;
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= {});
  }

  set(row: number, col: number, cell: Cell | undefined): void {
    contentClock.tick++;
    if (cell === undefined) {
      const r = this.rows[row - 1];
      if (r) delete r[col - 1];
      return;
    }
    (this.rows[row - 1] ??= [])[col - 1] = cell;
  }

  /** Every stored cell, row by row. */
  *entries(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }

  /** Last row holding a value or a formula (0 when none), like Sheet.getLastRow(). */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some(hasContent)) return r + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        if (hasContent(row[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Insert `count` rows so that the first new row is `at`; they inherit formats from row `from`. */
  insertRows(at: number, count: number, from?: number): void {
    contentClock.tick++;
    const template = from === undefined ? undefined : this.rows[from - 1];
    if (at - 1 < this.rows.length) this.rows = spliced(this.rows, at - 1, count);
    if (template) {
      for (let i = 0; i < count; i++) {
        const row: (Cell | undefined)[] = [];
        template.forEach((cell, c) => {
          const copy = inherited(cell);
          if (copy) row[c] = copy;
        });
        this.rows[at - 1 + i] = row;
      }
    }
  }

  deleteRows(at: number, count: number): void {
    contentClock.tick++;
    this.rows.splice(at - 1, count);
  }

  insertColumns(at: number, count: number, from?: number): void {
    contentClock.tick++;
    for (let r = 0; r < this.rows.length; r++) {
      let row = this.rows[r];
      if (!row) continue;
      const template = from === undefined ? undefined : row[from - 1];
      if (at - 1 < row.length) row = this.rows[r] = spliced(row, at - 1, count);
      const copy = inherited(template);
      if (copy) for (let i = 0; i < count; i++) row[at - 1 + i] = { ...copy };
    }
  }
}
