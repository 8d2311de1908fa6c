/**
 * Reading the department's spreadsheet: one getValues per tab, whatever its size.
 * This folder is the only code that calls SpreadsheetApp.
 */
import { type LocalDate, localDateOf } from "../domain/dates";
import { UserError } from "../domain/errors";
import { type Lang, langFromLocale } from "../domain/messages";
import { type ParseResult, parseWorkbook, type RawTab } from "./parse";
import { TAB_ORDER, TABS, type TabKey, tabTitle } from "./schema";
import type { CellValue, Problem } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Context {
  ss: Spreadsheet;
  lang: Lang;
  timeZone: string;
  today: LocalDate;
  now: Date;
}

export function context(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Context {
  const timeZone = ss.getSpreadsheetTimeZone() || "Asia/Shanghai";
  const now = new Date();
  return { ss, lang: langFromLocale(ss.getSpreadsheetLocale()), timeZone, today: localDateOf(now, timeZone), now };
}

/** Finds each known tab by its zh or en name (or a common alias), ignoring case and spaces. */
export function findTabs(ss: Spreadsheet): Partial<Record<TabKey, Sheet>> {
  return locateTabs(ss.getSheets()).found;
}

/** A tab's name as it is compared: without case, spaces or underscores. */
export function tabKeyOf(name: string): string {
  return name.toLowerCase().replace(/[\s\u00a0\u3000_]+/g, "");
}

/**
 * Whether a tab of this name is one of kind `key` (赞助记录, Sponsorships or an alias). Case and
 * spaces only: a header's trailing "(元)" is a unit, but a tab's "（2025备份）" makes it another tab,
 * and reading or writing the backup as the ledger would be a silent wrong choice.
 */
export function isTabOf(name: string, key: TabKey): boolean {
  const def = TABS[key];
  const own = tabKeyOf(name);
  return [def.zh, def.en, ...(def.aliases ?? [])].some((n) => tabKeyOf(n) === own);
}

/**
 * The tab of a kind that an action writes to. With two tabs of that kind (赞助记录 and Sponsorships)
 * there is no right one to pick: the action is refused, naming both, before anything is written.
 */
export function tabToWrite(ss: Spreadsheet, key: TabKey): Sheet | undefined {
  const { found, twins } = locateTabs(ss.getSheets());
  const more = twins[key];
  if (found[key] && more?.length) {
    const def = TABS[key];
    throw new UserError({ key: "tabTwiceWrite", params: { zh: def.zh, en: def.en, first: found[key]!.getName(), second: more[0].getName() } });
  }
  return found[key];
}

/** The first tab of each kind, and the later ones of the same kind ("赞助记录" and "Sponsorships"). */
function locateTabs(sheets: Sheet[]): { found: Partial<Record<TabKey, Sheet>>; twins: Partial<Record<TabKey, Sheet[]>> } {
  const names = sheets.map((s) => s.getName());
  const found: Partial<Record<TabKey, Sheet>> = {};
  const twins: Partial<Record<TabKey, Sheet[]>> = {};
  for (const key of TAB_ORDER) {
    const all = sheets.filter((_, i) => isTabOf(names[i], key));
    if (all.length) found[key] = all[0];
    if (all.length > 1) twins[key] = all.slice(1);
  }
  return { found, twins };
}

/** Every tab's kind is read from one tab only: a second one is a problem naming both, never a silent choice. */
function twinProblems(key: TabKey, first: Sheet, more: readonly Sheet[]): Problem[] {
  const def = TABS[key];
  return more.map((s) => ({
    sheet: s.getName(),
    cell: "",
    message: { key: "tabTwice", params: { zh: def.zh, en: def.en, first: first.getName(), second: s.getName() } },
  }));
}

export function missingTabProblem(key: TabKey, lang: Lang): Problem {
  const def = TABS[key];
  return {
    sheet: tabTitle(def, lang),
    cell: "",
    message: { key: "tabMissing", params: { zh: def.zh, en: def.en, looked: [def.zh, def.en, ...(def.aliases ?? [])].join(", ") } },
  };
}

/** Values of a whole tab in one call. */
export function readValues(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}

export interface Loaded extends ParseResult {
  ctx: Context;
  sheets: Partial<Record<TabKey, Sheet>>;
}

/** Reads and checks every tab; missing tabs are problems, not failures. */
export function loadModel(ctx: Context = context(), needed: readonly TabKey[] = TAB_ORDER): Loaded {
  const { found: sheets, twins } = locateTabs(ctx.ss.getSheets());
  const raw: Partial<Record<TabKey, RawTab>> = {};
  const missing: Problem[] = [];
  for (const key of needed) {
    const sheet = sheets[key];
    if (sheet) raw[key] = { sheet: sheet.getName(), values: readValues(sheet) };
    else if (!TABS[key].optional) missing.push(missingTabProblem(key, ctx.lang));
    if (sheet && twins[key]) missing.push(...twinProblems(key, sheet, twins[key]!));
  }
  const parsed = parseWorkbook(raw, ctx.timeZone, ctx.today);
  return { ...parsed, problems: [...missing, ...parsed.problems], ctx, sheets };
}

/**
 * The tab was found but a required column is missing, so none of its rows could be read: an action
 * that would otherwise answer "nothing to do" or write empty totals refuses, naming the tab and the
 * column, instead.
 */
export function requireReadable(loaded: Loaded, key: TabKey): void {
  const sheet = loaded.sheets[key];
  if (!sheet || loaded.tables[key]) return;
  const p = loaded.problems.find((x) => x.sheet === sheet.getName() && x.message.key === "columnMissing");
  if (p) throw new UserError({ key: "columnMissingIn", params: { ...p.message.params, sheet: p.sheet, cell: p.cell } });
}
