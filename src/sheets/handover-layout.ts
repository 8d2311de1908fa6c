/**
 * The 交接 / Hand-over tab's cells: the sponsor file, open pledges and deliverables, unpaid commission,
 * events and members, then the accounts (财务账目): the cash book, event budgets, reimbursements owed,
 * fines owed and the problems still open in them.
 */
import { CASH_FLOWS } from "../domain/accounts";
import { type Handover, type HandoverAccounts, UNASSIGNED } from "../domain/handover";
import { render } from "../domain/messages";
import { type Fen, fenToYuan, formatYuan } from "../domain/money";
import { type Lang, type Params, t } from "../domain/text";
import { textCell } from "./cells";
import { HANDOVER_COLUMNS, HANDOVER_LABELS } from "./handover-labels";
import { Builder, FORMAT, type Layout } from "./report-layout";
import { choiceLabel, DELIVERABLE_STATUSES, STAGES } from "./schema";
import type { Problem } from "./table";

export function handoverTabName(year: string, lang: Lang): string {
  return t(HANDOVER_LABELS.tabName, lang, { year });
}

type Label = (k: keyof typeof HANDOVER_LABELS, p?: Params) => string;
type Column = (k: keyof typeof HANDOVER_COLUMNS) => string;
const y = (f: Fen | null) => (f === null ? "" : fenToYuan(f));
const m = FORMAT.money;

/**
 * `problems`: what is still open in the accounts — the 收支 tab's unreadable cells and the findings
 * of `buildAccounts`, each at its sheet and cell.
 */
export function layoutHandover(h: Handover, lang: Lang, department: string, generatedAt: string, problems: readonly Problem[] = []): Layout {
  const l: Label = (k, p) => t(HANDOVER_LABELS[k], lang, p);
  const c: Column = (k) => t(HANDOVER_COLUMNS[k], lang);
  const b = new Builder();
  const sections: Record<string, number> = {};
  b.add([textCell(l("title", { dept: department ? `${department} ` : "", year: h.year }))], [], { bold: true });
  b.add([textCell(l("intro", { at: generatedAt }))]);
  b.blank();

  sections.sponsors = b.section(l("sponsors"));
  const yearCols = h.years.map((yr) => `${c("received")} ${yr}`);
  b.header([
    c("sponsor"),
    c("category"),
    c("contact"),
    c("phone"),
    c("wechat"),
    c("owner"),
    c("stage"),
    c("last"),
    c("next"),
    ...yearCols,
    c("events"),
    c("lastSp"),
    c("notes"),
  ]);
  for (const s of h.sponsors) {
    b.add(
      [
        textCell(s.name),
        textCell(s.category),
        textCell(s.contactPerson),
        textCell(s.phone),
        textCell(s.wechat),
        textCell(s.owner),
        s.stage ? choiceLabel(STAGES, s.stage, lang) : "",
        textCell(s.lastContact ?? ""),
        textCell(s.nextFollowUp ?? ""),
        ...h.years.map((yr) => y(s.byYear[yr] ?? 0)),
        textCell(s.events.join("、")),
        textCell(s.lastSponsorship ?? ""),
        textCell(s.notes),
      ],
      ["", "", "", "", "", "", "", "", "", ...h.years.map(() => m)],
    );
  }
  b.blank();

  sections.pledges = b.section(l("pledges"));
  if (h.pledges.length === 0) b.add([l("none")]);
  else {
    b.header([c("date"), c("sponsor"), c("event"), c("credit"), c("amount")]);
    for (const e of h.pledges)
      b.add(
        [textCell(e.date), textCell(e.sponsor), textCell(e.event), textCell(e.credit.map((x) => x.name).join("、")), y(e.cash + e.inKind)],
        ["", "", "", "", m],
      );
  }
  b.blank();

  sections.deliverables = b.section(l("deliverables"));
  if (h.deliverables.length === 0) b.add([l("none")]);
  else {
    b.header([c("sponsor"), c("event"), c("promised"), c("due"), c("owner"), c("status")]);
    for (const d of h.deliverables)
      b.add([
        textCell(d.sponsor),
        textCell(d.event),
        textCell(d.promised),
        textCell(d.due ?? ""),
        textCell(d.owner),
        choiceLabel(DELIVERABLE_STATUSES, d.status, lang),
      ]);
  }
  b.blank();

  sections.unpaid = b.section(l("unpaid"));
  if (h.unpaid.length === 0) b.add([l("none")]);
  else {
    b.header([c("member"), c("rows"), c("commission")]);
    for (const u of h.unpaid) b.add([u.name === UNASSIGNED ? l("unassigned") : textCell(u.name), u.rows, y(u.amount)], ["", FORMAT.int, m]);
  }
  b.blank();

  sections.events = b.section(l("events"));
  b.header([c("event"), c("date"), c("owner"), c("target"), c("raised"), c("pledged"), c("budget")]);
  for (const e of h.events)
    b.add([textCell(e.name), textCell(e.date ?? ""), textCell(e.owner), y(e.target), y(e.raised), y(e.pledged), y(e.budget)], ["", "", "", m, m, m, m]);
  b.blank();

  sections.members = b.section(l("members", { year: h.year }));
  b.header([c("member"), c("group"), c("count"), c("cash"), c("commission"), c("penalty"), c("net")]);
  for (const x of h.members)
    b.add([textCell(x.name), textCell(x.group), x.sponsorships, y(x.cashCredited), y(x.commission), y(x.penalty), y(x.net)], ["", "", FORMAT.int, m, m, m, m]);
  b.blank();

  layoutAccounts(b, sections, h.year, h.accounts, problems, lang, l, c);
  return b.build([], sections);
}

