/**
 * 赞助方案 / Sponsorship packages: a package (冠名, 协办, 物资赞助…) is a price and a list of benefits the
 * department promises, each due some days after the event. Recording a sponsorship with a package creates
 * its 赞助回报 rows once: each created row carries a 来源 key naming the sponsorship and the benefit, so a
 * second run (or a row someone edited since) never creates it again.
 */
import type { LocalDate } from "./dates";
import { shiftDay } from "./leave";
import type { Msg } from "./messages";
import type { Model } from "./model";
import type { Fen } from "./money";

export interface Benefit {
  text: string;
  /** Days after the event the benefit is due; null when the package gives none. */
  dueDays: number | null;
}

export interface Package {
  name: string;
  price: Fen | null;
  benefits: Benefit[];
  row: number;
}

/** The longest a package may list: a benefit list is a page of text, not a table. */
export const BENEFITS_MAX = 50;
/** Days after an event a benefit may be due. */
export const DUE_DAYS_MAX = 366;

const SEPARATORS = new Set(["\n", "\r", "；", ";"]);

/** Benefits one per line or separated by ；: trimmed, blanks dropped, a leading "1." or "①" kept as typed. */
export function splitBenefits(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const ch of text) {
    if (SEPARATORS.has(ch)) {
      if (cur.trim() !== "") out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") out.push(cur.trim());
  return out;
}

/**
 * 截止 Due: one number of days for every benefit (7), one per benefit in order (7；14；3), or blank.
 * A list whose length differs from the benefits', or a number that is not a whole day count, is a problem.
 */
export function parseDueDays(value: unknown, count: number): { days: (number | null)[]; problem?: Msg } {
  const none = Array.from({ length: count }, () => null);
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return { days: none };
  const parts = typeof value === "number" ? [String(value)] : splitBenefits(String(value).replace(/[,，、]/g, ";"));
  const nums = parts.map((p) => (/^\d{1,3}$/.test(p.replace(/天$/, "")) ? Number(p.replace(/天$/, "")) : Number.NaN));
  const bad = parts.find((_, i) => !(nums[i] >= 0 && nums[i] <= DUE_DAYS_MAX));
  if (bad !== undefined) return { days: none, problem: { key: "badDueDays", params: { value: bad, max: DUE_DAYS_MAX } } };
  if (nums.length === 1) return { days: Array.from({ length: count }, () => nums[0]) };
  if (nums.length !== count) return { days: none, problem: { key: "dueDaysCount", params: { given: nums.length, count } } };
  return { days: nums };
}

/** What names one sponsorship's benefits in 来源, readable: "2026-11-02 博文书店 · 冠名 #2". */
export function sourceKey(s: { date: LocalDate; sponsor: string; package: string }, index: number): string {
  return `${s.date} ${s.sponsor} · ${s.package} #${index + 1}`;
}

export interface PlannedDeliverable {
  sponsor: string;
  event: string;
  promised: string;
  due: LocalDate | null;
  owner: string;
  source: string;
}

/**
 * The 赞助回报 rows a sponsorship's package still needs: one per benefit whose 来源 key no row holds yet.
 * Due dates count from the event's date, or from the sponsorship's when the event has none.
 */
export function plannedDeliverables(
  s: { date: LocalDate; sponsor: string; event: string; package: string; owner: string },
  pkg: Package,
  eventDate: LocalDate | null,
  existingSources: ReadonlySet<string>,
): PlannedDeliverable[] {
  const from = eventDate ?? s.date;
  const out: PlannedDeliverable[] = [];
  pkg.benefits.forEach((b, i) => {
    const source = sourceKey(s, i);
    if (existingSources.has(source)) return;
    out.push({ sponsor: s.sponsor, event: s.event, promised: b.text, due: b.dueDays === null ? null : shiftDay(from, b.dueDays), owner: s.owner, source });
  });
  return out;
}

/** "12-15" for rows written as one block, "12" for one. */
export function rowSpan(rows: readonly number[]): string {
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}-${rows[rows.length - 1]}`;
}

/** One sponsorship whose 方案 still owes 赞助回报 rows, or names a package the 方案 tab does not hold. */
export type PackageOwed = { row: number; package: string; planned: PlannedDeliverable[] } | { row: number; package: string; unknown: true };

/**
 * Every sponsorship (not cancelled) whose 方案 names a package, with the benefits no 赞助回报 row holds
 * by its 来源 key yet: what Check data points at and what 生成赞助回报 creates. The owner of a created
 * row is the first member credited.
 */
export function owedByPackages(model: Pick<Model, "ledger" | "events" | "deliverables" | "packages">): PackageOwed[] {
  if (!model.packages) return [];
  const packages = new Map(model.packages.map((p) => [p.name, p]));
  const events = new Map(model.events.map((e) => [e.name, e.date]));
  const sources = new Set(model.deliverables.map((d) => d.source ?? "").filter((x) => x !== ""));
  const out: PackageOwed[] = [];
  for (const e of model.ledger) {
    const name = e.package ?? "";
    if (name === "" || e.status === "cancelled") continue;
    const pkg = packages.get(name);
    if (!pkg) {
      out.push({ row: e.row, package: name, unknown: true });
      continue;
    }
    const planned = plannedDeliverables({ ...e, package: name, owner: e.credit[0]?.name ?? "" }, pkg, events.get(e.event) ?? null, sources);
    if (planned.length > 0) out.push({ row: e.row, package: name, planned });
  }
  return out;
}
