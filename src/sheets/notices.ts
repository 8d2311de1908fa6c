/**
 * Things Check data points out that are not errors: every row still counts, but a person should look.
 * - A sponsor owned by one member (stage not declined) credited to others: two members may be
 *   pitching the same shop without knowing (维持与客户的友好联系 needs one face per merchant).
 * - A received sponsorship with no deliverable recorded, when Settings ask for one: the department
 *   owes the sponsor its logo, ad slide or photos (赞助后期的信息反馈).
 * - When Settings' 请假需审批 is 是: a 请假 mark in 考勤 with no approved request in 请假, an approved
 *   request whose 考勤 cell charges the member (缺席 / 未批假), a decision with no 审批人 or 审批时间, an
 *   approval not by the head, and a late request approved without the head's reason (see domain/leave-check).
 * - Two rows of 赞助商 that look like one shop (the same phone, or the same name once brackets, spaces
 *   and branch words are left out; see domain/sponsor-match): one merchant filed twice gets two owners
 *   and two histories. The later row is marked; which one to keep is the department's call.
 * - An amount typed below the fen (赞助记录's 现金 and 物资估值, 收支's 金额): counted rounded half up.
 * - The accounts (财务账目, see domain/accounts) as they stand on the day: an event that spent more than its
 *   budget, a member who paid or was excused more in fines than was owed, a commission marked paid on no
 *   day the cash book can place.
 */
import { type AccountFinding, buildAccounts } from "../domain/accounts";
import type { LocalDate } from "../domain/dates";
import { leaveFindings } from "../domain/leave-check";
import type { Msg } from "../domain/messages";
import type { Model } from "../domain/model";
import { formatYuan, roundedToFen } from "../domain/money";
import { activeOwner, pitchedByOthers } from "../domain/ownership";
import { owedByPackages } from "../domain/packages";
import { lookAlikes, phoneKey } from "../domain/sponsor-match";
import { choiceLabel, STAGES } from "./schema";
import { a1, type Problem, type Table } from "./table";

/** The tabs the notices point into; `leaveTab`: whether a 请假 tab exists at all (readable or not). */
export interface NoticeTabs {
  ledger?: Table;
  sponsors?: Table;
  attendance?: Table;
  leave?: Table;
  leaveTab: boolean;
  events?: Table;
  accounts?: Table;
}

/** `today`: the accounts are checked as they stand at the end of this day. */
export function notices(model: Model, tabs: NoticeTabs, today: LocalDate): Problem[] {
  return [
    ...sponsorNotices(model, tabs.sponsors),
    ...ledgerNotices(model, tabs.ledger),
    ...packageNotices(model, tabs.ledger),
    ...leaveNotices(model, tabs),
    ...accountNotices(buildAccounts(model, today).findings, tabs),
    ...roundedNotices(tabs),
  ];
}

/** The money columns whose cells are read as amounts: 赞助记录's 现金 and 物资估值, 收支's 金额. */
const MONEY_COLUMNS: readonly [tab: "ledger" | "accounts", columns: readonly string[]][] = [
  ["ledger", ["cash", "inKind"]],
  ["accounts", ["amount"]],
];

/**
 * An amount typed below the fen (12.345): it counts rounded half up to the fen, as the sheet shows it
 * with its ¥ format, but a sum in the sheet would carry the rest. Said at the cell with what it counts as.
 */
export function roundedNotices(tabs: Pick<NoticeTabs, "ledger" | "accounts">): Problem[] {
  const out: Problem[] = [];
  for (const [key, columns] of MONEY_COLUMNS) {
    const t = tabs[key];
    if (!t) continue;
    for (const name of columns) {
      const c = t.columns[name];
      if (c === undefined) continue;
      for (let r = t.headerIndex + 1; r < t.values.length; r++) {
        const v = t.values[r][c];
        const counted = typeof v === "number" || typeof v === "string" ? roundedToFen(v) : null;
        if (counted !== null)
          out.push({ sheet: t.sheet, cell: a1(r, c), message: { key: "amountRounded", params: { value: String(v).trim(), counted: formatYuan(counted) } } });
      }
    }
  }
  return out;
}

/** The column a finding falls back to when the tab lacks the one it names: the row's key column. */
const ROW_KEY: Record<AccountFinding["tab"], string> = { ledger: "sponsor", accounts: "amount", events: "name" };

/**
 * Each accounts finding at its cell: 活动's 预算, 收支's 金额 or 赞助记录's 佣金发放日期 (the row's key
 * column when that one is missing). A finding in a tab that could not be read is left out: its
 * problems already say why.
 */
export function accountNotices(findings: readonly AccountFinding[], tabs: Pick<NoticeTabs, "ledger" | "events" | "accounts">): Problem[] {
  const out: Problem[] = [];
  for (const f of findings) {
    const table = tabs[f.tab];
    if (!table) continue;
    const col = table.columns[f.column] ?? table.columns[ROW_KEY[f.tab]] ?? 0;
    out.push({ sheet: table.sheet, cell: a1(f.row - 1, col), message: f.message });
  }
  return out;
}

