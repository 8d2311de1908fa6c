/**
 * 收支 / Accounts: the tab 记账 appends to and pays reimbursements back in. A new row goes into the
 * tab's own columns, found by header wherever the department moved them (a column it added stays
 * empty); paying back writes only that row's 报销状态 and 报销日期: someone may be typing in the row.
 */
import type { NewAccount } from "../contracts/account-entry";
import { dateAtMidnight, localDateOf } from "../domain/dates";
import type { AccountEntry } from "../domain/model";
import { fenToYuan } from "../domain/money";
import { missingColumn, prepareAppend, readTab, type TabRead } from "./append";
import { textCell, writeRows } from "./cells";
import { parseWorkbook } from "./parse";
import { ACCOUNT_TYPES, choiceLabel, REIMBURSEMENT_STATUSES, TABS } from "./schema";
import type { CellValue } from "./table";
import type { Context } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface AccountsTab {
  read: TabRead;
  /** Every row the accounts count, read by the same rules as the rest of the workbook. */
  entries: AccountEntry[];
}

function column(t: TabRead, key: string): number {
  const c = t.columns[key];
  if (c !== undefined) return c;
  throw missingColumn(t, key);
}

/** One getValues for the whole tab, whatever its size; a required column missing is said, naming it. */
export function readAccountsTab(ctx: Context, sheet: Sheet): AccountsTab {
  const read = readTab(sheet, TABS.accounts);
  for (const col of TABS.accounts.columns) if (col.required) column(read, col.key);
  const { model } = parseWorkbook({ accounts: { sheet: sheet.getName(), values: read.values } }, ctx.timeZone, ctx.today);
  return { read, entries: model.accounts };
}

/** Appends one entry below the last row anyone typed in; gives its 1-based row. */
export function appendAccount(ctx: Context, sheet: Sheet, e: NewAccount): number {
  return prepareAppend(readTab(sheet, TABS.accounts), {
    date: dateAtMidnight(e.date, ctx.timeZone),
    event: textCell(e.event),
    type: choiceLabel(ACCOUNT_TYPES, e.type, ctx.lang),
    amount: fenToYuan(e.amount),
    member: textCell(e.member),
    item: textCell(e.item),
    receipt: textCell(e.receipt),
    reimbursement: e.owed ? choiceLabel(REIMBURSEMENT_STATUSES, "owed", ctx.lang) : "",
    notes: textCell(e.notes),
  })();
}

/** What the row's 报销日期 cell holds as typed ("" when blank): a pay-back never writes over it. */
export function typedReimbursedOn(tab: AccountsTab, row: number, timeZone: string): string {
  const v = tab.read.values[row - 1]?.[column(tab.read, "reimbursedOn")];
  if (v === null || v === undefined || v === "") return "";
  return v instanceof Date ? localDateOf(v, timeZone) : String(v);
}

/** 报销状态 = 已报销 and 报销日期 = today in one row, and no other cell. */
export function writeReimbursed(ctx: Context, tab: AccountsTab, row: number): void {
  const cells = new Map<number, CellValue>([
    [column(tab.read, "reimbursement") + 1, choiceLabel(REIMBURSEMENT_STATUSES, "done", ctx.lang)],
    [column(tab.read, "reimbursedOn") + 1, dateAtMidnight(ctx.today, ctx.timeZone)],
  ]);
  writeRows(tab.read.sheet, row, [cells]);
}
