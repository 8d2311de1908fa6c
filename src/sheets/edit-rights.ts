/**
 * Tabs the signed-in account may not edit. A head restricts 设置 / Settings to themselves (and may
 * restrict a ledger to the officers); Sheets then refuses the add-on's writes there for everyone
 * else, with an English message that names no tab. So every write first asks which of the tabs it
 * will touch are closed to this account and stops before writing anything, and a refusal that still
 * comes (a protected range inside a tab) is turned into a sentence naming the tab.
 */
import { UserError } from "../domain/errors";
import type { Msg } from "../domain/messages";
import { type Context, findTabs, isTabOf } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const refuses = (p: GoogleAppsScript.Spreadsheet.Protection) => !p.isWarningOnly() && !p.canEdit();

/**
 * A sheet protection that is not warning-only, leaves no cell open and whose canEdit() is false
 * for this account: Sheets refuses every write to the tab. A few calls per tab, whatever its size.
 */
export function closedToMe(sheet: Sheet): boolean {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => refuses(p) && p.getUnprotectedRanges().length === 0);
}

const isSettings = (sheet: Sheet) => isTabOf(sheet.getName(), "settings");

function refusal(sheet: Sheet): Msg {
  return { key: isSettings(sheet) ? "settingsProtected" : "tabProtected", params: { sheet: sheet.getName() } };
}

/** Stops before any write when a tab this action writes, or the Log it leaves a line in, is closed to the user. */
export function requireEditable(ctx: Context, tabs: readonly (Sheet | null | undefined)[]): void {
  for (const sheet of [...tabs, findTabs(ctx.ss).log]) {
    if (sheet && closedToMe(sheet)) throw new UserError(refusal(sheet));
  }
}

/** Sheets' refusal of an edit under a protection ("You are trying to edit a protected cell or object…"). */
export function isProtectedEdit(e: unknown): boolean {
  return /protected cell or object/i.test(String((e as Error)?.message ?? ""));
}

/**
 * The refusal in the user's words. Writers stop before touching a closed tab, so a refusal that
 * still comes is from part of a tab: a protected range, or a protected sheet that leaves some cells
 * open. Those tabs are named; failing that, the closed ones.
 */
export function protectedEditError(ctx: Context): UserError {
  const sheets = ctx.ss.getSheets();
  const partly = sheets.filter(
    (s) =>
      s.getProtections(SpreadsheetApp.ProtectionType.RANGE).some(refuses) ||
      s.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => refuses(p) && p.getUnprotectedRanges().length > 0),
  );
  const named = partly.length ? partly : sheets.filter(closedToMe);
  if (!partly.length && named.length === 1) return new UserError(refusal(named[0]));
  return new UserError({ key: "cellsProtected", params: { sheets: named.map((s) => s.getName()).join(", ") || "—" } });
}
