/**
 * From the tabs' values to the department's model. Pure: every bad cell becomes a Problem
 * naming the sheet and the cell, and the row around it keeps counting wherever it still can.
 */
import { parseStatus, type Status } from "../domain/attendance";
import { parseCredit } from "../domain/credit";
import { addMonths, firstDayOf, type LocalDate, type LocalDateTime, localDateOf, monthOf, parseDate, parseDateTime } from "../domain/dates";
import { headerStart } from "../domain/meetings";
import type { Msg } from "../domain/messages";
import type {
  AccountEntry,
  AccountType,
  Attendance,
  Deliverable,
  DeliverableStatus,
  Event,
  LeaveRequest,
  LeaveStatus,
  LedgerEntry,
  LedgerStatus,
  Member,
  Model,
  Sponsor,
  Stage,
} from "../domain/model";
import { type Fen, parseMoney } from "../domain/money";
import { NameIndex } from "../domain/names";
import { BENEFITS_MAX, type Package, parseDueDays, splitBenefits } from "../domain/packages";
import { DEFAULT_SETTINGS, parseSettings, SETTING_DEFS, type SettingCell, type Settings } from "../domain/settings";
import {
  ACCOUNT_TYPES,
  type Choice,
  DELIVERABLE_STATUSES,
  LEAVE_STATUSES,
  LEDGER_STATUSES,
  MEMBER_STATUSES,
  normaliseHeader,
  REIMBURSEMENT_STATUSES,
  ROLES,
  STAGES,
  spellings,
  TABS,
  type TabKey,
} from "./schema";
import { a1, type CellValue, isBlankRow, makeTable, type Problem, type Table } from "./table";

export interface RawTab {
  /** The tab's name as found in the spreadsheet. */
  sheet: string;
  values: CellValue[][];
}

export interface ParseResult {
  model: Model;
  problems: Problem[];
  tables: Partial<Record<TabKey, Table>>;
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const text = (v: unknown): string => (v === null || v === undefined ? "" : v instanceof Date ? "" : String(v).trim());

function choiceOf(value: string, choices: readonly Choice[]): string | undefined {
  const key = normaliseHeader(value);
  return choices.find((c) => c.value === key || spellings(c).includes(key))?.value;
}

class Reader {
  readonly problems: Problem[] = [];
  constructor(readonly timeZone: string) {}

  report(sheet: string, row: number, col: number, message: Msg): void {
    this.problems.push({ sheet, cell: a1(row, col), message });
  }

  /** Each data row of a table with its 0-based row index; blank rows are skipped. */
  *rows(t: Table): Generator<{ r: number; get: (key: string) => CellValue; col: (key: string) => number }> {
    for (let r = t.headerIndex + 1; r < t.values.length; r++) {
      const row = t.values[r];
      if (isBlankRow(row)) continue;
      this.twins(t, r, row);
      yield {
        r,
        get: (key) => {
          const c = t.columns[key];
          return c === undefined ? "" : (row[c] ?? "");
        },
        col: (key) => t.columns[key] ?? 0,
      };
    }
  }

  /** A field whose column appears twice is read from the first: whatever the other says differently is reported. */
  twins(t: Table, r: number, row: readonly CellValue[]): void {
    for (const [key, more] of Object.entries(t.duplicates)) {
      const c = t.columns[key]!;
      const col = t.def.columns.find((x) => x.key === key)!;
      for (const d of more ?? []) {
        const v = row[d];
        if (blank(v) || this.shown(v) === this.shown(row[c])) continue;
        this.report(t.sheet, r, d, {
          key: "notCounted",
          params: { value: this.shown(v), first: a1(r, c), other: this.shown(row[c]), zh: col.zh, en: col.en },
        });
      }
    }
  }

  shown(v: CellValue | undefined): string {
    return v instanceof Date ? (Number.isNaN(v.getTime()) ? "?" : localDateOf(v, this.timeZone)) : v === null || v === undefined ? "" : String(v).trim();
  }

