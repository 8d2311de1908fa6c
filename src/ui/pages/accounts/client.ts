/**
 * 记账 page: one expense, other income, fine paid or fine waived, checked as it is typed with the
 * rules the server applies (account-entry.ts) and previewed with the sentence the server answers;
 * below it, the expenses still 待报销, each paid back with one button.
 */
import type { AccountsData, OverOwed } from "../../../app/record-account";
import {
  type AccountField,
  type AccountForm,
  checkAccount,
  checkAmount,
  describeAccount,
  fineOverOwed,
  type OwedView,
  type PaidBy,
} from "../../../contracts/account-entry";
import { renderFields, renderMsg } from "../../../contracts/messages";
import type { AccountType } from "../../../domain/model";
import { formatYuan } from "../../../domain/money";
import type { Lang, Params } from "../../../domain/text";
import { askInPanel, busyGuard, byId, dropPanel, el, say, setFieldError, showFieldErrors } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { loadPage, server } from "../lib/server";
import { L } from "./labels";

// In the order they appear: the first one in error takes the focus.
const FIELDS: AccountField[] = ["type", "paidBy", "amount", "date", "member", "event", "item", "receipt", "notes"];

let lang: Lang = browserLang();
let data: AccountsData | null = null;
/** Fields the user has left: their mistakes show as they type. After a first Save, every field's do. */
const touched = new Set<string>();
let tried = false;
let paying = false;
const tr = (key: string, params?: Params) => word(L, key, lang, params);
const unexpected = (e: unknown) => unexpectedText(e, lang);

const input = (id: string) => byId<HTMLInputElement>(id);
const select = (id: string) => byId<HTMLSelectElement>(id);
const form = byId<HTMLFormElement>("form");
const guard = busyGuard(byId<HTMLButtonElement>("save"), byId<HTMLFieldSetElement>("fields"), () => tr("saving"));

function readForm(): AccountForm {
  return {
    type: select("type").value as AccountType,
    date: input("date").value,
    amount: input("amount").value,
    event: select("event").value,
    member: select("member").value,
    item: input("item").value,
    receipt: input("receipt").value,
    paidBy: (document.querySelector<HTMLInputElement>("input[name=paidBy]:checked")?.value ?? "") as PaidBy,
    notes: byId<HTMLTextAreaElement>("notes").value,
  };
}

const fineOwed = (name: string) => data?.fines.find((f) => f.name === name)?.owed ?? 0;

function fillOptions(box: HTMLSelectElement, blank: string, values: readonly string[]): void {
  const keep = box.value;
  box.replaceChildren(el("option", { value: "", text: blank }), ...values.map((v) => el("option", { value: v, text: v })));
  box.value = values.includes(keep) ? keep : "";
}

function renderLists(d: AccountsData): void {
  fillOptions(select("event"), tr("noEvent"), d.lists.events);
  fillOptions(select("member"), tr("noMember"), d.lists.members);
  // A waiver is the head's: anyone else sees the choice, greyed, with the reason.
  const refused = d.lists.waiverRefused;
  const option = select("type").querySelector<HTMLOptionElement>("option[value=fineWaived]")!;
  option.disabled = refused !== null;
  if (refused && select("type").value === "fineWaived") select("type").value = "expense";
  byId("type-hint").textContent = refused ? tr("waiverOff", { reason: renderMsg(refused, lang) }) : "";
  byId("type-hint").hidden = refused === null;
}

/** The hints and the who-paid choice follow the type. */
function renderShape(f: AccountForm): void {
  const fine = f.type === "finePaid" || f.type === "fineWaived";
  byId("paidBy").hidden = f.type !== "expense";
  const role = f.type === "expense" ? (f.paidBy === "member" ? "advanced" : "expense") : f.type;
  byId("member-hint").textContent = tr(`memberHint_${role}`);
  byId("item-hint").textContent = tr(fine ? "itemHint_fine" : `itemHint_${f.type}`);
  byId("notes-hint").textContent = tr("notesHint");
  byId("notes-hint").hidden = f.type !== "fineWaived";
}

function renderPreview(f: AccountForm): void {
  const main = byId("preview-main");
  const note = byId("preview-note");
  const amount = checkAmount(f.amount);
  note.textContent = "";
  if ("error" in amount) return void (main.textContent = tr("previewEmpty"));
  const fine = f.type === "finePaid" || f.type === "fineWaived";
  // What a fine leaves owing is the member's: until one is chosen there is nothing to count down.
  if (fine && f.member === "") return void (main.textContent = tr("previewMember"));
  const owed = f.type === "expense" && f.paidBy === "member";
  const e = { type: f.type, amount: amount.fen, event: f.event, member: f.member || tr("someone"), item: f.item.trim(), owed };
  const before = fineOwed(f.member);
  main.textContent = describeAccount(e, before, lang);
  if (fineOverOwed(e, before)) note.textContent = tr("previewOver");
}

/** Mistakes in the fields the user has left (or, after a Save, in all of them), without moving the focus. */
function renderErrors(f: AccountForm): void {
  if (!data) return;
  const errors = renderFields(checkAccount(f, data.lists).errors, lang);
  for (const field of FIELDS) setFieldError(field, tried || touched.has(field) ? errors[field] : undefined);
}

function render(): void {
  const f = readForm();
  renderShape(f);
  renderPreview(f);
  renderErrors(f);
}

