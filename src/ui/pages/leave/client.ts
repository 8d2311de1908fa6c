/**
 * 请假 page: the member picks a coming meeting (one of the grid's, or a date they type, since the
 * next meetings are often not in the grid yet), gives a reason, and sees their own requests with
 * the head's decision. The form is checked here with the server's own rules before it is sent.
 */
import type { LeaveData } from "../../../app/request-leave";
import { checkLeave, type LeaveField, type LeaveForm, type LeaveView } from "../../../contracts/leave-entry";
import { renderFields, renderMsg } from "../../../contracts/messages";
import type { Lang, Params } from "../../../domain/text";
import { busyGuard, byId, el, say, showFieldErrors } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { type Failure, loadPage, server } from "../lib/server";
import { L } from "./labels";

const FIELDS: LeaveField[] = ["meeting", "reason"];
/** The meeting list's last option: a date typed in the field below it. */
const OTHER = "other";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

let lang: Lang = browserLang();
let data: LeaveData | null = null;

const tr = (key: string, params?: Params) => word(L, key, lang, params);
const select = byId<HTMLSelectElement>("meeting");
const other = byId<HTMLInputElement>("meeting-date");
const reason = byId<HTMLTextAreaElement>("reason");
const guard = busyGuard(byId<HTMLButtonElement>("save"), byId<HTMLFieldSetElement>("request-fields"), () => tr("saving"));
const unexpected = (e: unknown) => unexpectedText(e, lang);

/** "2026-12-02 周三": members think of meetings by their weekday. */
function dayText(date: string): string {
  return DAY.test(date) ? `${date} ${tr(`day${new Date(`${date}T00:00:00Z`).getUTCDay()}`)}` : date;
}

/** The user's requests still standing (waiting or approved): asking again for those meetings is refused. */
function standing(d: LeaveData): LeaveView[] {
  return [...d.upcoming, ...d.recent].filter((l) => l.status !== "rejected");
}

function meetingValue(): string {
  return select.value === OTHER ? other.value : select.value;
}

function renderHint(): void {
  if (!data) return;
  byId("other-box").hidden = select.value !== OTHER;
  const date = meetingValue();
  const start = data.meetings.find((m) => m.date === date)?.start ?? data.start;
  byId("meeting-hint").textContent = !DAY.test(date) ? "" : date < data.today ? tr("startsPast") : tr("starts", { start });
}

function renderMeetings(d: LeaveData): void {
  const asked = new Set(standing(d).map((l) => l.meeting));
  const keep = select.value;
  select.replaceChildren(
    ...(d.meetings.length > 0 ? [el("option", { value: "", text: tr("pickMeeting") })] : []),
    ...d.meetings.map((m) => el("option", { value: m.date, text: asked.has(m.date) ? tr("asked", { date: dayText(m.date) }) : dayText(m.date) })),
    el("option", { value: OTHER, text: tr("otherOption") }),
  );
  const next = d.meetings.find((m) => !asked.has(m.date))?.date;
  const values = Array.from(select.options).map((o) => o.value);
  select.value = keep && values.includes(keep) ? keep : (next ?? (d.meetings.length > 0 ? "" : OTHER));
  renderHint();
}

function card(l: LeaveView): HTMLLIElement {
  const badges = el("span", { class: "badges" });
  if (l.late) badges.append(el("span", { class: "badge late", text: tr("late") }));
  badges.append(el("span", { class: `badge ${l.status}`, text: tr(`status_${l.status}`) }));
  const dl = el("dl", {}, el("dt", { text: tr("submittedAt") }), el("dd", { text: l.submittedAt ?? tr("none") }));
  if (l.status !== "pending" || l.decidedBy) {
    dl.append(el("dt", { text: tr("decided") }), el("dd", { text: [l.decidedBy, l.decidedAt ?? ""].filter((x) => x !== "").join(" ") || tr("none") }));
  }
  if (l.note) dl.append(el("dt", { text: tr("note") }), el("dd", { text: l.note }));
  return el(
    "li",
    { class: `card ${l.status}` },
    el("h4", {}, el("span", { text: dayText(l.meeting) }), badges),
    el("p", { class: "reason", text: l.reason }),
    dl,
  );
}

