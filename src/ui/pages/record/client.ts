/**
 * 登记赞助 page. The form is checked with the same rules the server applies (record-entry.ts) and
 * the preview is computed by the domain code the monthly report uses, so what the page shows
 * before saving is what the report will count.
 */

import type { NeedsConfirmation, NeedsSponsorConfirmation, RecordData } from "../../../app/record-sponsorship";
import { renderFields, renderMsg } from "../../../contracts/messages";
import { checkRecord, creditText, parseWeight, previewCommission, type RecordField, type RecordForm, sponsorToConfirm } from "../../../contracts/record-entry";
import { parseDate } from "../../../domain/dates";
import type { LedgerStatus } from "../../../domain/model";
import { formatYuan, parseMoney } from "../../../domain/money";
import { NameIndex } from "../../../domain/names";
import { pitchedByOthers } from "../../../domain/ownership";
import { plannedDeliverables, rowSpan } from "../../../domain/packages";
import type { Lang, Params } from "../../../domain/text";
import { askInPanel, busyGuard, byId, dropPanel, el, say, showFieldErrors } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { loadPage, server } from "../lib/server";
import { L } from "./labels";

// The server's answer, typed once where it is made.
type Data = RecordData;

const FIELDS: RecordField[] = ["package", "sponsor", "category", "owner", "event", "members", "weights", "cash", "items", "inKind", "status", "date", "notes"];

let lang: Lang = browserLang();
let data: Data | null = null;
/** What the last save confirmed: a later question (the date after the sponsor) keeps it. */
type Confirmed = { confirmDate?: string; confirmSponsor?: string };
let confirmed: Confirmed = {};
const tr = (key: string, params?: Params) => word(L, key, lang, params);

const input = (id: string) => byId<HTMLInputElement>(id);
const form = byId<HTMLFormElement>("form");
const guard = busyGuard(byId<HTMLButtonElement>("save"), byId<HTMLFieldSetElement>("fields"), () => tr("saving"));

function chosenMembers(): HTMLInputElement[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>("#member-groups input[type=checkbox]:checked"));
}

function weightInput(name: string): HTMLInputElement | undefined {
  return Array.from(document.querySelectorAll<HTMLInputElement>("#weight-list input")).find((i) => i.dataset.name === name);
}

function readForm(): RecordForm {
  const members = chosenMembers().map((c) => c.value);
  // The shares box is hidden below two members: a hidden, still-ticked box must not send shares.
  const useWeights = input("use-weights").checked && members.length >= 2;
  return {
    sponsor: input("sponsor").value,
    addSponsor: input("addSponsor").checked,
    category: input("category").value,
    owner: byId<HTMLSelectElement>("owner").value,
    event: byId<HTMLSelectElement>("event").value,
    members,
    weights: members.map((m) => (useWeights ? (weightInput(m)?.value ?? "") : "")),
    cash: input("cash").value,
    items: input("items").value,
    inKind: input("inKind").value,
    status: byId<HTMLSelectElement>("status").value as LedgerStatus,
    date: input("date").value,
    notes: byId<HTMLTextAreaElement>("notes").value,
    package: byId<HTMLSelectElement>("package").value,
  };
}

function fillOptions(select: HTMLSelectElement, blank: string, values: readonly string[]): void {
  const keep = select.value;
  select.replaceChildren(el("option", { value: "", text: blank }), ...values.map((v) => el("option", { value: v, text: v })));
  select.value = values.includes(keep) ? keep : "";
}

