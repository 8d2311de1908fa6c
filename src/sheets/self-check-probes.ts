/**
 * The probes behind 自检 / Self-check in the department's real sheet: what the add-on relies on, tried for real.
 * No user cell changes. The writes go to a scratch tab this run creates under a name nobody would
 * type, which is always deleted again (each step is guarded, and the removal sits in `finally`);
 * tabs it did not create are only read. Its Sheets calls are fixed: at most five header rows are
 * read per tab, whatever the ledger's length.
 */
import { dateAtMidnight, localDateOf } from "../domain/dates";
import {
  type CheckId,
  expectedFormulaValues,
  failedVerdict,
  formulaVerdict,
  isPending,
  MANIFEST_SCOPES,
  SCRATCH_AMOUNT,
  scopesVerdict,
  scratchGrid,
  type TabFinding,
  type Verdict,
} from "../domain/self-check";
import { type Lang, t } from "../domain/text";
import { DATE_FORMAT, MONEY_FORMAT } from "./formats";
import { LEDGER_STATUSES, TAB_ORDER, TABS } from "./schema";
import { type CellValue, HEADER_SCAN, makeTable } from "./table";
import { type Context, findTabs } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Every scratch tab's name starts so; the random rest makes it one no member would type. */
export const SCRATCH_PREFIX = "外联部自检 self-check ";
// Custom functions are computed after the write, not by flush(): poll, but for 3 s at most.
const POLL_MS = 500;
const MAX_WAIT_MS = 3000;
const SCRATCH_DATE = "2026-11-02";
/** Typed text starting with "=": stored as text only because of the apostrophe (see cells.ts). */
const TYPED_TEXT = "'=1+1";

export const SCRATCH_IDS: readonly CheckId[] = ["write", "formats", "dropdown", "protection", "commission", "attendance"];

export function guarded(out: Verdict[], ids: CheckId | readonly CheckId[], fn: () => Verdict | Verdict[]): void {
  try {
    const v = fn();
    out.push(...(Array.isArray(v) ? v : [v]));
  } catch (e) {
    for (const id of typeof ids === "string" ? [ids] : ids) out.push(failedVerdict(id, e));
  }
}

interface AuthorizationInfo {
  getAuthorizationStatus(): unknown;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes?(): string[] | null;
}

/**
 * getAuthorizationInfo(authMode, oAuthScopes) makes getAuthorizedScopes() answer which of those
 * scopes the user granted (developers.google.com/apps-script/reference/script/authorization-info);
 * the typings lack both, hence the cast.
 */
export function scopes(): Verdict {
  const app = ScriptApp as unknown as { getAuthorizationInfo(mode: unknown, scopes?: string[]): AuthorizationInfo; AuthMode: { FULL: unknown } };
  const info = app.getAuthorizationInfo(app.AuthMode.FULL, [...MANIFEST_SCOPES]);
  const listed = typeof info.getAuthorizedScopes === "function" ? info.getAuthorizedScopes() : null;
  const granted = listed ? Array.from(listed, String) : null;
  return scopesVerdict(MANIFEST_SCOPES, granted, String(info.getAuthorizationStatus()), info.getAuthorizationUrl() ?? null);
}

/** At most HEADER_SCAN rows per tab: the header is found there, however many rows follow. */
function headerRows(sheet: Sheet): CellValue[][] {
  const rows = Math.min(sheet.getLastRow(), HEADER_SCAN);
  const cols = sheet.getLastColumn();
  return rows < 1 || cols < 1 ? [] : (sheet.getRange(1, 1, rows, cols).getValues() as CellValue[][]);
}

