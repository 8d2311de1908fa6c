/** The accounts (`npm start -- --accounts`) as terminal tables, zh or en, drawn from their JSON. */
import type { AccountsJson } from "../domain/accounts-json";
import { formatYuan } from "../domain/money";
import { type Lang, type Params, t } from "../domain/text";
import { ACCOUNTS_TEXT } from "./accounts-labels";
import { clipText, table } from "./terminal";

type Key = keyof typeof ACCOUNTS_TEXT;

// The JSON carries yuan with two decimals: back to fen for the one money format (¥12,345.60).
const yuan = (n: number | null) => (n === null ? "" : formatYuan(Math.round(n * 100)));
const fen = (n: number) => Math.round(n * 100);

export function accountsText(a: AccountsJson, lang: Lang): string {
  const w = (key: Key, params?: Params) => t(ACCOUNTS_TEXT[key], lang, params);
  const out: string[] = [w("title", { month: a.month, asOf: a.asOf })];
  out.push(a.start === null ? w("openingUndated", { balance: yuan(a.openingBalance) }) : w("opening", { balance: yuan(a.openingBalance), start: a.start }));

  out.push("", w("cashBook"));
  if (a.cashBook.length === 0) out.push(w("noCashBook", { asOf: a.asOf }));
  else {
    const cols = [
      "c_month",
      "c_opening",
      "c_sponsorCash",
      "c_finesPaid",
      "c_otherIncome",
      "c_expensesPaid",
      "c_reimbursed",
      "c_commissionsPaid",
      "c_closing",
    ] as const;
    out.push(
      table(
        cols.map((k) => w(k)),
        a.cashBook.map((m) => [
          m.month,
          yuan(m.opening),
          yuan(m.sponsorCash),
          yuan(m.finesPaid),
          yuan(m.otherIncome),
          yuan(m.expensesPaid),
          yuan(m.reimbursed),
          yuan(m.commissionsPaid),
          yuan(m.closing),
        ]),
        cols.map((_, i) => i > 0),
      ),
      w("how"),
    );
  }

  out.push("", w("events"));
  const eventCols = ["e_name", "e_budget", "e_spent", "e_cashRaised", "e_inKind", "e_otherIncome", "e_net", "e_budgetLeft", "e_over"] as const;
  out.push(
    table(
      eventCols.map((k) => w(k)),
      a.events.map((e) => [
        e.name === "" ? w("noEvent") : e.name,
        yuan(e.budget),
        yuan(e.spent),
        yuan(e.cashRaised),
        yuan(e.inKindRaised),
        yuan(e.otherIncome),
        yuan(e.net),
        yuan(e.budgetLeft),
        e.overBudget ? w("e_over") : "",
      ]),
      eventCols.map((_, i) => i > 0 && i < eventCols.length - 1),
    ),
  );

  const owed = a.reimbursementsOwed;
  out.push("", w("owed", { count: owed.length, total: formatYuan(owed.reduce((s, r) => s + fen(r.amount), 0)) }));
  if (owed.length) {
    out.push(
      table(
        (["r_member", "r_date", "r_item", "r_amount", "r_receipt"] as const).map((k) => w(k)),
        owed.map((r) => [r.member, r.date, r.item, yuan(r.amount), r.receipt]),
        [false, false, false, true, false],
      ),
    );
  }

  const owing = a.fines.filter((f) => f.balance > 0);
  out.push("", w("fines", { count: owing.length, total: formatYuan(owing.reduce((s, f) => s + fen(f.balance), 0)) }));
  if (a.fines.length) {
    out.push(
      table(
        (["f_name", "f_group", "f_penalties", "f_paid", "f_waived", "f_balance"] as const).map((k) => w(k)),
        a.fines.map((f) => [f.name + (f.active ? "" : w("left")), f.group, yuan(f.penalties), yuan(f.paid), yuan(f.waived), yuan(f.balance)]),
        [false, false, true, true, true, true],
      ),
    );
  }

  out.push("");
  if (a.problems.length === 0) out.push(w("noProblems"));
  else {
    out.push(w("problems", { count: a.problems.length }));
    // The message is whole: its quoted values are already cut to a readable length.
    for (const p of a.problems) out.push(`  ${clipText(p.sheet)}${p.cell ? `!${p.cell}` : ""}: ${p.message}`);
  }
  return out.join("\n");
}
