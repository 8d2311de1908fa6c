/**
 * 自检 / Self-check: what the add-on needs from a real spreadsheet, one verdict per need. Pure:
 * the facts are gathered in src/sheets/self-check.ts. A verdict names its sentence by key; the
 * words (self-check-text.ts) and the plain-text report (self-check-report.ts) are rendered by the
 * dialog's page and the command line, outside Code.js.
 */
import { addToTally, emptyTally, parseStatus, penaltyFen, warnings } from "./attendance";
import { commissionFen, DEFAULT_RATE } from "./commission";
import { formatDateTime } from "./dates";
import { type Lang, langFromLocale } from "./messages";
import { fenToYuan } from "./money";
import type { Said } from "./self-check-text";
import { warningText } from "./warnings";

export const CHECK_IDS = [
  "scopes",
  "email",
  "locale",
  "timeZone",
  "tabs",
  "columns",
  "lock",
  "write",
  "formats",
  "dropdown",
  "protection",
  "commission",
  "attendance",
  "cleanup",
  "activeTab",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface Verdict {
  id: CheckId;
  ok: boolean;
  detail: Said;
  fix?: Said;
}

/** appsscript.json's oauthScopes (a test keeps the two equal). */
export const MANIFEST_SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/userinfo.email",
] as const;

/**
 * `granted` is what AuthorizationInfo.getAuthorizedScopes() answered for our own list, or null
 * when it could not list them; then only the overall status is known.
 */
export function scopesVerdict(required: readonly string[], granted: readonly string[] | null, status: string, url: string | null): Verdict {
  const fix: Said = { key: "scopesFix", params: { url: url ?? "" } };
  if (granted === null) {
    const ok = status === "NOT_REQUIRED";
    return { id: "scopes", ok, detail: { key: ok ? "scopesByStatus" : "scopesRequired" }, fix: ok ? undefined : fix };
  }
  const missing = required.filter((s) => !granted.includes(s));
  if (missing.length === 0) {
    return { id: "scopes", ok: true, detail: { key: "scopesAll", params: { scopes: [...required] } } };
  }
  return { id: "scopes", ok: false, detail: { key: "scopesMissing", params: { missing, n: required.length } }, fix };
}

export function emailVerdict(email: string): Verdict {
  return email
    ? { id: "email", ok: true, detail: { key: "emailSeen", params: { email } } }
    : { id: "email", ok: false, detail: { key: "emailBlank" }, fix: { key: "emailFix" } };
}

/** The add-on speaks the sheet's language; a reader whose account speaks the other one is told how to switch. */
export function localeVerdict(sheetLocale: string, userLocale: string): Verdict {
  const sheetLang = langFromLocale(sheetLocale);
  if (!userLocale || langFromLocale(userLocale) === sheetLang) {
    return { id: "locale", ok: true, detail: { key: "localeOk", params: { locale: sheetLocale, sheetLang } } };
  }
  return {
    id: "locale",
    ok: false,
    detail: { key: "localeMismatch", params: { locale: sheetLocale, sheetLang, user: userLocale } },
    fix: { key: "localeFix", params: { other: sheetLang === "zh" ? "en" : "zh" } },
  };
}

/** Minutes the zone's wall clock is ahead of UTC at `now`. */
export function zoneOffsetMinutes(now: Date, timeZone: string): number {
  const wall = formatDateTime(now, timeZone);
  const [d, t] = wall.split(" ");
  const [y, m, day] = d.split("-").map(Number);
  const [h, min] = t.split(":").map(Number);
  const asUtc = Date.UTC(y, m - 1, day, h, min);
  return Math.round((asUtc - Math.floor(now.getTime() / 60000) * 60000) / 60000);
}

/**
 * The sheet's zone decides which day (and so which month) a moment belongs to; the script's is what
 * the department's project was set up for. Apps Script's own reference calls a difference between the
 * two "a frequent source of scripting bugs" (Session.getScriptTimeZone).
 */
export function timeZoneVerdict(sheetZone: string, scriptZone: string, now: Date): Verdict {
  if (sheetZone === scriptZone) return { id: "timeZone", ok: true, detail: { key: "tzSame", params: { sheet: sheetZone } } };
  const diff = Math.abs(zoneOffsetMinutes(now, sheetZone) - zoneOffsetMinutes(now, scriptZone)) / 60;
  if (diff === 0) return { id: "timeZone", ok: true, detail: { key: "tzSameOffset", params: { sheet: sheetZone, script: scriptZone } } };
  return {
    id: "timeZone",
    ok: false,
    detail: { key: "tzMismatch", params: { sheet: sheetZone, script: scriptZone, hours: Number.isInteger(diff) ? diff : diff.toFixed(1) } },
    fix: { key: "tzFix", params: { script: scriptZone } },
  };
}

export interface TabFinding {
  zh: string;
  en: string;
  optional: boolean;
  /** The tab's name in this spreadsheet, or null when no tab matched. */
  found: string | null;
  /** Required columns of the tab, and the 1-based header row they were looked for in. */
  requiredColumns: number;
  missingColumns: { zh: string; en: string }[];
  headerRow: number;
}

