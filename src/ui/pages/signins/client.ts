/**
 * 导入签到 page: a sign-in export (a tab of this spreadsheet, or an .xlsx / .csv read here in the
 * browser) previewed against one meeting, then written to 考勤 only once the user confirms what
 * they saw. Changing anything withdraws the preview; an entry someone made is replaced only after
 * the user has agreed to that entry, as in 例会签到.
 */

import type { SigninData, SigninPreviewData } from "../../../app/import-signins";
import { STATUSES, type Status } from "../../../domain/attendance";
import type { SigninColumns, SigninRole } from "../../../domain/signin";
import { clockText, columnText, previewProblems, statusText, timesText, unsureText } from "../../../domain/signin-text";
import { type Lang, LIST, type Params, t } from "../../../domain/text";
import { busyGuard, byId, el, say, setFieldError } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { loadPage, server } from "../lib/server";
import { L } from "./labels";
import { FileRefused, readExportFile } from "./read-file";

interface PreviewRequest {
  source: { tab: string } | { rows: string[][] };
  meeting: string;
  absentRest: boolean;
  columns?: SigninColumns;
}
interface Conflict {
  name: string;
  current: string;
  status: Status[];
}

const ROLES: readonly SigninRole[] = ["name", "time", "kind", "signOut"];
const OTHER = "other";
/** Lines of "please check" shown at most: an export of thousands of other-day rows stays readable. */
const NOTES_SHOWN = 200;

let lang: Lang = browserLang();
let data: SigninData | null = null;
let file: { rows: string[][] } | null = null;
/** Columns the user picked; null: the add-on's own guess. */
let picked: SigninColumns | null = null;
/** The preview on screen and the request it answered: confirming sends exactly that request. */
let shown: { request: PreviewRequest; preview: SigninPreviewData } | null = null;
let pending: Conflict[] = [];

const tr = (key: string, params?: Params) => word(L, key, lang, params);
const form = byId<HTMLFormElement>("form");
const fields = byId<HTMLFieldSetElement>("fields");
const tabSelect = byId<HTMLSelectElement>("tab");
const fileInput = byId<HTMLInputElement>("file");
const pick = byId<HTMLSelectElement>("meeting-pick");
const meetingInput = byId<HTMLInputElement>("meeting");
const absentRest = byId<HTMLInputElement>("absent-rest");
const columnSelect = (role: SigninRole) => byId<HTMLSelectElement>(`col-${role}`);
const previewGuard = busyGuard(byId<HTMLButtonElement>("preview"), fields, () => tr("previewing"));
const saveGuard = busyGuard(byId<HTMLButtonElement>("confirm"), fields, () => tr("saving"));

const fromFile = () => byId<HTMLInputElement>("source-file").checked;
const meeting = () => (pick.value === OTHER ? meetingInput.value : pick.value);

function fillMeetings(d: SigninData, keep?: string): void {
  const wanted = keep ?? d.today;
  pick.replaceChildren(
    ...d.meetings.map((m) => el("option", { value: m.date, text: tr("meetingOption", { date: m.date, column: m.column }) })),
    el("option", { value: OTHER, text: tr("otherDate") }),
  );
  const inGrid = d.meetings.some((m) => m.date === wanted);
  pick.value = inGrid ? wanted : OTHER;
  meetingInput.value = inGrid ? "" : wanted;
  meetingInput.hidden = inGrid;
}

async function load(): Promise<void> {
  await loadPage(
    () => server.sidebarSigninData(),
    (r) => {
      data = r;
      lang = r.lang;
      applyLabels(document, L, lang);
      tabSelect.replaceChildren(...r.tabs.map((name) => el("option", { value: name, text: name })));
      // An export imported with File → Import lands at the end of the tabs.
      if (r.tabs.length) tabSelect.value = r.tabs[r.tabs.length - 1];
      tabSelect.disabled = r.tabs.length === 0;
      byId("no-tabs").hidden = r.tabs.length > 0;
      if (r.tabs.length === 0) byId<HTMLInputElement>("source-file").checked = true;
      fillMeetings(r);
      form.hidden = false;
    },
    (e) => unexpectedText(e, lang),
  );
}

/** The preview on screen no longer answers what the form says: it cannot be confirmed. */
function withdraw(): void {
  shown = null;
  byId("review").hidden = true;
  byId("conflicts").hidden = true;
  say("result", "", "info");
}

function forgetColumns(): void {
  picked = null;
  byId("columns-box").hidden = true;
}

function request(): PreviewRequest | null {
  setFieldError("file", undefined);
  setFieldError("meeting", undefined);
  let source: PreviewRequest["source"];
  if (fromFile()) {
    if (!file) {
      setFieldError("file", tr("noFile"));
      fileInput.focus();
      return null;
    }
    source = { rows: file.rows };
  } else {
    if (!tabSelect.value) {
      say("result", tr("noTab"), "error");
      return null;
    }
    source = { tab: tabSelect.value };
  }
  if (!meeting()) {
    setFieldError("meeting", tr("meetingDate"));
    meetingInput.focus();
    return null;
  }
  return { source, meeting: meeting(), absentRest: absentRest.checked, ...(picked ? { columns: picked } : {}) };
}

