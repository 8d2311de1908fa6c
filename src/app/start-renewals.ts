/**
 * 开始续约 / Start renewals: last season's sponsors get the new season's start as their 下次跟进
 * (only where that cell is empty) and a note in 续约 (only where it is empty or holds an earlier
 * note of the add-on's own — a note the owner typed is never touched), and Settings records the
 * season in 续约季开始. Run twice, the second run finds nothing left to write.
 *
 * Each column is written as one block from its first to its last changed row, every other cell
 * in the block written back exactly as read under the same lock (its formula, if any): the calls
 * stay constant however many rows change, where one write per run of adjacent rows would grow
 * with scattered sponsors on a long 赞助商 tab.
 */
import * as z from "zod/mini";
import { langSchema, validate } from "../contracts/validate";
import { dateAtMidnight, type LocalDate, parseDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import type { Sponsor } from "../domain/model";
import { renewalPlan } from "../domain/renewals";
import { SETTING_DEFS } from "../domain/settings";
import { keepCell, setValuesAsText, textCell } from "../sheets/cells";
import { requireEditable } from "../sheets/edit-rights";
import { withDocumentLock } from "../sheets/lock";
import { appendLog, rowList } from "../sheets/log";
import type { CellValue, Table } from "../sheets/table";
import { type Context, context, type Loaded, loadModel, missingTabProblem, requireReadable } from "../sheets/workbook";
import { putSettings } from "./settings";

export interface RenewalsRun {
  start: LocalDate;
  /** Last season's sponsors (in 赞助商, not 已拒绝). */
  sponsors: number;
  /** Rows getting a 下次跟进 / a note (a preview: would get). */
  followUps: number;
  notes: number;
  /** Whether Settings' 续约季开始 gets (got) this season. */
  season: boolean;
  written: boolean;
}

const NEEDED = ["members", "sponsors", "events", "ledger", "settings"] as const;

function plan(loaded: Loaded, start: LocalDate, lang: Lang) {
  const table = loaded.tables.sponsors;
  if (!table) throw new UserError(missingTabProblem("sponsors", loaded.ctx.lang).message);
  if (table.columns.renewal === undefined) throw new UserError({ key: "columnMissing", params: { zh: "续约", en: "Renewal" } });
  if (table.columns.nextFollowUp === undefined) throw new UserError({ key: "columnMissing", params: { zh: "下次跟进", en: "Next follow-up" } });
  const col = table.columns.nextFollowUp;
  // An unreadable 下次跟进 is no date either, but it is what the owner typed: only a really empty cell is filled.
  const blank = (s: Sponsor) => String(table.values[s.row - 1][col] ?? "").trim() === "";
  const p = renewalPlan(loaded.model.sponsors, loaded.model.ledger, start, lang, blank);
  return { table, ...p, season: loaded.model.settings.renewalStart !== start };
}

function summary(start: LocalDate, p: ReturnType<typeof plan>, written: boolean): RenewalsRun {
  return {
    start,
    sponsors: p.last.length,
    followUps: p.cells.filter((c) => c.followUp !== null).length,
    notes: p.cells.filter((c) => c.note !== null).length,
    season: p.season && p.last.length > 0,
    written,
  };
}

/** Read-only: what starting the season would write. */
export function previewRenewals(ctx: Context, start: LocalDate, lang: Lang = ctx.lang): RenewalsRun {
  const loaded = loadModel(ctx, NEEDED);
  for (const key of ["sponsors", "ledger"] as const) requireReadable(loaded, key);
  return summary(start, plan(loaded, start, lang), false);
}

/** One block per column from its first to its last changed row; cells outside `cells` written back as read. */
function writeColumn(table: Table, sheet: GoogleAppsScript.Spreadsheet.Sheet, col: number, cells: ReadonlyMap<number, CellValue>): void {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  if (rows.length === 0) return;
  const top = rows[0];
  const range = sheet.getRange(top, col + 1, rows[rows.length - 1] - top + 1, 1);
  const formulas = range.getFormulas();
  setValuesAsText(
    range,
    formulas.map((f, i) => [cells.has(top + i) ? cells.get(top + i)! : keepCell(table.values[top + i - 1][col] ?? "", f[0])]),
  );
}

/** Writes 续约季开始 into its Settings row (adding the row when missing); the 1-based row written. */
function writeSeason(ctx: Context, start: LocalDate): { sheet: string; row: number } {
  const def = SETTING_DEFS.find((d) => d.key === "renewalStart")!;
  const put = putSettings(ctx, [[def, dateAtMidnight(start, ctx.timeZone)]]);
  return { sheet: put.sheet.getName(), row: put.rows[0] };
}

export function startRenewals(ctx: Context, start: LocalDate, lang: Lang = ctx.lang): RenewalsRun {
  return withDocumentLock(ctx, () => {
    const loaded = loadModel(ctx, NEEDED);
    for (const key of ["sponsors", "ledger"] as const) requireReadable(loaded, key);
    const sheet = loaded.sheets.sponsors;
    if (!sheet) throw new UserError(missingTabProblem("sponsors", ctx.lang).message);
    const p = plan(loaded, start, lang);
    const run = summary(start, p, false);
    if (p.cells.length === 0 && !run.season) return run;
    requireEditable(ctx, [sheet, ...(run.season ? [loaded.sheets.settings] : [])]);
    const date = dateAtMidnight(start, ctx.timeZone);
    const follow = new Map<number, CellValue>();
    const notes = new Map<number, CellValue>();
    for (const c of p.cells) {
      if (c.followUp !== null) follow.set(c.sponsor.row, date);
      if (c.note !== null) notes.set(c.sponsor.row, textCell(c.note));
    }
    writeColumn(p.table, sheet, p.table.columns.nextFollowUp!, follow);
    writeColumn(p.table, sheet, p.table.columns.renewal!, notes);
    const log = [];
    if (p.cells.length > 0) log.push({ action: "renewals" as const, sheet: sheet.getName(), rows: `${start} · ${rowList(p.cells.map((c) => c.sponsor.row))}` });
    if (run.season) {
      const s = writeSeason(ctx, start);
      log.push({ action: "renewals" as const, sheet: s.sheet, rows: `${start} · ${s.row}` });
    }
    appendLog(ctx, log);
    return { ...run, written: true };
  });
}

const renewalOptions = z.object({
  start: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  preview: z.optional(z.boolean()),
  lang: z.optional(langSchema),
});

/**
 * Starts a renewal season without dialogs, or with preview only says what it would write.
 * @param {{start: string, preview?: boolean, lang?: "zh"|"en"}} options
 */
export function startRenewalSeason(options: unknown): RenewalsRun {
  const o = validate(renewalOptions, options);
  const day = parseDate(o.start, { timeZone: "UTC" });
  if (!day.ok || day.value === null) throw new UserError(day.ok ? { key: "badDate", params: { value: o.start } } : day.error);
  const ctx = context();
  return o.preview ? previewRenewals(ctx, day.value, o.lang ?? ctx.lang) : startRenewals(ctx, day.value, o.lang ?? ctx.lang);
}