/** Tabs and required columns, summarised; each cell's content is Check data's business, not this one's. */
export function structureVerdicts(tabs: readonly TabFinding[]): [Verdict, Verdict] {
  const required = tabs.filter((t) => !t.optional);
  const optional = tabs.filter((t) => t.optional);
  const missingTabs = required.filter((t) => t.found === null);
  const found = required.length - missingTabs.length;
  const tabsVerdict: Verdict =
    missingTabs.length === 0
      ? {
          id: "tabs",
          ok: true,
          detail: {
            key: "tabsFound",
            params: { found, required: required.length, optFound: optional.filter((t) => t.found).length, optional: optional.length },
          },
        }
      : {
          id: "tabs",
          ok: false,
          detail: { key: "tabsMissing", params: { found, required: required.length, missing: missingTabs.map((t) => ({ zh: t.zh, en: t.en })) } },
          fix: { key: "tabsFix" },
        };
  const present = tabs.filter((t) => t.found !== null);
  const needed = present.reduce((n, t) => n + t.requiredColumns, 0);
  const gaps = present.flatMap((t) => t.missingColumns.map((c) => ({ sheet: t.found!, row: t.headerRow, zh: c.zh, en: c.en })));
  const columnsVerdict: Verdict =
    gaps.length === 0
      ? { id: "columns", ok: true, detail: { key: "columnsFound", params: { found: needed, required: needed, tabs: present.length } } }
      : {
          id: "columns",
          ok: false,
          detail: { key: "columnsMissing", params: { found: needed - gaps.length, required: needed, missing: gaps } },
          fix: { key: "columnsFix" },
        };
  return [tabsVerdict, columnsVerdict];
}

export function lockVerdict(acquired: boolean, waitMs: number): Verdict {
  const seconds = waitMs / 1000;
  return acquired
    ? { id: "lock", ok: true, detail: { key: "lockOk", params: { seconds } } }
    : { id: "lock", ok: false, detail: { key: "lockBusy", params: { seconds } }, fix: { key: "lockFix" } };
}

/** A check whose step threw: the reason is shown, and the other checks still run. */
export function failedVerdict(id: CheckId, error: unknown, notRun = false): Verdict {
  const message = String((error as Error)?.message ?? error);
  const fix: Said | undefined = id === "cleanup" ? { key: "cleanupFix" } : { key: "sheetsFix" };
  return { id, ok: false, detail: { key: notRun ? "notRun" : "threw", params: { error: message } }, fix };
}

// ---- the scratch tab's formulas --------------------------------------------------------------

/** The tiny attendance grid written on the scratch tab, one member per row. */
export function scratchGrid(lang: Lang): string[][] {
  return lang === "zh"
    ? [
        ["迟到", "缺席", "请假"],
        ["出席", "迟到", "早退"],
      ]
    : [
        ["late", "absent", "leave"],
        ["present", "late", "left early"],
      ];
}

export const SCRATCH_AMOUNT = 1000;

/** What the add-on's own functions give for the scratch cells: the cell results must equal these. */
export function expectedFormulaValues(lang: Lang): { commission: number; penalty: number[]; warning: string[] } {
  const tallies = scratchGrid(lang).map((row) => {
    const t = emptyTally();
    for (const cell of row) {
      const s = parseStatus(cell);
      if (s.ok) addToTally(t, s.value);
    }
    return t;
  });
  return {
    commission: fenToYuan(commissionFen(SCRATCH_AMOUNT * 100, DEFAULT_RATE)),
    penalty: tallies.map((t) => fenToYuan(penaltyFen(t))),
    warning: tallies.map((t) => warningText(warnings(t), lang)),
  };
}

/** A cell Sheets has not finished computing reads as blank or "Loading…". */
export function isPending(v: unknown): boolean {
  return v === "" || v === null || v === undefined || (typeof v === "string" && /^loading/i.test(v));
}

const isErrorValue = (v: unknown) => typeof v === "string" && /^#[A-Z0-9/]+[!?]?$/.test(v);

/** `got`: the cells' values after the bounded wait, in the same order as `expected`. */
export function formulaVerdict(
  id: "commission" | "attendance",
  formula: string,
  expected: readonly unknown[],
  got: readonly unknown[],
  waitedMs: number,
): Verdict {
  const fix: Said = { key: "formulaFix" };
  const shown = (vs: readonly unknown[]) => vs.map((v) => (v === "" ? '""' : String(v))).join(" / ");
  if (got.some(isPending)) return { id, ok: false, detail: { key: "formulaPending", params: { formula, seconds: (waitedMs / 1000).toFixed(1) } }, fix };
  const error = got.find(isErrorValue);
  if (error !== undefined) return { id, ok: false, detail: { key: "formulaError", params: { formula, got: String(error) } }, fix };
  if (got.some((v, i) => v !== expected[i]))
    return { id, ok: false, detail: { key: "formulaWrong", params: { formula, got: shown(got), expected: shown(expected) } }, fix };
  return { id, ok: true, detail: { key: "formulaOk", params: { formula, got: shown(got) } } };
}

// ---- what the server answers -----------------------------------------------------------------

/** The self-check's answer: plain data that google.script.run carries (no Date). */
export interface SelfCheckResult {
  /** The language to render in: the sheet's, or the one asked for. */
  lang: Lang;
  verdicts: Verdict[];
  spreadsheet: string;
  locale: string;
  timeZone: string;
  /** When it ran, on the sheet's wall clock: "2026-11-23 16:05". */
  when: string;
}
