/**
 * 提醒 / Reminders: what to post in the department's WeChat group (`@张伟 …`), since many members
 * cannot reach Google and the sheet is kept by the officers. Per member: follow-ups overdue or due
 * within SOON_DAYS (赞助商), benefits owed to sponsors due by then (赞助回报), and commission not yet
 * paid (their share, by the one sharing rule); for the head: leave waiting for a decision. Apart, for
 * the head only: members at a warning threshold this term, and what has no active owner — a member
 * who left (离部) is no longer in the group to be reminded, a name not in 成员 reaches nobody, and a
 * blank owner is nobody's — so the head can reassign it. Pure: the model in, plain data out.
 */
import { addToTally, emptyTally, type Warning, warnings } from "./attendance";
import type { LocalDate } from "./dates";
import { daysBetween, SOON_DAYS, urgencyOf } from "./followups";
import { shiftDay, waitingOldestFirst } from "./leave";
import type { Lang } from "./messages";
import type { Member, Model } from "./model";
import type { Fen } from "./money";
import { nameKey } from "./names";
import { isUnpaid, sharesOf } from "./shares";

export interface Task {
  kind: "followUp" | "deliverable";
  sponsor: string;
  /** 赞助回报 only: the event and what was promised ("" for a follow-up). */
  event: string;
  promised: string;
  due: LocalDate;
  /** Whole days from today to `due`: negative when overdue, 0 today. */
  days: number;
  /** The row in 赞助商 or 赞助回报 (1-based). */
  row: number;
}

export interface WaitingLeave {
  name: string;
  meeting: LocalDate;
  row: number;
}

export interface PersonReminders {
  /** As 成员 spells it. */
  name: string;
  tasks: Task[];
  /** Unpaid commission (sum of their shares, refunds netted) and the ledger rows it comes from. */
  commission: Fen;
  commissionRows: number;
}

export type OwnerTrouble = "left" | "unknown" | "blank";

/** Reminders nobody in the group can act on: the head reassigns them. */
export interface Unowned extends PersonReminders {
  why: OwnerTrouble;
}

export interface Reminders {
  lang: Lang;
  today: LocalDate;
  /** The last day counted as due soon. */
  until: LocalDate;
  /** 部门名称 from 设置; blank when not filled in. */
  department: string;
  /** The first active 部长 in 成员; null when there is none. */
  head: string | null;
  /** Active members with something to do, in 成员 order. */
  people: PersonReminders[];
  /** Requests in 请假 still 待审批, the oldest first: the head's to decide. */
  leave: WaitingLeave[];
  /** Left members first (成员 order), then names not in 成员 (as first met), then blank owners. */
  unowned: Unowned[];
  /** Commission credited to nobody in 成员, with its ledger rows. */
  unassigned: { commission: Fen; rows: number[] };
  /** Active members whose term counts reached a limit (学期开始 to today), in 成员 order. */
  warnings: { name: string; warnings: Warning[] }[];
}

export type RemindersModel = Pick<Model, "members" | "sponsors" | "ledger" | "deliverables" | "leave" | "attendance" | "settings">;

/** Cell text on one line: a reminder is one line per item whatever was typed (linear, no backtracking). */
export const oneLine = (s: string) => s.replace(/[\s\u3000]+/g, " ").trim();

const byDue = (a: Task, b: Task) =>
  a.due.localeCompare(b.due) || (a.kind === b.kind ? 0 : a.kind === "followUp" ? -1 : 1) || a.sponsor.localeCompare(b.sponsor) || a.row - b.row;