function renderLists(d: Data): void {
  byId("sponsor-list").replaceChildren(...d.lists.sponsors.map((s) => el("option", { value: s })));
  byId("category-list").replaceChildren(...d.categories.map((c) => el("option", { value: c })));
  fillOptions(byId<HTMLSelectElement>("event"), tr("noEvent"), d.lists.events);
  const packages = (d.lists.packages ?? []).map((p) => p.name);
  fillOptions(byId<HTMLSelectElement>("package"), tr("noPackage"), packages);
  byId("package-field").hidden = packages.length === 0;
  fillOptions(
    byId<HTMLSelectElement>("owner"),
    tr("nobody"),
    d.lists.members.map((m) => m.name),
  );
  const chosen = new Set(chosenMembers().map((c) => c.value));
  const groups = new Map<string, string[]>();
  for (const m of d.lists.members) groups.set(m.group, [...(groups.get(m.group) ?? []), m.name]);
  let n = 0;
  byId("member-groups").replaceChildren(
    ...[...groups].map(([group, names]) =>
      el(
        "fieldset",
        { class: "member-group" },
        el("legend", { text: group || tr("ungrouped") }),
        ...names.map((name) => {
          const id = `m-${n++}`;
          const box = el("input", { type: "checkbox", id, value: name, checked: chosen.has(name) });
          return el("label", { class: "chip", for: id }, box, el("span", { text: name }));
        }),
      ),
    ),
  );
}

function renderWeights(): void {
  const members = chosenMembers().map((c) => c.value);
  byId("use-weights-row").hidden = members.length < 2;
  const on = input("use-weights").checked && members.length >= 2;
  byId("weights").hidden = !on;
  const list = byId("weight-list");
  const typed = new Map(Array.from(list.querySelectorAll<HTMLInputElement>("input")).map((i) => [i.dataset.name!, i.value]));
  list.replaceChildren(
    ...members.map((name, i) =>
      el(
        "li",
        {},
        el("label", { for: `w-${i}`, text: name }),
        el("input", {
          id: `w-${i}`,
          "data-name": name,
          inputmode: "decimal",
          autocomplete: "off",
          "aria-label": tr("weightOf", { name }),
          value: typed.get(name) ?? "",
        }),
        el("span", { "aria-hidden": "true", text: "%" }),
      ),
    ),
  );
  updateWeightTotal();
}

