/**
 * 登记赞助 / Record sponsorship: the form's rules, shared by the page (checked as the user types)
 * and the server (checked again before anything is written). Pure: no Apps Script, no DOM.
 */
import { parseRate } from "../domain/commission";
import { parseCredit } from "../domain/credit";
import { type LocalDate, parseDate } from "../domain/dates";
import type { LedgerEntry, LedgerStatus } from "../domain/model";
import { type Fen, parseMoney, roundedToFen } from "../domain/money";
import { NameIndex } from "../domain/names";
import { type Benefit, type PlannedDeliverable, plannedDeliverables } from "../domain/packages";
import { type Basis, DEFAULT_SETTINGS, type Settings } from "../domain/settings";
import { baseOf, sharesOf } from "../domain/shares";
import { lookAlikeOf } from "../domain/sponsor-match";
import { type Lang, LIST, t } from "../domain/text";
import type { AnyMsg } from "./messages";

export const LEDGER_STATUS_VALUES: readonly LedgerStatus[] = ["received", "pledged", "cancelled"];

/** The form as the page sends it: every field is the text the user typed or picked. */
export interface RecordForm {
  sponsor: string;
  /** Add a sponsor that is not in 赞助商 to the customer file. */
  addSponsor: boolean;
  category: string;
  owner: string;
  event: string;
  members: string[];
  /** Parallel to `members`: a share in percent, or all blank for equal shares. */
  weights: string[];
  cash: string;
  items: string;
  inKind: string;
  status: LedgerStatus;
  date: string;
  notes: string;
  /** 方案: a package name from the Packages tab, or "" / absent for none. */
  package?: string;
}

export interface MemberOption {
  name: string;
  group: string;
}

/** What the sheet holds that the form is checked against; plain data, so it crosses google.script.run. */
export interface RecordLists {
  sponsors: string[];
  events: string[];
  /** Active members only: credit goes to people still in the department. */
  members: MemberOption[];
  /** The commission rate as the settings hold it, e.g. "15%" (a BigInt cannot cross google.script.run). */
  rate: string;
  basis: Basis;
  timeZone: string;
  /** The sheet's language: 经办人 is written "张三、李四" in a zh sheet, "Amy, Bo" in an en one. */
  sheetLang: Lang;
  /** 方案: the packages the Packages tab holds (absent or empty without it). */
  packages?: PackageOption[];
  /** Each event's date (null when it has none): a package's benefits fall due counting from it. */
  eventDates?: Record<string, LocalDate | null>;
}

/** A package as the page sees it (a Package without its row): plain data for google.script.run. */
export interface PackageOption {
  name: string;
  price: Fen | null;
  benefits: Benefit[];
}

/** A checked entry, ready for a ledger row. */
export interface RecordEntry {
  date: LocalDate;
  sponsor: string;
  /** The sponsor is new and goes into the customer file with the row. */
  newSponsor: { category: string; owner: string } | null;
  event: string;
  /** 经办人 as the report reads it: "张三、李四" or "张三 60%、李四 40%". */
  credit: string;
  cash: Fen | null;
  items: string;
  inKind: Fen | null;
  status: LedgerStatus;
  notes: string;
  /** 方案: the package's name as the Packages tab spells it, "" for none. */
  package?: string;
  /** The first credited member: the 负责人 of the benefits a package creates. */
  lead?: string;
}

export type RecordField =
  | "package"
  | "sponsor"
  | "category"
  | "owner"
  | "event"
  | "members"
  | "weights"
  | "cash"
  | "items"
  | "inKind"
  | "status"
  | "date"
  | "notes";

export type RecordErrors = Partial<Record<RecordField, AnyMsg>>;

export const LIMITS = { name: 100, text: 500 } as const;

const FIELD_NAMES: Record<RecordField, { zh: string; en: string }> = {
  sponsor: { zh: "赞助商", en: "Sponsor" },
  category: { zh: "类别", en: "Category" },
  owner: { zh: "负责人", en: "Owner" },
  event: { zh: "活动", en: "Event" },
  members: { zh: "经办人", en: "Credited members" },
  weights: { zh: "比例", en: "Shares" },
  cash: { zh: "现金", en: "Cash" },
  items: { zh: "物资", en: "In-kind items" },
  inKind: { zh: "物资估值", en: "In-kind value" },
  status: { zh: "状态", en: "Status" },
  date: { zh: "日期", en: "Date" },
  notes: { zh: "备注", en: "Notes" },
  package: { zh: "方案", en: "Package" },
};

const required = (f: RecordField): AnyMsg => ({ key: "fieldRequired", params: FIELD_NAMES[f] });
const tooLong = (f: RecordField, max: number): AnyMsg => ({ key: "fieldTooLong", params: { ...FIELD_NAMES[f], max } });
// The characters parseCredit splits on or reads as a share: a name holding one would be misread.
const CREDIT_SEPARATORS = /[、,，;；/\n%％]/;

