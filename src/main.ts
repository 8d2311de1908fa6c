/**
 * The add-on's public surface. Apps Script sees only what is exported here: the build writes a
 * top-level `function NAME(...)` for each export, carrying the JSDoc of the function it names
 * (Sheets reads `@customfunction` and the parameter docs from it for autocomplete). One name per
 * action, from here down to the handler.
 *
 * Nothing at module scope may call a service: in AuthMode.NONE (a simple onOpen before the
 * add-on is authorised) any such call throws and the menu would not appear.
 */
export { COMMISSION, MEETING_PENALTY, MEETING_WARNING } from "./functions";
export { menuCheck, menuHelp, menuReport, menuSetup } from "./ui/actions";
export { runLocal_ } from "./ui/local-entry";
export { onInstall, onOpen } from "./ui/menu";
export { menuHandover, menuPayout, menuStatement } from "./ui/records";
export { menuSelfCheck, selfCheck } from "./ui/self-check";
export { saveCheckIn, showCheckIn, sidebarCheckInData } from "./ui/sidebars/checkin";
export { saveContact, setFollowUpsMember, showFollowUps, sidebarFollowUpsData } from "./ui/sidebars/followups";
export { saveSponsorship, showRecordSponsorship, sidebarRecordData } from "./ui/sidebars/record";
export { saveSettings, showSettings, sidebarSettingsData } from "./ui/sidebars/settings";
