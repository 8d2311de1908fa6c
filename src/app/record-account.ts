/**
 * 记账 / Record expense or fine: one new 收支 row (an expense, other income, a fine paid or waived),
 * appended under the document lock. A waiver is the head's decision, so only the head may record one:
 * the same proof as 审批 (职务 部长, recognised as in 我的跟进, and allowed to edit a Settings tab that
 * restricts its editors). Reimbursements still owed are listed here too; paying one back is reimburse.ts.
 */
import { type AccountLists, checkAccount, describeAccount, fineOverOwed, type OwedView } from "../contracts/account-entry";
import { accountFormSchema } from "../contracts/account-schema";
import { renderMsg, type SidebarMsg } from "../contracts/messages";
import { validate } from "../contracts/validate";
import { buildAccounts } from "../domain/accounts";
import type { LocalDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import type { Fen } from "../domain/money";
import { appendAccount } from "../sheets/accounts-tab";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog } from "../sheets/log";
import { type Context, type Loaded, loadModel, missingTabProblem, requireReadable, tabToWrite } from "../sheets/workbook";
import { provenHead } from "./follow-ups";
import { type Failure, fieldsFailure, respond } from "./respond";

export interface AccountsData {
  ok: true;
  lang: Lang;
  today: LocalDate;
  /** The 收支 tab's name in this spreadsheet. */
  sheet: string;
  lists: AccountLists;
  /** Each active member's fines still owed this term (penalties − paid − waived, to today), in fen. */
  fines: { name: string; owed: Fen }[];
  /** Expenses still 待报销, the oldest first. */
  owed: OwedView[];
}

function load(ctx: Context): Loaded {
  const loaded = loadModel(ctx, ["members", "events", "accounts", "attendance", "settings"]);
  for (const key of ["accounts", "members"] as const) if (!loaded.sheets[key]) throw new UserError(missingTabProblem(key, ctx.lang).message);
  requireReadable(loaded, "accounts");
  return loaded;
}

/** Why this user may not record a waiver, or null for the head (approve-leave.ts asks the same of a decision). */
function waiverRefusal(loaded: Loaded): SidebarMsg | null {
  const check = provenHead(loaded);
  if (!check) return { key: "waiverWhoAreYou" };
  if ("head" in check) return null;
  return { key: WAIVER_REFUSED[check.refused], params: { name: check.name } };
}

const WAIVER_REFUSED = { notHead: "waiverOnlyHead", unproven: "waiverHeadUnproven", notEditor: "waiverHeadNotEditor" } as const;

/** `fines`: each member's fines still owed (finesOwed), computed once per request. */
function lists(loaded: Loaded, fines: ReadonlyMap<string, Fen>): AccountLists {
  const { model, ctx } = loaded;
  // A member who left may still pay a fine they owe, or be paid back what they advanced.
  const stillOwing = new Set([...fines].filter(([, owed]) => owed > 0).map(([name]) => name));
  for (const a of model.accounts) if (a.type === "expense" && a.reimbursement === "owed") stillOwing.add(a.member);
  const s = model.settings;
  return {
    events: model.events.map((e) => e.name),
    members: model.members.filter((m) => m.active || stillOwing.has(m.name)).map((m) => m.name),
    timeZone: ctx.timeZone,
    today: ctx.today,
    bookStart: s.opening.date ?? s.termStart,
    termStart: s.termStart,
    waiverRefused: waiverRefusal(loaded),
  };
}

/** Fines still owed by name, as the accounts count them today. */
function finesOwed(loaded: Loaded): Map<string, Fen> {
  return new Map(buildAccounts(loaded.model, loaded.ctx.today).fines.map((f) => [f.name, f.balance]));
}

function owedViews(loaded: Loaded): OwedView[] {
  return loaded.model.accounts
    .filter((a) => a.type === "expense" && a.reimbursement === "owed")
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row))
    .map((a) => ({ row: a.row, date: a.date, member: a.member, event: a.event, item: a.item, amount: a.amount, receipt: a.receipt }));
}

/** Sidebar data for 记账: events, active members, who may waive, fines owed and reimbursements owed. */
export function sidebarAccountsData(): AccountsData | Failure {
  return respond((ctx, lang) => {
    const loaded = load(ctx);
    const fines = finesOwed(loaded);
    const l = lists(loaded, fines);
    if (l.members.length === 0) return { ok: false, error: renderMsg({ key: "noMembers" }, lang) };
    return {
      ok: true,
      lang,
      today: ctx.today,
      sheet: loaded.sheets.accounts!.getName(),
      lists: l,
      fines: l.members.map((name) => ({ name, owed: fines.get(name) ?? 0 })),
      owed: owedViews(loaded),
    };
  });
}

export interface AccountSaved {
  ok: true;
  sheet: string;
  row: number;
  /** What was written, in the user's language: 张三 垫付 ¥95.80 (运动会 · 奖牌) — 待报销. */
  summary: string;
  /** The new row as the reimbursement list shows it, when a member advanced the money. */
  owed: OwedView | null;
}

/** A fine beyond what the member owes: nothing was written; saving again with `confirm` set to `token` saves it. */
export interface OverOwed extends Failure {
  confirm: "overOwed";
  token: string;
}

/**
 * Appends one expense, other income, fine paid or fine waived to 收支 under the document lock.
 * @param {object} form The sidebar's form; answers {ok, row, summary} or {ok: false, error, fields}.
 */
export function saveAccount(form: unknown): AccountSaved | OverOwed | Failure {
  return respond((ctx, lang) => {
    const f = validate(accountFormSchema, form);
    const loaded = load(ctx);
    const fines = finesOwed(loaded);
    const { entry, errors } = checkAccount(f, lists(loaded, fines));
    if (!entry) return fieldsFailure(errors, lang);
    const before = fines.get(entry.member) ?? 0;
    const over = fineOverOwed(entry, before);
    // The question is about this member, this amount and what they owed when it was asked.
    const token = `${entry.member}|${entry.amount}|${before}`;
    if (over && f.confirm !== token) return { ok: false, confirm: "overOwed", token, error: renderMsg(over, lang), fields: { amount: renderMsg(over, lang) } };
    const done = withDocumentLock(ctx, () => {
      const sheet = tabToWrite(ctx.ss, "accounts");
      if (!sheet) throw new UserError(missingTabProblem("accounts", ctx.lang).message);
      requireEditable(ctx, [sheet]);
      const row = appendAccount(ctx, sheet, entry);
      appendLog(ctx, [{ action: entry.type === "fineWaived" ? "fineWaived" : "accountEntry", sheet: sheet.getName(), rows: String(row) }]);
      return { sheet: sheet.getName(), row };
    });
    const { date, member, event, item, amount, receipt } = entry;
    return {
      ok: true,
      sheet: done.sheet,
      row: done.row,
      summary: describeAccount(entry, before, lang),
      owed: entry.owed ? { row: done.row, date, member, event, item, amount, receipt } : null,
    };
  });
}
