/**
 * A faithful in-memory Apps Script runtime for Node: a Sheets workbook loaded
 * from (and saved to) .xlsx, the services an add-on calls, and a loader that
 * runs a bundle in node:vm while counting its Sheets calls.
 */

export { recalculate } from "./formula/recalc";
export { LocalRange } from "./model/range";
export { LocalSheet } from "./model/sheet";
export { LocalSpreadsheet, type Toast, type WorkbookOptions } from "./model/spreadsheet";
export { callCustomFunction, createRuntime, type LockControls, loadBundle, type Runtime, type RuntimeOptions } from "./runtime";
export type { LogEntry } from "./services/logger";
export { pageFunctions, runFromPage } from "./services/script-run";
export type { MenuItem, MenuRecord, UiEvent, UiRecorder, UiReply } from "./services/ui";
export type { CallStats } from "./stats";
export type { CellValue } from "./values";
export { CellError } from "./values";
export { newWorkbook, type Tab, workbookFromTabs } from "./workbook";
export { loadXlsx, saveXlsx, xlsxBuffer } from "./xlsx";
