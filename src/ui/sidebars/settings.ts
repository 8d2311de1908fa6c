/** Server side of 设置 / Settings. */
import { renderFields, renderMsg } from "../../contracts/messages";
import { checkSettings, formFromSettings, type SettingsField, type SettingsForm } from "../../contracts/settings-form";
import { settingsFormFields, settingsFormSchema } from "../../contracts/settings-schema";
import { UserError } from "../../domain/errors";
import { type Lang, render } from "../../domain/messages";
import { writeSettings } from "../../sheets/settings-write";
import { loadModel, missingTabProblem } from "../../sheets/workbook";
import { validate } from "../validate";
import { type Failure, openSidebar, respond } from "./respond";

export interface SettingsData {
  ok: true;
  lang: Lang;
  sheet: string;
  form: SettingsForm;
  /** Values in the tab that could not be read (the form shows the default instead), e.g. "B2: …". */
  problems: string[];
}

/** Menu: 设置 / Settings (opens the sidebar). */
export function showSettings(): void {
  openSidebar("settings", "settings");
}

/** Sidebar data for 设置: the department's rules as the Settings tab holds them. */
export function sidebarSettingsData(): SettingsData | Failure {
  return respond((ctx, lang) => {
    const loaded = loadModel(ctx, ["settings"]);
    const sheet = loaded.sheets.settings;
    if (!sheet) throw new UserError(missingTabProblem("settings", ctx.lang).message);
    const problems = loaded.problems.filter((p) => p.sheet === sheet.getName()).map((p) => `${p.cell}: ${render(p.message, lang)}`);
    return { ok: true, lang, sheet: sheet.getName(), form: formFromSettings(loaded.model.settings), problems };
  });
}

/**
 * Validates and writes the department's rules to the Settings tab.
 * @param {object} form The sidebar's form; answers {ok} or {ok: false, error, fields}.
 */
export function saveSettings(form: unknown): { ok: true; sheet: string; form: SettingsForm } | Failure {
  return respond((ctx, lang) => {
    const f = validate(settingsFormSchema, form);
    const { settings, errors } = checkSettings(f, ctx.timeZone);
    if (!settings) {
      const fields = renderFields(errors, lang);
      return { ok: false, error: renderMsg({ key: "fixFields", params: { n: Object.keys(fields).length } }, lang), fields };
    }
    const base = f.base;
    const changed = base ? (Object.keys(settingsFormFields) as SettingsField[]).filter((k) => f[k] !== base[k]) : undefined;
    const w = writeSettings(
      ctx,
      settings,
      changed && {
        only: new Set(changed),
        // Under the lock: a field this save changes must still hold what the sidebar loaded.
        unchangedSince: (current) => changed.every((k) => formFromSettings(current)[k] === base![k]),
      },
    );
    return { ok: true, sheet: w.sheet, form: formFromSettings(w.settings) };
  });
}
