/**
 * Writes the report tab. A new tab is filled first and only then replaces an older report of the
 * same month that the add-on made, so a failure half-way leaves the previous report intact; other
 * tabs, and a user's own tab of the same name, are never touched.
 */

import type { Month } from "../domain/dates";
import type { Lang } from "../domain/messages";
import { reportLabel } from "./report-labels";
import type { ChartSpec, Layout } from "./report-layout";
import type { Context } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SHADE = "#e8f0fe";

export function reportTabName(month: Month, lang: Lang): string {
  return reportLabel("tabName", lang, { month });
}

function chartType(kind: ChartSpec["kind"]) {
  if (kind === "pie") return Charts.ChartType.PIE;
  if (kind === "column") return Charts.ChartType.COLUMN;
  return Charts.ChartType.BAR;
}

/** Rows one chart takes beside the record (320 px high). */
const CHART_ROWS = 18;

function addCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: Layout): void {
  const anchorColumn = layout.width + 2;
  let anchorRow = 1;
  for (const spec of layout.charts) {
    const builder = sheet.newChart().setChartType(chartType(spec.kind));
    for (const col of spec.columns) builder.addRange(sheet.getRange(spec.row, col, spec.rows + 1, 1));
    // Google Charts' option, as EmbeddedColumnChartBuilder.setStacked() sets it.
    if (spec.stacked) builder.setOption("isStacked", true);
    const chart = builder
      .setNumHeaders(1)
      .setOption("title", spec.title)
      .setOption("width", 520)
      .setOption("height", 320)
      .setPosition(anchorRow, anchorColumn, 0, 0)
      .build();
    sheet.insertChart(chart);
    anchorRow += CHART_ROWS;
  }
}

export function writeReportTab(ctx: Context, month: Month, lang: Lang, layout: Layout): Written {
  const names = [reportTabName(month, "zh"), reportTabName(month, "en")];
  return writeGeneratedTab(ctx, reportTabName(month, lang), names, layout, `report ${month}`);
}

const TEMP_SUFFIX = " …";

/**
 * What the add-on made is tagged with developer metadata: a user's own tab of the same name is never
 * replaced. DOCUMENT visibility, so the script bound to a copy of the spreadsheet (a new project)
 * still recognises the tabs; the sheet id in the value, so a duplicated tab is not taken for ours.
 * (Sheet.addDeveloperMetadata, DeveloperMetadataVisibility in the Apps Script reference.)
 */
const OWNER_KEY = "outreach.generated";

function markOf(sheet: Sheet, mark: string): string {
  return `${mark} ${sheet.getSheetId()}`;
}

/** A tab still being filled carries this after its mark: only such a tab is a leftover to remove. */
const FILLING = " filling";

function tagOf(sheet: Sheet, mark: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  const ours = markOf(sheet, mark);
  return sheet.getDeveloperMetadata().find((m) => m.getKey() === OWNER_KEY && (m.getValue() === ours || m.getValue() === ours + FILLING));
}

/** "月报 2026-11", "月报 2026-11 (2)", "月报 2026-11 (3)"…: the names a generated tab may take. */
function variantOf(name: string, base: string): boolean {
  if (name === base) return true;
  const rest = name.startsWith(`${base} (`) && name.endsWith(")") ? name.slice(base.length + 2, -1) : "";
  return rest !== "" && rest.length <= 4 && [...rest].every((ch) => ch >= "0" && ch <= "9");
}

export interface Written {
  tab: string;
  /** The tab the add-on did not make that holds the wanted name, so the new one was written beside it. */
  beside: string | null;
}

/**
 * Writes a generated tab (a report, a hand-over) named `name`, replacing the tabs this add-on made
 * for the same `mark` (the same month in either language) and nothing else. A tab of that name that
 * the add-on did not make stays untouched: the new one goes beside it as "name (2)".
 */
export function writeGeneratedTab(ctx: Context, name: string, replaces: readonly string[], layout: Layout, mark: string): Written {
  const { ss } = ctx;
  // Only tabs with one of these names are asked whether they are ours: the calls stay constant.
  const isCandidate = (s: Sheet) => replaces.some((r) => variantOf(s.getName(), r) || s.getName().startsWith(r + TEMP_SUFFIX));
  const tagged = ss
    .getSheets()
    .filter(isCandidate)
    .map((s) => ({ s, tag: tagOf(s, mark) }))
    .filter((x) => x.tag);
  // A tab left half-filled by a run that failed must not block the next run. A finished record a
  // user renamed (even to a name like the temporary one) is not half-filled: it stays.
  for (const x of tagged) if (x.tag!.getValue()!.endsWith(FILLING)) ss.deleteSheet(x.s);
  const ours = new Set(tagged.filter((x) => !x.tag!.getValue()!.endsWith(FILLING) && replaces.some((r) => variantOf(x.s.getName(), r))).map((x) => x.s));
  const sheets = ss.getSheets();
  const holder = (n: string) => sheets.find((s) => s.getName().toLowerCase() === n.toLowerCase());
  const free = (n: string) => {
    const h = holder(n);
    return !h || ours.has(h);
  };
  let target = name;
  for (let n = 2; !free(target); n++) target = `${name} (${n})`;
  const old = [...ours];
  const index = old.length ? old[0].getIndex() - 1 : sheets.length;
  let temp = target;
  for (let n = 1; holder(temp); n++) temp = `${target}${TEMP_SUFFIX}${n > 1 ? n : ""}`;
  // Replacing: fill a new tab first, so a failure leaves the previous one intact.
  const sheet = ss.insertSheet(temp, index);
  try {
    sheet.addDeveloperMetadata(OWNER_KEY, markOf(sheet, mark) + FILLING, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    fill(sheet, layout);
    // A finished record: an accidental edit asks first.
    sheet.protect().setDescription(target).setWarningOnly(true);
  } catch (e) {
    ss.deleteSheet(sheet);
    throw e;
  }
  // The new record is complete: from here on nothing removes it. Should removing an old one fail,
  // the new one stays, whole, under its temporary name, and the error is shown.
  tagOf(sheet, mark)!.setValue(markOf(sheet, mark));
  for (const s of old) ss.deleteSheet(s);
  if (temp !== target) sheet.setName(target);
  sheet.activate();
  return { tab: target, beside: target === name ? null : name };
}

function fill(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: Layout): void {
  const rows = layout.values.length;
  if (sheet.getMaxColumns() < layout.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.width - sheet.getMaxColumns());
  // One sizing call at any size: the new tab's 1,000 rows become what the record holds (and the
  // height of the charts beside it), so a long year grows it and a short month trims it alike.
  const needed = Math.max(rows, layout.charts.length * CHART_ROWS + 1);
  const max = sheet.getMaxRows();
  if (max < needed) sheet.insertRowsAfter(max, needed - max);
  else if (max > needed) sheet.deleteRows(needed + 1, max - needed);
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
