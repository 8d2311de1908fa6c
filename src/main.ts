/**
 * The add-on's public surface. Apps Script sees only what is exported here: the build writes a
 * top-level `function NAME(...)` for each export, carrying the JSDoc of the function it names
 * (Sheets reads `@customfunction` and the parameter docs from it for autocomplete). One name per
 * action, from here down to the handler.
 *
 * Nothing at module scope may call a service: in AuthMode.NONE (a simple onOpen before the
 * add-on is authorised) any such call throws and the menu would not appear.
 */
export { decideLeave, setApprovalsMember, sidebarApprovalsData } from "./app/approve-leave";
export { saveCheckIn, sidebarCheckInData } from "./app/check-in";
export { setFollowUpsMember, sidebarFollowUpsData } from "./app/follow-ups";
export { previewSignins, saveSignins, sidebarSigninData } from "./app/import-signins";
export { saveContact } from "./app/log-contact";
export { saveAccount, sidebarAccountsData } from "./app/record-account";
export { saveSponsorship, sidebarRecordData } from "./app/record-sponsorship";
export { payBackExpense } from "./app/reimburse";
export { saveLeaveRequest, setLeaveMember, sidebarLeaveData } from "./app/request-leave";
export { runLocal_ } from "./app/run-local";
export { selfCheck } from "./app/self-check";
export { saveSettings, sidebarSettingsData } from "./app/settings";
export { COMMISSION, MEETING_PENALTY, MEETING_WARNING } from "./functions";
export { menuCheck } from "./ui/dialogs/check";
export { menuDeliverables } from "./ui/dialogs/deliverables";
export { menuHandover } from "./ui/dialogs/handover";
export { menuHelp } from "./ui/dialogs/help";
export { menuPayout } from "./ui/dialogs/payout";
export { menuRecap } from "./ui/dialogs/recap";
export { menuReminders } from "./ui/dialogs/reminders";
export { menuRenewals } from "./ui/dialogs/renewals";
export { menuReport } from "./ui/dialogs/report";
export { menuSelfCheck } from "./ui/dialogs/self-check";
export { menuSetup } from "./ui/dialogs/setup";
export { menuStatement } from "./ui/dialogs/statement";
export { menuSummary } from "./ui/dialogs/summary";
export { onInstall, onOpen } from "./ui/menu";
export {
  showAccounts,
  showApprovals,
  showCheckIn,
  showFollowUps,
  showLeave,
  showRecordSponsorship,
  showSettings,
  showSignins,
} from "./ui/sidebars";
