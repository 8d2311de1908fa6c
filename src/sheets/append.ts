/**
 * Appending one row to a tab found by its headers. The row goes after the last row anyone typed
 * in (an array formula's computed column does not count), in the columns named by the tab's
 * contract wherever members moved them.
 */
import { UserError } from "../domain/errors";
import { ensureRow, lastFilledIndex, writeRows } from "./cells";
import type { TabDef } from "./schema";
import { type CellValue, locateHeader } from "./table";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const blank = (v: CellValue) => v === "" || v === null || v === undefined;

/** A column of the tab's contract that its header row lacks, naming the tab and the header row. */
export function missingColumn(t: Pick<TabRead, "sheet" | "def" | "headerIndex">, key: string): UserError {
  const col = t.def.columns.find((c) => c.key === key)!;
  return new UserError({ key: "columnMissingIn", params: { zh: col.zh, en: col.en, sheet: t.sheet.getName(), cell: `A${t.headerIndex + 1}` } });
}

/** Formulas whose result fills the cells below them (ARRAYFORMULA, an array literal, FILTER…). */
const ARRAY_FORMULA = /^=\s*(\{|(ARRAYFORMULA|FILTER|SORT|SORTN|UNIQUE|QUERY|IMPORTRANGE|FLATTEN|TRANSPOSE|SEQUENCE|SPLIT|MMULT)\s*\()/i;

/**
 * Columns a department filled with its own array formula: in Sheets every cell under it holds a
 * computed value (0, "", FALSE…) down to the last row, and those are not rows anyone typed. One
 * getFormulas for the whole tab, whatever its size.
 */
function arrayFormulaColumns(t: TabRead): number[] {
  const formulas = t.sheet.getRange(1, 1, Math.max(t.values.length, 1), Math.max(t.values[0]?.length ?? 0, 1)).getFormulas();
  const out: number[] = [];
  const width = formulas[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    for (let r = t.headerIndex + 1; r < formulas.length; r++) {
      if (formulas[r][c] === "") continue;
      if (ARRAY_FORMULA.test(formulas[r][c]) || spillsBelow(t.values, formulas, r, c)) out.push(c);
      break;
    }
  }
  return out;
}

/**
 * Whatever its function (MAP, BYROW, MAKEARRAY, a custom function returning a column…), a formula
 * whose column holds values with no formula of their own below it is filling them.
 */
function spillsBelow(values: readonly CellValue[][], formulas: readonly string[][], row: number, c: number): boolean {
  for (let r = row + 1; r < formulas.length; r++) {
    if (formulas[r][c] !== "") return false;
    if (!blank(values[r]?.[c])) return true;
  }
  return false;
}

export interface TabRead {
  sheet: Sheet;
  def: TabDef;
  values: CellValue[][];
  /** 0-based, as in `values`. */
  headerIndex: number;
  columns: Partial<Record<string, number>>;
}

/** One getValues for the whole tab; the header row and columns are found by name. */
export function readTab(sheet: Sheet, def: TabDef): TabRead {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return { sheet, def, values, ...locateHeader(values, def) };
}

/** The text of one column of every data row, by 0-based row index. */
export function columnTexts(t: TabRead, key: string): string[] {
  const c = t.columns[key];
  if (c === undefined) return [];
  return t.values.slice(t.headerIndex + 1).map((row) => (typeof row[c] === "string" ? (row[c] as string).trim() : String(row[c] ?? "")));
}

/**
 * Checks that every value has a column, writing nothing yet: a save that touches two tabs checks
 * both before it writes either. The returned function writes the row and gives its 1-based number.
 */
export function prepareAppend(t: TabRead, cells: Record<string, CellValue>): () => number {
  const write = prepareAppendRows(t, [cells]);
  return () => write()[0];
}

/**
 * As prepareAppend, for several rows written below the last one as one block (one setValues per run of
 * adjacent columns, whatever the number of rows). Answers the 1-based rows written; none for no rows.
 */
export function prepareAppendRows(t: TabRead, lines: readonly Record<string, CellValue>[]): () => number[] {
  const { def, columns } = t;
  for (const col of def.columns) if (col.required && columns[col.key] === undefined) throw missingColumn(t, col.key);
  const rows = lines.map((cells) => {
    const row = new Map<number, CellValue>();
    for (const [key, value] of Object.entries(cells)) {
      const c = columns[key];
      if (c === undefined) {
        // Dropping a value the user typed because its column was deleted would lose it silently.
        if (!blank(value)) throw missingColumn(t, key);
        continue;
      }
      row.set(c + 1, value);
    }
    return row;
  });
  const computed = new Set(def.columns.filter((c) => c.kind === "formula" && columns[c.key] !== undefined).map((c) => columns[c.key]!));
  return () => {
    if (rows.length === 0) return [];
    for (const c of arrayFormulaColumns(t)) computed.add(c);
    const at = lastFilledIndex(t.values, t.headerIndex + 1, computed) + 2;
    ensureRow(t.sheet, at + rows.length - 1);
    writeRows(t.sheet, at, rows);
    return rows.map((_, i) => at + i);
  };
}