function renderMine(d: LeaveData): void {
  for (const part of ["upcoming", "recent"] as const) {
    byId(part).replaceChildren(...d[part].map(card));
    byId(`${part}-title`).hidden = d[part].length === 0;
  }
  byId("mine-empty").hidden = d.upcoming.length + d.recent.length > 0;
}

function renderMe(d: LeaveData): void {
  const me = d.me;
  byId("who").hidden = !!me;
  byId("main").hidden = !me;
  byId("who-hint").textContent = tr(d.emailHidden ? "whoHintHidden" : "whoHint");
  if (!me) {
    const pick = byId<HTMLSelectElement>("who-name");
    pick.replaceChildren(el("option", { value: "", text: tr("whoPick") }), ...d.members.map((m) => el("option", { value: m, text: m })));
    return;
  }
  byId("me-text").textContent = tr("me", { name: me.name });
  byId("change-me").hidden = me.byEmail;
  renderMeetings(d);
  renderMine(d);
}

function take(r: LeaveData | Failure, errorBox: string): void {
  if (!r.ok) return say(errorBox, r.error, "error");
  data = r;
  lang = r.lang;
  applyLabels(document, L, lang);
  renderMe(r);
}

async function load(): Promise<void> {
  applyLabels(document, L, lang);
  await loadPage(
    () => server.sidebarLeaveData(),
    (r) => {
      take(r, "load-error");
    },
    unexpected,
  );
}

/** The field in error: the typed date when "another date" is chosen. */
function showErrors(errors: Record<string, string>): void {
  showFieldErrors(FIELDS, errors);
  if (errors.meeting && select.value === OTHER) other.focus();
}

function remember(d: LeaveData, l: LeaveView): void {
  if (l.meeting >= d.today) d.upcoming = [...d.upcoming, l].sort((a, b) => a.meeting.localeCompare(b.meeting));
  else d.recent = [l, ...d.recent].sort((a, b) => b.meeting.localeCompare(a.meeting));
}

async function save(): Promise<void> {
  const d = data;
  if (!d?.me) return;
  const f: LeaveForm = { meeting: meetingValue(), reason: reason.value };
  const { entry, errors } = checkLeave(f, d.today, standing(d));
  const local = renderFields(errors, lang);
  showErrors(local);
  if (!entry) return say("result", renderMsg({ key: "fixFields", params: { n: Object.keys(local).length } }, lang), "error");
  say("result", "", "ok");
  await guard(async () => {
    try {
      const r = await server.saveLeaveRequest(f);
      if (!r.ok) {
        showErrors(r.fields ?? {});
        return say("result", r.error, "error");
      }
      remember(d, r.request);
      reason.value = "";
      select.value = "";
      renderMeetings(d);
      renderMine(d);
      const params = { date: dayText(r.request.meeting), sheet: r.sheet, row: r.row, start: r.start };
      say("result", tr(r.request.late ? "savedLate" : "saved", params), r.request.late ? "info" : "ok");
    } catch (e) {
      say("result", unexpected(e), "error");
    }
  });
  // The fields were disabled while saving, which drops the focus: it goes to what the save said.
  if (!byId("result").hidden && !document.querySelector("[aria-invalid=true]")) byId("result").focus();
}

byId<HTMLFormElement>("request").addEventListener("submit", (e) => {
  e.preventDefault();
  void save();
});
select.addEventListener("change", () => {
  renderHint();
  if (select.value === OTHER) other.focus();
});
other.addEventListener("input", () => renderHint());
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
    take(await server.setLeaveMember({ name }), "who-error");
    if (data?.me) select.focus();
  } catch (e) {
    say("who-error", unexpected(e), "error");
  }
});

void load();