export function structure(ctx: Context): TabFinding[] {
  const found = findTabs(ctx.ss);
  return TAB_ORDER.map((key) => {
    const def = TABS[key];
    const required = def.columns.filter((c) => c.required);
    const base = { zh: def.zh, en: def.en, optional: Boolean(def.optional), requiredColumns: required.length };
    const sheet = found[key];
    if (!sheet) return { ...base, found: null, missingColumns: [], headerRow: 1 };
    const { table } = makeTable(def, sheet.getName(), headerRows(sheet));
    const missing = required.filter((c) => table.columns[c.key] === undefined).map((c) => ({ zh: c.zh, en: c.en }));
    return { ...base, found: sheet.getName(), missingColumns: missing, headerRow: table.headerIndex + 1 };
  });
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

function writeAndReadBack(sheet: Sheet, ctx: Context): Verdict[] {
  const date = dateAtMidnight(SCRATCH_DATE, ctx.timeZone);
  const row = sheet.getRange(1, 1, 1, 3);
  row.setValues([[TYPED_TEXT, 1234.56, date]]);
  sheet.getRange(1, 2, 1, 2).setNumberFormats([[MONEY_FORMAT, DATE_FORMAT]]);
  SpreadsheetApp.flush();
  const [text, amount, day] = row.getValues()[0];
  const formula = row.getFormulas()[0][0];
  const [, money, dayShown] = row.getDisplayValues()[0];
  const dayRead = isDate(day) ? localDateOf(day, ctx.timeZone) : String(day);
  const writeOk = text === "=1+1" && formula === "" && amount === 1234.56 && dayRead === SCRATCH_DATE;
  const got = `${formula || JSON.stringify(text)} / ${amount} / ${dayRead}`;
  const write: Verdict = writeOk
    ? { id: "write", ok: true, detail: { key: "writeOk" } }
    : { id: "write", ok: false, detail: { key: "readBackWrong", params: { got, expected: `"=1+1" / 1234.56 / ${SCRATCH_DATE}` } }, fix: { key: "sheetsFix" } };
  // The separators of a money display follow the sheet's locale; the digits and the ¥ do not.
  const formatsOk = money.includes("¥") && money.replace(/\D/g, "") === "123456" && dayShown === SCRATCH_DATE;
  const formats: Verdict = formatsOk
    ? { id: "formats", ok: true, detail: { key: "formatsOk", params: { money, date: dayShown } } }
    : {
        id: "formats",
        ok: false,
        detail: { key: "readBackWrong", params: { got: `${money} / ${dayShown}`, expected: `¥1,234.56 / ${SCRATCH_DATE}` } },
        fix: { key: "sheetsFix" },
      };
  return [write, formats];
}

function dropdown(sheet: Sheet, lang: Lang): Verdict {
  const choices = LEDGER_STATUSES.map((s) => t(s, lang));
  const cell = sheet.getRange(1, 4);
  cell.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(choices, true).setAllowInvalid(false).build());
  cell.setValue(choices[0]);
  SpreadsheetApp.flush();
  const rule = cell.getDataValidation();
  const listed = rule ? (rule.getCriteriaValues()[0] as unknown[]) : [];
  const ok =
    rule !== null &&
    String(rule.getCriteriaType()) === String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST) &&
    JSON.stringify(Array.from(listed ?? [], String)) === JSON.stringify(choices) &&
    cell.getValue() === choices[0];
  const got = rule ? `${String(rule.getCriteriaType())} ${JSON.stringify(listed)} = ${String(cell.getValue())}` : "—";
  return ok
    ? { id: "dropdown", ok: true, detail: { key: "dropdownOk" } }
    : {
        id: "dropdown",
        ok: false,
        detail: { key: "readBackWrong", params: { got, expected: `VALUE_IN_LIST ${JSON.stringify(choices)} = ${choices[0]}` } },
        fix: { key: "sheetsFix" },
      };
}

function protection(sheet: Sheet): Verdict {
  sheet.getRange(1, 1, 1, 4).protect().setDescription(SCRATCH_PREFIX.trim()).setWarningOnly(true);
  const back = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  const ok = back.length === 1 && back[0].isWarningOnly();
  return ok
    ? { id: "protection", ok: true, detail: { key: "protectionOk" } }
    : {
        id: "protection",
        ok: false,
        detail: { key: "readBackWrong", params: { got: back.map((p) => (p.isWarningOnly() ? "warning" : "editors")).join(", ") || "—", expected: "warning" } },
        fix: { key: "sheetsFix" },
      };
}

