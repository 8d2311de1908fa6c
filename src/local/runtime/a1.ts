import { gasError } from "./errors";

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A1 reference with open ends: `A:C` has no rows, `2:5` no columns, `A2:C`
 * no end row. Missing numbers are filled in against the sheet's size by the caller.
 */
export interface A1Ref {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

export function parseA1(text: string): A1Ref {
  let rest = text.trim();
  const ref: A1Ref = {};
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    let name = rest.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    ref.sheetName = name;
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(":");
  if (extra !== undefined || !a) throw gasError("Range not found");
  const first = CELL.exec(a);
  const second = b === undefined ? first : CELL.exec(b);
  if (!first || !second) throw gasError("Range not found");
  const k1 = kindOf(first);
  const k2 = kindOf(second);
  // `A1`, `A1:B2`, `A:C`, `2:5` and the open-ended `A2:C` are the forms Sheets accepts.
  const ok = b === undefined ? k1 === "cell" : k1 === k2 || (k1 === "cell" && k2 === "col");
  if (!ok || k1 === "none") throw gasError("Range not found");
  ref.startCol = first[1] ? columnNumber(first[1]) : undefined;
  ref.startRow = first[2] ? Number(first[2]) : undefined;
  ref.endCol = second[1] ? columnNumber(second[1]) : undefined;
  ref.endRow = second[2] ? Number(second[2]) : undefined;
  if (ref.startRow === 0 || ref.endRow === 0) throw gasError("Range not found");
  return ref;
}

function kindOf(m: RegExpExecArray): "cell" | "col" | "row" | "none" {
  if (m[1] && m[2]) return "cell";
  if (m[1]) return "col";
  return m[2] ? "row" : "none";
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellA1(row: number, col: number): string {
  return columnLetters(col) + row;
}