  money(t: Table, r: number, key: string, value: CellValue): Fen | null | undefined {
    const res = parseMoney(value);
    if (res.ok) return res.value;
    this.report(t.sheet, r, t.columns[key]!, res.error);
    return undefined;
  }

  date(t: Table, r: number, key: string, value: CellValue): LocalDate | null | undefined {
    const res = parseDate(value, { timeZone: this.timeZone });
    if (res.ok) return res.value;
    this.report(t.sheet, r, t.columns[key]!, res.error);
    return undefined;
  }

  /** A date and time of day (a date-time cell, or text such as 2026-11-04 18:30); blank is null. */
  dateTime(t: Table, r: number, key: string, value: CellValue): LocalDateTime | null {
    if (blank(value) || t.columns[key] === undefined) return null;
    const at = parseDateTime(value, { timeZone: this.timeZone });
    if (!at) this.report(t.sheet, r, t.columns[key]!, { key: "badDateTime", params: { value: this.shown(value) } });
    return at;
  }

  choice<T extends string>(t: Table, r: number, key: string, value: CellValue, choices: readonly Choice[]): T | null {
    const s = text(value);
    if (s === "") return null;
    const found = choiceOf(s, choices);
    if (found) return found as T;
    this.report(t.sheet, r, t.columns[key]!, {
      key: "badChoice",
      params: { value: s, zh: choices.map((c) => c.zh).join(" / "), en: choices.map((c) => c.en).join(" / ") },
    });
    return null;
  }

  /** Tracks a tab's key column: a repeated key is reported and the later row ignored. */
  unique(t: Table, r: number, key: string, name: string, seen: Map<string, number>): boolean {
    const k = name.toLowerCase();
    const first = seen.get(k);
    if (first !== undefined) {
      this.report(t.sheet, r, t.columns[key]!, { key: "duplicate", params: { value: name, first: a1(first, t.columns[key]!) } });
      return false;
    }
    seen.set(k, r);
    return true;
  }

  /**
   * A name that refers to another tab, in its spelling there; one that tab does not hold is reported
   * (with a "did you mean") and kept as typed. Without that tab there is nothing to check against.
   */
  known(t: Table, r: number, key: string, kind: "member" | "sponsor" | "event", value: string, index: NameIndex): string {
    if (value === "") return "";
    const found = index.find(value);
    if (found) return found;
    if (index.size > 0) this.unknownName(t, r, t.columns[key] ?? 0, kind, value, index);
    return value;
  }

  /** Rows of a tab whose key is its name column: a blank name is reported, a repeated one ignored. */
  *keyed(t: Table, label: { zh: string; en: string }) {
    const seen = new Map<string, number>();
    for (const row of this.rows(t)) {
      const name = text(row.get("name"));
      if (name === "") {
        this.report(t.sheet, row.r, t.columns.name!, { key: "required", params: label });
        continue;
      }
      if (this.unique(t, row.r, "name", name, seen)) yield { ...row, name };
    }
  }