/**
 * Each finding at its cell: the 考勤 grid's cell, or the 请假 row's cell it is about (状态, 审批人 or
 * 审批意见; the first of those the tab has when that column is missing). `only`: which meetings'
 * findings to keep (the monthly report keeps its month's); all when absent.
 */
export function leaveNotices(model: Model, tabs: NoticeTabs, only?: (meeting: LocalDate) => boolean): Problem[] {
  const out: Problem[] = [];
  for (const f of leaveFindings(model, tabs.leaveTab)) {
    if (only && !only(f.meeting)) continue;
    if ("grid" in f.at) {
      if (tabs.attendance) out.push({ sheet: tabs.attendance.sheet, cell: a1(f.at.grid.row - 1, f.at.grid.column), message: f.message });
    } else if (tabs.leave) {
      const c = tabs.leave.columns;
      const col = c[f.at.leave.column] ?? c.note ?? c.status ?? c.name ?? 0;
      out.push({ sheet: tabs.leave.sheet, cell: a1(f.at.leave.row - 1, col), message: f.message });
    }
  }
  return out;
}

/** Each look-alike pair at the later row's name cell, naming the earlier row; the phone when they share one. */
export function sponsorNotices(model: Pick<Model, "sponsors">, sponsors: Table | undefined): Problem[] {
  if (!sponsors) return [];
  const col = sponsors.columns.name ?? 0;
  return lookAlikes(model.sponsors).map(({ first, second }) => {
    const samePhone = phoneKey(first.phone) !== "" && phoneKey(first.phone) === phoneKey(second.phone);
    return {
      sheet: sponsors.sheet,
      cell: a1(second.row - 1, col),
      message: { key: "lookAlikeSponsor", params: { name: second.name, other: first.name, row: first.row, phone: samePhone ? first.phone.trim() : "" } },
    };
  });
}

/**
 * A sponsorship whose 方案 names a package: each benefit whose 来源 key no 赞助回报 row holds is still owed
 * (a row typed by hand into 赞助记录, or one whose created rows were deleted). Read-only: nothing is created here.
 */
export function packageNotices(model: Model, ledger: Table | undefined): Problem[] {
  if (!ledger || ledger.columns.package === undefined) return [];
  const col = ledger.columns.package;
  return owedByPackages(model).map((o): Problem => {
    const message: Msg =
      "unknown" in o
        ? { key: "packageUnknown", params: { value: o.package } }
        : {
            key: "packageBenefitsMissing",
            params: { name: o.package, n: o.planned.length, benefits: o.planned.map((p) => p.promised).join("；"), source: o.planned[0].source },
          };
    return { sheet: ledger.sheet, cell: a1(o.row - 1, col), message };
  });
}

function ledgerNotices(model: Model, ledger: Table | undefined): Problem[] {
  if (!ledger) return [];
  const out: Problem[] = [];
  const owners = new Map(model.sponsors.map((s) => [s.name, s]));
  const members = new Set(model.members.map((m) => m.name));
  const creditCol = ledger.columns.credit ?? 0;
  const sponsorCol = ledger.columns.sponsor ?? 0;
  const promised = new Set(model.deliverables.map((d) => `${d.sponsor}\u0000${d.event}`));
  const promisedAny = new Set(model.deliverables.map((d) => d.sponsor));
  for (const e of model.ledger) {
    if (e.status === "cancelled") continue;
    const sponsor = owners.get(e.sponsor);
    const credited = e.credit.map((c) => c.name).filter((n) => members.has(n));
    if (sponsor && pitchedByOthers(activeOwner(sponsor, members), credited)) {
      out.push({
        sheet: ledger.sheet,
        cell: a1(e.row - 1, creditCol),
        message: {
          key: "ownedByOther",
          params: {
            sponsor: e.sponsor,
            owner: sponsor.owner,
            stageZh: sponsor.stage ? choiceLabel(STAGES, sponsor.stage, "zh") : "—",
            stageEn: sponsor.stage ? choiceLabel(STAGES, sponsor.stage, "en") : "—",
            names: credited.join("、"),
          },
        },
      });
    }
    if (model.settings.requireDeliverables && e.status === "received" && e.cash + e.inKind > 0) {
      const recorded = promised.has(`${e.sponsor}\u0000${e.event}`) || promised.has(`${e.sponsor}\u0000`) || (e.event === "" && promisedAny.has(e.sponsor));
      if (!recorded)
        out.push({ sheet: ledger.sheet, cell: a1(e.row - 1, sponsorCol), message: { key: "noDeliverable", params: { sponsor: e.sponsor, event: e.event } } });
    }
  }
  return out;
}
