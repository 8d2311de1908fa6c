/**
 * 我的跟进 page: the user's sponsors, the overdue follow-ups on top, each with what the sponsor gave
 * before. The list is ordered by the same rule the tests check (domain/followups); a contact is
 * checked here with the server's own rules before it is sent.
 */

import type { FollowUpsData } from "../../../app/follow-ups";
import { CHANNELS, type ContactField, type ContactForm, checkContact, STAGE_VALUES } from "../../../contracts/contact-entry";
import { renderFields, renderMsg } from "../../../contracts/messages";
import { daysBetween, followUpList, staleSponsors, urgencyOf } from "../../../domain/followups";
import type { Stage } from "../../../domain/model";
import { formatYuan } from "../../../domain/money";
import type { SponsorHistory as FollowUpSponsor } from "../../../domain/sponsor-history";
import { type Lang, LIST, type Params, t } from "../../../domain/text";
import { busyGuard, byId, el, say, showFieldErrors } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { type Failure, loadPage, server } from "../lib/server";
import { L } from "./labels";

const FIELDS: ContactField[] = ["date", "channel", "note", "next"];

let lang: Lang = browserLang();
let data: FollowUpsData | null = null;
/** The sponsor whose contact form is open. */
let open: FollowUpSponsor | null = null;

const tr = (key: string, params?: Params) => word(L, key, lang, params);
const input = (id: string) => byId<HTMLInputElement>(id);
const form = byId<HTMLFormElement>("contact");
const guard = busyGuard(byId<HTMLButtonElement>("save"), byId<HTMLFieldSetElement>("contact-fields"), () => tr("saving"));
const stageText = (s: Stage | null) => (s ? tr(`stage_${s}`) : tr("noStage"));
const unexpected = (e: unknown) => unexpectedText(e, lang);

function canLog(s: FollowUpSponsor): boolean {
  return !!data?.me && (data.me.head || s.owner === data.me.name);
}

/** The sponsors the chosen view shows, before the "only stale" filter; and the stale ones among them. */
function inView(d: FollowUpsData): { list: FollowUpSponsor[]; stale: Map<FollowUpSponsor, number | null> } {
  const me = d.me!;
  const owner = me.head ? byId<HTMLSelectElement>("owner-filter").value || null : input("show-all").checked ? null : me.name;
  const list = followUpList(d.sponsors, { owner, showDeclined: input("show-declined").checked }, d.today);
  return { list, stale: new Map(staleSponsors(list, d.today, d.followUpDays).map((x) => [x.sponsor, x.days])) };
}

/** Only stale: the longest without contact on top (the order staleSponsors gives). */
function visible(d: FollowUpsData, view = inView(d)): FollowUpSponsor[] {
  return input("only-stale").checked ? [...view.stale.keys()] : view.list;
}

/** 久未联系: a sponsor being worked on (联系中 / 洽谈中) that nobody has contacted for longer than Settings' interval. */
function staleFlag(days: number | null | undefined): HTMLElement | string {
  if (days === undefined) return "";
  return el("p", {}, el("span", { class: "flag stale", text: days === null ? tr("staleNever") : tr("stale", { n: days }) }));
}

function badge(s: FollowUpSponsor, today: string): HTMLElement | string {
  const u = urgencyOf(s, today);
  const n = s.nextFollowUp ? daysBetween(today, s.nextFollowUp) : 0;
  if (u === "overdue") return el("span", { class: "badge overdue", text: tr("overdue", { n: -n }) });
  if (u === "soon") return el("span", { class: "badge soon", text: n === 0 ? tr("today") : tr("soon", { n }) });
  if (u === "declined") return el("span", { class: "badge", text: tr("declined") });
  return "";
}

function history(s: FollowUpSponsor): HTMLElement[] {
  const years = Object.keys(s.byYear).sort();
  if (years.length === 0) return [el("p", { class: "history", text: tr("noHistory") })];
  const out = [el("p", { class: "history", text: `${tr("received")} ${years.map((y) => `${y} ${formatYuan(s.byYear[y])}`).join(" · ")}` })];
  if (s.events.length) out.push(el("p", { class: "history", text: tr("events", { list: s.events.join(t(LIST, lang)) }) }));
  if (s.lastSponsorship) out.push(el("p", { class: "history", text: tr("lastSponsorship", { date: s.lastSponsorship }) }));
  return out;
}

