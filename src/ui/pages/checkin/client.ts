/**
 * 例会签到 page: one tap per member, grouped by 小组. What the grid already holds for the meeting is
 * shown; replacing an entry someone else made is only done after the user has seen it and agreed.
 * A member's leave for the meeting is shown by the name: approved leave pre-fills 请假, and leave
 * pending or refused pre-fills 未批假 (it counts as absence) unless the member came.
 */

import type { CheckInData } from "../../../app/check-in";
import { renderMsg } from "../../../contracts/messages";
import { parseStatus, STATUSES, type Status } from "../../../domain/attendance";
import { type Lang, LIST, type Params, t } from "../../../domain/text";
import { busyGuard, byId, el, say, setFieldError } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { loadPage, server } from "../lib/server";
import { L } from "./labels";

// The server's answer, typed once where it is made.
type Data = CheckInData;
interface Conflict {
  name: string;
  current: string;
  status: Status;
}

let lang: Lang = browserLang();
let data: Data | null = null;
/** What the grid holds, read as one status (null: blank, unreadable or a combined code). */
let initial = new Map<string, Status | null>();
/** What the 请假 tab suggests for members the grid has nothing for: 请假, or 未批假 when not approved. */
let suggested = new Map<string, Status>();
/** The user's taps, kept across a change of date so nothing tapped is lost. */
const chosen = new Map<string, Status>();
let pending: Conflict[] = [];

const tr = (key: string, params?: Params) => word(L, key, lang, params);
const form = byId<HTMLFormElement>("form");
const dateInput = byId<HTMLInputElement>("date");
const guard = busyGuard(byId<HTMLButtonElement>("save"), byId<HTMLFieldSetElement>("fields"), () => tr("saving"));

function single(current: string): Status | null {
  const r = parseStatus(current);
  return r.ok && r.value.length === 1 ? r.value[0] : null;
}

function statusOf(name: string): Status | null {
  return chosen.get(name) ?? initial.get(name) ?? suggested.get(name) ?? null;
}

function suggestions(d: Data): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const m of d.members) {
    if (m.current !== "" || !m.leave) continue;
    out.set(m.name, m.leave.status === "approved" ? "excused" : "unapproved");
  }
  return out;
}

function leaveNote(leave: NonNullable<Data["members"][number]["leave"]>): string {
  const state = tr(`leave_${leave.status}`);
  return leave.reason ? tr("leaveReason", { state, reason: leave.reason }) : state;
}

function renderMembers(d: Data): void {
  const groups = new Map<string, Data["members"]>();
  for (const m of d.members) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  let i = 0;
  byId("groups").replaceChildren(
    ...[...groups].map(([group, members]) =>
      el(
        "section",
        { class: "team" },
        el("h2", { text: group || tr("ungrouped") }),
        ...members.map((m) => {
          const n = i++;
          const current = statusOf(m.name);
          const legend = el("legend", {}, el("span", { text: m.name }));
          if (m.current !== "") legend.append(el("span", { class: "entered", text: tr("entered", { value: m.current }) }));
          const note = m.leave ? el("p", { class: `leave ${m.leave.status}`, text: leaveNote(m.leave) }) : null;
          const seg = el("div", { class: "seg" });
          for (const s of STATUSES) {
            const id = `r-${n}-${s}`;
            seg.append(
              el("input", { type: "radio", id, name: `m-${n}`, value: s, "data-name": m.name, checked: current === s }),
              el("label", { for: id, title: tr(`f_${s}`), text: tr(`s_${s}`), "aria-label": tr(`f_${s}`) }),
            );
          }
          const box = el("fieldset", { class: "member", "data-name": m.name }, legend, ...(note ? [note] : []), seg);
          box.classList.toggle("changed", current !== null && current !== (initial.get(m.name) ?? null));
          return box;
        }),
      ),
    ),
  );
}

function renderCounts(): void {
  if (!data) return;
  const counts = new Map<Status | null, number>();
  for (const m of data.members) counts.set(statusOf(m.name), (counts.get(statusOf(m.name)) ?? 0) + 1);
  const parts = STATUSES.filter((s) => counts.get(s)).map((s) => `${tr(`s_${s}`)} ${counts.get(s)}`);
  if (counts.get(null)) parts.push(`${tr("unset")} ${counts.get(null)}`);
  byId("counts").textContent = parts.join(" · ");
}

function render(): void {
  if (!data) return;
  byId("column-note").textContent = data.column ? tr("columnExists", { column: data.column }) : tr("columnNew");
  renderMembers(data);
  renderCounts();
}