const FLOWS = [...CASH_FLOWS.in, ...CASH_FLOWS.out];

function layoutAccounts(
  b: Builder,
  sections: Record<string, number>,
  year: string,
  a: HandoverAccounts,
  problems: readonly Problem[],
  lang: Lang,
  l: Label,
  c: Column,
): void {
  const yearStart = `${year}-01-01`;
  const from = a.start !== null && a.start > yearStart ? a.start : yearStart;
  sections.cashBook = b.section(l("cashBook", { from, to: a.asOf }));
  if (a.start === null) b.add([l("noCashBook")]);
  else b.add([textCell(l("cashIntro", { start: a.start, opening: formatYuan(a.openingBalance) }))]);
  if (a.cashBook.length > 0) {
    b.header([c("month"), c("opening"), ...FLOWS.map((f) => c(f)), c("closing")]);
    const moneyRow = [m, ...FLOWS.map(() => m), m];
    for (const x of a.cashBook) b.add([textCell(x.month), y(x.opening), ...FLOWS.map((f) => y(x[f])), y(x.closing)], ["", ...moneyRow]);
    const sum = (f: (typeof FLOWS)[number]) => a.cashBook.reduce((acc, x) => acc + x[f], 0);
    b.add([l("total"), y(a.cashBook[0].opening), ...FLOWS.map((f) => y(sum(f))), y(a.cashBook[a.cashBook.length - 1].closing)], ["", ...moneyRow], {
      bold: true,
    });
  }
  b.blank();

  sections.eventAccounts = b.section(l("eventAccounts", { asOf: a.asOf }));
  if (a.events.length === 0) b.add([l("none")]);
  else {
    b.header([c("event"), c("budget"), c("spent"), c("budgetLeft"), c("cashRaised"), c("inKindRaised"), c("otherIncome"), c("eventNet"), c("flag")]);
    for (const e of a.events)
      b.add(
        [
          e.name === "" ? l("noEvent") : textCell(e.name),
          y(e.budget),
          y(e.spent),
          y(e.budgetLeft),
          y(e.cashRaised),
          y(e.inKindRaised),
          y(e.otherIncome),
          y(e.net),
          e.overBudget ? l("overBudget") : "",
        ],
        ["", m, m, m, m, m, m, m],
      );
  }
  b.blank();

  sections.reimbursementsOwed = b.section(l("reimbursementsOwed", { asOf: a.asOf }));
  if (a.reimbursementsOwed.length === 0) b.add([l("none")]);
  else {
    b.header([c("date"), c("member"), c("event"), c("item"), c("amount"), c("receipt"), c("accountsRow")]);
    for (const r of a.reimbursementsOwed)
      b.add(
        [textCell(r.date), textCell(r.member), textCell(r.event), textCell(r.item), y(r.amount), textCell(r.receipt), r.row],
        ["", "", "", "", m, "", FORMAT.int],
      );
    b.add([l("total"), "", "", "", y(a.reimbursementsOwed.reduce((acc, r) => acc + r.amount, 0))], ["", "", "", "", m], { bold: true });
  }
  b.blank();

  sections.finesOwed = b.section(l("finesOwed", { asOf: a.asOf }));
  if (a.finesOwed.length === 0) b.add([l("none")]);
  else {
    b.header([c("member"), c("group"), c("fines"), c("finePaid"), c("fineWaived"), c("fineBalance")]);
    for (const f of a.finesOwed) b.add([textCell(f.name), textCell(f.group), y(f.penalties), y(f.paid), y(f.waived), y(f.balance)], ["", "", m, m, m, m]);
    b.add([l("total"), "", "", "", "", y(a.finesOwed.reduce((acc, f) => acc + f.balance, 0))], ["", "", "", "", "", m], { bold: true });
  }
  b.blank();

  sections.accountProblems = b.section(l("accountProblems"));
  if (problems.length === 0) b.add([l("none")]);
  else {
    b.header([c("sheet"), c("cell"), c("problem")]);
    for (const p of problems) b.add([textCell(p.sheet), p.cell, textCell(render(p.message, lang))]);
  }
}