function card(s: FollowUpSponsor, today: string, stale: Map<FollowUpSponsor, number | null>, renewal = false): HTMLLIElement {
  const li = el(
    "li",
    { class: `card ${urgencyOf(s, today)}${renewal ? " renewal" : ""}`, "data-name": s.name },
    el("h2", {}, el("span", { text: s.name }), badge(s, today)),
    staleFlag(stale.has(s) ? stale.get(s)! : undefined),
    el("p", { class: "sub", text: `${stageText(s.stage)} · ${s.owner ? tr("owner", { name: s.owner }) : tr("noOwner")}` }),
  );
  const contact = [s.contactPerson, s.phone, s.wechat].filter((x) => x !== "").join(" · ");
  if (contact) li.append(el("p", { class: "sub", text: contact }));
  if (s.notes) li.append(el("p", { class: "sub", text: s.notes }));
  if (renewal && s.renewal) li.append(el("p", { class: "sub", text: s.renewal }));
  li.append(
    el(
      "dl",
      {},
      el("dt", { text: tr("lastContact") }),
      el("dd", { text: s.lastContact ?? tr("none") }),
      el("dt", { text: tr("nextFollowUp") }),
      el("dd", { text: s.nextFollowUp ?? tr("none") }),
    ),
    ...history(s),
  );
  if (canLog(s)) {
    li.append(
      el("button", {
        type: "button",
        class: "log",
        "aria-expanded": open === s ? "true" : "false",
        "aria-label": tr("logFor", { name: s.name }),
        text: tr("log"),
      }),
    );
    if (open === s) li.append(form);
  }
  return li;
}

function render(): void {
  if (!data?.me) return;
  const view = inView(data);
  const list = visible(data, view);
  const count = (u: string) => list.filter((s) => urgencyOf(s, data!.today) === u).length;
  byId("counts").textContent = tr("counts", { overdue: count("overdue"), soon: count("soon"), total: list.length });
  byId("only-stale-text").textContent = tr("onlyStale", { n: view.stale.size, days: data.followUpDays });
  byId("only-stale-row").hidden = view.stale.size === 0 && !input("only-stale").checked;
  // The open form is moved, not rebuilt, so what the user typed survives a re-sort.
  if (open && !list.includes(open)) closeForm();
  // 续约: last season's sponsors not yet given again form their own group above the rest.
  const renewing = new Set(data.renewals ?? []);
  const renewals = list.filter((s) => renewing.has(s.name));
  byId("renewals").hidden = renewals.length === 0;
  byId("renewals-hint").textContent = tr("renewalsHint", { start: data.renewalStart ?? "" });
  byId("renewals-list").replaceChildren(...renewals.map((s) => card(s, data!.today, view.stale, true)));
  byId("list").replaceChildren(...list.filter((s) => !renewing.has(s.name)).map((s) => card(s, data!.today, view.stale)));
  byId("empty").hidden = list.length > 0;
}

/** Why a chosen head has, or has not, the head's rights (the email was not there to say so). */
function identityNote(d: FollowUpsData): string {
  if (!d.me || d.me.byEmail || d.settingsEdit === null) return "";
  return tr(d.settingsEdit === "editor" ? "headBySettings" : d.settingsEdit === "notEditor" ? "headNotEditor" : "headOpen");
}

function renderMe(d: FollowUpsData): void {
  const me = d.me;
  byId("who").hidden = !!me;
  byId("main").hidden = !me;
  byId("who-hint").textContent = tr(d.emailHidden ? "whoHintHidden" : "whoHint");
  const note = identityNote(d);
  byId("identity-note").textContent = note;
  byId("identity-note").hidden = note === "";
  if (!me) {
    const pick = byId<HTMLSelectElement>("who-name");
    pick.replaceChildren(el("option", { value: "", text: tr("whoPick") }), ...d.members.map((m) => el("option", { value: m, text: m })));
    return;
  }
  byId("me-text").textContent = tr(me.head ? "meHead" : "me", { name: me.name });
  byId("change-me").hidden = me.byEmail;
  byId("owner-filter-box").hidden = !me.head;
  byId("show-all-row").hidden = me.head;
  const owners = [...new Set(d.sponsors.map((s) => s.owner).filter((o) => o !== ""))];
  const filter = byId<HTMLSelectElement>("owner-filter");
  const keep = filter.value;
  filter.replaceChildren(el("option", { value: "", text: tr("everyone") }), ...owners.map((o) => el("option", { value: o, text: o })));
  filter.value = owners.includes(keep) ? keep : "";
  render();
}

function take(r: FollowUpsData | Failure, errorBox: string): void {
  if (!r.ok) return say(errorBox, r.error, "error");
  data = r;
  lang = r.lang;
  applyLabels(document, L, lang);
  byId("channel-list").replaceChildren(...CHANNELS[lang].map((c) => el("option", { value: c })));
  renderMe(r);
}

async function load(): Promise<void> {
  applyLabels(document, L, lang);
  await loadPage(
    () => server.sidebarFollowUpsData(),
    (r) => {
      take(r, "load-error");
    },
    unexpected,
  );
}