function owedCard(o: OwedView, i: number): HTMLLIElement {
  const what = [o.event, o.item].filter((p) => p !== "").join(" · ") || tr("noItem");
  const amount = formatYuan(o.amount);
  return el(
    "li",
    { class: "card", "data-i": String(i) },
    el("h3", {}, el("span", { text: o.member || "—" }), el("span", { class: "money", text: amount })),
    el("p", { class: "sub", text: tr("owedLine", { date: o.date, item: what }) }),
    el("p", { class: "sub", text: o.receipt ? tr("receiptLine", { receipt: o.receipt }) : tr("noReceipt") }),
    el("button", { type: "button", class: "pay", "aria-label": tr("payBackFor", { name: o.member, date: o.date, amount }), text: tr("payBack") }),
  );
}

function renderOwed(): void {
  if (!data) return;
  byId("owed-title").textContent = tr("owedTitle", { n: data.owed.length });
  byId("owed").replaceChildren(...data.owed.map(owedCard));
  byId("owed-empty").hidden = data.owed.length > 0;
}

/** The server's question about a fine beyond what is owed: answered by saving again with its token, or by changing the amount. */
function askAboutFine(q: OverOwed): void {
  askInPanel("confirm-over", q.error, { token: q.token }, "confirm-save");
}

function dropQuestion(): void {
  dropPanel("confirm-over", ["token"]);
}

function resetForm(): void {
  dropQuestion();
  form.reset();
  touched.clear();
  tried = false;
  if (data) input("date").value = data.today;
  showFieldErrors(FIELDS, {});
  render();
}

function afterSave(f: AccountForm, owed: OwedView | null): void {
  const d = data!;
  const amount = checkAmount(f.amount);
  // A fine paid or waived lowers what the member owes: the next preview counts it.
  if ((f.type === "finePaid" || f.type === "fineWaived") && "fen" in amount) {
    d.fines = d.fines.map((x) => (x.name === f.member ? { ...x, owed: x.owed - amount.fen } : x));
  }
  if (owed) {
    d.owed = [...d.owed, owed].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
    renderOwed();
  }
}

async function save(confirm?: string): Promise<void> {
  if (!data) return;
  dropQuestion();
  const f = readForm();
  tried = true;
  const local = renderFields(checkAccount(f, data.lists).errors, lang);
  showFieldErrors(FIELDS, local);
  if (Object.keys(local).length > 0) {
    say("result", renderMsg({ key: "fixFields", params: { n: Object.keys(local).length } }, lang), "error");
    return;
  }
  say("result", "", "info");
  await guard(async () => {
    try {
      const r = await server.saveAccount(confirm ? { ...f, confirm } : f);
      if (!r.ok && "confirm" in r) return askAboutFine(r);
      if (!r.ok) {
        showFieldErrors(FIELDS, r.fields ?? {});
        return say("result", r.error, "error");
      }
      afterSave(f, r.owed);
      resetForm();
      say("result", tr("saved", { sheet: r.sheet, row: r.row, summary: r.summary }), "ok");
    } catch (e) {
      say("result", unexpected(e), "error");
    }
  });
  if (byId("result").classList.contains("ok")) select("type").focus();
}

async function payBack(o: OwedView, button: HTMLButtonElement): Promise<void> {
  const d = data;
  if (!d || paying) return;
  paying = true;
  button.disabled = true;
  button.classList.add("busy");
  button.textContent = tr("saving");
  say("owed-result", "", "info");
  try {
    const r = await server.payBackExpense({ row: o.row, date: o.date, member: o.member, amount: o.amount, item: o.item });
    if (r.ok) {
      d.owed = d.owed.filter((x) => x !== o);
      say("owed-result", tr("paidBack", { name: o.member, amount: formatYuan(o.amount), on: r.on, sheet: r.sheet, row: r.row }), "ok");
    } else {
      // Moved, changed or paid back by someone else meanwhile: the list is read again.
      if ("stale" in r) {
        const fresh = await server.sidebarAccountsData();
        if (fresh.ok) Object.assign(d, { owed: fresh.owed, fines: fresh.fines });
      }
      say("owed-result", r.error, "error");
    }
  } catch (e) {
    say("owed-result", unexpected(e), "error");
  } finally {
    paying = false;
    renderOwed();
    byId("owed-result").focus();
  }
}

async function load(): Promise<void> {
  applyLabels(document, L, lang);
  await loadPage(
    () => server.sidebarAccountsData(),
    (r) => {
      data = r;
      lang = r.lang;
      applyLabels(document, L, lang);
      renderLists(r);
      input("date").value = r.today;
      form.hidden = false;
      byId("owed-section").hidden = false;
      renderOwed();
      render();
    },
    unexpected,
  );
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  void save();
});
form.addEventListener("input", () => {
  // The question was about the entry as it was sent: once it changes, Save asks again if need be.
  dropQuestion();
  render();
});
form.addEventListener("change", () => render());
form.addEventListener("focusout", (e) => {
  const target = e.target as HTMLElement;
  const field = target.closest("#paidBy") ? "paidBy" : target.id;
  if (!(FIELDS as string[]).includes(field)) return;
  touched.add(field);
  render();
});
byId("confirm-save").addEventListener("click", () => {
  void save(byId("confirm-over").dataset.token);
});
byId("confirm-change").addEventListener("click", () => {
  dropQuestion();
  input("amount").focus();
});
byId("clear").addEventListener("click", () => {
  // A save in flight clears the form itself when it lands.
  if (document.body.hasAttribute("aria-busy")) return;
  resetForm();
  say("result", "", "info");
  select("type").focus();
});
byId("owed").addEventListener("click", (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button.pay");
  const i = Number(button?.closest<HTMLLIElement>("li.card")?.dataset.i ?? -1);
  const o = data?.owed[i];
  if (button && o) void payBack(o, button);
});

void load();
