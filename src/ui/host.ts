/**
 * The one file that speaks to the user through Sheets itself: alerts, prompts, dialogs, sidebars,
 * toasts and the menu (SpreadsheetApp.getUi() and HtmlService). Everything else in ui/ decides what
 * to say; this says it. Dialog pages are whole HTML documents with everything escaped (see html.ts)
 * or built pages served from the bundle's own files (dist/NAME.html).
 */

/** The pages the build writes next to the script: dist/NAME.html. */
export type BuiltPage = "record" | "checkin" | "signins" | "settings" | "followups" | "selfcheck" | "leave" | "approvals" | "accounts";

export function alert(title: string, text: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}

/** A YES / NO question: true only for YES (closing the dialog is a no). */
export function confirm(title: string, text: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** What the user typed, trimmed; null when they pressed Cancel or closed the prompt. */
export function prompt(title: string, text: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, text, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  return answer.getResponseText().trim();
}

/** A short note in the sheet's corner that fades after five seconds. */
export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, text: string, title: string): void {
  ss.toast(text, title, 5);
}

/** A modal dialog showing a page built here (already escaped). */
export function showHtml(html: string, title: string, size: { width: number; height: number }): void {
  const out = HtmlService.createHtmlOutput(html).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(out, title);
}

/** A modal dialog showing one of the built pages, which then calls the server itself. */
export function showPage(file: BuiltPage, title: string, size: { width: number; height: number }): void {
  const out = HtmlService.createHtmlOutputFromFile(file).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(out, title);
}

/** One of the built pages in the 300 px sidebar. */
export function showSidebar(file: BuiltPage, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

/** The add-on's menu: each item names the top-level function it runs. */
export function addMenu(title: string, items: readonly ({ label: string; fn: string } | "separator")[]): void {
  const menu = SpreadsheetApp.getUi().createMenu(title);
  for (const item of items) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.label, item.fn);
  }
  menu.addToUi();
}
