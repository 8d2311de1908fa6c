/** The menu items that open a sidebar; each page then asks the server for its data (see app/). */
import { userLang } from "../sheets/identity";
import { showSidebar } from "./host";
import { label } from "./labels";

/** Menu: 登记赞助 / Record sponsorship. */
export function showRecordSponsorship(): void {
  showSidebar("record", label("recordSponsorship", userLang()));
}

/** Menu: 记账 / Record expense / fine (and pay back reimbursements). */
export function showAccounts(): void {
  showSidebar("accounts", label("recordAccount", userLang()));
}

/** Menu: 例会签到 / Meeting check-in. */
export function showCheckIn(): void {
  showSidebar("checkin", label("checkIn", userLang()));
}

/** Menu: 请假 / Request leave. */
export function showLeave(): void {
  showSidebar("leave", label("leave", userLang()));
}

/** Menu: 审批 / Approvals (the head's; others are told so by the page). */
export function showApprovals(): void {
  showSidebar("approvals", label("approvals", userLang()));
}

/** Menu: 导入签到 / Import sign-ins. */
export function showSignins(): void {
  showSidebar("signins", label("importSignins", userLang()));
}

/** Menu: 我的跟进 / My follow-ups. */
export function showFollowUps(): void {
  showSidebar("followups", label("followUps", userLang()));
}

/** Menu: 设置 / Settings. */
export function showSettings(): void {
  showSidebar("settings", label("settings", userLang()));
}
