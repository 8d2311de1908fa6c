/**
 * The built bundle's functions as the command line, the benchmark and the tests call them: the
 * local-only actions, which the bundle reaches through its one private `runLocal_`, by their own
 * names (`addon.generateMonthlyReport({ month })`), and everything else as the bundle has it.
 */
import type { LocalAction } from "../app/run-local";

// Every local action, checked against the bundle's list by the compiler.
const LOCAL: Record<LocalAction, true> = {
  setupSheets: true,
  checkData: true,
  generateMonthlyReport: true,
  markCommissionsPaid: true,
  createPackageDeliverables: true,
  memberStatement: true,
  monthlySummary: true,
  exportHandover: true,
  importSignins: true,
  accountsView: true,
  startRenewalSeason: true,
  sponsorRecap: true,
  composeReminders: true,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Functions = Record<string, any>;

export function addonFunctions(context: Functions): Functions {
  return new Proxy(context, {
    get: (target, name) =>
      typeof name === "string" && Object.keys(LOCAL).includes(name) ? (options?: unknown) => target.runLocal_(name, options) : target[name as string],
  });
}
