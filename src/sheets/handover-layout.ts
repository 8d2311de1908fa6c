/** The 交接 / Hand-over tab's cells: the sponsor file, open pledges and deliverables, unpaid commission, events and members. */
import { type Handover, UNASSIGNED } from "../domain/handover";
import { type Fen, fenToYuan } from "../domain/money";
import { type Lang, type Params, t } from "../domain/text";
import { textCell } from "./cells";
import { HANDOVER_COLUMNS, HANDOVER_LABELS } from "./handover-labels";
import { Builder, FORMAT, type Layout } from "./report-layout";
import { choiceLabel, DELIVERABLE_STATUSES, STAGES } from "./schema";

export function handoverTabName(year: string, lang: Lang): string {
  return t(HANDOVER_LABELS.tabName, lang, { year });
}

export function layoutHandover(h: Handover, lang: Lang, department: string, generatedAt: string): Layout {
  const l = (k: keyof typeof HANDOVER_LABELS, p?: Params) => t(HANDOVER_LABELS[k], lang, p);
  const c = (k: keyof typeof HANDOVER_COLUMNS) => t(HANDOVER_COLUMNS[k], lang);
  const y = (f: Fen | null) => (f === null ? "" : fenToYuan(f));
  const m = FORMAT.money;
  const b = new Builder();
  b.add([textCell(l("title", { dept: department ? `${department} ` : "", year: h.year }))], [], { bold: true });
  b.add([textCell(l("intro", { at: generatedAt }))]);
  b.blank();

  b.section(l("sponsors"));
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

  b.section(l("pledges"));
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

  b.section(l("deliverables"));
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

  b.section(l("unpaid"));
  if (h.unpaid.length === 0) b.add([l("none")]);
  else {
    b.header([c("member"), c("rows"), c("commission")]);
    for (const u of h.unpaid) b.add([u.name === UNASSIGNED ? l("unassigned") : textCell(u.name), u.rows, y(u.amount)], ["", FORMAT.int, m]);
  }
  b.blank();

  b.section(l("events"));
  b.header([c("event"), c("date"), c("owner"), c("target"), c("raised"), c("pledged"), c("budget")]);
  for (const e of h.events)
    b.add([textCell(e.name), textCell(e.date ?? ""), textCell(e.owner), y(e.target), y(e.raised), y(e.pledged), y(e.budget)], ["", "", "", m, m, m, m]);
  b.blank();

  b.section(l("members", { year: h.year }));
  b.header([c("member"), c("group"), c("count"), c("cash"), c("commission"), c("penalty"), c("net")]);
  for (const x of h.members)
    b.add([textCell(x.name), textCell(x.group), x.sponsorships, y(x.cashCredited), y(x.commission), y(x.penalty), y(x.net)], ["", "", FORMAT.int, m, m, m, m]);
  return b.build();
}
