/**
 * Writes the report tab. A new tab is filled first and only then replaces an older report of the
 * same month, so a failure half-way leaves the previous report intact; other tabs are never touched.
 */
import type { Lang } from "../domain/messages";
import type { Month } from "../domain/dates";
import type { ChartSpec, Layout } from "./report-layout";
import type { Context } from "./workbook";

const SHADE = "#e8f0fe";

export function reportTabName(month: Month, lang: Lang): string {
  return lang === "zh" ? `月报 ${month}` : `Report ${month}`;
}

function chartType(kind: ChartSpec["kind"]) {
  if (kind === "pie") return Charts.ChartType.PIE;
  if (kind === "column") return Charts.ChartType.COLUMN;
  return Charts.ChartType.BAR;
}

function addCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: Layout): void {
  const anchorColumn = layout.width + 2;
  let anchorRow = 1;
  for (const spec of layout.charts) {
    const builder = sheet.newChart().setChartType(chartType(spec.kind));
    for (const col of spec.columns) builder.addRange(sheet.getRange(spec.row, col, spec.rows + 1, 1));
    const chart = builder
      .setNumHeaders(1)
      .setOption("title", spec.title)
      .setOption("width", 520)
      .setOption("height", 320)
      .setPosition(anchorRow, anchorColumn, 0, 0)
      .build();
    sheet.insertChart(chart);
    anchorRow += 18;
  }
}

const TEMP_SUFFIX = " …";

export function writeReportTab(ctx: Context, month: Month, lang: Lang, layout: Layout): string {
  const names = [reportTabName(month, "zh"), reportTabName(month, "en")];
  return writeGeneratedTab(ctx, reportTabName(month, lang), names, layout);
}

/**
 * Writes a generated tab (a report, a hand-over) named `name`, replacing any tab named one of
 * `replaces` (the same month in either language) and nothing else.
 */
export function writeGeneratedTab(ctx: Context, name: string, replaces: readonly string[], layout: Layout): string {
  const { ss } = ctx;
  // A temporary tab left by a run that failed half-way must not block the next run.
  for (const s of ss.getSheets()) if (s.getName() === name + TEMP_SUFFIX) ss.deleteSheet(s);
  const old = ss.getSheets().filter((s) => replaces.includes(s.getName()));
  const index = old.length ? old[0].getIndex() - 1 : ss.getSheets().length;
  // Replacing: fill a new tab first, so a failure leaves the previous one intact.
  const sheet = ss.insertSheet(old.length ? name + TEMP_SUFFIX : name, index);
  try {
    fill(sheet, layout);
    // A finished record: an accidental edit asks first.
    sheet.protect().setDescription(name).setWarningOnly(true);
    for (const s of old) ss.deleteSheet(s);
  } catch (e) {
    ss.deleteSheet(sheet);
    throw e;
  }
  if (old.length) sheet.setName(name);
  sheet.activate();
  return name;
}

function fill(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: Layout): void {
  const rows = layout.values.length;
  if (sheet.getMaxColumns() < layout.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows, layout.width);
  range.setValues(layout.values);
  range.setNumberFormats(layout.formats);
  range.setFontWeights(layout.bold.map((r) => r.map((b) => (b ? "bold" : "normal"))));
  range.setBackgrounds(layout.shaded.map((r) => r.map((s) => (s ? SHADE : null)) as string[]));
  range.setHorizontalAlignments(layout.align);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setColumnWidths(1, layout.width, 110);
  addCharts(sheet, layout);
}
