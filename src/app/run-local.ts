/**
 * What only the command line, the benchmark and the tests call: the menu's actions as plain data.
 * In Apps Script every top-level function a page can name is callable through google.script.run,
 * and one whose name ends in `_` is not; so these are reached through this one private function
 * (`runLocal_("generateMonthlyReport", { month })`), never as functions of their own.
 */
import { UserError } from "../domain/errors";
import { accountsView } from "./accounts-view";
import { checkData } from "./check-data";
import { createPackageDeliverables } from "./create-deliverables";
import { generateMonthlyReport } from "./generate-report";
import { exportHandover } from "./handover";
import { importSignins } from "./import-signins";
import { markCommissionsPaid } from "./mark-paid";
import { sponsorRecap } from "./recap";
import { composeReminders } from "./reminders";
import { setupSheets } from "./setup";
import { startRenewalSeason } from "./start-renewals";
import { memberStatement } from "./statement";
import { monthlySummary } from "./summary";

const LOCAL_ACTIONS = {
  setupSheets,
  checkData,
  generateMonthlyReport,
  markCommissionsPaid,
  createPackageDeliverables,
  memberStatement,
  monthlySummary,
  exportHandover,
  importSignins,
  accountsView,
  startRenewalSeason,
  sponsorRecap,
  composeReminders,
} as const;

export type LocalAction = keyof typeof LOCAL_ACTIONS;

/**
 * Runs one of the add-on's actions without dialogs and answers its plain-data result.
 * @param {string} action setupSheets, checkData, generateMonthlyReport, markCommissionsPaid, createPackageDeliverables, memberStatement, monthlySummary, exportHandover, importSignins, accountsView, startRenewalSeason, sponsorRecap or composeReminders.
 * @param {object} options The action's options.
 */
export function runLocal_(action: string, options?: unknown): unknown {
  if (!Object.keys(LOCAL_ACTIONS).includes(action)) {
    throw new UserError({ key: "badRequest", params: { detail: `no action "${action}"` } });
  }
  return (LOCAL_ACTIONS[action as LocalAction] as (o?: unknown) => unknown)(options);
}
