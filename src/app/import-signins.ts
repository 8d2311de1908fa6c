/**
 * 导入签到 / Import sign-ins: the export of a QR-code sign-in form (问卷星, 腾讯文档收集表, 金数据…)
 * read into one meeting's column of 考勤. Nothing is written before the user has seen the preview
 * and confirmed it. The save works the preview out again under the lock, refuses if it changed,
 * and writes through check-in's own writeCheckIn: the meeting's column, its dropdown and formulas,
 * and asking before an entry someone made is replaced are the same as in 例会签到.
 */
import * as z from "zod/mini";
import { renderMsg } from "../contracts/messages";
import { SIGNIN_REFUSAL } from "../contracts/signin-limits";
import { type SigninPreviewRequest, signinPreviewSchema, signinSaveSchema } from "../contracts/signin-schema";
import { langSchema, validate } from "../contracts/validate";
import type { Status } from "../domain/attendance";
import type { LocalDate } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import { t } from "../domain/text";
import { exportTabs } from "../sheets/export-tab";
import { columnLetter } from "../sheets/table";
import { type Context, context } from "../sheets/workbook";
import { type CheckInResult, currentEntry, loadCheckIn, meetingDate, writeCheckIn } from "./check-in";
import { type Failure, respond } from "./respond";
import { computeImport, type ImportRequest, previewView, readExport, type SigninPreviewData } from "./signin-preview";

export type { SigninPreviewData } from "./signin-preview";

export interface SigninData {
  ok: true;
  lang: Lang;
  today: LocalDate;
  /** Tabs that are none of the department's own: where an export brought in with File → Import is. */
  tabs: string[];
  /** The grid's meetings, latest first, with their columns. */
  meetings: { date: LocalDate; column: string }[];
}

/** Sidebar data for 导入签到: the tabs an export may be in, and the grid's meetings. */
export function sidebarSigninData(): SigninData | Failure {
  return respond((ctx, lang) => {
    const { grid } = loadCheckIn(ctx);
    const meetings = [...grid.meetings].sort((a, b) => b[0].localeCompare(a[0])).map(([date, col]) => ({ date, column: columnLetter(col + 1) }));
    return { ok: true, lang, today: ctx.today, tabs: exportTabs(ctx.ss), meetings };
  });
}

/**
 * The request as the import reads it: the meeting date (or what is wrong with it, on the page's
 * `meeting` field), one source, whole column numbers.
 */
function importRequest(ctx: Context, lang: Lang, o: SigninPreviewRequest): ImportRequest | Failure {
  const d = meetingDate(ctx, lang, o.meeting);
  if (typeof d !== "string") return { ok: false, error: d.error, fields: { meeting: d.error } };
  const { tab, rows } = o.source;
  const columns = o.columns ? Object.values(o.columns) : [];
  const detail =
    (tab === undefined) === (rows === undefined) ? "source: a tab or rows" : columns.some((c) => c !== null && !Number.isInteger(c)) ? "columns" : "";
  if (detail) throw new UserError({ key: "badRequest", params: { detail } });
  return { source: tab === undefined ? { rows: rows! } : { tab }, meeting: d, absentRest: o.absentRest, columns: o.columns };
}

function preview(ctx: Context, lang: Lang, req: ImportRequest): SigninPreviewData | Failure {
  const l = loadCheckIn(ctx);
  const rows = readExport(ctx, lang, req.source);
  if (!Array.isArray(rows)) return rows;
  return previewView(ctx, lang, l, computeImport(ctx, l, rows, req), req);
}

type Refusal = Failure & { changed?: true };

export type SigninSaveAnswer = Exclude<CheckInResult<Status[]>, { notActive: string[] }> | Refusal;

/**
 * `confirmed`: the entries the user agreed to replace, or "all" (the command line's --replace);
 * `keep`: members whose entry the user chose to keep.
 */
function save(
  ctx: Context,
  lang: Lang,
  req: ImportRequest,
  confirm: string,
  confirmed: { name: string; current: string }[] | "all",
  keep: readonly string[],
): SigninSaveAnswer {
  const r = writeCheckIn<Status[], Refusal>(
    ctx,
    (l) => {
      const rows = readExport(ctx, lang, req.source);
      if (!Array.isArray(rows)) return rows;
      const c = computeImport(ctx, l, rows, req);
      if (!c.preview) return { ok: false, error: t(SIGNIN_REFUSAL.pickColumns, lang) };
      if (c.confirm !== confirm) return { ok: false, error: t(SIGNIN_REFUSAL.changed, lang), changed: true };
      if (c.preview.marks.length === 0) return { ok: false, error: t(SIGNIN_REFUSAL.nothingToWrite, lang) };
      const marks = c.preview.marks.filter((m) => !keep.includes(m.name)).map((m) => ({ name: m.name, status: m.status }));
      // Keeping every entry of a meeting the grid does not have must not add an empty column for it.
      if (marks.length === 0 && !l.grid.meetings.has(req.meeting)) return { ok: false, error: t(SIGNIN_REFUSAL.nothingToWrite, lang) };
      const agreed = confirmed === "all" ? marks.map((m) => ({ name: m.name, current: currentEntry(ctx, l.grid, m.name, req.meeting) })) : confirmed;
      return { date: req.meeting, marks, confirmed: agreed };
    },
    "signinImport",
  );
  // The marks come from the Members tab read under the same lock: every one is an active member.
  if ("notActive" in r) return { ok: false, error: r.notActive.map((value) => renderMsg({ key: "unknownMember", params: { value } }, lang)).join("\n") };
  return r;
}

/**
 * Preview of importing a sign-in export into one meeting: the columns found (or to choose from),
 * each member's status, the rows not counted and why, and the reader's language. Writes nothing.
 * @param {{source: {tab: string} | {rows: string[][]}, meeting: string, absentRest: boolean, columns?: object}} request
 */
export function previewSignins(request: unknown): SigninPreviewData | Failure {
  return respond((ctx, lang) => {
    const req = importRequest(ctx, lang, validate(signinPreviewSchema, request));
    return "ok" in req ? req : preview(ctx, lang, req);
  });
}

/**
 * Writes the previewed import under the document lock, if the preview is still what the user saw.
 * @param {{source: object, meeting: string, absentRest: boolean, columns?: object, confirm: string, confirmed?: Array<{name: string, current: string}>, keep?: string[]}} request
 */
export function saveSignins(request: unknown): SigninSaveAnswer {
  return respond((ctx, lang) => {
    const o = validate(signinSaveSchema, request);
    const req = importRequest(ctx, lang, o);
    return "ok" in req ? req : save(ctx, lang, req, o.confirm, o.confirmed ?? [], o.keep ?? []);
  });
}

const localOptions = z.object({
  ...signinPreviewSchema.shape,
  lang: z.optional(langSchema),
  confirm: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Replace every entry the import differs from (the command line's --replace). */
  replace: z.optional(z.boolean()),
});

/**
 * Import sign-ins without the sidebar: the preview, or with confirm (the preview's fingerprint) the
 * save, which answers the conflicts unless `replace`.
 * @param {{source: object, meeting: string, absentRest: boolean, lang?: string, confirm?: string, replace?: boolean}} options
 */
export function importSignins(options: unknown): SigninPreviewData | SigninSaveAnswer {
  const o = validate(localOptions, options);
  const ctx = context();
  const lang = o.lang ?? ctx.lang;
  const req = importRequest(ctx, lang, o);
  if ("ok" in req) return req;
  return o.confirm ? save(ctx, lang, req, o.confirm, o.replace ? "all" : [], []) : preview(ctx, lang, req);
}
