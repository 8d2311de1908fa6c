/**
 * 记账 / Record expense or fine: the form's rules, shared by the page (checked as the user types)
 * and the server (checked again before anything is written); the sentence saying what a save will
 * write; and how an expense to pay back is found again. Pure: no Apps Script, no DOM.
 */
import { type LocalDate, parseDate } from "../domain/dates";
import type { AccountEntry, AccountType } from "../domain/model";
import { type Fen, formatYuan, parseMoney, roundedToFen } from "../domain/money";
import { NameIndex, nameKey } from "../domain/names";
import { type Lang, t, text } from "../domain/text";
import type { AnyMsg, SidebarMsg } from "./messages";

export const ACCOUNT_TYPE_VALUES: readonly AccountType[] = ["expense", "income", "finePaid", "fineWaived"];

/** Who paid an expense: the department's cash, or a member who advanced it and is owed it back. */
export type PaidBy = "cash" | "member";
export const PAID_BY_VALUES: readonly PaidBy[] = ["cash", "member"];

/** The form as the page sends it: every field is the text the user typed or picked. */
export interface AccountForm {
  type: AccountType;
  date: string;
  /** Yuan, as typed: "95.8", "¥1,200". */
  amount: string;
  event: string;
  member: string;
  item: string;
  /** A link or a note, kept as text. */
  receipt: string;
  /** Read for an expense only. */
  paidBy: PaidBy;
  notes: string;
}

/** What the sheet holds that the form is checked against; plain data, so it crosses google.script.run. */
export interface AccountLists {
  events: string[];
  /** Active members, and members who left while still owing fines or money advanced. */
  members: string[];
  timeZone: string;
  /** The day (no line is dated after it), the cash book's first day and the term's (null: none). */
  today: LocalDate;
  bookStart: LocalDate | null;
  termStart: LocalDate | null;
  /** Why this user may not record a waiver (the head's decision), or null when they may. */
  waiverRefused: SidebarMsg | null;
}

/** A checked entry, ready for a 收支 row. */
export interface NewAccount {
  type: AccountType;
  date: LocalDate;
  amount: Fen;
  event: string;
  member: string;
  item: string;
  receipt: string;
  /** Advanced by the member: 报销状态 待报销 until they are paid back. */
  owed: boolean;
  notes: string;
}

export type AccountField = "type" | "date" | "amount" | "event" | "member" | "item" | "receipt" | "paidBy" | "notes";
export type AccountErrors = Partial<Record<AccountField, AnyMsg>>;

export const ACCOUNT_LIMITS = { text: 500, receipt: 2000 } as const;

const NAMES: Record<AccountField, { zh: string; en: string }> = {
  type: { zh: "类型", en: "Type" },
  date: { zh: "日期", en: "Date" },
  amount: { zh: "金额", en: "Amount" },
  event: { zh: "活动", en: "Event" },
  member: { zh: "成员", en: "Member" },
  item: { zh: "事由", en: "Item" },
  receipt: { zh: "凭证", en: "Receipt" },
  paidBy: { zh: "由谁支付", en: "Paid by" },
  notes: { zh: "备注", en: "Notes" },
};

const required = (f: AccountField): AnyMsg => ({ key: "fieldRequired", params: NAMES[f] });
const isFine = (type: AccountType | null) => type === "finePaid" || type === "fineWaived";

/** The amount in fen, more than 0 and exact to the fen, or what is wrong with it. */
export function checkAmount(typed: string): { fen: Fen } | { error: AnyMsg } {
  const r = parseMoney(typed);
  if (!r.ok) return { error: r.error };
  if (r.value === null) return { error: required("amount") };
  // parseMoney rounds a third decimal half up: an amount of money rounded without a word would be a different amount.
  if (roundedToFen(typed) !== null) return { error: { key: "amountTooPrecise", params: { value: typed.trim() } } };
  if (r.value <= 0) return { error: { key: "amountNotPositive" } };
  return { fen: r.value };
}

function checkText(value: string, field: "item" | "receipt" | "notes", errors: AccountErrors): string {
  const text = value.trim();
  const max = field === "receipt" ? ACCOUNT_LIMITS.receipt : ACCOUNT_LIMITS.text;
  if (text.length > max) errors[field] = { key: "fieldTooLong", params: { ...NAMES[field], max } };
  return text;
}