/** A share typed as "60", "60%" or "33.33" → hundredths of a percent (6000); undefined when not a share. */
export function parseWeight(text: string): number | undefined {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?\s*[%％]?$/.exec(text.trim());
  if (!m) return undefined;
  const hundredths = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  return hundredths > 0 && hundredths <= 10000 ? hundredths : undefined;
}

function formatHundredths(h: number): string {
  return `${Math.floor(h / 100)}${
    h % 100
      ? "." +
        String(h % 100)
          .padStart(2, "0")
          .replace(/0$/, "")
      : ""
  }`;
}

/** 经办人 text for the chosen members: equal shares unless every member has one. */
export function creditText(members: readonly string[], weights: readonly (number | undefined)[], lang: Lang = "zh"): string {
  const weighted = weights.length === members.length && members.length > 0 && weights.every((w) => w !== undefined);
  return members.map((m, i) => (weighted ? `${m} ${formatHundredths(weights[i]!)}%` : m)).join(t(LIST, lang));
}

interface Chosen {
  name: string;
  weight: string;
}

function checkWeights(chosen: readonly Chosen[], errors: RecordErrors): (number | undefined)[] {
  const typed = chosen.map((c) => c.weight.trim());
  if (typed.every((w) => w === "")) return [];
  const parsed = typed.map((t) => (t === "" ? undefined : parseWeight(t)));
  const missing = typed.indexOf("");
  const bad = typed.findIndex((t, i) => t !== "" && parsed[i] === undefined);
  if (bad >= 0) errors.weights = { key: "badWeight", params: { value: typed[bad] } };
  else if (missing >= 0) errors.weights = { key: "weightMissing", params: { name: chosen[missing].name } };
  else {
    const total = parsed.reduce<number>((a, w) => a + w!, 0);
    if (total !== 10000) errors.weights = { key: "weightsTotal", params: { total: formatHundredths(total) } };
  }
  return parsed;
}

function checkText(form: RecordForm, field: "items" | "notes" | "category", errors: RecordErrors): string {
  const text = form[field].trim();
  if (text.length > LIMITS.text) errors[field] = tooLong(field, LIMITS.text);
  return text;
}

/**
 * A date to ask about before saving, not to refuse: a sponsorship dated after today has not
 * happened yet, and one from before the term (or, without a term start in Settings, from more than
 * a year ago) usually has a mistyped year — either would land in a month's report nobody reads.
 */
export function dateToConfirm(date: LocalDate, today: LocalDate, termStart: LocalDate | null): AnyMsg | null {
  if (date > today) return { key: "dateAfterToday", params: { date, today } };
  if (termStart !== null) return date < termStart ? { key: "dateBeforeTerm", params: { date, termStart } } : null;
  const yearAgo = `${String(Number(today.slice(0, 4)) - 1).padStart(4, "0")}${today.slice(4)}`;
  return date < yearAgo ? { key: "dateLongAgo", params: { date, limit: yearAgo } } : null;
}

/**
 * A sponsor name not in 赞助商 that looks like one there ("蜜雪冰城 东门" for "蜜雪冰城(东门店)"): asked
 * about before saving, not refused — it may be another branch. Saved under a second spelling, one
 * shop would get two rows, two owners and two histories. The form takes no phone, so by name only.
 */
export function sponsorToConfirm(sponsor: string, sponsors: readonly string[]): { known: string; question: AnyMsg } | null {
  const name = sponsor.trim();
  if (name === "" || new NameIndex(sponsors).find(name)) return null;
  const found = lookAlikeOf(
    sponsors.map((s, row) => ({ name: s, phone: "", row })),
    name,
  );
  return found ? { known: found.shop.name, question: { key: "sponsorLooksLike", params: { name, known: found.shop.name } } } : null;
}