export function buildReminders(model: RemindersModel, today: LocalDate, lang: Lang): Reminders {
  const until = shiftDay(today, SOON_DAYS);
  const byKey = new Map<string, Member>();
  for (const m of model.members) if (!byKey.has(nameKey(m.name))) byKey.set(nameKey(m.name), m);
  const people = new Map<string, PersonReminders>();
  const unowned = new Map<string, Unowned>();
  const entryFor = (owner: string): PersonReminders => {
    const key = nameKey(owner);
    const m = key === "" ? undefined : byKey.get(key);
    if (m?.active) {
      if (!people.has(m.name)) people.set(m.name, { name: m.name, tasks: [], commission: 0, commissionRows: 0 });
      return people.get(m.name)!;
    }
    const why: OwnerTrouble = key === "" ? "blank" : m ? "left" : "unknown";
    const id = `${why}:${key}`;
    if (!unowned.has(id)) unowned.set(id, { name: m ? m.name : oneLine(owner), why, tasks: [], commission: 0, commissionRows: 0 });
    return unowned.get(id)!;
  };
  const task = (kind: Task["kind"], sponsor: string, due: LocalDate, row: number, event = "", promised = ""): Task => ({
    kind,
    sponsor: oneLine(sponsor),
    event: oneLine(event),
    promised: oneLine(promised),
    due,
    days: daysBetween(today, due),
    row,
  });

  for (const s of model.sponsors) {
    const u = urgencyOf(s, today);
    if ((u === "overdue" || u === "soon") && s.nextFollowUp) entryFor(s.owner).tasks.push(task("followUp", s.name, s.nextFollowUp, s.row));
  }
  for (const d of model.deliverables) {
    if (d.status === "pending" && d.due !== null && d.due <= until)
      entryFor(d.owner).tasks.push(task("deliverable", d.sponsor, d.due, d.row, d.event, d.promised));
  }

  const known = new Set(model.members.map((m) => m.name));
  const unassigned = { commission: 0, rows: [] as number[] };
  for (const e of model.ledger) {
    if (e.status !== "received" || e.date > today || !isUnpaid(e, today)) continue;
    const sh = sharesOf(e, model.settings, known);
    for (const [name, fen] of sh.commission) {
      const p = entryFor(name);
      p.commission += fen;
      p.commissionRows++;
    }
    if (sh.unassigned !== 0) {
      unassigned.commission += sh.unassigned;
      unassigned.rows.push(e.row);
    }
  }

  const order = new Map(model.members.map((m, i) => [m.name, i]));
  const rank = (p: PersonReminders) => order.get(p.name) ?? model.members.length;
  const keep = <T extends PersonReminders>(list: T[]) =>
    list
      .map((p) => ({ ...p, tasks: p.tasks.sort(byDue), commission: Math.max(p.commission, 0) }))
      .map((p) => (p.commission === 0 ? { ...p, commissionRows: 0 } : p))
      .filter((p) => p.tasks.length > 0 || p.commission > 0);
  const head = model.members.find((m) => m.active && m.role === "head")?.name ?? null;
  const troubles: OwnerTrouble[] = ["left", "unknown", "blank"];

  return {
    lang,
    today,
    until,
    department: model.settings.department,
    head,
    people: keep([...people.values()]).sort((a, b) => rank(a) - rank(b)),
    leave: waitingOldestFirst(model.leave).map((l) => ({ name: oneLine(l.name), meeting: l.meeting, row: l.row })),
    unowned: keep([...unowned.values()]).sort((a, b) => troubles.indexOf(a.why) - troubles.indexOf(b.why) || rank(a) - rank(b)),
    unassigned: unassigned.commission > 0 ? unassigned : { commission: 0, rows: [] },
    warnings: termWarnings(model, today),
  };
}

/** As the monthly report counts them: the term's meetings from 学期开始, here up to today. */
function termWarnings(model: RemindersModel, today: LocalDate): Reminders["warnings"] {
  const from = model.settings.termStart ?? "0000-01-01";
  const inTerm = model.attendance.meetings.map((m) => m.date >= from && m.date <= today);
  const active = new Set(model.members.filter((m) => m.active).map((m) => m.name));
  const found = new Map<string, Warning[]>();
  for (const row of model.attendance.rows) {
    if (!active.has(row.name) || found.has(row.name)) continue;
    const term = emptyTally();
    row.statuses.forEach((st, i) => {
      if (inTerm[i]) addToTally(term, st);
    });
    const list = warnings(term, model.settings.limits);
    if (list.length > 0) found.set(row.name, list);
  }
  return model.members.filter((m) => found.has(m.name)).map((m) => ({ name: m.name, warnings: found.get(m.name)! }));
}
