/**
 * 初始化表格 / Set up sheets: creates what is missing and never deletes, moves or overwrites what
 * members typed. Running it twice leaves the sheet as the first run left it.
 */
import { parseDate } from "../domain/dates";
import { BASIS_LABELS, SETTING_DEFS, type SettingDef } from "../domain/settings";
import { type Lang, t } from "../domain/text";
import { attendanceFormulaText } from "./attendance-formulas";
import { attendanceCodeList } from "./attendance-grid";
import { closedToMe } from "./edit-rights";
import { DATE_FORMAT, DATE_TIME_FORMAT, MONEY_FORMAT, TEXT_FORMAT } from "./formats";
import { insertTabKeepingPlace } from "./new-tab";
import { writeOwnFormula } from "./own-formulas";
import { type ColumnDef, columnTitle, LEDGER_STATUSES, normaliseHeader, spellings, TAB_ORDER, TABS, type TabDef, type TabKey, tabTitle } from "./schema";
import { SETUP_TEXT } from "./setup-text";
import { type CellValue, columnLetter, locateHeader } from "./table";
import { type Context, findTabs } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = "#e8f0fe";
/** The pattern Sheets reports for an automatic-format cell. */
const PLAIN_FORMAT = "0.###############";
/**
 * Columns kept as plain text: a receipt number such as 00123 or 2026092012345 typed into an automatic
 * cell would become a number (zeros lost, long ones shown in scientific notation); a link stays as typed.
 */
const TEXT_COLUMNS: Partial<Record<TabKey, readonly string[]>> = { accounts: ["receipt"], packages: ["due"] };

export interface SetupChange {
  kind: "tabCreated" | "columnsAdded" | "settingsAdded" | "formulaWritten" | "formulaSkipped" | "formulaBlocked" | "protectedSkipped";
  sheet: string;
  detail: string;
}

interface Layout {
  sheet: Sheet;
  headerRow: number; // 1-based
  columns: Partial<Record<string, number>>; // 1-based
  lastColumn: number;
  values: CellValue[][];
  /** A protection keeps this account out of the tab: set-up reads it and writes nothing there. */
  closed: boolean;
}

function ensureColumns(sheet: Sheet, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

/** Finds the header row and appends any missing column at the right (never moving existing ones). */
function layoutOf(sheet: Sheet, def: TabDef, lang: Lang, changes: SetupChange[], closed: boolean): Layout {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const empty = sheet.getLastRow() === 0;
  const located = empty ? { headerIndex: 0, columns: {} } : locateHeader(values, def);
  const headerRow = located.headerIndex + 1;
  const columns: Partial<Record<string, number>> = {};
  for (const [k, c] of Object.entries(located.columns)) columns[k] = (c as number) + 1;
  const lastColumn = empty ? 0 : Math.max(sheet.getLastColumn(), 0);
  const missing = def.columns.filter((c) => columns[c.key] === undefined);
  let last = lastColumn;
  if (missing.length > 0 && closed) {
    changes.push({ kind: "protectedSkipped", sheet: sheet.getName(), detail: missing.map((c) => columnTitle(c, lang)).join(", ") });
  } else if (missing.length > 0) {
    ensureColumns(sheet, last + missing.length);
    sheet.getRange(headerRow, last + 1, 1, missing.length).setValues([missing.map((c) => columnTitle(c, lang))]);
    for (const c of missing) columns[c.key] = ++last;
    if (!empty) changes.push({ kind: "columnsAdded", sheet: sheet.getName(), detail: missing.map((c) => columnTitle(c, lang)).join(", ") });
  }
  return { sheet, headerRow, columns, lastColumn: last, values, closed };
}

function styleHeader(l: Layout): void {
  const header = l.sheet.getRange(l.headerRow, 1, 1, Math.max(l.lastColumn, 1));
  header.setFontWeight("bold").setBackground(HEADER_BACKGROUND);
  if (l.sheet.getFrozenRows() < l.headerRow) l.sheet.setFrozenRows(l.headerRow);
}

function dataRange(l: Layout, column: number) {
  const rows = l.sheet.getMaxRows() - l.headerRow;
  return rows > 0 ? l.sheet.getRange(l.headerRow + 1, column, rows, 1) : null;
}

function listRule(labels: readonly string[], help: string) {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...labels], true)
    .setAllowInvalid(true)
    .setHelpText(help)
    .build();
}

