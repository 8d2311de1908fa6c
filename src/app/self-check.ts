/**
 * 自检 / Self-check: what the add-on needs in this spreadsheet, tried for real — permissions,
 * email, locale, time zone, tabs, columns, the lock, writes on a scratch tab it removes, and the
 * custom functions. No user cell changes. The dialog's page and the command line word the verdicts.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import { formatDateTime } from "../domain/dates";
import type { Lang } from "../domain/messages";
import { emailVerdict, localeVerdict, lockVerdict, type SelfCheckResult, structureVerdicts, timeZoneVerdict, type Verdict } from "../domain/self-check";
import { currentUserEmail, userLocale } from "../sheets/identity";
import { guarded, SCRATCH_IDS, scopes, scratchChecks, scriptTimeZone, structure, tryDocumentLock } from "../sheets/self-check-probes";
import { type Context, context } from "../sheets/workbook";

const LOCK_WAIT_MS = 2000;

export function runSelfCheck(ctx: Context, lang: Lang = ctx.lang): SelfCheckResult {
  const out: Verdict[] = [];
  guarded(out, "scopes", () => scopes());
  guarded(out, "email", () => emailVerdict(currentUserEmail()));
  guarded(out, "locale", () => localeVerdict(ctx.ss.getSpreadsheetLocale(), userLocale()));
  guarded(out, "timeZone", () => timeZoneVerdict(ctx.timeZone, scriptTimeZone(), ctx.now));
  guarded(out, ["tabs", "columns"], () => structureVerdicts(structure(ctx)));
  const lock: { release: (() => void) | null } = { release: null };
  guarded(out, "lock", () => lockVerdict((lock.release = tryDocumentLock(LOCK_WAIT_MS)) !== null, LOCK_WAIT_MS));
  const release = lock.release;
  if (!release) {
    // Every write happens under the document lock: without it, the scratch tab is not made at all.
    for (const id of [...SCRATCH_IDS, "cleanup", "activeTab"] as const) out.push({ id, ok: false, detail: { key: "notRunBusy" }, fix: { key: "lockFix" } });
  } else {
    try {
      out.push(...scratchChecks(ctx));
    } finally {
      release();
    }
  }
  return {
    lang,
    verdicts: out,
    spreadsheet: ctx.ss.getName(),
    locale: ctx.ss.getSpreadsheetLocale(),
    timeZone: ctx.timeZone,
    when: formatDateTime(ctx.now, ctx.timeZone),
  };
}

const options = z.optional(z.object({ lang: z.optional(langSchema) }));

/**
 * Checks what the add-on needs in this spreadsheet (permissions, email, locale, time zone, tabs,
 * columns, lock, writes on a scratch tab it removes, the custom functions) and changes no user cell.
 * @param {{lang?: "zh"|"en"}} options
 */
export function selfCheck(opts?: unknown): SelfCheckResult {
  const o = validate(options, opts) ?? {};
  const ctx = context();
  return runSelfCheck(ctx, o.lang ?? ctx.lang);
}