  unknownName(t: Table, r: number, col: number, kind: "member" | "sponsor" | "event", name: string, index: NameIndex): void {
    const suggestion = index.suggest(name);
    this.report(t.sheet, r, col, {
      key: suggestion ? `unknown_${kind}_suggest` : `unknown_${kind}`,
      params: { value: name, suggestion: suggestion ?? "" },
    } as Msg);
  }
}

function readMembers(rd: Reader, t: Table | undefined): Member[] {
  if (!t) return [];
  const out: Member[] = [];
  for (const { r, get, name } of rd.keyed(t, { zh: "姓名", en: "Name" })) {
    const role = rd.choice<Member["role"]>(t, r, "role", get("role"), ROLES) ?? "member";
    const status = rd.choice<"active" | "left">(t, r, "status", get("status"), MEMBER_STATUSES) ?? "active";
    out.push({ name, group: text(get("group")), role, active: status !== "left", row: r + 1 });
  }
  return out;
}

function readSponsors(rd: Reader, t: Table | undefined, members: NameIndex, events: NameIndex): Sponsor[] {
  if (!t) return [];
  const out: Sponsor[] = [];
  for (const { r, get, name } of rd.keyed(t, { zh: "赞助商", en: "Sponsor" })) {
    const owner = rd.known(t, r, "owner", "member", text(get("owner")), members);
    out.push({
      name,
      category: text(get("category")),
      contactPerson: text(get("contactPerson")),
      phone: text(get("phone")),
      wechat: text(get("wechat")),
      notes: text(get("notes")),
      owner,
      stage: rd.choice<Stage>(t, r, "stage", get("stage"), STAGES),
      lastContact: rd.date(t, r, "lastContact", get("lastContact")) ?? null,
      nextFollowUp: rd.date(t, r, "nextFollowUp", get("nextFollowUp")) ?? null,
      expected: rd.money(t, r, "expected", get("expected")) ?? null,
      targetEvent: rd.known(t, r, "targetEvent", "event", text(get("targetEvent")), events),
      renewal: text(get("renewal")),
      row: r + 1,
    });
  }
  return out;
}

function readEvents(rd: Reader, t: Table | undefined, members: NameIndex): Event[] {
  if (!t) return [];
  const out: Event[] = [];
  for (const { r, get, name } of rd.keyed(t, { zh: "活动", en: "Event" })) {
    const owner = rd.known(t, r, "owner", "member", text(get("owner")), members);
    out.push({
      name,
      date: rd.date(t, r, "date", get("date")) ?? null,
      owner,
      target: rd.money(t, r, "target", get("target")) ?? null,
      budget: rd.money(t, r, "budget", get("budget")) ?? null,
      row: r + 1,
    });
  }
  return out;
}

// The same few credit strings repeat across thousands of rows: parse each once, copy per row.
const creditCache = new Map<string, ReturnType<typeof parseCredit>>();
function creditOf(text: string): ReturnType<typeof parseCredit> {
  let parsed = creditCache.get(text);
  if (!parsed) {
    parsed = parseCredit(text);
    if (creditCache.size > 50000) creditCache.clear();
    creditCache.set(text, parsed);
  }
  return { shares: parsed.shares.map((s) => ({ ...s })), problems: parsed.problems };
}

function readLedger(rd: Reader, t: Table | undefined, members: NameIndex, sponsors: NameIndex, events: NameIndex): LedgerEntry[] {
  if (!t) return [];
  const out: LedgerEntry[] = [];
  for (const { r, get, col } of rd.rows(t)) {
    const date = rd.date(t, r, "date", get("date"));
    const sponsorText = text(get("sponsor"));
    if (date === null) rd.report(t.sheet, r, col("date"), { key: "required", params: { zh: "日期", en: "Date" } });
    if (sponsorText === "") rd.report(t.sheet, r, col("sponsor"), { key: "required", params: { zh: "赞助商", en: "Sponsor" } });
    const cash = rd.money(t, r, "cash", get("cash"));
    const inKind = rd.money(t, r, "inKind", get("inKind"));
    // Blank status is a received sponsorship: a hand-kept ledger records money when it arrives.
    const status = rd.choice<LedgerStatus>(t, r, "status", get("status"), LEDGER_STATUSES) ?? (text(get("status")) === "" ? "received" : undefined);
    const paidOn = rd.date(t, r, "paidOn", get("paidOn"));
    // A row that cannot be placed in a month or whose amount is unreadable cannot be counted.
    if (!date || sponsorText === "" || cash === undefined || inKind === undefined || !status) continue;

    const sponsor = rd.known(t, r, "sponsor", "sponsor", sponsorText, sponsors);
    const event = rd.known(t, r, "event", "event", text(get("event")), events);

    const creditText = text(get("credit"));
    const credit = creditOf(creditText);
    for (const m of credit.problems) rd.report(t.sheet, r, col("credit"), m);
    for (const share of credit.shares) {
      const known = members.find(share.name);
      if (known) share.name = known;
      else rd.unknownName(t, r, col("credit"), "member", share.name, members);
    }
    if (credit.shares.length === 0 && status === "received" && (cash ?? 0) + (inKind ?? 0) !== 0) {
      rd.report(t.sheet, r, col("credit"), { key: "noCredit" });
    }
    out.push({
      row: r + 1,
      date,
      sponsor,
      event,
      credit: credit.shares,
      cash: cash ?? 0,
      inKind: inKind ?? 0,
      items: text(get("items")),
      status,
      paidOn: paidOn ?? null,
      paidOnBlank: text(get("paidOn")) === "" && !(get("paidOn") instanceof Date),
      package: text(get("package")),
    });
  }
  return out;
}

function readDeliverables(rd: Reader, t: Table | undefined, members: NameIndex, sponsors: NameIndex, events: NameIndex): Deliverable[] {
  if (!t) return [];
  const out: Deliverable[] = [];
  for (const { r, get, col } of rd.rows(t)) {
    const sponsor = text(get("sponsor"));
    const promised = text(get("promised"));
    if (sponsor === "") rd.report(t.sheet, r, col("sponsor"), { key: "required", params: { zh: "赞助商", en: "Sponsor" } });
    if (promised === "") rd.report(t.sheet, r, col("promised"), { key: "required", params: { zh: "回报内容", en: "Promised" } });
    if (sponsor === "" || promised === "") continue;
    const known = rd.known(t, r, "sponsor", "sponsor", sponsor, sponsors);
    const event = rd.known(t, r, "event", "event", text(get("event")), events);
    const owner = rd.known(t, r, "owner", "member", text(get("owner")), members);
    out.push({
      row: r + 1,
      sponsor: known,
      event,
      promised,
      due: rd.date(t, r, "due", get("due")) ?? null,
      owner,
      status: rd.choice<DeliverableStatus>(t, r, "status", get("status"), DELIVERABLE_STATUSES) ?? "pending",
      proof: text(get("proof")),
      source: text(get("source")),
    });
  }
  return out;
}

const statusOf = (v: CellValue | undefined) => parseStatus(typeof v === "string" || v === null || v === undefined ? v : String(v));

/** "出席" and "✓" are the same record; two unreadable texts are the same only when typed alike. */
function sameRecord(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (text(a) === text(b)) return true;
  const x = statusOf(a);
  const y = statusOf(b);
  return x.ok && y.ok && [...x.value].sort().join() === [...y.value].sort().join();
}

/** Meeting columns are those whose header is a date; totals and notes columns are ignored. */
function readAttendance(rd: Reader, t: Table | undefined, members: NameIndex, settings: Settings, today: LocalDate): Attendance {
  if (!t) return { meetings: [], rows: [] };
  const header = t.values[t.headerIndex] ?? [];
  // "12/3" belongs to the term start's year; without one, to the year that puts it within about
  // six months of today (a December meeting read in January is last year's).
  const yearFrom = settings.termStart ?? firstDayOf(addMonths(monthOf(today), -6));
  const known = new Set([...Object.values(t.columns), ...Object.values(t.duplicates).flat()]);
  const meetings: Attendance["meetings"] = [];
  // A date heading two columns is one meeting, counted once: its other columns fill in, never add.
  const twins = new Map<number, number[]>();
  const byDate = new Map<LocalDate, number>();
  header.forEach((h, c) => {
    if (known.has(c)) return;
    const d = parseDate(h, { timeZone: rd.timeZone, allowTrailing: true, yearFrom });
    if (!d.ok || !d.value) return;
    const i = byDate.get(d.value);
    if (i === undefined) {
      byDate.set(d.value, meetings.length);
      const start = headerStart(h, rd.timeZone);
      meetings.push(start === undefined ? { date: d.value, column: c } : { date: d.value, column: c, start });
      return;
    }
    if (!twins.has(i)) twins.set(i, []);
    twins.get(i)!.push(c);
    rd.report(t.sheet, t.headerIndex, c, {
      key: "meetingTwice",
      params: { date: d.value, first: a1(t.headerIndex, meetings[i].column), second: a1(t.headerIndex, c) },
    });
  });
  const cellOf = (row: readonly CellValue[], r: number, i: number): number => {
    let chosen = meetings[i].column;
    for (const c of twins.get(i) ?? []) {
      if (blank(row[c])) continue;
      if (blank(row[chosen])) chosen = c;
      else if (!sameRecord(row[c], row[chosen])) {
        rd.report(t.sheet, r, c, {
          key: "meetingConflict",
          params: { value: rd.shown(row[c]), other: rd.shown(row[chosen]), first: a1(r, chosen), date: meetings[i].date },
        });
      }
    }
    return chosen;
  };
  const rows: Attendance["rows"] = [];
  const seen = new Map<string, number>();
  for (const { r, get, col } of rd.rows(t)) {
    const name = text(get("name"));
    const row = t.values[r];
    if (name === "") {
      if (meetings.some((m, i) => [m.column, ...(twins.get(i) ?? [])].some((c) => text(row[c]) !== ""))) {
        rd.report(t.sheet, r, col("name"), { key: "required", params: { zh: "姓名", en: "Name" } });
      }
      continue;
    }
    if (!rd.unique(t, r, "name", name, seen)) continue;
    if (members.size > 0 && !members.find(name)) {
      rd.unknownName(t, r, col("name"), "member", name, members);
      continue;
    }
    const statuses: Status[][] = meetings.map((_, i) => {
      const c = cellOf(row, r, i);
      const s = statusOf(row[c]);
      if (s.ok) return s.value;
      rd.report(t.sheet, r, c, s.error);
      return [];
    });
    rows.push({ name: members.find(name) ?? name, group: text(get("group")), row: r + 1, statuses });
  }
  return { meetings, rows };
}

/** 请假 / Leave: one request per row; a blank status is a request still waiting for the head. */
function readLeave(rd: Reader, t: Table | undefined, members: NameIndex): LeaveRequest[] {
  if (!t) return [];
  const out: LeaveRequest[] = [];
  for (const { r, get, col } of rd.rows(t)) {
    const typed = text(get("name"));
    const meeting = rd.date(t, r, "meeting", get("meeting"));
    if (typed === "") rd.report(t.sheet, r, col("name"), { key: "required", params: { zh: "姓名", en: "Name" } });
    if (meeting === null) rd.report(t.sheet, r, col("meeting"), { key: "required", params: { zh: "例会日期", en: "Meeting date" } });
    const name = rd.known(t, r, "name", "member", typed, members);
    const status = rd.choice<LeaveStatus>(t, r, "status", get("status"), LEAVE_STATUSES) ?? "pending";
    if (typed === "" || !meeting) continue;
    out.push({
      row: r + 1,
      submittedAt: rd.dateTime(t, r, "submittedAt", get("submittedAt")),
      name,
      meeting,
      reason: text(get("reason")),
      status,
      decidedBy: text(get("decidedBy")),
      decidedAt: rd.dateTime(t, r, "decidedAt", get("decidedAt")),
      note: text(get("note")),
    });
  }
  return out;
}

/**
 * 收支 / Accounts: one expense, other income, fine paid or fine waived per row. A row without a date,
 * a type or a positive amount cannot be counted; a fine without a member, a waiver without the reason
 * in 备注, or a reimbursement whose status and date disagree is reported.
 */
function readAccounts(rd: Reader, t: Table | undefined, members: NameIndex, events: NameIndex): AccountEntry[] {
  if (!t) return [];
  const out: AccountEntry[] = [];
  for (const { r, get, col } of rd.rows(t)) {
    const date = rd.date(t, r, "date", get("date"));
    const typeText = text(get("type"));
    const type = rd.choice<AccountType>(t, r, "type", get("type"), ACCOUNT_TYPES);
    const amount = rd.money(t, r, "amount", get("amount"));
    if (date === null) rd.report(t.sheet, r, col("date"), { key: "required", params: { zh: "日期", en: "Date" } });
    if (typeText === "") rd.report(t.sheet, r, col("type"), { key: "required", params: { zh: "类型", en: "Type" } });
    const member = rd.known(t, r, "member", "member", text(get("member")), members);
    const event = rd.known(t, r, "event", "event", text(get("event")), events);
    const notes = text(get("notes"));
    let reimbursement = rd.choice<"owed" | "done">(t, r, "reimbursement", get("reimbursement"), REIMBURSEMENT_STATUSES);
    let reimbursedOn = rd.date(t, r, "reimbursedOn", get("reimbursedOn")) ?? null;
    // A shop's refund of something bought from the department's cash is a negative 支出; nothing else goes below 0.
    const refund = type === "expense" && amount !== null && amount !== undefined && amount < 0 && !reimbursement && !reimbursedOn;
    if (amount === null) rd.report(t.sheet, r, col("amount"), { key: "required", params: { zh: "金额", en: "Amount" } });
    else if (amount !== undefined && amount <= 0 && !refund)
      rd.report(t.sheet, r, col("amount"), { key: "accountAmountNotPositive", params: { value: rd.shown(get("amount")) } });
    if (!date || !type || !amount || (amount < 0 && !refund)) continue;
    const fine = type === "finePaid" || type === "fineWaived";
    if (fine && member === "") {
      rd.report(t.sheet, r, col("member"), { key: "fineNeedsMember" });
      continue;
    }
    if (type === "fineWaived" && notes === "") {
      // A waiver is the head's decision, and the reason is what shows it was one: without it the fine stays owed.
      rd.report(t.sheet, r, col("notes"), { key: "waiverNeedsNote", params: { name: member } });
      continue;
    }
    if (type !== "expense") {
      if (reimbursement || reimbursedOn) rd.report(t.sheet, r, col(reimbursement ? "reimbursement" : "reimbursedOn"), { key: "reimbursementNotExpense" });
      reimbursement = null;
      reimbursedOn = null;
    } else if (reimbursement === "owed" && reimbursedOn) {
      // Either the status or the date is out of date: it stays owed until someone says which.
      rd.report(t.sheet, r, col("reimbursedOn"), { key: "reimbursedOnButOwed", params: { date: reimbursedOn } });
      reimbursedOn = null;
    } else if (reimbursement === null && reimbursedOn) {
      reimbursement = "done";
    }
    if (reimbursement && member === "") rd.report(t.sheet, r, col("member"), { key: "reimbursementNeedsMember" });
    if (reimbursement === "done" && reimbursedOn && reimbursedOn < date) {
      rd.report(t.sheet, r, col("reimbursedOn"), { key: "reimbursedBeforeSpent", params: { date: reimbursedOn, spent: date } });
      reimbursedOn = date;
    }
    if (reimbursement === "done" && !reimbursedOn) {
      // Counted as paid back on the day of the expense, and said so: the cash book needs a day.
      rd.report(t.sheet, r, col(t.columns.reimbursedOn !== undefined ? "reimbursedOn" : "reimbursement"), { key: "reimbursedUndated", params: { date } });
      reimbursedOn = date;
    }
    out.push({
      row: r + 1,
      date,
      event,
      type,
      amount,
      member,
      item: text(get("item")),
      receipt: text(get("receipt")),
      reimbursement,
      reimbursedOn,
      notes,
    });
  }
  return out;
}

/** 方案 / Packages: a package's benefits one per line or separated by ；, each due some days after the event. */
function readPackages(rd: Reader, t: Table | undefined): Package[] {
  if (!t) return [];
  const out: Package[] = [];
  for (const { r, get, col, name } of rd.keyed(t, { zh: "方案", en: "Package" })) {
    const benefits = splitBenefits(text(get("benefits")));
    if (benefits.length === 0) {
      rd.report(t.sheet, r, col("benefits"), { key: "required", params: { zh: "回报内容", en: "Benefits" } });
      continue;
    }
    if (benefits.length > BENEFITS_MAX) rd.report(t.sheet, r, col("benefits"), { key: "tooManyBenefits", params: { n: benefits.length, max: BENEFITS_MAX } });
    const kept = benefits.slice(0, BENEFITS_MAX);
    const due = parseDueDays(get("due"), kept.length);
    if (due.problem) rd.report(t.sheet, r, col("due"), due.problem);
    out.push({
      name,
      price: rd.money(t, r, "price", get("price")) ?? null,
      benefits: kept.map((b, i) => ({ text: b, dueDays: due.days[i] })),
      row: r + 1,
    });
  }
  return out;
}

function readSettings(rd: Reader, t: Table | undefined): Settings {
  if (!t) return DEFAULT_SETTINGS;
  const keyCol = t.columns.key ?? 0;
  const valueCol = t.columns.value ?? keyCol + 1;
  const cells: SettingCell[] = [];
  for (let r = t.headerIndex + 1; r < t.values.length; r++) {
    const label = normaliseHeader(text(t.values[r][keyCol]));
    const def = SETTING_DEFS.find((d) => spellings(d).includes(label));
    if (def) cells.push({ key: def.key, value: t.values[r][valueCol], cell: a1(r, valueCol) });
  }
  const { settings, problems } = parseSettings(cells, rd.timeZone);
  for (const p of problems) rd.problems.push({ sheet: t.sheet, cell: p.cell, message: p.message });
  return settings;
}

/**
 * Reads every tab the department keeps. `tabs` holds the values of each tab found (see
 * findTabs); a missing tab was already reported by whoever looked for it.
 */
export function parseWorkbook(tabs: Partial<Record<TabKey, RawTab>>, timeZone: string, today: LocalDate): ParseResult {
  const rd = new Reader(timeZone);
  const tables: Partial<Record<TabKey, Table>> = {};
  for (const key of Object.keys(TABS) as TabKey[]) {
    const raw = tabs[key];
    if (!raw) continue;
    const { table, problems, warnings } = makeTable(TABS[key], raw.sheet, raw.values);
    rd.problems.push(...problems, ...warnings);
    if (problems.length === 0) tables[key] = table;
  }
  const settings = readSettings(rd, tables.settings);
  const members = readMembers(rd, tables.members);
  const memberIndex = new NameIndex(members.map((m) => m.name));
  const events = readEvents(rd, tables.events, memberIndex);
  const eventIndex = new NameIndex(events.map((e) => e.name));
  const sponsors = readSponsors(rd, tables.sponsors, memberIndex, eventIndex);
  const sponsorIndex = new NameIndex(sponsors.map((s) => s.name));
  const packages = readPackages(rd, tables.packages);
  const ledger = readLedger(rd, tables.ledger, memberIndex, sponsorIndex, eventIndex);
  const accounts = readAccounts(rd, tables.accounts, memberIndex, eventIndex);
  const attendance = readAttendance(rd, tables.attendance, memberIndex, settings, today);
  const deliverables = readDeliverables(rd, tables.deliverables, memberIndex, sponsorIndex, eventIndex);
  const leave = readLeave(rd, tables.leave, memberIndex);
  return {
    model: { packages, members, sponsors, events, ledger, accounts, attendance, deliverables, leave, settings, timeZone },
    problems: rd.problems,
    tables,
  };
}
