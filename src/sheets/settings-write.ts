/**
 * Writes the department's rules to the 设置 / Settings tab: each value into its row's value cell,
 * found by the setting's name in either language; a setting with no row gets one at the end, as
 * 初始化表格 would add it. Other rows and columns are left as they are.
 */
import { dateAtMidnight } from "../domain/dates";
import { UserError } from "../domain/errors";
import { fenToYuan } from "../domain/money";
import { BASIS_LABELS, SETTING_DEFS, type SettingDef, type Settings } from "../domain/settings";
import { readTab } from "./append";
import { ensureRow, lastFilledIndex, textCell, unquotedIn, writeRows } from "./cells";
import { requireEditable } from "./edit-rights";
import { withDocumentLock } from "./lock";
import { appendLog, rowList } from "./log";
import { normaliseHeader, spellings, TABS } from "./schema";
import type { CellValue } from "./table";
import { type Context, findTabs, loadModel, missingTabProblem, tabToWrite } from "./workbook";

/** The value cell of each setting the sidebar edits; undefined for one it does not show (left as it is). */
function cellValue(def: SettingDef, s: Settings, ctx: Context): CellValue | undefined {
  switch (def.key) {
    case "rate":
      // The shortest decimal text of units × 10^-scale is the exact rate (0.125, never 0.12499…).
      return Number(`${s.rate.units}e-${s.rate.scale}`);
    case "basis":
      return BASIS_LABELS[s.basis][ctx.lang];
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

export function writeSettings(ctx: Context, s: Settings, opts?: WriteOptions): { sheet: string; added: number; settings: Settings } {
  return withDocumentLock(ctx, () => {
    requireEditable(ctx, [findTabs(ctx.ss).settings]);
    if (opts) {
      const current = loadModel(ctx, ["settings"]).model.settings;
      if (!opts.unchangedSince(current)) throw new UserError({ key: "settingsChanged" });
      if (opts.only.size === 0) return { sheet: findTabs(ctx.ss).settings?.getName() ?? "", added: 0, settings: current };
    }
    const sheet = tabToWrite(ctx.ss, "settings");
    if (!sheet) throw new UserError(missingTabProblem("settings", ctx.lang).message);
    const t = readTab(sheet, TABS.settings);
    const { key: keyCol, value: valueCol, description: descCol } = t.columns;
    if (keyCol === undefined) throw new UserError({ key: "columnMissing", params: { zh: "项目", en: "Setting" } });
    if (valueCol === undefined) throw new UserError({ key: "columnMissing", params: { zh: "值", en: "Value" } });

    const rowOf = new Map<SettingDef["key"], number>();
    for (let r = t.headerIndex + 1; r < t.values.length; r++) {
      const def = SETTING_DEFS.find((d) => spellings(d).includes(normaliseHeader(String(t.values[r][keyCol] ?? ""))));
      if (def && !rowOf.has(def.key)) rowOf.set(def.key, r);
    }
    const edited = SETTING_DEFS.filter((d) => cellValue(d, s, ctx) !== undefined && (!opts || opts.only.has(d.key)));
    const present = edited.filter((d) => rowOf.has(d.key));
    // One write per run of adjacent setting rows: cells between runs (a member's own note, a
    // setting this save does not change) are never rewritten.
    const rows = present.map((d) => rowOf.get(d.key)!).sort((a, b) => a - b);
    const byRow = new Map(present.map((d) => [rowOf.get(d.key)!, d]));
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      const run = rows.slice(i, j + 1);
      const range = sheet.getRange(run[0] + 1, valueCol + 1, run.length, 1);
      const formats = range.getNumberFormats();
      // In a plain-text (@) cell the apostrophe that keeps text as text would be stored as a character.
      range.setValues(run.map((r, k) => [unquotedIn(formats[k][0], cellValue(byRow.get(r)!, s, ctx)!)]));
      range.setNumberFormats(run.map((r, k) => [byRow.get(r)!.format ?? formats[k][0]]));
      i = j + 1;
    }
    const missing = edited.filter((d) => !rowOf.has(d.key));
    const first = lastFilledIndex(t.values, t.headerIndex + 1, new Set()) + 2;
    if (missing.length > 0) {
      ensureRow(sheet, first + missing.length - 1);
      writeRows(
        sheet,
        first,
        missing.map((d) => {
          const row = new Map<number, CellValue>([
            [keyCol + 1, ctx.lang === "zh" ? d.zh : d.en],
            [valueCol + 1, cellValue(d, s, ctx)!],
          ]);
          if (descCol !== undefined) row.set(descCol + 1, ctx.lang === "zh" ? d.descZh : d.descEn);
          return row;
        }),
      );
      const added = sheet.getRange(first, valueCol + 1, missing.length, 1);
      const had = added.getNumberFormats();
      added.setNumberFormats(missing.map((d, i) => [d.format ?? had[i][0]]));
    }
    const written = [...present.map((d) => rowOf.get(d.key)! + 1), ...missing.map((_, i) => first + i)];
    appendLog(ctx, [{ action: "settings", sheet: sheet.getName(), rows: rowList(written) }]);
    return { sheet: sheet.getName(), added: missing.length, settings: opts ? loadModel(ctx, ["settings"]).model.settings : s };
  });
}
