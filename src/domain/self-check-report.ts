/**
 * The self-check's table in words and as plain text (what a member pastes into a bug report),
 * made from the server's verdicts by the dialog's page and by the command line.
 */

import type { Lang } from "./messages";
import { CHECK_IDS, type CheckId, type SelfCheckResult } from "./self-check";
import { type SelfCheckTextKey, say } from "./self-check-text";

export interface CheckLine {
  id: CheckId;
  ok: boolean;
  name: string;
  detail: string;
  /** What to do, for a ✗. */
  fix: string;
}

export interface SelfCheckReport {
  lang: Lang;
  ok: boolean;
  passed: number;
  total: number;
  checks: CheckLine[];
  /** The whole table as plain text, for a bug report. */
  text: string;
}

export function selfCheckReport(r: SelfCheckResult): SelfCheckReport {
  const { lang } = r;
  const order = (id: CheckId) => CHECK_IDS.indexOf(id);
  const checks = [...r.verdicts]
    .sort((a, b) => order(a.id) - order(b.id))
    .map((v) => ({
      id: v.id,
      ok: v.ok,
      name: say({ key: `name_${v.id}` as SelfCheckTextKey }, lang),
      detail: say(v.detail, lang),
      fix: v.ok || !v.fix ? "" : say(v.fix, lang),
    }));
  const passed = checks.filter((c) => c.ok).length;
  const lines = [
    say({ key: "reportTitle", params: { when: r.when, zone: r.timeZone } }, lang),
    say({ key: "reportSheet", params: { name: r.spreadsheet, locale: r.locale, zone: r.timeZone } }, lang),
    say({ key: "reportPassed", params: { passed, total: checks.length } }, lang),
    "",
  ];
  for (const c of checks) {
    lines.push(`${c.ok ? "✓" : "✗"} ${c.name}: ${c.detail}`);
    if (c.fix) lines.push(`    ${say({ key: "reportFix" }, lang)}: ${c.fix}`);
  }
  return { lang, ok: passed === checks.length, passed, total: checks.length, checks, text: lines.join("\n") };
}