function rangeRule(source: GoogleAppsScript.Spreadsheet.Range, help: string) {
  return SpreadsheetApp.newDataValidation().requireValueInRange(source, true).setAllowInvalid(true).setHelpText(help).build();
}

/** Formats and dropdowns per column: one call per column, never per row. */
function formatColumns(
  l: Layout,
  def: TabDef,
  lang: Lang,
  nameSources: Partial<Record<"members" | "sponsors" | "events" | "packages", GoogleAppsScript.Spreadsheet.Range>>,
): void {
  for (const col of def.columns) {
    const c = l.columns[col.key];
    if (c === undefined) continue;
    const range = dataRange(l, c);
    if (!range) continue;
    if (col.kind === "money") range.setNumberFormat(MONEY_FORMAT);
    if (col.kind === "date") range.setNumberFormat(DATE_FORMAT);
    if (col.kind === "datetime") range.setNumberFormat(DATE_TIME_FORMAT);
    if (col.kind === "formula" && def.key === "ledger") range.setNumberFormat(MONEY_FORMAT);
    if (TEXT_COLUMNS[def.key]?.includes(col.key)) range.setNumberFormat(TEXT_FORMAT);
    if (col.kind === "enum" && col.choices) {
      range.setDataValidation(
        listRule(
          col.choices.map((ch) => t(ch, lang)),
          columnTitle(col, lang),
        ),
      );
    }
    const source =
      col.kind === "name"
        ? nameSources.members
        : col.key === "sponsor" && def.key !== "sponsors"
          ? nameSources.sponsors
          : (col.key === "event" || col.key === "targetEvent") && def.key !== "events"
            ? nameSources.events
            : col.key === "package" && def.key === "ledger"
              ? nameSources.packages
              : undefined;
    if (source) range.setDataValidation(rangeRule(source, columnTitle(col, lang)));
    if (l.sheet.getColumnWidth(c) === 100 && col.width) l.sheet.setColumnWidth(c, col.width);
  }
}

function nameColumn(l: Layout | undefined): GoogleAppsScript.Spreadsheet.Range | undefined {
  if (!l || l.columns.name === undefined) return undefined;
  const rows = l.sheet.getMaxRows() - l.headerRow;
  return rows > 0 ? l.sheet.getRange(l.headerRow + 1, l.columns.name, rows, 1) : undefined;
}

