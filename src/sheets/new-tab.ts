/**
 * A tab the add-on adds on the side (日志 / Log, 联系记录 / Contact log, the tabs set-up creates).
 * insertSheet makes the new tab active ("The new sheet becomes the active sheet", Apps Script
 * reference, Spreadsheet.insertSheet), which would drop the member who just pressed Save onto a
 * tab they never asked for; the tab they were on is made active again.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function insertTabKeepingPlace(ss: Spreadsheet, name: string, index: number): Sheet {
  const here = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, index);
  ss.setActiveSheet(here);
  return sheet;
}
