/**
 * 审批 page, the head's: waiting leave requests, the oldest first, each approved or rejected with a
 * note; a late one (made after its meeting started) is approved only with a reason, checked here
 * with the server's own rule. The decisions of the last 30 days are listed, collapsed.
 */
import type { ApprovalsData } from "../../../app/approve-leave";
import { checkDecision, type Decision, type LeaveView } from "../../../contracts/leave-entry";
import { renderFields, renderMsg } from "../../../contracts/messages";
import type { Lang, Params } from "../../../domain/text";
import { busyGuard, byId, el, say, showFieldErrors } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { type Failure, loadPage, server } from "../lib/server";
import { L } from "./labels";

let lang: Lang = browserLang();
let data: ApprovalsData | null = null;
/** The request whose decision form is open. */
let open: LeaveView | null = null;

const tr = (key: string, params?: Params) => word(L, key, lang, params);
const form = byId<HTMLFormElement>("decide");
const note = byId<HTMLTextAreaElement>("note");
const fields = byId<HTMLFieldSetElement>("decide-fields");
const guards: Record<Decision, ReturnType<typeof busyGuard>> = {
  approved: busyGuard(byId<HTMLButtonElement>("approve"), fields, () => tr("saving")),
  rejected: busyGuard(byId<HTMLButtonElement>("reject"), fields, () => tr("saving")),
};
const unexpected = (e: unknown) => unexpectedText(e, lang);
const busy = () => document.body.hasAttribute("aria-busy");

function dayText(date: string): string {
  return `${date} ${tr(`day${new Date(`${date}T00:00:00Z`).getUTCDay()}`)}`;
}

function waitingCard(l: LeaveView, i: number): HTMLLIElement {
  const li = el(
    "li",
    { class: `card${l.late ? " late" : ""}`, "data-i": String(i) },
    el("h3", {}, el("span", { text: l.name }), l.late ? el("span", { class: "badge late", text: tr("late") }) : ""),
    el("p", { class: "sub", text: tr("meetingLine", { date: dayText(l.meeting) }) }),
    el("p", { class: "reason", text: l.reason }),
    el("p", { class: "sub", text: l.submittedAt ? tr("submittedAt", { at: l.submittedAt }) : tr("noTime") }),
    el("button", {
      type: "button",
      class: "decide",
      "aria-expanded": open === l ? "true" : "false",
      "aria-label": tr("decideFor", { name: l.name, date: l.meeting }),
      text: tr("decide"),
    }),
  );
  if (open === l) li.append(form);
  return li;
}

function decidedCard(l: LeaveView): HTMLLIElement {
  const li = el(
    "li",
    { class: `card ${l.status}` },
    el("h3", {}, el("span", { text: l.name }), el("span", { class: `badge ${l.status}`, text: tr(`status_${l.status}`) })),
    el("p", { class: "sub", text: tr("meetingLine", { date: dayText(l.meeting) }) }),
    el("p", { class: "reason", text: l.reason }),
    el("p", { class: "sub", text: tr("decidedLine", { status: tr(`status_${l.status}`), by: l.decidedBy || tr("someone"), at: l.decidedAt ?? "" }) }),
  );
  if (l.note) li.append(el("p", { class: "sub", text: tr("noteLine", { note: l.note }) }));
  return li;
}

function render(): void {
  const d = data;
  if (!d?.me) return;
  byId("waiting-title").textContent = tr("waitingTitle", { n: d.waiting.length });
  // The open form is moved, not rebuilt, so what the head typed survives a re-render.
  if (open && !d.waiting.includes(open)) closeForm();
  byId("waiting").replaceChildren(...d.waiting.map(waitingCard));
  byId("empty").hidden = d.waiting.length > 0;
  byId("decided-summary").textContent = tr("decidedSummary", { n: d.decided.length });
  byId("decided").replaceChildren(...d.decided.map(decidedCard));
  byId("decided-empty").hidden = d.decided.length > 0;
}