/** Checks the whole form; an entry comes back only when nothing is wrong. */
export function checkAccount(form: AccountForm, lists: AccountLists): { entry: NewAccount | null; errors: AccountErrors } {
  const errors: AccountErrors = {};
  const type = ACCOUNT_TYPE_VALUES.includes(form.type) ? form.type : null;
  if (type === null) errors.type = { key: "accountTypeChoice" };
  else if (type === "fineWaived" && lists.waiverRefused) errors.type = lists.waiverRefused;

  const date = parseDate(form.date, { timeZone: lists.timeZone });
  if (!date.ok) errors.date = date.error;
  else if (date.value === null) errors.date = required("date");
  else if (date.value > lists.today) errors.date = { key: "accountDateFuture", params: { date: date.value, today: lists.today } };
  else if (lists.bookStart !== null && date.value < lists.bookStart)
    errors.date = { key: "accountDateBeforeBook", params: { date: date.value, start: lists.bookStart } };
  // A fine counts toward the term it was paid in: one dated before the term would vanish from both.
  else if (isFine(type) && lists.termStart !== null && date.value < lists.termStart) {
    errors.date = { key: "fineDateBeforeTerm", params: { date: date.value, start: lists.termStart } };
  }

  const amount = checkAmount(form.amount);
  if ("error" in amount) errors.amount = amount.error;

  const eventText = form.event.trim();
  const event = eventText === "" ? "" : new NameIndex(lists.events).find(eventText);
  if (event === undefined) errors.event = { key: "unknownEvent", params: { value: eventText } };

  const advanced = type === "expense" && form.paidBy === "member";
  if (type === "expense" && !PAID_BY_VALUES.includes(form.paidBy)) errors.paidBy = { key: "paidByChoice" };
  const memberText = form.member.trim();
  const member = memberText === "" ? "" : new NameIndex(lists.members).find(memberText);
  if (member === undefined) errors.member = { key: "unknownMember", params: { value: memberText } };
  else if (member === "" && isFine(type)) errors.member = { key: "fineMemberRequired" };
  else if (member === "" && advanced) errors.member = { key: "advancedMemberRequired" };

  const item = checkText(form.item, "item", errors);
  // What the money was spent on or came from is the line's reason to exist; a fine's is its meeting, often obvious.
  if (item === "" && (type === "expense" || type === "income")) errors.item = required("item");
  const receipt = checkText(form.receipt, "receipt", errors);
  const notes = checkText(form.notes, "notes", errors);
  if (notes === "" && type === "fineWaived" && !errors.notes) errors.notes = { key: "waiverReasonRequired" };

  if (Object.keys(errors).length > 0 || type === null || !date.ok || !date.value || "error" in amount) return { entry: null, errors };
  return {
    entry: { type, date: date.value, amount: amount.fen, event: event ?? "", member: member ?? "", item, receipt, owed: advanced, notes },
    errors,
  };
}

const SAY = {
  expenseCash: text("部门现金支出 {amount}{what}", "{amount} paid from the department's cash{what}"),
  expenseAdvanced: text("{member} 垫付 {amount}{what} — 待报销", "{member} advanced {amount}{what} — to reimburse"),
  income: text("其他收入 {amount}{what}", "Other income of {amount}{what}"),
  finePaid: text("{member} 缴纳罚款 {amount}：尚欠 {before} → {after}", "{member} pays {amount} of fines: owed {before} → {after}"),
  fineWaived: text("减免 {member} 的罚款 {amount}：尚欠 {before} → {after}", "{amount} of {member}'s fines waived: owed {before} → {after}"),
  what: text(" ({what})", " ({what})"),
};

/**
 * The sentence saying what a save writes, e.g. 张三 垫付 ¥95.80 (运动会 · 奖牌) — 待报销. For a fine,
 * `fineOwed` is the member's fines still owed before this line (as the accounts count them).
 */
export function describeAccount(e: Pick<NewAccount, "type" | "amount" | "event" | "member" | "item" | "owed">, fineOwed: Fen, lang: Lang): string {
  const parts = [e.event, e.item].filter((p) => p !== "").join(" · ");
  const params = {
    amount: formatYuan(e.amount),
    member: e.member,
    what: parts === "" ? "" : t(SAY.what, lang, { what: parts }),
    before: formatYuan(fineOwed),
    after: formatYuan(fineOwed - e.amount),
  };
  if (e.type === "expense") return t(e.owed ? SAY.expenseAdvanced : SAY.expenseCash, lang, params);
  return t(SAY[e.type], lang, params);
}

/** A fine paid or waived beyond what the member owes: asked about before saving, not refused (the grid may lag). */
export function fineOverOwed(e: Pick<NewAccount, "type" | "amount" | "member">, fineOwed: Fen): SidebarMsg | null {
  const owed = Math.max(fineOwed, 0);
  if (!isFine(e.type) || e.amount <= owed) return null;
  return { key: "fineOverOwed", params: { name: e.member, owed: formatYuan(owed), amount: formatYuan(e.amount), over: formatYuan(e.amount - owed) } };
}

/** An expense still 待报销, as the sidebar lists it; its row, date, member, amount and item find it again. */
export interface OwedView {
  row: number;
  date: LocalDate;
  member: string;
  event: string;
  item: string;
  amount: Fen;
  receipt: string;
}

export type PayBackKey = Pick<OwedView, "row" | "date" | "member" | "amount" | "item">;

/**
 * The expense the user saw, read again: the same row must still hold the same date, member, amount
 * and item. A row that moved or changed is not guessed at: another expense of the same day and
 * amount may sit there now, and paying the wrong member back cannot be undone by a message.
 */
export function expenseToPayBack(entries: readonly AccountEntry[], key: PayBackKey): { owed: AccountEntry } | { done: AccountEntry } | { changed: true } {
  const e = entries.find((x) => x.row === key.row);
  const same =
    e !== undefined &&
    e.type === "expense" &&
    e.date === key.date &&
    nameKey(e.member) === nameKey(key.member) &&
    e.amount === key.amount &&
    e.item === key.item.trim();
  if (!same || e.reimbursement === null) return { changed: true };
  return e.reimbursement === "owed" ? { owed: e } : { done: e };
}

/** The expense named in a refusal: whose, which day, what for and how much. */
export function expenseParams(key: PayBackKey): Record<string, string> {
  return { name: key.member || "—", date: key.date, item: key.item || "—", amount: formatYuan(key.amount) };
}