/** The add-on's custom functions as a member's sheet runs them, against what the same code gives here. */
function formulas(sheet: Sheet, lang: Lang): Verdict[] {
  sheet.getRange(3, 1, 2, 3).setValues(scratchGrid(lang));
  const penalty = "=MEETING_PENALTY(A3:C4)";
  const warning = "=MEETING_WARNING(A3:C4)";
  const commission = `=COMMISSION(${SCRATCH_AMOUNT})`;
  sheet.getRange(3, 4, 1, 3).setFormulas([[penalty, warning, commission]]);
  SpreadsheetApp.flush();
  const results = sheet.getRange(3, 4, 2, 3);
  const cells = (v: unknown[][]) => [v[0][0], v[1][0], v[0][1], v[1][1], v[0][2]];
  let got = cells(results.getValues());
  let waited = 0;
  while (got.some(isPending) && waited < MAX_WAIT_MS) {
    Utilities.sleep(POLL_MS);
    waited += POLL_MS;
    got = cells(results.getValues());
  }
  const want = expectedFormulaValues(lang);
  return [
    formulaVerdict("commission", commission, [want.commission], [got[4]], waited),
    formulaVerdict("attendance", `${penalty} · ${warning}`, [...want.penalty, ...want.warning], got.slice(0, 4), waited),
  ];
}

function freshName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  for (;;) {
    const name = SCRATCH_PREFIX + Utilities.getUuid().slice(0, 8);
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function removeScratch(ss: Spreadsheet, scratch: Sheet | null, name: string, leftovers: readonly string[]): Verdict {
  const fix = { key: "cleanupFix" as const };
  if (scratch) {
    try {
      ss.deleteSheet(scratch);
    } catch (e) {
      return { id: "cleanup", ok: false, detail: { key: "cleanupFailed", params: { name, error: String((e as Error)?.message ?? e) } }, fix };
    }
    if (ss.getSheets().some((s) => s.getName() === name))
      return { id: "cleanup", ok: false, detail: { key: "cleanupFailed", params: { name, error: "—" } }, fix };
  }
  if (leftovers.length > 0) return { id: "cleanup", ok: false, detail: { key: "cleanupLeftovers", params: { tabs: [...leftovers] } }, fix };
  return { id: "cleanup", ok: true, detail: { key: "cleanupOk" } };
}

/** insertSheet made the scratch tab active; the member is put back where they were. */
function restoreTab(ss: Spreadsheet, userTab: Sheet): Verdict {
  ss.setActiveSheet(userTab);
  const now = ss.getActiveSheet();
  return now.getSheetId() === userTab.getSheetId()
    ? { id: "activeTab", ok: true, detail: { key: "activeOk", params: { name: userTab.getName() } } }
    : { id: "activeTab", ok: false, detail: { key: "activeWrong", params: { got: now.getName(), expected: userTab.getName() } }, fix: { key: "activeFix" } };
}

export function scratchChecks(ctx: Context): Verdict[] {
  const { ss, lang } = ctx;
  const out: Verdict[] = [];
  const userTab = ss.getActiveSheet();
  const names = ss.getSheets().map((s) => s.getName());
  // Left by a run that was killed (a time-out skips `finally`): reported, never deleted here.
  const leftovers = names.filter((n) => n.startsWith(SCRATCH_PREFIX));
  let scratch: Sheet | null = null;
  let name = "";
  try {
    name = freshName(names);
    scratch = ss.insertSheet(name, names.length);
    const sheet = scratch;
    guarded(out, ["write", "formats"], () => writeAndReadBack(sheet, ctx));
    guarded(out, "dropdown", () => dropdown(sheet, lang));
    guarded(out, "protection", () => protection(sheet));
    guarded(out, ["commission", "attendance"], () => formulas(sheet, lang));
  } catch (e) {
    for (const id of SCRATCH_IDS) if (!out.some((v) => v.id === id)) out.push(failedVerdict(id, e, true));
  } finally {
    guarded(out, "cleanup", () => removeScratch(ss, scratch, name, leftovers));
    guarded(out, "activeTab", () => restoreTab(ss, userTab));
  }
  return out;
}

/** The script project's own time zone, which Utilities and triggers use. */
export function scriptTimeZone(): string {
  return Session.getScriptTimeZone();
}

/** Takes the document lock when it is free within `waitMs`: answers how to release it, or null. */
export function tryDocumentLock(waitMs: number): (() => void) | null {
  const lock = LockService.getDocumentLock();
  return lock.tryLock(waitMs) ? () => lock.releaseLock() : null;
}
