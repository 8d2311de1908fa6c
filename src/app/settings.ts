/**
 * 设置 / Settings: the department's rules as the tab holds them, and a save that writes each value
 * into its row's value cell, found by the setting's name in either language; a setting with no row
 * gets one at the end, as 初始化表格 would add it. Other rows and columns are left as they are.
 */

import { checkSettings, formFromSettings, type SettingsField, type SettingsForm } from "../contracts/settings-form";
import { settingsFormFields, settingsFormSchema } from "../contracts/settings-schema";
import { validate } from "../contracts/validate";
import { dateAtMidnight, formatClock } from "../domain/dates";
import { UserError } from "../domain/errors";
import { type Lang, render } from "../domain/messages";
import { fenToYuan } from "../domain/money";
import { BASIS_LABELS, NO, SETTING_DEFS, type SettingDef, type Settings, YES } from "../domain/settings";
import { t } from "../domain/text";
import { readTab } from "../sheets/append";
import { ensureRow, lastFilledIndex, textCell, unquotedIn, writeRows } from "../sheets/cells";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog, rowList } from "../sheets/log";
import { normaliseHeader, spellings, TABS } from "../sheets/schema";
import type { CellValue } from "../sheets/table";
import { type Context, findTabs, loadModel, missingTabProblem, tabToWrite } from "../sheets/workbook";
import { type Failure, fieldsFailure, respond } from "./respond";

/** The value cell of each setting the sidebar edits; undefined for one it does not show (left as it is). */
function cellValue(def: SettingDef, s: Settings, ctx: Context): CellValue | undefined {
  switch (def.key) {
    case "rate":
      // The shortest decimal text of units × 10^-scale is the exact rate (0.125, never 0.12499…).
      return Number(`${s.rate.units}e-${s.rate.scale}`);
    case "basis":
      return t(BASIS_LABELS[s.basis], ctx.lang);
    case "lateFee":
      return fenToYuan(s.fees.late);
    case "leftEarlyFee":
      return fenToYuan(s.fees.leftEarly);
    case "absentFee":
      return fenToYuan(s.fees.absent);
    case "lateLimit":
      return s.limits.lateOrEarly;
    case "absentLimit":
      return s.limits.absent;
    case "termStart":
      return s.termStart ? dateAtMidnight(s.termStart, ctx.timeZone) : "";
    case "department":
      return textCell(s.department);
    case "reportLang":
      return s.reportLang;
    case "meetingStart":
      return textCell(formatClock(s.meeting.start));
    case "graceMinutes":
      return s.meeting.grace;
    case "meetingLength":
      return s.meeting.length;
    case "leaveNeedsApproval":
      return t(s.leaveNeedsApproval ? YES : NO, ctx.lang);
    case "openingBalance":
      return fenToYuan(s.opening.balance);
    case "openingDate":
      return s.opening.date ? dateAtMidnight(s.opening.date, ctx.timeZone) : "";
    default:
      return undefined;
  }
}

export interface WriteOptions {
  /** Write only these settings (the ones the user changed); others stay exactly as typed. */
  only: ReadonlySet<string>;
  /** Checked under the lock against the tab's current rules; false means someone edited them meanwhile. */
  unchangedSince: (current: Settings) => boolean;
}

/**
 * Writes each value into its setting's row of 设置, found by the setting's name in either language:
 * one write per run of adjacent rows, so the cells between (a member's own note, a setting not
 * written) are never rewritten; a setting with no row gets one at the end, as 初始化表格 would add it.
 * Answers the 1-based rows written and how many were added. Call it under the document lock.
 */
