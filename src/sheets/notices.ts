/**
 * Things Check data points out that are not errors: every row still counts, but a person should look.
 * - A sponsor owned by one member (stage not declined) credited to others: two members may be
 *   pitching the same shop without knowing (维持与客户的友好联系 needs one face per merchant).
 * - A received sponsorship with no deliverable recorded, when Settings ask for one: the department
 *   owes the sponsor its logo, ad slide or photos (赞助后期的信息反馈).
 */
import type { Model } from "../domain/model";
import { activeOwner, pitchedByOthers } from "../domain/ownership";
import { choiceLabel, STAGES } from "./schema";
import { a1, type Problem, type Table } from "./table";

export function notices(model: Model, ledger: Table | undefined): Problem[] {
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