/** Checks the whole form; an entry comes back only when nothing is wrong. */
export function checkRecord(form: RecordForm, lists: RecordLists): { entry: RecordEntry | null; errors: RecordErrors } {
  const errors: RecordErrors = {};
  const sponsors = new NameIndex(lists.sponsors);
  const active = new NameIndex(lists.members.map((m) => m.name));

  const sponsorText = form.sponsor.trim();
  const known = sponsorText === "" ? undefined : sponsors.find(sponsorText);
  if (sponsorText === "") errors.sponsor = required("sponsor");
  else if (sponsorText.length > LIMITS.name) errors.sponsor = tooLong("sponsor", LIMITS.name);
  const category = checkText(form, "category", errors);
  const ownerText = form.owner.trim();
  const owner = ownerText === "" ? "" : active.find(ownerText);
  if (!known && form.addSponsor && owner === undefined) errors.owner = { key: "unknownMember", params: { value: ownerText } };

  const eventText = form.event.trim();
  const event = eventText === "" ? "" : new NameIndex(lists.events).find(eventText);
  if (event === undefined) errors.event = { key: "unknownEvent", params: { value: eventText } };

  const chosen: Chosen[] = [];
  form.members.forEach((m, i) => {
    const name = active.find(m);
    if (!name) errors.members = { key: "unknownMember", params: { value: m } };
    else if (CREDIT_SEPARATORS.test(name)) errors.members = { key: "nameHasSeparator", params: { value: name } };
    else if (!chosen.some((c) => c.name === name)) chosen.push({ name, weight: form.weights[i] ?? "" });
  });
  if (form.members.length === 0) errors.members = required("members");
  const weights = checkWeights(chosen, errors);

  // A third decimal is refused, never rounded without a word (as in 记账).
  const tooPrecise = (typed: string): AnyMsg | null => (roundedToFen(typed) === null ? null : { key: "amountTooPrecise", params: { value: typed.trim() } });
  const cash = parseMoney(form.cash);
  const cashError = cash.ok ? tooPrecise(form.cash) : cash.error;
  if (cashError) errors.cash = cashError;
  const inKind = parseMoney(form.inKind);
  const inKindError = !inKind.ok ? inKind.error : (inKind.value ?? 0) < 0 ? { key: "inKindNegative" as const } : tooPrecise(form.inKind);
  if (inKindError) errors.inKind = inKindError;
  if (cash.ok && inKind.ok && cash.value === null && inKind.value === null) errors.cash = { key: "amountNeeded" };
  const items = checkText(form, "items", errors);

  if (!LEDGER_STATUS_VALUES.includes(form.status)) errors.status = { key: "badStatusChoice" };
  const date = parseDate(form.date, { timeZone: lists.timeZone });
  if (!date.ok) errors.date = date.error;
  else if (date.value === null) errors.date = required("date");
  const notes = checkText(form, "notes", errors);
  const packageText = (form.package ?? "").trim();
  const packages = lists.packages ?? [];
  const packageName = packageText === "" ? undefined : new NameIndex(packages.map((p) => p.name)).find(packageText);
  const pkg = packages.find((p) => p.name === packageName);
  if (packageText !== "" && !pkg) errors.package = { key: "unknownPackage", params: { value: packageText } };

  if (Object.keys(errors).length > 0 || !cash.ok || !inKind.ok || !date.ok || !date.value) return { entry: null, errors };
  return {
    entry: {
      date: date.value,
      sponsor: known ?? sponsorText,
      newSponsor: !known && form.addSponsor ? { category, owner: owner ?? "" } : null,
      event: event ?? "",
      credit: creditText(
        chosen.map((c) => c.name),
        weights,
        lists.sheetLang,
      ),
      cash: cash.value,
      items,
      inKind: inKind.value,
      status: form.status,
      notes,
      package: pkg?.name ?? "",
      lead: chosen[0]?.name ?? "",
    },
    errors,
  };
}

export interface Preview {
  /** The amount the rate applies to (cash, or cash + in-kind per Settings). */
  base: Fen;
  commission: Fen;
  /** Each credited member's whole-fen share; empty when nobody is credited (it stays unassigned). */
  shares: { name: string; fen: Fen }[];
  /** Only a received sponsorship earns commission; a pledge shows what it would earn. */
  counts: boolean;
}

/**
 * The commission and each member's share exactly as the monthly report will count this row: the
 * 经办人 text is read back with parseCredit and the row goes through sharesOf, the report's own
 * rule (round half up, then a largest-remainder split into whole fen).
 */
export function previewCommission(
  p: { credit: string; cash: Fen | null; inKind: Fen | null; status: LedgerStatus },
  rateText: string,
  basis: Basis,
): Preview | null {
  const rate = parseRate(rateText);
  if (!rate.ok || p.status === "cancelled") return null;
  const credit = parseCredit(p.credit).shares;
  const row: LedgerEntry = {
    row: 0,
    date: "",
    sponsor: "",
    event: "",
    credit,
    cash: p.cash ?? 0,
    inKind: p.inKind ?? 0,
    items: "",
    status: p.status,
    paidOn: null,
    paidOnBlank: true,
  };
  const settings: Settings = { ...DEFAULT_SETTINGS, rate: rate.value, basis };
  const shares = sharesOf(row, settings, new Set(credit.map((c) => c.name)));
  return {
    base: baseOf(row, settings),
    commission: shares.total,
    shares: [...shares.commission].map(([name, fen]) => ({ name, fen })),
    counts: p.status === "received",
  };
}

/**
 * The 赞助回报 rows a package adds with this sponsorship, due dates counted from the event's date (or
 * the sponsorship's when the event has none); those whose 来源 is in `existing` are left out.
 */
export function packageBenefits(entry: RecordEntry, lists: RecordLists, existing: ReadonlySet<string> = new Set()): PlannedDeliverable[] {
  const pkg = (lists.packages ?? []).find((p) => p.name === entry.package);
  if (!pkg || !entry.package) return [];
  const eventDate = entry.event === "" ? null : (lists.eventDates?.[entry.event] ?? null);
  return plannedDeliverables(
    { date: entry.date, sponsor: entry.sponsor, event: entry.event, package: pkg.name, owner: entry.lead ?? "" },
    { ...pkg, row: 0 },
    eventDate,
    existing,
  );
}
