/**
 * A sign-in export brought into the spreadsheet (File → Import → Insert new sheet): the tabs it may
 * be in, and its cells in one read, whatever its size. Submission times come back as date cells.
 */
import { TAB_ORDER } from "./schema";
import type { CellValue } from "./table";
import { isTabOf } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Tabs that are none of the department's own (成员, 考勤, 日志…), in the order the sheet shows them. */
export function exportTabs(ss: Spreadsheet): string[] {
  return ss
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => !TAB_ORDER.some((key) => isTabOf(name, key)));
}

/**
 * The tab's cells, or null when there is no tab of that name; `notExport` when it is one of the
 * department's own (成员, 日志, 设置…), which exportTabs does not offer and a page may not name
 * either; `tooLong` (its row count) when it has more than `maxRows` rows. Neither refused tab is read.
 */
export function readExportTab(ss: Spreadsheet, name: string, maxRows: number): CellValue[][] | null | { notExport: true } | { tooLong: number } {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  if (!exportTabs(ss).includes(sheet.getName())) return { notExport: true };
  const last = sheet.getLastRow();
  if (last > maxRows) return { tooLong: last };
  return sheet.getDataRange().getValues() as CellValue[][];
}