function take(r: ApprovalsData | Failure, errorBox: string): void {
  if (!r.ok) return say(errorBox, r.error, "error");
  data = r;
  lang = r.lang;
  applyLabels(document, L, lang);
  byId("who").hidden = !!r.me;
  byId("main").hidden = !r.me;
  byId("who-hint").textContent = tr(r.emailHidden ? "whoHintHidden" : "whoHint");
  if (!r.me) {
    const pick = byId<HTMLSelectElement>("who-name");
    pick.replaceChildren(el("option", { value: "", text: tr("whoPick") }), ...r.members.map((m) => el("option", { value: m, text: m })));
    return;
  }
  byId("me-text").textContent = tr("me", { name: r.me.name });
  render();
}

async function load(): Promise<void> {
  applyLabels(document, L, lang);
  await loadPage(
    () => server.sidebarApprovalsData(),
    (r) => {
      take(r, "load-error");
    },
    unexpected,
  );
}

function decideButton(l: LeaveView): HTMLButtonElement | null {
  const i = data?.waiting.indexOf(l) ?? -1;
  return document.querySelector<HTMLButtonElement>(`#waiting li[data-i="${i}"] button.decide`);
}

function openForm(l: LeaveView): void {
  open = l;
  form.reset();
  byId("decide-legend").textContent = tr("decideFor", { name: l.name, date: l.meeting });
  byId("late-hint").textContent = l.late ? tr("lateHint") : "";
  byId("late-hint").hidden = !l.late;
  showFieldErrors(["note"], {});
  say("decide-result", "", "error");
  form.hidden = false;
  render();
  note.focus();
}

function closeForm(): void {
  open = null;
  form.hidden = true;
  document.querySelector("main")!.append(form);
}

async function decide(decision: Decision): Promise<void> {
  const l = open;
  const d = data;
  if (!l || !d || busy()) return;
  const f = { key: l.key, decision, note: note.value };
  const { errors } = checkDecision(f, l.late);
  const local = renderFields(errors, lang);
  showFieldErrors(["note"], local);
  if (errors.note) return say("decide-result", renderMsg({ key: "fixFields", params: { n: 1 } }, lang), "error");
  say("decide-result", "", "error");
  let done = false;
  await guards[decision](async () => {
    try {
      const r = await server.decideLeave(f);
      if (!r.ok && "stale" in r) {
        // Deleted, changed or decided by someone else meanwhile: the list is read again.
        closeForm();
        take(await server.sidebarApprovalsData(), "result");
        if (data?.me) say("result", r.error, "error");
        done = true;
        return;
      }
      if (!r.ok) {
        showFieldErrors(["note"], r.fields ?? {});
        return say("decide-result", r.error, "error");
      }
      d.waiting = d.waiting.filter((x) => x !== l);
      d.decided = [r.request, ...d.decided];
      closeForm();
      render();
      const said = r.override ? "overridden" : r.status === "approved" ? "approved" : "rejected";
      say("result", tr(said, { name: l.name, date: l.meeting, sheet: r.sheet, row: r.row }), "ok");
      done = true;
    } catch (e) {
      say("decide-result", unexpected(e), "error");
    }
  });
  if (done) byId("result").focus();
}

byId("waiting").addEventListener("click", (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>("button.decide");
  const i = Number(button?.closest<HTMLLIElement>("li.card")?.dataset.i ?? -1);
  const l = data?.waiting[i];
  if (!button || !l || busy()) return;
  if (open === l) {
    closeForm();
    render();
    return decideButton(l)?.focus();
  }
  openForm(l);
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void decide("approved");
});
byId("reject").addEventListener("click", () => void decide("rejected"));
function cancel(): void {
  const l = open;
  if (!l || busy()) return;
  closeForm();
  render();
  decideButton(l)?.focus();
}
byId("cancel").addEventListener("click", cancel);
form.addEventListener("keydown", (e) => {
  if (e.key === "Escape") cancel();
});
byId("who-save").addEventListener("click", async () => {
  const name = byId<HTMLSelectElement>("who-name").value;
  byId("who-error").hidden = true;
  if (!name) return say("who-error", renderMsg({ key: "chooseMember" }, lang), "error");
  try {
    take(await server.setApprovalsMember({ name }), "who-error");
  } catch (e) {
    say("who-error", unexpected(e), "error");
  }
});

void load();
