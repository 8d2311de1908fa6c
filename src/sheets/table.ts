/**
 * Finding a tab's header row and columns by name. Pure: it works on the 2-D array one
 * `getValues()` returned, so a whole tab costs one Sheets call however many rows it has.
 */
import type { Msg } from "../domain/messages";
import { type ColumnDef, normaliseHeader, spellings, type TabDef } from "./schema";

export type CellValue = string | number | boolean | Date;

export interface Problem {
  sheet: string;
  /** A1 notation of the cell ("E10"), or of the header row for a missing column; "" for a missing tab. */
  cell: string;
  message: Msg;
}

export interface Table {
  def: TabDef;
  /** The tab's actual name in this spreadsheet. */
  sheet: string;
  values: CellValue[][];
  /** 0-based index into `values` of the header row; data follows it. */
  headerIndex: number;
  /** 0-based column index of each known column found. */
  columns: Partial<Record<string, number>>;
  /** Header text of every column, as typed. */
  headers: string[];
  /** Further columns whose header names the same field as `columns[key]`: read from the first only. */
  duplicates: Partial<Record<string, number[]>>;
}

/** "A", "B", … "Z", "AA": the letters of a 1-based column number. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 notation from 0-based indices into a values array read from A1. */
export function a1(rowIndex: number, colIndex: number): string {
  return `${columnLetter(colIndex + 1)}${rowIndex + 1}`;
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** "现金 Cash", "Credited to 经办人", "现金/Cash": the zh and en halves of a bilingual header. */
function halves(header: string): string[] {
  const out: string[] = [];
  for (const part of header.split(/[/|]/)) {
    let run = "";
    let cjk: boolean | null = null;
    for (const ch of part) {
      const isCjk = CJK.test(ch);
      if (cjk !== null && isCjk !== cjk && ch.trim() !== "") {
        out.push(run);
        run = "";
      }
      if (ch.trim() !== "") cjk = isCjk;
      run += ch;
    }
    out.push(run);
  }
  return out.map(normaliseHeader).filter((p) => p !== "");
}

export function exactColumn(header: unknown, col: ColumnDef): boolean {
  return typeof header === "string" && header.trim() !== "" && spellings(col).includes(normaliseHeader(header));
}

/** Exact in either language, or a bilingual header whose every half names this same column. */
export function matchColumn(header: unknown, col: ColumnDef): boolean {
  if (typeof header !== "string" || header.trim() === "") return false;
  if (exactColumn(header, col)) return true;
  const parts = halves(header);
  const names = spellings(col);
  return parts.length > 1 && parts.every((p) => names.includes(p));
}

export const HEADER_SCAN = 5;

/**
 * Locates the header row: the first rows are scanned because a title row (often merged across
 * the top) may sit above the headers. The row naming the most known columns wins.
 */
export function locateHeader(
  values: CellValue[][],
  def: TabDef,
): { headerIndex: number; columns: Partial<Record<string, number>>; duplicates: Partial<Record<string, number[]>> } {
  let best = { headerIndex: 0, columns: {} as Partial<Record<string, number>>, score: -1 };
  for (let r = 0; r < Math.min(HEADER_SCAN, values.length); r++) {
    const columns: Partial<Record<string, number>> = {};
    const used = new Set<number>();
    let score = 0;
    // Exact names first, so "Commission paid on" is never taken for "Commission"; one column per key.
    for (const match of [exactColumn, matchColumn]) {
      for (const col of def.columns) {
        if (columns[col.key] !== undefined) continue;
        const c = values[r].findIndex((h, i) => !used.has(i) && match(h, col));
        if (c >= 0) {
          columns[col.key] = c;
          used.add(c);
          score += col.required ? 2 : 1;
        }
      }
    }
    if (score > best.score) best = { headerIndex: r, columns, score };
  }
  return { headerIndex: best.headerIndex, columns: best.columns, duplicates: duplicateColumns(values[best.headerIndex] ?? [], def, best.columns) };
}

/** Columns left over that name a field already found ("现金" and "Cash", "金额" twice): never a silent choice. */
function duplicateColumns(header: readonly CellValue[], def: TabDef, columns: Partial<Record<string, number>>): Partial<Record<string, number[]>> {
  const used = new Set(Object.values(columns));
  const out: Partial<Record<string, number[]>> = {};
  for (const col of def.columns) {
    if (columns[col.key] === undefined) continue;
    const more = header.flatMap((h, i) => (!used.has(i) && matchColumn(h, col) ? [i] : []));
    if (more.length) out[col.key] = more;
  }
  return out;
}

/**
 * `problems` keep the tab from being read (a required column is missing); `warnings` do not: a field
 * named by two columns is read from the first, and each cell of the other that says something else
 * is reported as it is read.
 */
export function makeTable(def: TabDef, sheet: string, values: CellValue[][]): { table: Table; problems: Problem[]; warnings: Problem[] } {
  const { headerIndex, columns, duplicates } = locateHeader(values, def);
  const headers = (values[headerIndex] ?? []).map((h) => (h instanceof Date ? "" : String(h)));
  const problems: Problem[] = [];
  for (const col of def.columns) {
    if (col.required && columns[col.key] === undefined) {
      problems.push({
        sheet,
        cell: `A${headerIndex + 1}`,
        message: { key: "columnMissing", params: { zh: col.zh, en: col.en } },
      });
    }
  }
  const warnings: Problem[] = [];
  for (const col of def.columns) {
    const main = columns[col.key];
    for (const c of duplicates[col.key] ?? []) {
      warnings.push({
        sheet,
        cell: a1(headerIndex, c),
        message: { key: "columnTwice", params: { zh: col.zh, en: col.en, first: a1(headerIndex, main!), second: a1(headerIndex, c) } },
      });
    }
  }
  return { table: { def, sheet, values, headerIndex, columns, headers, duplicates }, problems, warnings };
}

/** True when the row holds nothing but blanks (blank rows in the middle are skipped, not errors). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => v === "" || v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}