function updateWeightTotal(): void {
  const values = Array.from(document.querySelectorAll<HTMLInputElement>("#weight-list input")).map((i) => parseWeight(i.value) ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  byId("weights-total").textContent = tr("weightsTotal", { total: (total / 100).toString() });
}

function renderSponsorPanel(): void {
  if (!data) return;
  const typed = input("sponsor").value.trim();
  const index = new NameIndex(data.lists.sponsors);
  const isNew = typed !== "" && !index.find(typed);
  byId("new-sponsor").hidden = !isNew;
  if (!isNew) return;
  byId("new-sponsor-note").textContent = tr("newSponsor", { name: typed });
  // A look-alike ("蜜雪冰城 东门" for "蜜雪冰城(东门店)") is said before Save asks about it.
  const alike = sponsorToConfirm(typed, data.lists.sponsors);
  byId("look-alike").hidden = !alike;
  byId("look-alike").textContent = alike ? renderMsg(alike.question, lang) : "";
  const suggestion = alike?.known ?? index.suggest(typed);
  byId("suggestion").hidden = !suggestion;
  byId("use-suggestion").textContent = suggestion ?? "";
  byId("new-sponsor-fields").hidden = !input("addSponsor").checked;
}

/** Not a blocker: the owner may have asked for help, but two members should not pitch one shop unknowingly. */
function renderOwnerWarning(): void {
  if (!data) return;
  const name = new NameIndex(data.lists.sponsors).find(input("sponsor").value);
  const o = data.owners.find((x) => x.name === name);
  const warn =
    !!o &&
    pitchedByOthers(
      o.owner,
      chosenMembers().map((c) => c.value),
    );
  const box = byId("owner-warning");
  box.hidden = !warn;
  box.textContent = warn ? tr("ownedBy", { sponsor: o.name, owner: o.owner, stage: o.stage ? tr(`stage_${o.stage}`) : "—" }) : "";
}

function renderPreview(): void {
  if (!data) return;
  const f = readForm();
  const { rate, basis } = data.lists;
  byId("preview-rule").textContent = tr("previewRule", { rate, basis: tr(`basis_${basis}`) });
  const cash = parseMoney(f.cash);
  const inKind = parseMoney(f.inKind);
  const main = byId("preview-main");
  const shares = byId("preview-shares");
  shares.replaceChildren();
  byId("preview-note").textContent = "";
  if (f.status === "cancelled") return void (main.textContent = tr("previewCancelled"));
  if (!cash.ok || !inKind.ok || (cash.value === null && inKind.value === null)) return void (main.textContent = tr("previewEmpty"));
  const weights = f.weights.map((w) => (w.trim() === "" ? undefined : parseWeight(w)));
  const weighted = weights.some((w) => w !== undefined);
  const complete = !weighted || (weights.every((w) => w !== undefined) && weights.reduce<number>((a, w) => a + w!, 0) === 10000);
  const credit = creditText(f.members, weighted && complete ? weights : [], data.lists.sheetLang);
  const p = previewCommission({ credit, cash: cash.value, inKind: inKind.value, status: f.status }, rate, basis);
  if (!p) return void (main.textContent = "");
  main.textContent = tr("previewBase", { base: formatYuan(p.base), commission: formatYuan(p.commission) });
  byId("preview-note").textContent = p.counts ? "" : tr("previewPledged");
  if (f.members.length === 0) return void shares.append(el("li", { text: tr("previewNobody") }));
  if (!complete) return void shares.append(el("li", { text: tr("previewWaiting") }));
  shares.append(...p.shares.map((s) => el("li", {}, el("span", { text: s.name }), el("span", { class: "money", text: formatYuan(s.fen) }))));
}

/** The 赞助回报 rows the chosen package will add, each with its due date, as the save will write them. */
function renderBenefits(): void {
  if (!data) return;
  const f = readForm();
  const pkg = (data.lists.packages ?? []).find((p) => p.name === f.package);
  const box = byId("preview-benefits");
  box.hidden = !pkg;
  if (!pkg) return;
  byId("benefits-title").textContent = tr("benefitsTitle", { n: pkg.benefits.length, name: pkg.name });
  const date = parseDate(f.date, { timeZone: data.lists.timeZone });
  const own = date.ok ? date.value : null;
  const eventDate = f.event === "" ? null : (data.lists.eventDates?.[f.event] ?? null);
  const planned = own
    ? plannedDeliverables(
        { date: own, sponsor: f.sponsor.trim(), event: f.event, package: pkg.name, owner: f.members[0] ?? "" },
        { ...pkg, row: 0 },
        eventDate,
        new Set(),
      )
    : [];
  byId("benefit-list").replaceChildren(
    ...pkg.benefits.map((b, i) => {
      const due = planned[i]?.due;
      const when = b.dueDays === null ? tr("benefitNoDue") : due ? tr("benefitDue", { date: due }) : "";
      return el("li", {}, el("span", { text: b.text }), el("span", { class: "hint", text: when }));
    }),
  );
  byId("benefits-note").textContent = !own
    ? tr("benefitsNeedDate")
    : eventDate
      ? tr("benefitsFrom", { date: eventDate })
      : tr("benefitsFromOwn", { date: own });
}

function render(): void {
  renderSponsorPanel();
  renderOwnerWarning();
  renderPreview();
  renderBenefits();
}

/** The server's question about an unusual date: answered by saving again with that date confirmed, or by changing it. */
function askAboutDate(q: NeedsConfirmation): void {
  askInPanel("confirm-date", q.error, { date: q.date }, "confirm-save");
}

function dropDateQuestion(): void {
  dropPanel("confirm-date", ["date"]);
}

/** The server's question about a new name that looks like a known sponsor: use that one, or add the new one. */
function askAboutSponsor(q: NeedsSponsorConfirmation): void {
  showFieldErrors(FIELDS, q.fields ?? {});
  byId("use-known").textContent = tr("useKnown", { name: q.known });
  askInPanel("confirm-sponsor", q.error, { sponsor: q.sponsor, known: q.known }, "use-known");
}

function dropQuestions(): void {
  dropDateQuestion();
  dropPanel("confirm-sponsor", ["sponsor", "known"]);
}

function resetForm(): void {
  dropQuestions();
  form.reset();
  for (const c of chosenMembers()) c.checked = false;
  input("use-weights").checked = false;
  input("addSponsor").checked = true;
  if (data) input("date").value = data.today;
  renderWeights();
  showFieldErrors(FIELDS, {});
  render();
}

async function save(confirm: Confirmed = {}): Promise<void> {
  if (!data) return;
  dropQuestions();
  confirmed = confirm;
  const f = readForm();
  const local = renderFields(checkRecord(f, data.lists).errors, lang);
  showFieldErrors(FIELDS, local);
  if (Object.keys(local).length > 0) {
    say("result", renderMsg({ key: "fixFields", params: { n: Object.keys(local).length } }, lang), "error");
    return;
  }
  say("result", "", "info");
  await guard(async () => {
    try {
      const r = await server.saveSponsorship({ ...f, ...confirm });
      if (!r.ok && "confirm" in r) return r.confirm === "sponsor" ? askAboutSponsor(r) : askAboutDate(r);
      if (!r.ok) {
        showFieldErrors(FIELDS, r.fields ?? {});
        return say("result", r.error, "error");
      }
      const added = r.sponsorAdded ? ` ${tr("sponsorAdded", { name: f.sponsor.trim() })}` : "";
      const dl = r.deliverables;
      const created = dl.rows.length > 0 ? ` ${tr("deliverablesCreated", { sheet: dl.sheet, n: dl.rows.length, rows: rowSpan(dl.rows) })}` : "";
      const existing = dl.existing > 0 ? ` ${tr("deliverablesExisting", { n: dl.existing })}` : "";
      resetForm();
      say("result", tr("saved", { sheet: r.sheet, row: r.row }) + added + created + existing, "ok");
      // A new sponsor is now in the customer file: offer it in the type-ahead from now on.
      if (r.sponsorAdded) data!.lists.sponsors.push(f.sponsor.trim());
      renderLists(data!);
    } catch (e) {
      say("result", unexpectedText(e, lang), "error");
    }
  });
  if (byId("result").classList.contains("ok")) input("sponsor").focus();
}

async function load(): Promise<void> {
  applyLabels(document, L, lang);
  await loadPage(
    () => server.sidebarRecordData(),
    (r) => {
      data = r;
      lang = r.lang;
      applyLabels(document, L, lang);
      renderLists(r);
      input("date").value = r.today;
      form.hidden = false;
      render();
    },
    (e) => unexpectedText(e, lang),
  );
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  void save();
});
form.addEventListener("input", (e) => {
  const target = e.target as HTMLElement;
  // The question was about the entry as it was sent: once it changes, Save asks again if need be.
  dropQuestions();
  if (target.closest("#weight-list")) updateWeightTotal();
  render();
});
form.addEventListener("change", (e) => {
  const target = e.target as HTMLElement;
  if (target.closest("#member-groups") || target.id === "use-weights") renderWeights();
  render();
});
byId("use-suggestion").addEventListener("click", () => {
  input("sponsor").value = byId("use-suggestion").textContent ?? "";
  render();
  input("sponsor").focus();
});
byId("confirm-save").addEventListener("click", () => {
  void save({ ...confirmed, confirmDate: byId("confirm-date").dataset.date });
});
byId("use-known").addEventListener("click", () => {
  const known = byId("confirm-sponsor").dataset.known;
  if (!known) return;
  input("sponsor").value = known;
  render();
  void save(confirmed.confirmDate ? { confirmDate: confirmed.confirmDate } : {});
});
byId("add-new").addEventListener("click", () => {
  void save({ ...confirmed, confirmSponsor: byId("confirm-sponsor").dataset.sponsor });
});
byId("confirm-change").addEventListener("click", () => {
  dropDateQuestion();
  input("date").focus();
});
byId("clear").addEventListener("click", () => {
  // A save in flight clears the form itself when it lands.
  if (document.body.hasAttribute("aria-busy")) return;
  resetForm();
  say("result", "", "info");
  input("sponsor").focus();
});

void load();
