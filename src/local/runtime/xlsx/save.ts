import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { cellA1 } from "../a1";
import { ensureCalculated } from "../formula/recalc";
import type { Cell } from "../model/grid";
import type { LocalSheet } from "../model/sheet";
import type { LocalSpreadsheet } from "../model/spreadsheet";
import type { LocalDataValidation } from "../model/validation";
import { CellError, type Stored } from "../values";
import { argbFromColor, pointsFromPixels, toExcelValidation, widthFromPixels } from "./convert";

/**
 * The workbook as .xlsx bytes. Formulas are computed first and written with their results, as a file
 * downloaded from Sheets has them, and Excel is asked to recalculate on open; charts and protections
 * are not written.
 */
export async function xlsxBuffer(book: LocalSpreadsheet): Promise<Buffer> {
  ensureCalculated(book);
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  const names = xlsxTabNames(book.sheets.map((s) => s.name));
  for (const sheet of book.sheets) writeSheet(wb, sheet, book, names.get(sheet.name) ?? sheet.name);
  const active = book.sheets.indexOf(book.getActiveSheet());
  wb.views = [{ x: 0, y: 0, width: 24000, height: 12000, firstSheet: 0, activeTab: Math.max(active, 0), visibility: "visible" }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A tab whose Sheets name an .xlsx file cannot hold, and the name it is saved under. */
export interface RenamedTab {
  from: string;
  to: string;
}

/**
 * Saves the workbook; answers the tabs saved under another name. Sheets allows tab names that
 * Excel's format refuses (longer than 31 characters, or holding / \ ? * : [ ]): such a tab is
 * saved under a name the format takes, and the caller must say so.
 */
export async function saveXlsx(book: LocalSpreadsheet, file: string): Promise<RenamedTab[]> {
  await writeFile(file, await xlsxBuffer(book));
  const names = xlsxTabNames(book.sheets.map((s) => s.name));
  return book.sheets.filter((s) => names.get(s.name) !== s.name).map((s) => ({ from: s.name, to: names.get(s.name)! }));
}

const XLSX_NAME_MAX = 31;

/** Each tab name as the .xlsx format can hold it: no / \ ? * : [ ], at most 31 characters, unique ignoring case. */
export function xlsxTabNames(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    let base = trimQuotes(name.replace(/[/\\?*:[\]]/g, "_")) || "_";
    base = fitTabName(base, XLSX_NAME_MAX);
    let candidate = base;
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      candidate = fitTabName(base, XLSX_NAME_MAX - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    out.set(name, candidate);
  }
  return out;
}

/** The longest start of `s` of at most `max` UTF-16 units (Excel's count) that splits no character. */
function fitTabName(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** Excel refuses a name that starts or ends with an apostrophe. */
function trimQuotes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s[a] === "'") a++;
  while (b > a && s[b - 1] === "'") b--;
  return s.slice(a, b);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: LocalSheet, book: LocalSpreadsheet, name: string): void {
  const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
  const ws = wb.addWorksheet(name, {
    state: sheet.hidden ? "hidden" : "visible",
    properties: sheet.tabColor ? { tabColor: { argb: argbFromColor(sheet.tabColor) } } : {},
    views: frozen
      ? [
          {
            state: "frozen",
            xSplit: sheet.frozenColumns,
            ySplit: sheet.frozenRows,
            topLeftCell: cellA1(sheet.frozenRows + 1, sheet.frozenColumns + 1),
          },
        ]
      : [{ state: "normal" }],
  });
  sheet.columnWidths.forEach((px, i) => {
    if (px !== undefined) ws.getColumn(i + 1).width = widthFromPixels(px);
  });
  sheet.hiddenColumns.forEach((hidden, i) => {
    if (hidden) ws.getColumn(i + 1).hidden = true;
  });
  sheet.rowHeights.forEach((px, i) => {
    if (px !== undefined) ws.getRow(i + 1).height = pointsFromPixels(px);
  });
  sheet.hiddenRows.forEach((hidden, i) => {
    if (hidden) ws.getRow(i + 1).hidden = true;
  });

  for (const [r, c, cell] of sheet.grid.entries()) writeCell(ws.getCell(r, c), cell);
  for (const m of sheet.merges) {
    ws.mergeCellsWithoutStyle(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  writeValidations(ws, sheet, book);
}

function excelValue(value: Stored): ExcelJS.CellValue {
  return value instanceof CellError ? { error: value.code as ExcelJS.ErrorValue } : value;
}

function writeCell(xc: ExcelJS.Cell, cell: Cell): void {
  if (cell.formula) {
    const result = cell.value === undefined ? undefined : excelValue(cell.value);
    xc.value = { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined && !cell.spill) {
    // An array formula's spilled values are recomputed after loading; saved as typed values they would block it.
    xc.value = excelValue(cell.value);
  }
  if (cell.format) xc.numFmt = cell.format;
  if (cell.bold || cell.italic || cell.fontColor) {
    xc.font = {
      ...(cell.bold ? { bold: true } : {}),
      ...(cell.italic ? { italic: true } : {}),
      ...(cell.fontColor ? { color: { argb: argbFromColor(cell.fontColor) } } : {}),
    };
  }
  if (cell.background) {
    xc.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbFromColor(cell.background) } };
  }
  if (cell.hAlign || cell.vAlign || cell.wrap === "WRAP") {
    xc.alignment = {
      ...(cell.hAlign ? { horizontal: cell.hAlign as "left" | "center" | "right" } : {}),
      ...(cell.vAlign ? { vertical: cell.vAlign as "top" | "middle" } : {}),
      ...(cell.wrap === "WRAP" ? { wrapText: true } : {}),
    };
  }
  if (cell.note) xc.note = cell.note;
}

/** One rule per run of cells sharing it down a column, so large sheets stay small. */
function writeValidations(ws: ExcelJS.Worksheet, sheet: LocalSheet, book: LocalSpreadsheet): void {
  const byColumn = new Map<number, [number, LocalDataValidation][]>();
  for (const [r, c, cell] of sheet.grid.entries()) {
    if (!cell.validation) continue;
    const list = byColumn.get(c) ?? [];
    list.push([r, cell.validation]);
    byColumn.set(c, list);
  }
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const converted = new Map<LocalDataValidation, ExcelJS.DataValidation | undefined>();
  for (const [c, cells] of byColumn) {
    cells.sort((a, b) => a[0] - b[0]);
    let i = 0;
    while (i < cells.length) {
      const [start, rule] = cells[i];
      let end = start;
      while (i + 1 < cells.length && cells[i + 1][1] === rule && cells[i + 1][0] === end + 1) end = cells[++i][0];
      i++;
      if (!converted.has(rule)) converted.set(rule, toExcelValidation(rule, book));
      const dv = converted.get(rule);
      if (!dv) continue;
      const key = start === end ? cellA1(start, c) : `${cellA1(start, c)}:${cellA1(end, c)}`;
      model[key] = dv;
    }
  }
}
