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
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.nextFollowUp ?? "").localeCompare(b.nextFollowUp ?? "") ||
        (a.lastContact ?? "").localeCompare(b.lastContact ?? "") ||
        a.name.localeCompare(b.name),
    );
}

// ASCII addresses only, so Chinese text or punctuation around one ("邮箱li@x.edu。") is not swallowed.
// Parts bounded as in RFC 5321 (local part 64, label 63): unbounded, a long run of address
// characters without a valid "@domain" is retried from every start (quadratic).
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;

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

/**
 * Whether this user may edit the 设置 / Settings tab, as Google decides it (Protection.canEdit()):
 * `open` when Settings is unprotected or protected with a warning only — then everyone may, and
 * it proves nothing.
 */
export type SettingsEdit = "editor" | "notEditor" | "open";

export interface Me {
  name: string;
  head: boolean;
  byEmail: boolean;
}

export interface Identified {
  me: Me | null;
  /** How the Settings check came out, when it was needed: a chosen head's name without an email. */
  settingsEdit: SettingsEdit | null;
}

/**
 * Who the user is. A member whose 联系方式 holds the user's email is them, with the head's rights
 * when their 职务 is 部长. Otherwise the member they chose before counts — never one who has an
 * email in 成员 while Google shows this user's email (that member is recognised by it only; with
 * the email hidden nobody can be, so the choice stands) — and a chosen 部长 gets the head's rights
 * only when Google says this account may edit a Settings tab that really restricts its editors.
 * Choosing a name proves nothing; editing rights on a protected tab are checked by Google against
 * the real account, which it knows even when it does not share the email. `chosen` and
 * `settingsEdit` are asked only when needed, since each costs a call.
 */
export function identify(
  members: readonly { name: string; contact: string; head: boolean }[],
  email: string,
  chosen: () => string | null,
  settingsEdit: () => SettingsEdit,
): Identified {
  const byEmail = memberByEmail(members, email);
  if (byEmail !== null) {
    const m = members.find((x) => x.name === byEmail)!;
    return { me: { name: m.name, head: m.head, byEmail: true }, settingsEdit: null };
  }
  const name = chosen();
  const m = members.find((x) => x.name === name);
  if (!m || (email !== "" && emailsIn(m.contact).length > 0)) return { me: null, settingsEdit: null };
  if (!m.head) return { me: { name: m.name, head: false, byEmail: false }, settingsEdit: null };
  const proof = settingsEdit();
  return { me: { name: m.name, head: proof === "editor", byEmail: false }, settingsEdit: proof };
}

/** The stages where a sponsor is being worked on: one left alone there goes cold (潜在 not yet begun, 已签约 on). */
const WORKED: ReadonlySet<Sponsor["stage"]> = new Set(["contacting", "negotiating"]);

export interface Stale<T> {
  sponsor: T;
  /** Whole days since 最近联系; null when no contact was ever recorded (最近联系 blank). */
  days: number | null;
}

/**
 * Sponsors at 联系中 or 洽谈中 with no contact for more than `days` days before `today` (跟进间隔 in
 * Settings). A blank 最近联系 at those stages is stale too: someone moved the stage on but no
 * contact was ever recorded. Never contacted first, then the longest without contact, then by name.
 */
export function staleSponsors<T extends Pick<Sponsor, "name" | "stage" | "lastContact">>(sponsors: readonly T[], today: LocalDate, days: number): Stale<T>[] {
  const out: Stale<T>[] = [];
  for (const s of sponsors) {
    if (!WORKED.has(s.stage)) continue;
    const since = s.lastContact ? daysBetween(s.lastContact, today) : null;
    if (since === null || since > days) out.push({ sponsor: s, days: since });
  }
  const order = (x: Stale<T>) => (x.days === null ? 1e9 : x.days);
  return out.sort((a, b) => order(b) - order(a) || a.sponsor.name.localeCompare(b.sponsor.name));
}
