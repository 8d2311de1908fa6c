/**
 * Small builders for the department's data as the domain sees it (after the sheets were read), so a
 * test states only what matters to it: a ledger row's date, amount and who is credited.
 */
import { parseStatus, type Status } from "../../src/domain/attendance";
import type { CreditShare } from "../../src/domain/credit";
import type { AccountEntry, LedgerEntry, Member, Model, Sponsor } from "../../src/domain/model";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

let nextRow = 1;

export const member = (name: string, over: Partial<Member> = {}): Member => ({ name, group: "一组", role: "member", active: true, row: ++nextRow, ...over });

export const sponsor = (name: string, over: Partial<Sponsor> = {}): Sponsor => ({
  name,
  category: "",
  contactPerson: "",
  phone: "",
  wechat: "",
  notes: "",
  owner: "张三",
  stage: "contacting",
  lastContact: null,
  nextFollowUp: null,
  row: ++nextRow,
  ...over,
});

/** Equal shares, as "张三、李四" is read. */
export const equal = (...names: string[]): CreditShare[] => names.map((name) => ({ name, weight: BigInt(1) }));

/** Weighted shares in percent, as "张三 60%、李四 40%" is read (60% → 600000). */
export const weighted = (...shares: [string, number][]): CreditShare[] => shares.map(([name, pct]) => ({ name, weight: BigInt(Math.round(pct * 10000)) }));

/** A received sponsorship credited to 张三 with an empty 佣金发放日期, unless told otherwise. */
export const entry = (e: Partial<LedgerEntry> & Pick<LedgerEntry, "date" | "cash">): LedgerEntry => ({
  row: ++nextRow,
  sponsor: "书香书店",
  event: "",
  credit: equal("张三"),
  inKind: 0,
  items: "",
  status: "received",
  paidOn: null,
  paidOnBlank: e.paidOn === undefined || e.paidOn === null,
  ...e,
});

/** A 收支 row: paid from the department's cash, tied to no event and no member, unless told otherwise. */
export const account = (a: Partial<AccountEntry> & Pick<AccountEntry, "date" | "type" | "amount">): AccountEntry => ({
  row: ++nextRow,
  event: "",
  member: "",
  item: "",
  receipt: "",
  reimbursement: null,
  reimbursedOn: null,
  notes: "",
  ...a,
});

/** One attendance cell as a member would type it ("迟到+早退", "" for no record). */
export const cell = (code: string): Status[] => {
  const r = parseStatus(code);
  if (!r.ok) throw new Error(`not an attendance code: ${code}`);
  return r.value;
};

export function model(over: Partial<Model> = {}): Model {
  return {
    members: [member("张三"), member("李四"), member("王五", { group: "二组" })],
    sponsors: [sponsor("书香书店")],
    events: [],
    ledger: [],
    accounts: [],
    attendance: { meetings: [], rows: [] },
    leave: [],
    deliverables: [],
    settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01" },
    timeZone: "Asia/Shanghai",
    ...over,
  };
}