/** Settings rows: adds each missing setting with its default, never touching a value already there. */
function setupSettings(l: Layout, lang: Lang, changes: SetupChange[]): Record<string, string> {
  const keyCol = l.columns.key;
  const valueCol = l.columns.value;
  const descCol = l.columns.description;
  const rowOf = new Map<SettingDef["key"], number>();
  for (let r = l.headerRow; r < l.values.length; r++) {
    if (keyCol === undefined) break;
    const label = normaliseHeader(String(l.values[r][keyCol - 1] ?? ""));
    const def = SETTING_DEFS.find((d) => spellings(d).includes(label));
    if (def && !rowOf.has(def.key)) rowOf.set(def.key, r + 1);
  }
  const missing = SETTING_DEFS.filter((d) => !rowOf.has(d.key));
  if (missing.length > 0 && (l.closed || keyCol === undefined || valueCol === undefined || descCol === undefined)) {
    changes.push({ kind: "protectedSkipped", sheet: l.sheet.getName(), detail: missing.map((d) => t(d, lang)).join(", ") });
  } else if (missing.length > 0 && keyCol !== undefined && valueCol !== undefined && descCol !== undefined) {
    let row = Math.max(l.sheet.getLastRow(), l.headerRow) + 1;
    const width = Math.max(keyCol, valueCol, descCol);
    const block = missing.map((d) => {
      const line: CellValue[] = new Array(width).fill("");
      line[keyCol - 1] = t(d, lang);
      line[valueCol - 1] = d.initial(lang);
      line[descCol - 1] = t(d.desc, lang);
      return line;
    });
    const maxRows = l.sheet.getMaxRows();
    if (row + block.length - 1 > maxRows) l.sheet.insertRowsAfter(maxRows, row + block.length - 1 - maxRows);
    // Formats first: a value written into a plain-text (@) cell stays as typed (19:00 is not made a time).
    l.sheet.getRange(row, valueCol, missing.length, 1).setNumberFormats(missing.map((d) => [d.format ?? PLAIN_FORMAT]));
    l.sheet.getRange(row, 1, block.length, width).setValues(block);
    for (const d of missing) rowOf.set(d.key, row++);
    changes.push({ kind: "settingsAdded", sheet: l.sheet.getName(), detail: missing.map((d) => t(d, lang)).join(", ") });
  }
  const refs: Record<string, string> = {};
  const quoted = `'${l.sheet.getName().replace(/'/g, "''")}'`;
  if (valueCol !== undefined) for (const [key, row] of rowOf) refs[key] = `${quoted}!$${columnLetter(valueCol)}$${row}`;
  const basisRow = rowOf.get("basis");
  refs.basisValue = basisRow && valueCol !== undefined ? String(l.sheet.getRange(basisRow, valueCol).getValue()) : t(BASIS_LABELS.cash, "zh");
  return refs;
}

/** Writes `formula` in the first data row of a column when that cell is empty or already ours. */
function ownFormula(l: Layout, col: ColumnDef, formula: string, lang: Lang, changes: SetupChange[]): void {
  const c = l.columns[col.key]!;
  const below = l.values.slice(l.headerRow).map((row) => row[c - 1]);
  const done = writeOwnFormula(l.sheet.getRange(l.headerRow + 1, c), below, formula);
  if (done === "same") return;
  changes.push({ kind: done === "written" ? "formulaWritten" : "formulaSkipped", sheet: l.sheet.getName(), detail: columnTitle(col, lang) });
}

function ledgerFormula(l: Layout, refs: Record<string, string>): string {
  const col = (key: string) => columnLetter(l.columns[key]!);
  const first = l.headerRow + 1;
  const r = (key: string) => `${col(key)}${first}:${col(key)}`;
  const received = LEDGER_STATUSES.find((s) => s.value === "received")!;
  // The statuses the report reads as received (blank included), so the column and the report agree.
  const spelled = spellings(received)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  // The basis is fixed into the formula: after changing 佣金基数, Set up sheets refreshes it.
  const inKind = /物资|in-?kind/i.test(refs.basisValue) ? `,${r("inKind")}` : "";
  // One COMMISSION call for the whole column: every custom-function call re-parses the script.
  return (
    `=ARRAYFORMULA(IF((${r("date")}="")*(${r("sponsor")}=""),"",` +
    `IF(REGEXMATCH(LOWER(SUBSTITUTE(TO_TEXT(${r("status")})," ","")),"^(${spelled}|)$"),` +
    `COMMISSION(${r("cash")},${refs.rate}${inKind}),0)))`
  );
}

