import { DATE_FORMAT } from "./formats";
import { insertTabKeepingPlace } from "./new-tab";
import { columnTitle, TABS, tabTitle } from "./schema";
import { type Context, tabToWrite } from "./workbook";

/** A department that never kept a contact log gets one, in the sheet's language. */
export function contactLogTab(ctx: Context): GoogleAppsScript.Spreadsheet.Sheet {
  const found = tabToWrite(ctx.ss, "contactLog");
  if (found) return found;
  const def = TABS.contactLog;
  const sheet = insertTabKeepingPlace(ctx.ss, tabTitle(def, ctx.lang), ctx.ss.getSheets().length);
  sheet
    .getRange(1, 1, 1, def.columns.length)
    .setValues([def.columns.map((c) => columnTitle(c, ctx.lang))])
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat(DATE_FORMAT);
  return sheet;
}
