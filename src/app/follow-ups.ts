/**
 * 我的跟进 / My follow-ups: who the user is (their email in 成员, else the member they picked) and
 * every sponsor with its follow-up dates and history.
 */
import { memberPickSchema } from "../contracts/contact-schema";
import { renderMsg, type SidebarMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import type { LocalDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import { emailsIn, identify, type Me, type SettingsEdit } from "../domain/followups";
import type { Lang } from "../domain/messages";
import { awaitingRenewal } from "../domain/renewals";
import { type SponsorHistory, sponsorHistory } from "../domain/sponsor-history";
import { currentUserEmail, rememberedMember, rememberMember, settingsEdit } from "../sheets/identity";
import { type Context, type Loaded, loadModel, missingTabProblem } from "../sheets/workbook";
import { type Failure, respond } from "./respond";

export interface FollowUpsData {
  ok: true;
  lang: Lang;
  today: LocalDate;
  /** null: the page asks who the user is. */
  me: Me | null;
  /** Google did not tell the add-on the user's email, so nobody can be recognised by it. */
  emailHidden: boolean;
  /** For a chosen 部长: whether this account may edit the protected Settings tab (the head's proof). */
  settingsEdit: SettingsEdit | null;
  members: string[];
  /** Every sponsor with its history: the page picks whose to show (the head sees all, others read them). */
  sponsors: SponsorHistory[];
  /** Settings' 跟进间隔（天）: a sponsor 联系中 or 洽谈中 not contacted for longer is stale (domain staleSponsors). */
  followUpDays: number;
  /** Settings' 续约季开始; null when no renewal season was started. */
  renewalStart?: LocalDate | null;
  /** The 续约 group: sponsors with this season's renewal note who have not given since it started. */
  renewals?: string[];
}

function load(ctx: Context): Loaded {
  const loaded = loadModel(ctx, ["members", "sponsors", "ledger", "settings"]);
  for (const key of ["members", "sponsors"] as const) if (!loaded.sheets[key]) throw new UserError(missingTabProblem(key, ctx.lang).message);
  return loaded;
}

/** An email in the member's 联系方式 first; else the member this user picked before (see identify). */
export function whoAmI(loaded: Loaded, email: string): Pick<FollowUpsData, "me" | "settingsEdit"> {
  const { model, tables } = loaded;
  const t = tables.members;
  const c = t?.columns.contact;
  const contact = (row: number) => (t && c !== undefined ? String(t.values[row - 1][c] ?? "") : "");
  const active = model.members.filter((m) => m.active).map((m) => ({ name: m.name, contact: contact(m.row), head: m.role === "head" }));
  return identify(active, email, rememberedMember, () => settingsEdit(loaded.ctx.ss));
}

function contactEmails({ tables }: Loaded, row: number): string[] {
  const t = tables.members;
  const c = t?.columns.contact;
  return t && c !== undefined ? emailsIn(String(t.values[row - 1][c] ?? "")) : [];
}

function answer(ctx: Context, lang: Lang, loaded: Loaded): FollowUpsData {
  const { model } = loaded;
  const email = currentUserEmail();
  return {
    ok: true,
    lang,
    today: ctx.today,
    ...whoAmI(loaded, email),
    emailHidden: email === "",
    members: model.members.filter((m) => m.active).map((m) => m.name),
    sponsors: sponsorHistory(model),
    followUpDays: model.settings.followUpDays,
    ...renewalGroup(model, ctx.today),
  };
}

function renewalGroup(model: Loaded["model"], today: LocalDate): Pick<FollowUpsData, "renewalStart" | "renewals"> {
  const start = model.settings.renewalStart ?? null;
  return { renewalStart: start, renewals: start ? awaitingRenewal(model.sponsors, model.ledger, start, today).map((s) => s.name) : [] };
}

/** Sidebar data for 我的跟进: who the user is, and every sponsor with its follow-up dates and history. */
/**
 * Whether this user is the head, proven: a member with 职务 部长 who may edit a Settings tab that
 * restricts its editors (picking 部长 never gives head rights by itself). null: the page should ask
 * who they are. What a refusal says is the caller's: deciding leave and waiving a fine word it apart.
 */
export function provenHead(loaded: Loaded): { head: Me } | { refused: "notHead" | "unproven" | "notEditor"; name: string } | null {
  const who = whoAmI(loaded, currentUserEmail());
  const me = who.me;
  if (!me) return null;
  if (loaded.model.members.find((m) => m.name === me.name)?.role !== "head") return { refused: "notHead", name: me.name };
  const proof = who.settingsEdit ?? settingsEdit(loaded.ctx.ss);
  if (proof === "open") return { refused: "unproven", name: me.name };
  if (proof === "notEditor") return { refused: "notEditor", name: me.name };
  return { head: { ...me, head: true } };
}

export function sidebarFollowUpsData(): FollowUpsData | Failure {
  return respond((ctx, lang) => answer(ctx, lang, load(ctx)));
}

/**
 * Remembers which member the user is (when their email is not in 成员), then answers as sidebarFollowUpsData.
 * @param {{name: string}} request An active member's name.
 */
export function setFollowUpsMember(request: unknown): FollowUpsData | Failure {
  return pickMember(request, load, answer);
}

/**
 * What every "I am …" pick does: remembers the member (see chooseMember), then answers as the
 * sidebar's own data handler, on the tabs that sidebar reads.
 */
export function pickMember<T>(
  request: unknown,
  load: (ctx: Context) => Loaded,
  answer: (ctx: Context, lang: Lang, loaded: Loaded) => T | Failure,
): T | Failure {
  return respond((ctx, lang) => {
    const { name } = validate(memberPickSchema, request);
    const loaded = load(ctx);
    const refused = chooseMember(loaded, name);
    return refused ? { ok: false, error: renderMsg(refused, lang) } : answer(ctx, lang, loaded);
  });
}

/** Remembers which active member the user is (every sidebar asks the same); the refusal when they cannot be chosen. */
function chooseMember(loaded: Loaded, name: string): SidebarMsg | null {
  const m = loaded.model.members.find((x) => x.active && x.name === name.trim());
  if (!m) return { key: "unknownMember", params: { value: name } };
  // A member whose 联系方式 holds an email is recognised by that email only: nobody whose email
  // Google shows can pick them. When Google hides it, that member cannot be recognised at all,
  // so the pick is allowed — with a member's rights only: head rights still need their proof.
  if (currentUserEmail() !== "" && contactEmails(loaded, m.row).length > 0) return { key: "memberHasEmail", params: { value: m.name } };
  rememberMember(m.name);
  return null;
}