/** The meeting columns (dated headers) and the formulas that total them per member. */
function attendanceFormulas(l: Layout, refs: Record<string, string>, timeZone: string) {
  const header = l.values[l.headerRow - 1] ?? [];
  const known = new Set(Object.values(l.columns).map((c) => (c as number) - 1));
  const dated = header
    .map((h, i) => ({ i, d: known.has(i) ? null : parseDate(h, { timeZone, allowTrailing: true, yearFrom: "2000-01-01" }) }))
    .filter((x) => x.d?.ok && x.d.value);
  if (dated.length === 0) return null;
  // The formulas read one block of meeting columns: a totals or notes column inside it would be
  // read as statuses (or read itself, a circular reference), so then no formula is written.
  const contiguous = dated[dated.length - 1].i - dated[0].i + 1 === dated.length;
  if (!contiguous) return { blocked: true as const };
  const first = dated[0].i + 1;
  const last = dated[dated.length - 1].i + 1;
  return { blocked: false as const, first, last, ...attendanceFormulaText(l.headerRow, first, last, refs) };
}

/** The department's rules and generated reports ask before an accidental edit, without locking anyone out. */
export function protectWithWarning(sheet: Sheet, description: string): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  sheet.protect().setDescription(description).setWarningOnly(true);
}

/** Creates and formats what is missing in every tab; the caller holds the document lock. */
export function setUpTabs(ctx: Context): SetupChange[] {
  const { ss, lang } = ctx;
  const changes: SetupChange[] = [];
  const sheets = findTabs(ss);
  for (const key of TAB_ORDER) {
    if (!sheets[key]) {
      sheets[key] = insertTabKeepingPlace(ss, tabTitle(TABS[key], lang), ss.getSheets().length);
      changes.push({ kind: "tabCreated", sheet: tabTitle(TABS[key], lang), detail: "" });
    }
  }
  const layouts = {} as Record<TabKey, Layout>;
  for (const key of TAB_ORDER) {
    layouts[key] = layoutOf(sheets[key]!, TABS[key], lang, changes, closedToMe(sheets[key]!));
    if (!layouts[key].closed) styleHeader(layouts[key]);
  }
  const refs = setupSettings(layouts.settings, lang, changes);
  if (!layouts.settings.closed) protectWithWarning(layouts.settings.sheet, t(SETUP_TEXT.settingsProtection, lang));
  const sources = {
    members: nameColumn(layouts.members),
    sponsors: nameColumn(layouts.sponsors),
    events: nameColumn(layouts.events),
    packages: nameColumn(layouts.packages),
  };
  for (const key of TAB_ORDER) if (!layouts[key].closed) formatColumns(layouts[key], TABS[key], lang, sources);

  const ledger = layouts.ledger;
  // Without a rate row (Settings closed to this account and missing it) there is nothing to point the formula at.
  if (!ledger.closed && refs.rate) ownFormula(ledger, TABS.ledger.columns.find((c) => c.key === "commission")!, ledgerFormula(ledger, refs), lang, changes);

  const att = layouts.attendance;
  const formulas = att.closed ? null : attendanceFormulas(att, refs, ctx.timeZone);
  if (formulas?.blocked) {
    changes.push({
      kind: "formulaBlocked",
      sheet: att.sheet.getName(),
      detail: `${columnTitle(TABS.attendance.columns[2], lang)}, ${columnTitle(TABS.attendance.columns[3], lang)}`,
    });
  } else if (formulas) {
    ownFormula(att, TABS.attendance.columns.find((c) => c.key === "penalty")!, formulas.penalty, lang, changes);
    ownFormula(att, TABS.attendance.columns.find((c) => c.key === "warning")!, formulas.warning, lang, changes);
    const rows = att.sheet.getMaxRows() - att.headerRow;
    const codes = listRule(attendanceCodeList(lang), t(SETUP_TEXT.attendanceRule, lang));
    if (rows > 0) att.sheet.getRange(att.headerRow + 1, formulas.first, rows, formulas.last - formulas.first + 1).setDataValidation(codes);
  }
  if (!att.closed && att.columns.penalty !== undefined) dataRange(att, att.columns.penalty)?.setNumberFormat(MONEY_FORMAT);
  return changes;
}
