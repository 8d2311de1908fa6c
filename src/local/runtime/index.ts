/**
 * A faithful in-memory Apps Script runtime for Node: a Sheets workbook loaded
 * from (and saved to) .xlsx, the services an add-on calls, and a loader that
 * runs a bundle in node:vm while counting its Sheets calls.
 */
export type { CellValue } from "./values";
export { CellError } from "./values";
export { LocalSpreadsheet, type WorkbookOptions, type Toast } from "./model/spreadsheet";
export { LocalSheet } from "./model/sheet";
export { LocalRange } from "./model/range";
export { LocalDataValidation, DataValidationBuilder } from "./model/validation";
export { newWorkbook, workbookFromTabs, type Tab } from "./workbook";
export { loadXlsx, saveXlsx, xlsxBuffer } from "./xlsx";
export { recalculate } from "./formula/recalc";
export { FormulaError } from "./formula/errors";
export { createRuntime, loadBundle, callCustomFunction, type Runtime, type RuntimeOptions, type LockControls } from "./runtime";
export type { CallStats } from "./stats";
export { UiRecorder, type UiEvent, type UiReply, type MenuRecord, type MenuItem } from "./services/ui";
export type { LogEntry } from "./services/logger";
export { runFromPage, pageFunctions, argumentsToScript, answerToPage, IllegalValue } from "./services/script-run";
export { formatNumberWith, isDateFormat } from "./numfmt";
export { wallClockAt } from "./tz";
