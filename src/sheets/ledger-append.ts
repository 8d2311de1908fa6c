/**
 * 登记赞助 / Record sponsorship: one new ledger row (and the sponsor's customer-file row when it
 * is new), written under the document lock. Two officers saving at the same moment each read the
 * tab after the other's row was flushed, so both rows land, one below the other.
 */
import type { RecordEntry } from "../contracts/record-entry";
import { dateAtMidnight } from "../domain/dates";
import { UserError } from "../domain/errors";
import { fenToYuan } from "../domain/money";
import { prepareAppend, readTab } from "./append";
import { textCell } from "./cells";
import { requireEditable } from "./edit-rights";
import { withDocumentLock } from "./lock";
import { appendLog } from "./log";
import { choiceLabel, LEDGER_STATUSES, TABS, type TabKey } from "./schema";
import { prepareSponsor } from "./sponsor-add";
import { type Context, missingTabProblem, tabToWrite } from "./workbook";

export interface Appended {
  /** The ledger tab's name and the 1-based row written. */
  sheet: string;
  row: number;
  /** The customer-file row added for a new sponsor, or null. */
  sponsorRow: number | null;
}

function tab(ctx: Context, key: TabKey) {
  const sheet = tabToWrite(ctx.ss, key);
  if (!sheet) throw new UserError(missingTabProblem(key, ctx.lang).message);
  return sheet;
}

export function appendSponsorship(ctx: Context, entry: RecordEntry): Appended {
  return withDocumentLock(ctx, () => {
    const ledger = tab(ctx, "ledger");
    requireEditable(ctx, [ledger, entry.newSponsor ? tab(ctx, "sponsors") : null]);
    const money = (fen: number | null) => (fen === null ? "" : fenToYuan(fen));
    const writeLedger = prepareAppend(readTab(ledger, TABS.ledger), {
      date: dateAtMidnight(entry.date, ctx.timeZone),
      sponsor: textCell(entry.sponsor),
      event: textCell(entry.event),
      credit: textCell(entry.credit),
      cash: money(entry.cash),
      items: textCell(entry.items),
      inKind: money(entry.inKind),
      status: choiceLabel(LEDGER_STATUSES, entry.status, ctx.lang),
      notes: textCell(entry.notes),
    });
    const writeSponsor = entry.newSponsor
      ? prepareSponsor(ctx, tab(ctx, "sponsors"), { name: entry.sponsor, ...entry.newSponsor, status: entry.status, date: entry.date })
      : null;
    const sponsorRow = writeSponsor ? writeSponsor() : null;
    const row = writeLedger();
    appendLog(ctx, [
      { action: "sponsorship", sheet: ledger.getName(), rows: String(row) },
      ...(sponsorRow === null ? [] : [{ action: "sponsorAdded" as const, sheet: tab(ctx, "sponsors").getName(), rows: String(sponsorRow) }]),
    ]);
    return { sheet: ledger.getName(), row, sponsorRow };
  });
}
