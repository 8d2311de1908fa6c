/** The department's data as the add-on understands it, after every cell was read and checked. */
import type { Status } from "./attendance";
import type { CreditShare } from "./credit";
import type { LocalDate, LocalDateTime } from "./dates";
import type { Fen } from "./money";
import type { Package } from "./packages";
import type { Settings } from "./settings";

export interface Member {
  name: string;
  group: string;
  role: "head" | "deputy" | "member";
  active: boolean;
  row: number;
}

export type Stage = "potential" | "contacting" | "negotiating" | "signed" | "partner" | "declined";

export interface Sponsor {
  name: string;
  category: string;
  contactPerson: string;
  phone: string;
  wechat: string;
  notes: string;
  owner: string;
  stage: Stage | null;
  lastContact: LocalDate | null;
  nextFollowUp: LocalDate | null;
  /** 预计金额: what the sponsor may give, for the weighted forecast (absent: none). */
  expected?: Fen | null;
  /** 目标活动: the event the sponsor is being asked for (absent: none). */
  targetEvent?: string;
  /** 续约: the renewal note (the add-on's starts with 【续约】/[Renewal]; absent: none). */
  renewal?: string;
  row: number;
}

export interface Event {
  name: string;
  date: LocalDate | null;
  owner: string;
  target: Fen | null;
  budget: Fen | null;
  row: number;
}

export type LedgerStatus = "pledged" | "received" | "cancelled";

export interface LedgerEntry {
  row: number;
  date: LocalDate;
  sponsor: string;
  event: string;
  /** Credited members; a name not in 成员 is kept here and its share goes to "unassigned". */
  credit: CreditShare[];
  cash: Fen;
  inKind: Fen;
  items: string;
  status: LedgerStatus;
  paidOn: LocalDate | null;
  /** The 佣金发放日期 cell is empty (not merely unreadable): only such rows may be marked paid. */
  paidOnBlank: boolean;
  /** 方案: the package the sponsor took (冠名, 协办…); absent or "" when none. */
  package?: string;
}

export type DeliverableStatus = "pending" | "done" | "waived";

/** What the department owes a sponsor after an event (赞助后期的信息反馈): logo, ad slide, photos. */
export interface Deliverable {
  row: number;
  sponsor: string;
  event: string;
  promised: string;
  due: LocalDate | null;
  owner: string;
  status: DeliverableStatus;
  proof: string;
  /** 来源: the sponsorship and benefit a package created this row from; absent or "" for a row typed by hand. */
  source?: string;
}

export interface Meeting {
  date: LocalDate;
  /** Minutes after midnight when the column's header gives a time (2026-11-04 19:30 例会); absent: Settings' start. */
  start?: number;
  /** 0-based column in the grid, for messages. */
  column: number;
}

export interface AttendanceRow {
  name: string;
  group: string;
  row: number;
  /** One entry per meeting, in the order of `meetings`: the statuses recorded (empty = no record). */
  statuses: Status[][];
}

export interface Attendance {
  meetings: Meeting[];
  rows: AttendanceRow[];
}

export type LeaveStatus = "pending" | "approved" | "rejected";

/** 请假申请: asked of the head before the meeting; what was not approved counts as absence. */
export interface LeaveRequest {
  row: number;
  /** When the request was made, as the sheet's zone shows it; null when the cell is blank or unreadable. */
  submittedAt: LocalDateTime | null;
  name: string;
  meeting: LocalDate;
  reason: string;
  status: LeaveStatus;
  decidedBy: string;
  decidedAt: LocalDateTime | null;
  note: string;
}

export type AccountType = "expense" | "income" | "finePaid" | "fineWaived";

/**
 * One row of 收支 / Accounts. `amount` is positive. An expense a member advanced is `owed` to them
 * until reimbursed (`done`, on `reimbursedOn`); a blank 报销状态 (`null`) is paid from the department's cash.
 */
export interface AccountEntry {
  row: number;
  date: LocalDate;
  event: string;
  type: AccountType;
  amount: Fen;
  member: string;
  item: string;
  receipt: string;
  reimbursement: "owed" | "done" | null;
  reimbursedOn: LocalDate | null;
  notes: string;
}

export interface Model {
  /** 方案: the sponsorship packages (absent or empty without the tab). */
  packages?: Package[];
  members: Member[];
  sponsors: Sponsor[];
  events: Event[];
  ledger: LedgerEntry[];
  /** 收支: expenses, other income, fines paid and waived (empty without the tab). */
  accounts: AccountEntry[];
  attendance: Attendance;
  deliverables: Deliverable[];
  leave: LeaveRequest[];
  settings: Settings;
  timeZone: string;
}
