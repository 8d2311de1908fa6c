/** 设置 page: the department's rules, checked with the same code the server runs before writing them. */

import { renderFields, renderMsg } from "../../../contracts/messages";
import { checkSettings, type SettingsField, type SettingsForm } from "../../../contracts/settings-form";
import type { Lang, Params } from "../../../domain/text";
import { busyGuard, byId, el, say, showFieldErrors } from "../lib/dom";
import { applyLabels, browserLang, unexpectedText, word } from "../lib/i18n";
import { loadPage, server } from "../lib/server";
import { L } from "./labels";

const TEXT_FIELDS = [
  "rate",
  "lateFee",
  "leftEarlyFee",
  "absentFee",
  "lateLimit",
  "absentLimit",
  "termStart",
  "meetingStart",
  "graceMinutes",
  "meetingLength",
  "leaveNeedsApproval",
  "openingBalance",
  "openingDate",
  "department",
  "reportLang",
] as const;
const FIELDS: SettingsField[] = ["basis", ...TEXT_FIELDS];

let lang: Lang = browserLang();
const tr = (key: string, params?: Params) => word(L, key, lang, params);
const form = byId<HTMLFormElement>("form");
const guard = busyGuard(byId<HTMLButtonElement>("save"), byId<HTMLFieldSetElement>("fields"), () => tr("saving"));

/** The form as the sheet held it when loaded: only fields changed from it are written. */
let base: SettingsForm | null = null;

function fill(f: SettingsForm): void {
  base = { ...f };
  for (const k of TEXT_FIELDS) byId<HTMLInputElement>(k).value = f[k];
  for (const r of Array.from(document.querySelectorAll<HTMLInputElement>("input[name=basis]"))) r.checked = r.value === f.basis;
}

function read(): SettingsForm {
  const v = (k: (typeof TEXT_FIELDS)[number]) => byId<HTMLInputElement>(k).value;
  const basis = document.querySelector<HTMLInputElement>("input[name=basis]:checked")?.value ?? "";
  return {
    rate: v("rate"),
    basis: basis as SettingsForm["basis"],
    lateFee: v("lateFee"),
    leftEarlyFee: v("leftEarlyFee"),
    absentFee: v("absentFee"),
    lateLimit: v("lateLimit"),
    absentLimit: v("absentLimit"),
    termStart: v("termStart"),
    department: v("department"),
    reportLang: v("reportLang") as Lang,
    meetingStart: v("meetingStart"),
    graceMinutes: v("graceMinutes"),
    meetingLength: v("meetingLength"),
    leaveNeedsApproval: v("leaveNeedsApproval") as SettingsForm["leaveNeedsApproval"],
    openingBalance: v("openingBalance"),
    openingDate: v("openingDate"),
  };
}

async function save(): Promise<void> {
  const f = read();
  const local = renderFields(checkSettings(f, "UTC").errors, lang);
  showFieldErrors(FIELDS, local);
  if (Object.keys(local).length > 0) return say("result", renderMsg({ key: "fixFields", params: { n: Object.keys(local).length } }, lang), "error");
  say("result", "", "info");
  await guard(async () => {
    try {
      const r = await server.saveSettings(base ? { ...f, base } : f);
      if (!r.ok) {
        showFieldErrors(FIELDS, r.fields ?? {});
        return say("result", r.error, "error");
      }
      fill(r.form);
      byId("problems").hidden = true;
      say("result", tr("saved", { sheet: r.sheet }), "ok");
    } catch (e) {
      say("result", unexpectedText(e, lang), "error");
    }
  });
}

async function load(): Promise<void> {
  applyLabels(document, L, lang);
  await loadPage(
    () => server.sidebarSettingsData(),
    (r) => {
      lang = r.lang;
      applyLabels(document, L, lang);
      fill(r.form);
      byId("problems").hidden = r.problems.length === 0;
      byId("problem-list").replaceChildren(...r.problems.map((p) => el("li", { text: p })));
      form.hidden = false;
    },
    (e) => unexpectedText(e, lang),
  );
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  void save();
});

void load();
