/**
 * The 外联部 / Outreach menu. onOpen may run in AuthMode.NONE (an add-on not yet used in this
 * document), where reading the spreadsheet throws: the menu must still appear, so the locale is
 * only asked for when allowed, and the labels fall back to both languages.
 */
import type { Lang } from "../domain/messages";
import { mayReadSheet, sheetLangOrNull } from "../sheets/locale";
import { addMenu } from "./host";
import { bilingual, type LABELS, label } from "./labels";

type Key = keyof typeof LABELS;

/** Menu items and the top-level functions they call (each is an export of main.ts). */
export const MENU_ITEMS: readonly ({ key: Key; fn: string } | "separator")[] = [
  { key: "recordSponsorship", fn: "showRecordSponsorship" },
  { key: "recordAccount", fn: "showAccounts" },
  { key: "checkIn", fn: "showCheckIn" },
  { key: "importSignins", fn: "showSignins" },
  { key: "leave", fn: "showLeave" },
  { key: "approvals", fn: "showApprovals" },
  { key: "followUps", fn: "showFollowUps" },
  { key: "recap", fn: "menuRecap" },
  { key: "renewals", fn: "menuRenewals" },
  { key: "reminders", fn: "menuReminders" },
  "separator",
  { key: "report", fn: "menuReport" },
  { key: "summary", fn: "menuSummary" },
  { key: "check", fn: "menuCheck" },
  "separator",
  { key: "payout", fn: "menuPayout" },
  { key: "deliverables", fn: "menuDeliverables" },
  { key: "statement", fn: "menuStatement" },
  { key: "handover", fn: "menuHandover" },
  "separator",
  { key: "setup", fn: "menuSetup" },
  { key: "settings", fn: "showSettings" },
  { key: "selfCheck", fn: "menuSelfCheck" },
  { key: "help", fn: "menuHelp" },
];

export function buildMenu(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const lang: Lang | null = mayReadSheet(e) ? sheetLangOrNull() : null;
  const text = (key: Key) => (lang ? label(key, lang) : bilingual(key));
  addMenu(
    text("menu"),
    MENU_ITEMS.map((item) => (item === "separator" ? item : { label: text(item.key), fn: item.fn })),
  );
}

/**
 * Adds the 外联部 / Outreach menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e The open event.
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }) {
  buildMenu(e);
}

/**
 * Adds the menu right after the add-on is installed, without reopening the sheet.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }) {
  buildMenu(e);
}
