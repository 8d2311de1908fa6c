import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import { columnNumber } from "../a1";
import type { Cell } from "../model/grid";
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type LocalSheet } from "../model/sheet";
import { LocalSpreadsheet, type WorkbookOptions } from "../model/spreadsheet";
import type { LocalDataValidation } from "../model/validation";
import { isDateFormat } from "../numfmt";
import { serialFromUtcWallDate } from "../tz";
import { CellError, DATE_FORMAT, isDate, type Stored } from "../values";
import { readBareCommentText } from "./comment-text";
import { colorFromArgb, fromExcelValidation, pixelsFromPoints, pixelsFromWidth } from "./convert";

const ZIP_MAGIC = 0x04034b50;

/**
 * Opens an .xlsx file (or its bytes) as a spreadsheet. Formulas keep the
 * result cached in the file; dates come back as the same wall-clock dates in
 * the book's time zone.
 */
export async function loadXlsx(fileOrBuffer: string | Buffer, opts: WorkbookOptions = {}): Promise<LocalSpreadsheet> {
  const label = typeof fileOrBuffer === "string" ? fileOrBuffer : "The data";
  const bytes = typeof fileOrBuffer === "string" ? await readFile(fileOrBuffer) : fileOrBuffer;
  const notXlsx = (why: string) => new Error(`${label} is not an .xlsx workbook: ${why}`);
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP_MAGIC) throw notXlsx("it is not a zip archive");
  const wb = await parse(bytes, notXlsx);
  if (wb.worksheets.length === 0) throw notXlsx("it has no worksheets");

  const name = opts.name ?? (typeof fileOrBuffer === "string" ? basename(fileOrBuffer).replace(/\.xlsx$/i, "") : undefined);
  const book = new LocalSpreadsheet({ ...opts, name });
  // exceljs refuses a file with an empty tab name or two names equal but for case, as Excel does.
  const pairs = wb.worksheets.map((ws) => [ws, book._addSheet(ws.name)] as const);
  for (const [ws, sheet] of pairs) readSheet(ws, sheet);
  // Rules may point at other tabs, so they are read once every tab has its size.
  for (const [ws, sheet] of pairs) readValidations(ws, sheet, book);

  const active = wb.views?.[0]?.activeTab;
  const activeSheet = active !== undefined ? book.sheets[active] : undefined;
  const firstVisible = book.sheets.find((s) => !s.hidden);
  book.setActiveSheet(activeSheet && !activeSheet.hidden ? activeSheet : (firstVisible ?? book.sheets[0]));
  return book;
}

/** Sheet parts this runtime never reads; skipping them gets past exceljs's stumbles on foreign files. */
const OPTIONAL_PARTS = [
  "drawing",
  "legacyDrawing",
  "picture",
  "tableParts",
  "extLst",
  "conditionalFormatting",
  "autoFilter",
  "hyperlinks",
  "sheetProtection",
  "pageSetup",
  "pageMargins",
  "headerFooter",
  "printOptions",
  "rowBreaks",
];

async function parse(bytes: Buffer, notXlsx: (why: string) => Error): Promise<ExcelJS.Workbook> {
  readBareCommentText();
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  } catch (first) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: OPTIONAL_PARTS } as never);
      return wb;
    } catch {
      throw notXlsx((first as Error).message);
    }
  }
}

