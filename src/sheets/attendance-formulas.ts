/**
 * After a meeting column is added, the attendance penalty and warning formulas must cover it:
 * a column inserted just after the last one a range names is not taken into that range by Sheets.
 * The formulas are the ones 初始化表格 writes (MEETING_PENALTY / MEETING_WARNING over every meeting
 * column, with the fees and limits read from the Settings cells) and, as there, a cell holding
 * anything else than our own formula is left alone.
 */
import { SETTING_DEFS, type SettingKey } from "../domain/settings";
import { readTab, type TabRead } from "./append";
import { writeOwnFormula } from "./own-formulas";
import { normaliseHeader, spellings, TABS } from "./schema";
import { columnLetter } from "./table";
import { type Context, findTabs } from "./workbook";

/** `'设置'!$B$4` for each setting row found in the Settings tab. */
function settingRefs(ctx: Context): Partial<Record<SettingKey, string>> {
  const sheet = findTabs(ctx.ss).settings;
  if (!sheet) return {};
  const t = readTab(sheet, TABS.settings);
  const keyCol = t.columns.key;
  const valueCol = t.columns.value;
  if (keyCol === undefined || valueCol === undefined) return {};
  const quoted = `'${sheet.getName().replace(/'/g, "''")}'`;
  const refs: Partial<Record<SettingKey, string>> = {};
  for (let r = t.headerIndex + 1; r < t.values.length; r++) {
    const label = normaliseHeader(String(t.values[r][keyCol] ?? ""));
    const def = SETTING_DEFS.find((d) => spellings(d).includes(label));
    if (def && !refs[def.key]) refs[def.key] = `${quoted}!$${columnLetter(valueCol + 1)}$${r + 1}`;
  }
  return refs;
}

function writeOwn(t: TabRead, key: "penalty" | "warning", formula: string): void {
  const c = t.columns[key];
  if (c === undefined) return;
  writeOwnFormula(
    t.sheet.getRange(t.headerIndex + 2, c + 1),
    t.values.slice(t.headerIndex + 1).map((row) => row[c]),
    formula,
  );
}

/** `first`/`last`: the 1-based columns of the first and last meeting. */
export function refreshAttendanceFormulas(ctx: Context, t: TabRead, first: number, last: number): void {
  if (t.columns.penalty === undefined && t.columns.warning === undefined) return;
  // A formula column inside the meeting block would read itself: set-up explains how to fix that.
  const inside = [t.columns.penalty, t.columns.warning].some((c) => c !== undefined && c + 1 >= first && c + 1 <= last);
  if (inside) return;
  const f = attendanceFormulaText(t.headerIndex + 1, first, last, settingRefs(ctx));
  writeOwn(t, "penalty", f.penalty);
  writeOwn(t, "warning", f.warning);
}

/**
 * The penalty and warning formulas over meeting columns `first`..`last` (1-based), with the fees and
 * limits read from the Settings cells in `refs`; a missing setting leaves its argument empty (the default).
 * Check-in rewrites them with this after adding a meeting column.
 */
export function attendanceFormulaText(headerRow: number, first: number, last: number, refs: Record<string, string | undefined>) {
  const grid = `${columnLetter(first)}${headerRow + 1}:${columnLetter(last)}`;
  const call = (fn: string, args: (string | undefined)[]) => {
    const list = [grid, ...args.map((a) => a ?? "")];
    while (list.length > 1 && list[list.length - 1] === "") list.pop();
    return `=${fn}(${list.join(",")})`;
  };
  return {
    penalty: call("MEETING_PENALTY", [refs.lateFee, refs.leftEarlyFee, refs.absentFee]),
    warning: call("MEETING_WARNING", [refs.lateLimit, refs.absentLimit]),
  };
}