async function runPreview(req: PreviewRequest): Promise<void> {
  withdraw();
  let focus: HTMLElement | null = null;
  await previewGuard(async () => {
    try {
      const r = await server.previewSignins(req);
      if (!r.ok) {
        if (r.fields?.meeting) setFieldError("meeting", r.fields.meeting);
        return say("result", r.error, "error");
      }
      lang = r.lang;
      shown = { request: req, preview: r };
      focus = renderPreview(r);
    } catch (e) {
      say("result", unexpectedText(e, lang), "error");
    }
  });
  // Once the fields are enabled again: a disabled control cannot take the focus.
  (focus as HTMLElement | null)?.focus();
}

function renderColumns(p: SigninPreviewData): void {
  for (const role of ROLES) {
    const select = columnSelect(role);
    const optional = role === "kind" || role === "signOut";
    // While a role is unsure the user picks it; the others keep the add-on's best guess.
    const unsureRole = (p.guess.unsure as readonly string[]).includes(role);
    const current = p.columns ? p.columns[role] : unsureRole ? null : (p.guess.candidates[role][0]?.index ?? null);
    const first = el("option", { value: "", text: tr(optional ? "noneColumn" : "chooseColumn") });
    const options = p.headers.map((header, index) => el("option", { value: String(index), text: columnText({ index, header }, lang) }));
    select.replaceChildren(first, ...options);
    select.value = current === null ? "" : String(current);
  }
  const unsure = p.picked ? [] : unsureText(p.guess, lang);
  const box = byId<HTMLDetailsElement>("columns-box");
  box.hidden = false;
  box.open = unsure.length > 0 || box.open;
  byId("unsure").textContent = unsure.join("\n");
  byId("unsure").hidden = unsure.length === 0;
}

function renderDays(p: SigninPreviewData): void {
  const others = p.days.filter((d) => d.date !== p.meeting);
  const none = !p.days.some((d) => d.date === p.meeting) && others.length > 0;
  byId("days").hidden = !none;
  if (!none) return;
  const days = others.map((d) => tr("dayCount", d)).join(t(LIST, lang));
  byId("days-text").textContent = tr("days", { date: p.meeting, days });
  const button = byId("use-day");
  button.textContent = tr("useDay", { date: others[0].date });
  button.dataset.date = others[0].date;
}

function renderMarks(p: NonNullable<SigninPreviewData["preview"]>, meeting: string): void {
  const counts = new Map<string, { n: number; rank: number }>();
  for (const m of p.marks) {
    const label = statusText(m.status, lang);
    // In the order of the statuses (出席, 迟到, 迟到+早退, 早退, 请假…), whatever the members' order.
    counts.set(label, { n: (counts.get(label)?.n ?? 0) + 1, rank: STATUSES.indexOf(m.status[0]) + (m.status.length - 1) / 2 });
  }
  const parts = [...counts].sort((a, b) => a[1].rank - b[1].rank).map(([label, c]) => `${label} ${c.n}`);
  const notCounted = p.unmatched.length + p.ignored.length;
  if (p.blank.length) parts.push(`${tr("blank")} ${p.blank.length}`);
  if (notCounted) parts.push(tr("notCounted", { n: notCounted }));
  if (p.repeats) parts.push(tr("repeats", { n: p.repeats }));
  byId("summary").textContent = parts.join(" · ");
  byId("marks").replaceChildren(
    ...p.marks.map((m) => {
      const more: string[] = [];
      const times = timesText(m, lang);
      if (times) more.push(times);
      if (m.rows.length) more.push(tr("exportRows", { rows: m.rows.join(", "), n: m.rows.length }));
      const li = el(
        "li",
        { "data-name": m.name },
        el("span", { class: "name", text: m.name }),
        el("span", { class: `status ${m.status[0]}`, text: statusText(m.status, lang) }),
      );
      if (more.length) li.append(el("span", { class: "more", text: more.join(" · ") }));
      if (m.change === "same") li.append(el("span", { class: "more", text: tr("same", { current: m.current }) }));
      if (m.change === "replace") li.append(el("span", { class: "more replace", text: tr("replaces", { current: m.current }) }));
      return li;
    }),
  );
  if (p.marks.length === 0) byId("marks").append(el("li", { text: tr("nobody") }));
  const notes = previewProblems(p, lang, meeting);
  byId("notes").replaceChildren(...notes.slice(0, NOTES_SHOWN).map((line) => el("li", { text: line })));
  byId("notes-title").hidden = notes.length === 0;
  byId("notes-more").hidden = notes.length <= NOTES_SHOWN;
  byId("notes-more").textContent = tr("notesMore", { n: notes.length - NOTES_SHOWN });
}

