/** A sponsor first met in 登记赞助 goes into the customer file (客户资料档案), so it is never lost at hand-over. */
import { dateAtMidnight, type LocalDate } from "../domain/dates";
import type { LedgerStatus, Stage } from "../domain/model";
import { NameIndex } from "../domain/names";
import { columnTexts, prepareAppend, readTab } from "./append";
import { textCell } from "./cells";
import { choiceLabel, STAGES, TABS } from "./schema";
import type { Context } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NewSponsor {
  name: string;
  category: string;
  owner: string;
  /** The sponsorship being recorded: it says how far the relationship has come. */
  status: LedgerStatus;
  date: LocalDate;
}

const STAGE_OF: Record<LedgerStatus, Stage> = { received: "signed", pledged: "negotiating", cancelled: "declined" };

/**
 * Prepares the customer-file row, or null when the sponsor is already there (someone may have
 * added it since the form was opened: it is never added twice).
 */
export function prepareSponsor(ctx: Context, sheet: Sheet, s: NewSponsor): (() => number) | null {
  const t = readTab(sheet, TABS.sponsors);
  if (new NameIndex(columnTexts(t, "name")).find(s.name)) return null;
  return prepareAppend(t, {
    name: textCell(s.name),
    category: textCell(s.category),
    owner: textCell(s.owner),
    stage: choiceLabel(STAGES, STAGE_OF[s.status], ctx.lang),
    lastContact: dateAtMidnight(s.date, ctx.timeZone),
  });
}
