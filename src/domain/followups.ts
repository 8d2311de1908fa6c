/**
 * 我的跟进 / My follow-ups: which sponsors a member should call next. A promised follow-up that
 * slipped is the first thing to do (客户资料档案 only helps if the 下次跟进 dates are kept).
 */
import type { LocalDate } from "./dates";
import type { Sponsor } from "./model";

export type Urgency = "overdue" | "soon" | "later" | "none" | "declined";

/** A follow-up within this many days is due soon. */
export const SOON_DAYS = 7;

const ORDER: readonly Urgency[] = ["overdue", "soon", "later", "none", "declined"];

type Due = Pick<Sponsor, "name" | "owner" | "stage" | "lastContact" | "nextFollowUp">;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

export function urgencyOf(s: Pick<Due, "stage" | "nextFollowUp">, today: LocalDate): Urgency {
  if (s.stage === "declined") return "declined";
  if (!s.nextFollowUp) return "none";
  if (s.nextFollowUp < today) return "overdue";
  return daysBetween(today, s.nextFollowUp) <= SOON_DAYS ? "soon" : "later";
}

export interface View {
  /** Only this owner's sponsors; null for everyone's. */
  owner: string | null;
  showDeclined: boolean;
}

/**
 * Overdue first (the longest overdue on top), then due soon, then later, then those without a
 * date (the longest without contact first), declined last — and hidden unless asked for.
 */
export function followUpList<T extends Due>(sponsors: readonly T[], view: View, today: LocalDate): T[] {
  const rank = (s: T) => ORDER.indexOf(urgencyOf(s, today));
  return sponsors
    .filter((s) => (view.owner === null || s.owner === view.owner) && (view.showDeclined || s.stage !== "declined"))
    .sort((a, b) => rank(a) - rank(b) || (a.nextFollowUp ?? "").localeCompare(b.nextFollowUp ?? "") || (a.lastContact ?? "").localeCompare(b.lastContact ?? "") || a.name.localeCompare(b.name));
}

// ASCII addresses only, so Chinese text or punctuation around one ("邮箱li@x.edu。") is not swallowed.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The email addresses written in a 联系方式 cell, lower-cased. */
export function emailsIn(contact: string): string[] {
  return (contact.match(EMAIL) ?? []).map((e) => e.replace(/\.$/, "").toLowerCase());
}

/** The member whose 联系方式 holds this email (case-insensitive), or null. */
export function memberByEmail(members: readonly { name: string; contact: string }[], email: string): string | null {
  const wanted = email.trim().toLowerCase();
  if (!wanted) return null;
  const m = members.find((x) => emailsIn(x.contact).includes(wanted));
  return m ? m.name : null;
}
