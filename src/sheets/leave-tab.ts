/**
 * 请假 / Leave: the tab requests are appended to and decided in. A department that never kept one
 * gets it, in the sheet's language, made as set-up makes it. A decision writes only its own four
 * cells: someone may be typing in the same row.
 */
import type { LeaveEntry } from "../contracts/leave-entry";
import { dateAtMidnight } from "../domain/dates";
import type { LeaveRequest, LeaveStatus } from "../domain/model";
import { t } from "../domain/text";
import { missingColumn, prepareAppend, readTab, type TabRead } from "./append";
import { textCell, writeRows } from "./cells";
import { DATE_FORMAT, DATE_TIME_FORMAT } from "./formats";
import { insertTabKeepingPlace } from "./new-tab";
import { parseWorkbook } from "./parse";
import { choiceLabel, columnTitle, LEAVE_STATUSES, TABS, tabTitle } from "./schema";
import type { CellValue } from "./table";
import { type Context, findTabs, tabToWrite } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = "#e8f0fe";

/** The department's 请假 tab; without one, a new tab right after 考勤, with set-up's formats and the status dropdown. */
export function leaveTab(ctx: Context): Sheet {
  const found = tabToWrite(ctx.ss, "leave");
  if (found) return found;
  const def = TABS.leave;
  const attendance = findTabs(ctx.ss).attendance;
  const sheet = insertTabKeepingPlace(ctx.ss, tabTitle(def, ctx.lang), attendance ? attendance.getIndex() : ctx.ss.getSheets().length);
  sheet
    .getRange(1, 1, 1, def.columns.length)
    .setValues([def.columns.map((c) => columnTitle(c, ctx.lang))])
    .setFontWeight("bold")
    .setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  def.columns.forEach((col, i) => {
    const range = sheet.getRange(2, i + 1, rows, 1);
    if (col.kind === "date") range.setNumberFormat(DATE_FORMAT);
    if (col.kind === "datetime") range.setNumberFormat(DATE_TIME_FORMAT);
    if (col.choices) {
      const labels = col.choices.map((c) => t(c, ctx.lang));
      range.setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).setHelpText(columnTitle(col, ctx.lang)).build(),
      );
    }
    if (col.width) sheet.setColumnWidth(i + 1, col.width);
  });
  return sheet;
}

export interface LeaveTab {
  read: TabRead;
  /** Every request, read by the same rules as the rest of the workbook. */
  requests: LeaveRequest[];
}

/** One getValues for the whole tab, whatever its size. */
export function readLeaveTab(ctx: Context, sheet: Sheet): LeaveTab {
  const read = readTab(sheet, TABS.leave);
  const { model } = parseWorkbook({ leave: { sheet: sheet.getName(), values: read.values } }, ctx.timeZone, ctx.today);
  return { read, requests: model.leave };
}

/** The moment written as 提交时间 / 审批时间: whole seconds, so the sidebar can name the request by it exactly. */
export function leaveStamp(ctx: Context): Date {
  return new Date(Math.floor(ctx.now.getTime() / 1000) * 1000);
}

/** Appends a waiting request; gives its 1-based row. */
export function appendRequest(ctx: Context, tab: LeaveTab, name: string, entry: LeaveEntry): number {
  return prepareAppend(tab.read, {
    submittedAt: leaveStamp(ctx),
    name: textCell(name),
    meeting: dateAtMidnight(entry.meeting, ctx.timeZone),
    reason: textCell(entry.reason),
    status: choiceLabel(LEAVE_STATUSES, "pending", ctx.lang),
  })();
}

function column(t: TabRead, key: string): number {
  const c = t.columns[key];
  if (c !== undefined) return c;
  throw missingColumn(t, key);
}

/** 状态, 审批人, 审批时间 and (when given) 审批意见 of one row, and nothing else. */
export function writeDecision(ctx: Context, tab: LeaveTab, row: number, decision: { status: LeaveStatus; by: string; note: string }): void {
  const cells = new Map<number, CellValue>([
    [column(tab.read, "status") + 1, choiceLabel(LEAVE_STATUSES, decision.status, ctx.lang)],
    [column(tab.read, "decidedBy") + 1, textCell(decision.by)],
    [column(tab.read, "decidedAt") + 1, leaveStamp(ctx)],
  ]);
  // A blank note leaves the cell as it is: the head may have typed one there meanwhile.
  if (decision.note !== "") cells.set(column(tab.read, "note") + 1, textCell(decision.note));
  writeRows(tab.read.sheet, row, [cells]);
}