function openForm(s: FollowUpSponsor): void {
  open = s;
  form.reset();
  input("date").value = data!.today;
  byId("contact-legend").textContent = tr("logFor", { name: s.name });
  byId<HTMLSelectElement>("stage").replaceChildren(
    el("option", { value: "", text: tr("unchanged", { stage: stageText(s.stage) }) }),
    ...STAGE_VALUES.filter((v) => v !== s.stage).map((v) => el("option", { value: v, text: tr(`stage_${v}`) })),
  );
  byId("next-hint").textContent = s.nextFollowUp ? tr("nextHint", { date: s.nextFollowUp }) : "";
  byId("clear-next-row").hidden = !s.nextFollowUp;
  showFieldErrors(FIELDS, {});
  say("contact-result", "", "error");
  form.hidden = false;
  render();
  input("channel").focus();
}

function closeForm(): void {
  open = null;
  form.hidden = true;
  document.querySelector("main")!.append(form);
}

function logButton(name: string): HTMLButtonElement | undefined {
  return (
    Array.from(document.querySelectorAll<HTMLLIElement>("#renewals-list li.card, #list li.card"))
      .find((li) => li.dataset.name === name)
      ?.querySelector<HTMLButtonElement>("button.log") ?? undefined
  );
}

function readForm(s: FollowUpSponsor): ContactForm {
  return {
    sponsor: s.name,
    date: input("date").value,
    channel: input("channel").value,
    note: byId<HTMLTextAreaElement>("note").value,
    stage: byId<HTMLSelectElement>("stage").value as Stage | "",
    next: input("next").value,
    clearNext: input("clearNext").checked && !byId("clear-next-row").hidden,
  };
}

async function save(): Promise<void> {
  const s = open;
  if (!s || !data) return;
  const f = readForm(s);
  // The form holds typed text, never a Date cell, so no time zone is involved in reading it.
  const { entry, errors } = checkContact(f, "UTC", data?.today);
  const local = renderFields(errors, lang);
  showFieldErrors(FIELDS, local);
  if (!entry) return say("contact-result", renderMsg({ key: "fixFields", params: { n: Object.keys(local).length } }, lang), "error");
  say("contact-result", "", "error");
  await guard(async () => {
    try {
      const r = await server.saveContact(f);
      if (!r.ok) {
        showFieldErrors(FIELDS, r.fields ?? {});
        return say("contact-result", r.error, "error");
      }
      if (!s.lastContact || entry.date > s.lastContact) s.lastContact = entry.date;
      if (entry.stage) s.stage = entry.stage;
      if (entry.next !== undefined) s.nextFollowUp = entry.next;
      closeForm();
      render();
      say("result", tr("saved", { name: s.name, sheet: r.sheet, row: r.row }), "ok");
    } catch (e) {
      say("contact-result", unexpected(e), "error");
    }
  });
  if (!open) logButton(s.name)?.focus();
}

function onLogClick(e: Event): void {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button.log");
  const name = button?.closest<HTMLLIElement>("li.card")?.dataset.name;
  const s = data?.sponsors.find((x) => x.name === name);
  if (!s || document.body.hasAttribute("aria-busy")) return;
  if (open === s) {
    closeForm();
    render();
    return logButton(s.name)?.focus();
  }
  openForm(s);
}
// The 续约 group's cards log contacts like the others.
byId("list").addEventListener("click", onLogClick);
byId("renewals-list").addEventListener("click", onLogClick);
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void save();
});
byId("cancel").addEventListener("click", () => {
  if (document.body.hasAttribute("aria-busy")) return;
  const name = open?.name;
  closeForm();
  render();
  if (name) logButton(name)?.focus();
});
input("next").addEventListener("input", () => {
  if (input("next").value) input("clearNext").checked = false;
});
input("clearNext").addEventListener("change", () => {
  if (input("clearNext").checked) input("next").value = "";
});
for (const id of ["owner-filter", "show-all", "show-declined", "only-stale"]) byId(id).addEventListener("change", () => render());
byId("change-me").addEventListener("click", () => {
  if (!data) return;
  renderMe({ ...data, me: null });
  byId<HTMLSelectElement>("who-name").value = data.me?.name ?? "";
  byId("who-name").focus();
});
byId("who-save").addEventListener("click", async () => {
  const name = byId<HTMLSelectElement>("who-name").value;
  byId("who-error").hidden = true;
  if (!name) return say("who-error", renderMsg({ key: "chooseMember" }, lang), "error");
  try {
    take(await server.setFollowUpsMember({ name }), "who-error");
  } catch (e) {
    say("who-error", unexpected(e), "error");
  }
});

void load();