async function load(date?: string): Promise<void> {
  setFieldError("date", undefined);
  // Busy while the meeting's data is on its way, so nothing is tapped against the previous meeting.
  document.body.setAttribute("aria-busy", "true");
  try {
    await loadPage(
      () => server.sidebarCheckInData(date ? { date } : {}),
      (r) => {
        data = r;
        lang = r.lang;
        initial = new Map(r.members.map((m) => [m.name, single(m.current)]));
        suggested = suggestions(r);
        applyLabels(document, L, lang);
        dateInput.value = r.date;
        form.hidden = false;
        render();
      },
      (e) => unexpectedText(e, lang),
      // Another meeting's date the server cannot use: said at the date field, the meeting shown stays.
      (r) => {
        if (!r.fields?.date || !data) return false;
        setFieldError("date", r.fields.date);
        return true;
      },
    );
  } finally {
    document.body.removeAttribute("aria-busy");
  }
}

/** The taps (and leave suggestions) that would change the grid; an unchanged pre-filled status is not sent again. */
function marks(skip: readonly string[] = []): { name: string; status: Status }[] {
  if (!data) return [];
  return data.members
    .filter((m) => statusOf(m.name) !== null && statusOf(m.name) !== (initial.get(m.name) ?? null) && !skip.includes(m.name))
    .map((m) => ({ name: m.name, status: statusOf(m.name)! }));
}

function showConflicts(list: Conflict[]): void {
  pending = list;
  byId("conflict-list").replaceChildren(
    ...list.map((c) => el("li", { text: tr("conflictLine", { name: c.name, current: c.current, status: tr(`f_${c.status}`) }) })),
  );
  byId("conflicts").hidden = false;
  byId("replace").focus();
}

async function send(toSend: { name: string; status: Status }[], confirmed: { name: string; current: string }[]): Promise<void> {
  byId("conflicts").hidden = true;
  if (toSend.length === 0) return say("result", tr("nothingChanged"), "info");
  say("result", "", "info");
  await guard(async () => {
    try {
      const r = await server.saveCheckIn({ date: dateInput.value, marks: toSend, confirmed });
      if (!r.ok) {
        if ("conflicts" in r) return showConflicts(r.conflicts);
        if (r.fields?.date) setFieldError("date", r.fields.date);
        return say("result", r.error, "error");
      }
      // Taps that matched the grid were not sent; none of them may carry over to another meeting.
      chosen.clear();
      await load(dateInput.value);
      const parts = [tr("saved", { n: r.written, sheet: r.sheet, column: r.column })];
      if (r.created) parts.push(tr("created"));
      if (r.added.length) parts.push(tr("added", { names: r.added.join(t(LIST, lang)) }));
      say("result", parts.join(" "), "ok");
    } catch (e) {
      say("result", unexpectedText(e, lang), "error");
    }
  });
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (!dateInput.value) {
    setFieldError("date", renderMsg({ key: "fieldRequired", params: { zh: "例会日期", en: "Meeting date" } }, lang));
    return dateInput.focus();
  }
  if (data?.members.every((m) => statusOf(m.name) === null)) return say("result", renderMsg({ key: "nothingToSave" }, lang), "error");
  void send(marks(), []);
});
byId("groups").addEventListener("change", (e) => {
  const input = e.target as HTMLInputElement;
  if (input.type !== "radio") return;
  chosen.set(input.dataset.name!, input.value as Status);
  input.closest("fieldset")?.classList.toggle("changed", input.value !== (initial.get(input.dataset.name!) ?? null));
  renderCounts();
});
dateInput.addEventListener("change", () => {
  // A tap that only repeated what the old meeting already held is not a choice for the new one.
  for (const [name, status] of chosen) if (initial.get(name) === status) chosen.delete(name);
  if (dateInput.value) void load(dateInput.value);
});
byId("rest-present").addEventListener("click", () => {
  if (!data) return;
  for (const m of data.members) if (statusOf(m.name) === null) chosen.set(m.name, "present");
  render();
});
byId("reload").addEventListener("click", () => {
  chosen.clear();
  render();
});
byId("replace").addEventListener(
  "click",
  () =>
    void send(
      marks(),
      pending.map((c) => ({ name: c.name, current: c.current })),
    ),
);
byId("keep").addEventListener("click", () => {
  for (const c of pending) chosen.delete(c.name);
  render();
  void send(marks(), []);
});
byId("cancel").addEventListener("click", () => {
  byId("conflicts").hidden = true;
  byId("save").focus();
});

applyLabels(document, L, lang);
void load();