/** Shows the preview; answers where the keyboard goes next (the column to pick, or the preview). */
function renderPreview(p: SigninPreviewData): HTMLElement {
  applyLabels(document, L, lang);
  renderColumns(p);
  const review = byId("review");
  review.hidden = false;
  const clock = clockText(p.clock, lang);
  byId("meta").textContent = tr(p.column ? "metaColumn" : "metaNew", { date: p.meeting, clock, rows: p.rows, column: p.column ?? "" });
  renderDays(p);
  const ready = p.preview !== null;
  for (const id of ["summary", "marks", "notes", "confirm"]) byId(id).hidden = !ready;
  if (!p.preview) {
    byId("notes-title").hidden = true;
    byId("notes-more").hidden = true;
    return columnSelect(p.guess.unsure[0] === "time" ? "time" : "name");
  }
  renderMarks(p.preview, p.meeting);
  byId("confirm").hidden = p.preview.marks.length === 0;
  return byId("review-title");
}

function showConflicts(list: Conflict[]): void {
  pending = list;
  byId("conflict-list").replaceChildren(
    ...list.map((c) => el("li", { text: tr("conflictLine", { name: c.name, current: c.current, status: statusText(c.status, lang) }) })),
  );
  byId("conflicts").hidden = false;
  byId("replace").focus();
}

async function send(confirmed: { name: string; current: string }[], keep: string[]): Promise<void> {
  if (!shown?.preview.confirm) return;
  const { request: req, preview } = shown;
  byId("conflicts").hidden = true;
  say("result", "", "info");
  await saveGuard(async () => {
    try {
      const r = await server.saveSignins({ ...req, confirm: preview.confirm!, confirmed, keep });
      if (!r.ok) {
        if ("conflicts" in r) return showConflicts(r.conflicts);
        if (r.fields?.meeting) setFieldError("meeting", r.fields.meeting);
        // The sheet or the export changed since: show what it says now, to be confirmed again.
        if (r.changed) await runPreview(req);
        return say("result", r.error, "error");
      }
      withdraw();
      const parts = r.written ? [tr("saved", { n: r.written, sheet: r.sheet, column: r.column })] : [tr("nothingChanged")];
      if (r.created) parts.push(tr("created"));
      if (r.added.length) parts.push(tr("added", { names: r.added.join(t(LIST, lang)) }));
      say("result", parts.join(" "), "ok");
      // The grid may have a new meeting column: the list of meetings follows it.
      const again = await server.sidebarSigninData();
      if (again.ok) {
        data = again;
        fillMeetings(again, req.meeting);
      }
    } catch (e) {
      say("result", unexpectedText(e, lang), "error");
    }
  });
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  const req = request();
  if (req) void runPreview(req);
});
fields.addEventListener("change", (e) => {
  const target = e.target as HTMLElement;
  if (target.closest("#columns-box")) return;
  if (target === tabSelect) byId<HTMLInputElement>("source-tab").checked = true;
  if (target.getAttribute("name") === "source" || target === tabSelect) forgetColumns();
  withdraw();
});
fileInput.addEventListener("change", async () => {
  byId<HTMLInputElement>("source-file").checked = true;
  forgetColumns();
  withdraw();
  file = null;
  setFieldError("file", undefined);
  byId("file-note").textContent = tr("fileHint");
  const chosen = fileInput.files?.[0];
  if (!chosen) return;
  try {
    const read = await readExportFile(chosen, lang, tr);
    file = { rows: read.rows };
    const note = [tr("fileRead", { file: chosen.name, rows: read.rows.length })];
    if (read.droppedColumns) note.push(tr("fileColumns", { max: read.columns - read.droppedColumns, columns: read.columns }));
    byId("file-note").textContent = note.join(" ");
  } catch (err) {
    const message = err instanceof FileRefused ? err.message : unexpectedText(err, lang);
    setFieldError("file", message);
  }
});
pick.addEventListener("change", () => {
  meetingInput.hidden = pick.value !== OTHER;
  if (pick.value === OTHER && !meetingInput.value && data) meetingInput.value = data.today;
});
byId("columns-box").addEventListener("change", (e) => {
  const select = e.target as HTMLSelectElement;
  if (!shown || !select.dataset.role) return;
  const value = (role: SigninRole) => (columnSelect(role).value === "" ? null : Number(columnSelect(role).value));
  const [name, time] = [value("name"), value("time")];
  // Both must be chosen before the export can be read again.
  if (name === null || time === null) return;
  picked = { name, time, kind: value("kind"), signOut: value("signOut") };
  void runPreview({ ...shown.request, columns: picked });
});
byId("use-day").addEventListener("click", () => {
  const date = byId("use-day").dataset.date;
  if (!date || !data || !shown) return;
  fillMeetings(data, date);
  void runPreview({ ...shown.request, meeting: date });
});
byId("confirm").addEventListener("click", () => void send([], []));
byId("replace").addEventListener(
  "click",
  () =>
    void send(
      pending.map((c) => ({ name: c.name, current: c.current })),
      [],
    ),
);
byId("keep").addEventListener(
  "click",
  () =>
    void send(
      [],
      pending.map((c) => c.name),
    ),
);
byId("cancel").addEventListener("click", () => {
  byId("conflicts").hidden = true;
  byId("confirm").focus();
});

applyLabels(document, L, lang);
void load();
