/** The report as plain JSON: camelCase, money as yuan numbers with two decimals, messages in one language. */
import { formatRate } from "./commission";
import { formatLocalDateTime } from "./dates";
import { type Lang, render } from "./messages";
import { type Fen, fenToYuan } from "./money";
import type { Report, ReportAccounts } from "./report";
import { BASIS_LABELS } from "./settings";
import { t } from "./text";
import { warningText } from "./warnings";

const y = (fen: Fen | null) => (fen === null ? null : fenToYuan(fen));
const pct = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

export function reportToJson(r: Report, lang: Lang) {
  return {
    month: r.month,
    currency: r.currency,
    department: r.department,
    generatedAt: r.generatedAt,
    generatedBy: r.generatedBy,
    settings: {
      commissionRate: formatRate(r.settings.rate),
      commissionBasis: t(BASIS_LABELS[r.settings.basis], lang),
      lateFee: y(r.settings.fees.late),
      leftEarlyFee: y(r.settings.fees.leftEarly),
      absentFee: y(r.settings.fees.absent),
      lateOrEarlyLimit: r.settings.limits.lateOrEarly,
      absentLimit: r.settings.limits.absent,
      termStart: r.settings.termStart,
      followUpDays: r.settings.followUpDays,
      odds: Object.fromEntries(Object.entries(r.settings.odds).map(([stage, rate]) => [stage, formatRate(rate)])),
    },
    meetingsHeld: r.meetingsHeld,
    meetings: r.meetings.map((m) => ({ date: m.date, recorded: m.recorded, attended: m.attended, rate: pct(m.rate) })),
    totals: {
      cashReceived: y(r.totals.cashReceived),
      inKindValue: y(r.totals.inKindValue),
      pledged: y(r.totals.pledged),
      sponsorships: r.totals.sponsorships,
      newSponsors: r.totals.newSponsors,
      ytdCash: y(r.totals.ytdCash),
      commission: y(r.totals.commission),
      unassigned: y(r.totals.unassigned),
      penalty: y(r.totals.penalty),
      net: y(r.totals.net),
    },
    members: r.members.map((m) => ({
      name: m.name,
      group: m.group,
      active: m.active,
      sponsorships: m.sponsorships,
      cashCredited: y(m.cashCredited),
      commission: y(m.commission),
      meetings: m.meetings,
      present: m.present,
      late: m.late,
      leftEarly: m.leftEarly,
      excused: m.excused,
      absent: m.absent,
      attendanceRate: pct(m.attendanceRate),
      penalty: y(m.penalty),
      net: y(m.net),
      unpaidCommission: y(m.unpaidCommission),
      warnings: m.warnings.length ? [warningText(m.warnings, lang)] : [],
      leave: { approved: m.leave.approved, rejected: m.leave.rejected, pending: m.leave.pending, late: m.leave.late },
      finesOwed: y(m.finesOwed),
    })),
    groups: r.groups.map((g) => ({
      group: g.group,
      members: g.members,
      sponsorships: g.sponsorships,
      cashCredited: y(g.cashCredited),
      commission: y(g.commission),
      late: g.late,
      leftEarly: g.leftEarly,
      absent: g.absent,
      penalty: y(g.penalty),
      net: y(g.net),
      unpaidCommission: y(g.unpaidCommission),
    })),
    events: r.events.map((e) => ({
      name: e.name,
      date: e.date,
      owner: e.owner,
      target: y(e.target),
      raised: y(e.raised),
      pledged: y(e.pledged),
      progress: pct(e.progress),
      budget: y(e.budget),
      forecast: y(e.forecast),
      forecastSponsors: e.forecastSponsors.map((f) => ({ sponsor: f.sponsor, stage: f.stage, expected: y(f.expected), weighted: y(f.weighted) })),
      shortfall: y(e.shortfall),
    })),
    sponsors: {
      byStage: r.sponsors.byStage,
      followUps: r.sponsors.followUps.map((f) => ({ sponsor: f.sponsor, owner: f.owner, due: f.due, overdue: f.overdue })),
      staleAsOf: r.sponsors.staleAsOf,
      stale: r.sponsors.stale.map((x) => ({ sponsor: x.sponsor, owner: x.owner, stage: x.stage, lastContact: x.lastContact, days: x.days })),
    },
    renewals: r.renewals
      ? {
          seasonStart: r.renewals.start,
          asOf: r.renewals.asOf,
          lastSeasonSponsors: r.renewals.sponsors,
          renewed: r.renewals.renewed,
          rate: r.renewals.sponsors === 0 ? null : pct(r.renewals.renewed / r.renewals.sponsors),
          moneyRenewed: y(r.renewals.money),
          notYetRenewed: r.renewals.waiting,
        }
      : null,
    deliverables: r.deliverables.map((d) => ({ sponsor: d.sponsor, event: d.event, promised: d.promised, owner: d.owner, due: d.due, overdue: d.overdue })),
    leavePending: r.leavePending.map((l) => ({
      name: l.name,
      meeting: l.meeting,
      reason: l.reason,
      submittedAt: l.submittedAt ? formatLocalDateTime(l.submittedAt) : null,
      late: l.late,
    })),
    accounts: accountsToJson(r.accounts),
    problems: r.problems.map((p) => ({ sheet: p.sheet, cell: p.cell, message: render(p.message, lang) })),
  };
}

/** The accounts' findings are not repeated here: they are among `problems`, at their cells. */
function accountsToJson(a: ReportAccounts) {
  const c = a.cashBook;
  return {
    tab: a.tab,
    start: a.start,
    openingBalance: y(a.openingBalance),
    cashBook: c && {
      month: c.month,
      opening: y(c.opening),
      sponsorCash: y(c.sponsorCash),
      finesPaid: y(c.finesPaid),
      otherIncome: y(c.otherIncome),
      expensesPaid: y(c.expensesPaid),
      reimbursed: y(c.reimbursed),
      commissionsPaid: y(c.commissionsPaid),
      closing: y(c.closing),
    },
    events: a.events.map((e) => ({
      name: e.name,
      budget: y(e.budget),
      spent: y(e.spent),
      cashRaised: y(e.cashRaised),
      inKindRaised: y(e.inKindRaised),
      otherIncome: y(e.otherIncome),
      net: y(e.net),
      budgetLeft: y(e.budgetLeft),
      overBudget: e.overBudget,
    })),
    fines: a.fines.map((f) => ({
      name: f.name,
      group: f.group,
      active: f.active,
      penalties: y(f.penalties),
      paid: y(f.paid),
      waived: y(f.waived),
      balance: y(f.balance),
    })),
    owing: a.owing.map((f) => ({ name: f.name, balance: y(f.balance) })),
    finesOwed: y(a.finesOwed),
    reimbursementsOwed: a.reimbursementsOwed.map((o) => ({
      date: o.date,
      member: o.member,
      event: o.event,
      item: o.item,
      amount: y(o.amount),
      receipt: o.receipt,
    })),
    reimbursementsOwedTotal: y(a.reimbursementsOwedTotal),
  };
}

export type ReportJson = ReturnType<typeof reportToJson>;
