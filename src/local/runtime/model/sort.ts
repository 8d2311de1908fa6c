import { gasError } from "../errors";
import type { Stored } from "../values";
import type { Cell } from "./grid";
import type { LocalRange } from "./range";

export type SortKey = number | { column: number; ascending?: boolean };
export type SortSpec = SortKey | SortKey[];

/** Sheets' ascending order: numbers (and dates), then text (case-insensitive), then booleans; blanks always last. */
function rank(v: Stored | undefined): number {
  if (v === undefined || v === "") return 4;
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  if (typeof v === "boolean") return 2;
  return 3; // CellError
}

function compare(a: Stored | undefined, b: Stored | undefined, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 4 || rb === 4) return ra - rb;
  let d = ra - rb;
  if (d === 0) {
    if (typeof a === "number" && typeof b === "number") d = a - b;
    else if (typeof a === "string" && typeof b === "string") d = a.localeCompare(b, undefined, { sensitivity: "base" });
    else if (typeof a === "boolean" && typeof b === "boolean") d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}

export function sortRows(range: LocalRange, spec: SortSpec): void {
  const keys = (Array.isArray(spec) ? spec : [spec]).map((k) =>
    typeof k === "number" ? { column: k, ascending: true } : { column: k.column, ascending: k.ascending !== false },
  );
  const first = range.getColumn();
  const last = range.getLastColumn();
  for (const k of keys) {
    if (!(k.column >= first && k.column <= last)) {
      throw gasError(`The coordinates of the range are outside the dimensions of the sheet.`);
    }
  }
  const grid = range.sheet.grid;
  const rows: (Cell | undefined)[][] = [];
  for (let r = range.getRow(); r <= range.getLastRow(); r++) {
    const row: (Cell | undefined)[] = [];
    for (let c = first; c <= last; c++) row.push(grid.get(r, c));
    rows.push(row);
  }
  rows.sort((x, y) => {
    for (const k of keys) {
      const d = compare(x[k.column - first]?.value, y[k.column - first]?.value, k.ascending);
      if (d !== 0) return d;
    }
    return 0;
  });
  rows.forEach((row, i) => row.forEach((cell, j) => grid.set(range.getRow() + i, first + j, cell)));
}