function readSheet(ws: ExcelJS.Worksheet, sheet: LocalSheet): void {
  sheet.hidden = ws.state === "hidden" || ws.state === "veryHidden";
  sheet.tabColor = colorFromArgb(ws.properties?.tabColor?.argb) ?? null;
  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.frozenRows = Math.max(0, Math.trunc(view.ySplit ?? 0));
    sheet.frozenColumns = Math.max(0, Math.trunc(view.xSplit ?? 0));
  }

  let lastRow = 0;
  let lastCol = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    if (row.height) sheet.rowHeights[r - 1] = pixelsFromPoints(row.height);
    if (row.hidden) sheet.hiddenRows[r - 1] = true;
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      const cell = readCell(xc);
      if (!cell) return;
      sheet.grid.set(r, c, cell);
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
  }

  // exceljs keeps merges by master address; its public model rebuilds every row to list them.
  const merges = Object.values((ws as unknown as { _merges: Record<string, MergeBox> })._merges ?? {});
  for (const m of merges) {
    if (!m) continue;
    sheet.merges.push({ row: m.top, column: m.left, numRows: m.bottom - m.top + 1, numColumns: m.right - m.left + 1 });
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }
  // Sheets imports at least its default grid, and grows it to hold everything in the file.
  // Column definitions alone (Excel may style A:XFD) do not widen it.
  sheet.maxRows = Math.max(DEFAULT_ROWS, lastRow, sheet.frozenRows + 1);
  sheet.maxColumns = Math.max(DEFAULT_COLUMNS, lastCol, sheet.frozenColumns + 1);
  const defined = Math.min(ws.columns?.length ?? 0, sheet.maxColumns);
  for (let c = 1; c <= defined; c++) {
    const col = ws.getColumn(c);
    if (col.width) sheet.columnWidths[c - 1] = pixelsFromWidth(col.width);
    if (col.hidden) sheet.hiddenColumns[c - 1] = true;
  }
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function readCell(xc: ExcelJS.Cell): Cell | undefined {
  const cell: Cell = {};
  const numFmt = typeof xc.numFmt === "string" && !/^general$/i.test(xc.numFmt) ? xc.numFmt : undefined;
  if (numFmt) cell.format = numFmt;
  const value = xc.value as unknown;
  switch (xc.type) {
    case ExcelJS.ValueType.Merge:
    case ExcelJS.ValueType.Null:
      break;
    case ExcelJS.ValueType.Formula: {
      const formula = xc.formula;
      const result = stored(xc.result);
      if (formula) cell.formula = `=${formula}`;
      if (result !== undefined) cell.value = result;
      break;
    }
    default: {
      const v = stored(value);
      if (v !== undefined) cell.value = v;
    }
  }
  // A date the file stores under a format we do not read as a date keeps its Date-ness.
  if (isDate(value) || isDate(xc.type === ExcelJS.ValueType.Formula ? xc.result : undefined)) {
    if (!isDateFormat(cell.format ?? "")) cell.format = DATE_FORMAT;
  }
  readStyle(xc, cell);
  const note = noteText(xc.note);
  if (note) cell.note = note;
  return Object.keys(cell).length ? cell : undefined;
}

/** A value from exceljs as this runtime stores it; rich text and links become their text. */
function stored(value: unknown): Stored | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? undefined : value;
  if (isDate(value)) return serialFromUtcWallDate(value);
  if (typeof value === "object") {
    const o = value as { error?: string; richText?: { text: string }[]; text?: unknown; hyperlink?: string };
    if (o.error) return new CellError(o.error);
    if (o.richText) return o.richText.map((t) => t.text).join("");
    if (o.text !== undefined) return stored(o.text);
    if (o.hyperlink) return o.hyperlink;
  }
  return undefined;
}

function readStyle(xc: ExcelJS.Cell, cell: Cell): void {
  const font = xc.font;
  if (font?.bold) cell.bold = true;
  if (font?.italic) cell.italic = true;
  const fontColor = colorFromArgb(font?.color?.argb);
  if (fontColor && fontColor !== "#000000") cell.fontColor = fontColor;
  const fill = xc.fill;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const bg = colorFromArgb(fill.fgColor?.argb);
    if (bg && bg !== "#ffffff") cell.background = bg;
  }
  const align = xc.alignment;
  if (align?.horizontal === "left" || align?.horizontal === "center" || align?.horizontal === "right") {
    cell.hAlign = align.horizontal;
  }
  if (align?.vertical === "top" || align?.vertical === "middle") cell.vAlign = align.vertical;
  if (align?.wrapText) cell.wrap = "WRAP";
}

function noteText(note: unknown): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : undefined;
}

function readValidations(ws: ExcelJS.Worksheet, sheet: LocalSheet, book: LocalSpreadsheet): void {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations?.model;
  if (!model) return;
  const converted = new Map<ExcelJS.DataValidation, LocalDataValidation | undefined>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    const row = Number(m[2]);
    const col = columnNumber(m[1]);
    // Whole-column rules (A2:A1048576) apply only within the imported grid.
    if (row > sheet.maxRows || col > sheet.maxColumns) continue;
    if (!converted.has(dv)) converted.set(dv, fromExcelValidation(dv, book, sheet.name));
    const rule = converted.get(dv);
    if (rule) sheet.grid.ensure(row, col).validation = rule;
  }
}