export function putSettings(
  ctx: Context,
  values: readonly (readonly [SettingDef, CellValue])[],
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; rows: number[]; added: number } {
  const sheet = tabToWrite(ctx.ss, "settings");
  if (!sheet) throw new UserError(missingTabProblem("settings", ctx.lang).message);
  const tab = readTab(sheet, TABS.settings);
  const { key: keyCol, value: valueCol, description: descCol } = tab.columns;
  if (keyCol === undefined) throw new UserError({ key: "columnMissing", params: { zh: "项目", en: "Setting" } });
  if (valueCol === undefined) throw new UserError({ key: "columnMissing", params: { zh: "值", en: "Value" } });

  const rowOf = new Map<SettingDef["key"], number>();
  for (let r = tab.headerIndex + 1; r < tab.values.length; r++) {
    const def = SETTING_DEFS.find((d) => spellings(d).includes(normaliseHeader(String(tab.values[r][keyCol] ?? ""))));
    if (def && !rowOf.has(def.key)) rowOf.set(def.key, r);
  }
  const valueFor = new Map(values.map(([d, v]) => [d.key, v]));
  const present = values.map(([d]) => d).filter((d) => rowOf.has(d.key));
  const rows = present.map((d) => rowOf.get(d.key)!).sort((a, b) => a - b);
  const byRow = new Map(present.map((d) => [rowOf.get(d.key)!, d]));
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    const run = rows.slice(i, j + 1);
    const range = sheet.getRange(run[0] + 1, valueCol + 1, run.length, 1);
    const formats = range.getNumberFormats();
    // In a plain-text (@) cell the apostrophe that keeps text as text would be stored as a character.
    range.setValues(run.map((r, k) => [unquotedIn(formats[k][0], valueFor.get(byRow.get(r)!.key)!)]));
    range.setNumberFormats(run.map((r, k) => [byRow.get(r)!.format ?? formats[k][0]]));
    i = j + 1;
  }
  const missing = values.map(([d]) => d).filter((d) => !rowOf.has(d.key));
  const first = lastFilledIndex(tab.values, tab.headerIndex + 1, new Set()) + 2;
  if (missing.length > 0) {
    ensureRow(sheet, first + missing.length - 1);
    writeRows(
      sheet,
      first,
      missing.map((d) => {
        const row = new Map<number, CellValue>([
          [keyCol + 1, t(d, ctx.lang)],
          [valueCol + 1, valueFor.get(d.key)!],
        ]);
        if (descCol !== undefined) row.set(descCol + 1, t(d.desc, ctx.lang));
        return row;
      }),
    );
    const added = sheet.getRange(first, valueCol + 1, missing.length, 1);
    const had = added.getNumberFormats();
    added.setNumberFormats(missing.map((d, i) => [d.format ?? had[i][0]]));
  }
  return { sheet, rows: [...present.map((d) => rowOf.get(d.key)! + 1), ...missing.map((_, i) => first + i)], added: missing.length };
}

function writeSettings(ctx: Context, s: Settings, opts?: WriteOptions): { sheet: string; added: number; settings: Settings } {
  return withDocumentLock(ctx, () => {
    requireEditable(ctx, [findTabs(ctx.ss).settings]);
    if (opts) {
      const current = loadModel(ctx, ["settings"]).model.settings;
      if (!opts.unchangedSince(current)) throw new UserError({ key: "settingsChanged" });
      if (opts.only.size === 0) return { sheet: findTabs(ctx.ss).settings?.getName() ?? "", added: 0, settings: current };
    }
    const edited = SETTING_DEFS.filter((d) => cellValue(d, s, ctx) !== undefined && (!opts || opts.only.has(d.key)));
    const {
      sheet,
      rows: written,
      added,
    } = putSettings(
      ctx,
      edited.map((d) => [d, cellValue(d, s, ctx)!]),
    );
    appendLog(ctx, [{ action: "settings", sheet: sheet.getName(), rows: rowList(written) }]);
    return { sheet: sheet.getName(), added, settings: opts ? loadModel(ctx, ["settings"]).model.settings : s };
  });
}

export interface SettingsData {
  ok: true;
  lang: Lang;
  sheet: string;
  form: SettingsForm;
  /** Values in the tab that could not be read (the form shows the default instead), e.g. "B2: …". */
  problems: string[];
}

/** Sidebar data for 设置: the department's rules as the Settings tab holds them. */
export function sidebarSettingsData(): SettingsData | Failure {
  return respond((ctx, lang) => {
    const loaded = loadModel(ctx, ["settings"]);
    const sheet = loaded.sheets.settings;
    if (!sheet) throw new UserError(missingTabProblem("settings", ctx.lang).message);
    const problems = loaded.problems.filter((p) => p.sheet === sheet.getName()).map((p) => `${p.cell}: ${render(p.message, lang)}`);
    return { ok: true, lang, sheet: sheet.getName(), form: formFromSettings(loaded.model.settings), problems };
  });
}

/**
 * Validates and writes the department's rules to the Settings tab.
 * @param {object} form The sidebar's form; answers {ok} or {ok: false, error, fields}.
 */
export function saveSettings(form: unknown): { ok: true; sheet: string; form: SettingsForm } | Failure {
  return respond((ctx, lang) => {
    const f = validate(settingsFormSchema, form);
    const { settings, errors } = checkSettings(f, ctx.timeZone);
    if (!settings) {
      return fieldsFailure(errors, lang);
    }
    const base = f.base;
    const changed = base ? (Object.keys(settingsFormFields) as SettingsField[]).filter((k) => f[k] !== base[k]) : undefined;
    const w = writeSettings(
      ctx,
      settings,
      changed && {
        only: new Set(changed),
        // Under the lock: a field this save changes must still hold what the sidebar loaded.
        unchangedSince: (current) => changed.every((k) => formFromSettings(current)[k] === base![k]),
      },
    );
    return { ok: true, sheet: w.sheet, form: formFromSettings(w.settings) };
  });
}
