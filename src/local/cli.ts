/**
 * The add-on on a local .xlsx workbook, no Google account needed: the built dist/Code.js runs in
 * the local Apps Script runtime, so this is the very code the sheet runs.
 *
 *   npm start                                   monthly report of the sample workbook
 *                                               (out/report-YYYY-MM.xlsx, and its one-page summary out/summary-YYYY-MM.html)
 *   npm start -- --summary-png                  the summary also as a PNG, drawn by the installed chromium
 *   npm start -- --workbook f.xlsx [--month 2026-11] [--out r.xlsx] [--lang zh|en] [--json]
 *   npm start -- --workbook f.xlsx --setup --out set-up.xlsx
 *   npm start -- --workbook f.xlsx --check [--json]
 *   npm start -- --workbook f.xlsx --statement 张三 [--month 2026-11] [--json]
 *   npm start -- --workbook f.xlsx --handover [--year 2026] [--out handover.xlsx]
 *   npm start -- --workbook f.xlsx --accounts [--month 2026-11] [--json]   the cash book, events, reimbursements, fines
 *   npm start -- [--workbook f.xlsx] --self-check [--json]   exit 0 only when every check passes
 *   npm start -- [--workbook f.xlsx] --import-signin export.xlsx|export.csv --meeting 2026-11-04 [--out f.xlsx]
 *                [--absent-rest] [--replace] [--name-column F --time-column B] [--json]
 *   npm start -- [--workbook f.xlsx] --recap 博文书店 [--event 新生辩论赛] [--lang en] --out recap.html   a sponsor's recap page
 *   npm start -- [--workbook f.xlsx] --reminders [--date 2026-11-30] [--lang en] [--json]   texts for the WeChat group and the head
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import * as z from "zod/mini";
import type { AccountsRun } from "../app/accounts-view";
import type { ReportRun } from "../app/generate-report";
import type { SigninPreviewData, SigninSaveAnswer } from "../app/import-signins";
import type { RecapRun } from "../app/recap";
import type { RemindersRun } from "../app/reminders";
import type { SummaryRun } from "../app/summary";
import { defaultReportMonth, localDateOf } from "../domain/dates";
import { REMINDERS_TEXT } from "../domain/reminders-text";
import type { SelfCheckResult } from "../domain/self-check";
import { selfCheckReport } from "../domain/self-check-report";
import type { StatementText } from "../domain/statement-text";
import { t } from "../domain/text";
import { accountsText } from "./accounts-text";
import { addonFunctions } from "./addon";
import { readSigninExport, SIGNIN_CLI_TEXT, signinPreviewText, signinSaveText } from "./import-signin";
import { createRuntime, type LocalSpreadsheet, loadBundle, loadXlsx, newWorkbook, saveXlsx, workbookFromTabs } from "./runtime";
import { sampleFacts, sampleTabs } from "./sample/workbook";
import { chromiumOnPath, renderSummaryPng } from "./summary-png";
import { problemList, reportSummary, selfCheckTable, statementSummary } from "./terminal";
import { TERMINAL_TEXT } from "./terminal-labels";

const USAGE = `Usage: npm start -- [--workbook file.xlsx] [--month YYYY-MM] [--out file.xlsx] [--lang zh|en] [--json] [--summary-png]
                    (the report, and beside it its one-page summary summary-YYYY-MM.html; --summary-png also
                    draws summary-YYYY-MM.png with the chromium on PATH, which is never downloaded)
       npm start -- --workbook file.xlsx --setup [--out file.xlsx]
       npm start -- --workbook file.xlsx --check [--json]
       npm start -- --workbook file.xlsx --statement NAME [--month YYYY-MM] [--lang zh|en] [--json]
       npm start -- --workbook file.xlsx --handover [--year YYYY] [--out file.xlsx] [--lang zh|en]
       npm start -- --workbook file.xlsx --accounts [--month YYYY-MM] [--lang zh|en] [--json]   (as of the month's last day; without --month, today)
       npm start -- [--workbook file.xlsx] --self-check [--lang zh|en] [--json]   (exit status 1 when a check fails)
       npm start -- [--workbook file.xlsx] --import-signin export.xlsx|export.csv --meeting YYYY-MM-DD [--out file.xlsx]
                    [--absent-rest] [--replace] [--name-column LETTER --time-column LETTER] [--lang zh|en] [--json]
                    (exit status 1, nothing written, when an entry in the grid would be replaced without --replace)
       npm start -- [--workbook file.xlsx] --recap SPONSOR [--event EVENT] [--lang zh|en] --out recap.html   (a printable HTML page)
       npm start -- [--workbook file.xlsx] --reminders [--date YYYY-MM-DD] [--lang zh|en] [--json]   (texts to paste into WeChat; printed only)
Without --workbook the report, the check, the accounts and the reminders use the sample workbook, and --setup starts from an empty one.`;

/** A real calendar day written as 2026-11-30 (not 2026-02-30). */
const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const optionsSchema = z.object({
  workbook: z.optional(z.string()),
  month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "--month must look like 2026-11"))),
  out: z.optional(z.string()),
  lang: z.optional(z.enum(["zh", "en"])),
  statement: z.optional(z.string().check(z.minLength(1, "--statement needs a member's name"))),
  year: z.optional(z.string().check(z.regex(/^\d{4}$/, "--year must look like 2026"))),
  handover: z.boolean(),
  accounts: z.boolean(),
  json: z.boolean(),
  setup: z.boolean(),
  check: z.boolean(),
  help: z.boolean(),
  "self-check": z.boolean(),
  "import-signin": z.optional(z.string().check(z.minLength(1))),
  meeting: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))),
  "name-column": z.optional(z.string().check(z.regex(/^[A-Za-z]{1,2}$/))),
  "time-column": z.optional(z.string().check(z.regex(/^[A-Za-z]{1,2}$/))),
  "absent-rest": z.boolean(),
  replace: z.boolean(),
  "summary-png": z.boolean(),
  recap: z.optional(z.string().check(z.refine((s) => s.trim() !== "", "--recap needs a sponsor's name"))),
  event: z.optional(z.string().check(z.refine((s) => s.trim() !== "", "--event needs an event's name"))),
  reminders: z.boolean(),
  date: z.optional(z.string().check(z.refine(isDay))),
});
type Options = z.infer<typeof optionsSchema>;

class CliError extends Error {}

// The sign-in import's options are listed after the others: `known()` shows them in this order.
const SIGNIN_VALUED = ["import-signin", "meeting", "name-column", "time-column"];
const SIGNIN_FLAGS = ["absent-rest", "replace"];
const FLAGS = ["json", "setup", "check", "help", "handover", "self-check", "accounts", ...SIGNIN_FLAGS, "reminders", "summary-png"];
// The sponsor recap's options, listed last by `known()`, then the reminders'.
const RECAP_VALUED = ["recap", "event"];
const REMINDERS_OPTIONS = ["reminders", "date"];
const VALUED = ["workbook", "month", "out", "lang", "statement", "year", ...SIGNIN_VALUED, ...RECAP_VALUED, "date"];
// What each option with a value must look like, said together with what was given.
const EXPECTED: Record<string, string> = {
  month: "must look like 2026-11",
  lang: "must be zh or en",
  statement: "needs a member's name",
  year: "must look like 2026",
  recap: "needs a sponsor's name",
  event: "needs an event's name",
  date: "must be a day such as 2026-11-30",
  "import-signin": "needs the export file (.xlsx or .csv)",
  meeting: "must look like 2026-11-04",
  "name-column": "must be a column letter such as F",
  "time-column": "must be a column letter such as B",
};
/** What the user gave, quoted and cut to a readable length: an error line must stay one line. */
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 60)}…${text.slice(-10)}` : text);
const given = (v: unknown) => JSON.stringify(clip(String(v)));

const known = () =>
  [
    ...VALUED.filter((n) => !SIGNIN_VALUED.includes(n) && !RECAP_VALUED.includes(n) && !REMINDERS_OPTIONS.includes(n)),
    ...FLAGS.filter((n) => !SIGNIN_FLAGS.includes(n) && !REMINDERS_OPTIONS.includes(n)),
    ...SIGNIN_VALUED,
    ...SIGNIN_FLAGS,
    ...RECAP_VALUED,
    ...REMINDERS_OPTIONS,
  ]
    .map((n) => `--${n}`)
    .join(", ");
/** The options that each choose what the command does; two of them together are refused. */
const ACTIONS = ["setup", "check", "statement", "handover", "self-check", "import-signin", "accounts", "recap", "reminders"] as const;

export function parseArgs(argv: string[]): Options {
  const raw: Record<string, string | boolean> = Object.fromEntries(FLAGS.map((f) => [f, false]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(a);
    if (!m) throw new CliError(`unexpected argument ${given(a)} (options start with --; known options: ${known()})`);
    const [, name, inline] = m;
    if (FLAGS.includes(name)) {
      if (inline !== undefined) throw new CliError(`--${name} takes no value, not ${given(inline)}`);
      raw[name] = true;
    } else if (VALUED.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value`);
      raw[name] = value;
    } else throw new CliError(`unknown option --${clip(name)}; known options: ${known()}`);
  }
  const r = optionsSchema.safeParse(raw);
  if (!r.success) {
    throw new CliError(
      r.error.issues
        .map((i) => {
          const name = String(i.path[0]);
          return `--${name} ${EXPECTED[name] ?? "is not valid"}, not ${given(raw[name])}`;
        })
        .join("; "),
    );
  }
  const importing = r.data["import-signin"] !== undefined;
  const chosen = ACTIONS.filter((n) => r.data[n] !== undefined && r.data[n] !== false);
  if (chosen.length > 1) {
    throw new CliError(`use only one of ${ACTIONS.map((n) => `--${n}`).join(", ")}, not ${chosen.map((n) => `--${n}`).join(" with ")}`);
  }
  // The accounts are only printed (nothing is written), as of a month's end.
  if (r.data.accounts && r.data.out !== undefined) throw new CliError(`--accounts only prints, so --out ${given(r.data.out)} does not go with it`);
  if (r.data.accounts && r.data.year !== undefined) {
    throw new CliError(`--accounts is as of a month, so --year ${given(r.data.year)} does not go with it: use --month such as 2026-11`);
  }
  // The summary is drawn from the month's report: the PNG goes with the report alone.
  const summaryWith = ACTIONS.find((n) => r.data[n] !== undefined && r.data[n] !== false);
  if (r.data["summary-png"] && summaryWith) throw new CliError(`--summary-png goes with the monthly report, not with --${summaryWith}`);
  if (importing && r.data.meeting === undefined) throw new CliError("--import-signin needs --meeting, the meeting's date such as 2026-11-04");
  if (importing && (r.data["name-column"] === undefined) !== (r.data["time-column"] === undefined)) {
    throw new CliError("--name-column and --time-column go together");
  }
  const stray = [...SIGNIN_VALUED.filter((n) => n !== "import-signin"), ...SIGNIN_FLAGS].find((n) => !importing && r.data[n as keyof Options]);
  if (stray) throw new CliError(`--${stray} only goes with --import-signin`);
  // The recap is one page written to the file named: --out is required, --event narrows it.
  if (r.data.event !== undefined && r.data.recap === undefined) throw new CliError(`--event only goes with --recap, not alone (given ${given(r.data.event)})`);
  if (r.data.recap !== undefined && r.data.out === undefined) throw new CliError("--recap writes an HTML page, so it needs --out, such as --out recap.html");
  const recapStray = (["month", "year"] as const).find((n) => r.data.recap !== undefined && r.data[n] !== undefined);
  if (recapStray)
    throw new CliError(`--recap covers every date, so --${recapStray} ${given(r.data[recapStray])} does not go with it: use --event to narrow it`);
  // The reminders are only printed (nothing is written), for one day.
  if (r.data.date !== undefined && !r.data.reminders) throw new CliError(`--date only goes with --reminders, not alone (given ${given(r.data.date)})`);
  if (r.data.reminders && r.data.out !== undefined) throw new CliError(`--reminders only prints, so --out ${given(r.data.out)} does not go with it`);
  const remindersStray = (["month", "year"] as const).find((n) => r.data.reminders && r.data[n] !== undefined);
  if (remindersStray)
    throw new CliError(
      `--reminders is for one day, so --${remindersStray} ${given(r.data[remindersStray])} does not go with it: use --date such as 2026-11-30`,
    );
  return r.data;
}

/** What the operating system said, in a few words a user can act on; the path is the one they typed. */
function osReason(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reasons: Record<string, string> = {
    ENOENT: "no such file or folder",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a folder, not a file",
    ENOTDIR: "a part of the path is not a folder",
    EROFS: "the disk is read-only",
    ENOSPC: "the disk is full",
    ENAMETOOLONG: "the name is too long",
    EBUSY: "the file is in use",
  };
  return code ? (reasons[code] ?? code) : undefined;
}

async function openWorkbook(o: Options): Promise<{ book: LocalSpreadsheet; sample: boolean }> {
  if (o.workbook) {
    const file = resolve(o.workbook);
    if (!existsSync(file)) throw new CliError(`no such file: ${o.workbook}`);
    if (statSync(file).isDirectory()) throw new CliError(`--workbook ${o.workbook} is a folder, not an .xlsx file`);
    try {
      accessSync(file, constants.R_OK);
    } catch (e) {
      throw new CliError(`cannot read ${o.workbook}: ${osReason(e)}`);
    }
    try {
      return { book: await loadXlsx(file), sample: false };
    } catch (e) {
      const reason = osReason(e);
      if (reason) throw new CliError(`cannot read ${o.workbook}: ${reason}`);
      const message = firstLine((e as Error).message);
      throw new CliError(/is not an \.xlsx workbook/.test(message) ? message : `${o.workbook} is not an .xlsx workbook: ${message}`);
    }
  }
  if (o.setup) return { book: newWorkbook({ name: "外联部" }), sample: false };
  return { book: workbookFromTabs(sampleTabs(), { name: "外联部 sample" }), sample: true };
}

function bundleCode(): string {
  const file = join(__dirname, "..", "dist", "Code.js");
  if (!existsSync(file)) throw new CliError("dist/Code.js is missing: run npm run build");
  return readFileSync(file, "utf8");
}

/** The project's appsscript.json, so the local ScriptApp and Session answer as the deployed script would. */
function manifestOptions(): { oauthScopes?: string[]; scriptTimeZone?: string } {
  const file = join(__dirname, "..", "dist", "appsscript.json");
  if (!existsSync(file)) return {};
  const m = JSON.parse(readFileSync(file, "utf8")) as { oauthScopes?: string[]; timeZone?: string };
  return { oauthScopes: m.oauthScopes, scriptTimeZone: m.timeZone };
}

const firstLine = (text: string) => text.split("\n")[0];

/** Where a command will write: the --out the user gave, or a default under out/ (made when missing). */
interface Target {
  file: string;
  given: boolean;
}

/** The same file on disk: one path through a symlink, `./a.xlsx` and `a.xlsx`, or a hard link. */
function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    if (x.ino === y.ino && x.dev === y.dev) return true;
  } catch {
    // A file not written yet: compare where it would be.
  }
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      try {
        return join(realpathSync(dirname(p)), basename(p));
      } catch {
        return resolve(p);
      }
    }
  };
  return real(a) === real(b);
}

/**
 * No command writes over the workbook it read: the local save rebuilds the file from the runtime's
 * model, which does not keep every hyperlink, rich-text run and format of the original.
 */
function refuseOverwrite(o: Options, target: Target): void {
  if (!o.workbook || !sameFile(o.workbook, target.file)) return;
  const what = target.given ? `--out ${target.file} is the --workbook file itself` : `the default output ${target.file} is the --workbook file itself`;
  throw new CliError(
    `${what}: the add-on never writes over its input, because saving locally does not keep every hyperlink, rich-text run and format of the original; give --out another file name`,
  );
}

/** Checked before the command runs, so a refused or impossible output costs nothing and prints nothing. */
function outputFor(o: Options, fallback: string): Target {
  const target = { file: o.out ?? fallback, given: o.out !== undefined };
  refuseOverwrite(o, target);
  // Only the default out/ folder is made; a folder the user named must already be there.
  if (target.given && !existsSync(dirname(resolve(target.file)))) {
    throw new CliError(`cannot write ${target.file}: the folder ${dirname(target.file)} does not exist`);
  }
  return target;
}

async function save(book: LocalSpreadsheet, target: Target): Promise<string> {
  const path = resolve(target.file);
  try {
    if (!target.given) mkdirSync(dirname(path), { recursive: true });
    for (const t of await saveXlsx(book, path)) {
      console.error(
        `note: tab ${given(t.from)} is saved as ${given(t.to)} in ${target.file}: an .xlsx tab name has at most 31 characters and none of / \\ ? * : [ ]`,
      );
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot write ${target.file}: ${osReason(e) ?? firstLine((e as Error).message)}`);
  }
  return path;
}

/** Errors thrown inside the bundle carry a zh | en message; the CLI shows the one asked for. */
function bundleMessage(e: unknown, lang: "zh" | "en" | undefined): string {
  const text = String((e as Error)?.message ?? e);
  const [zh, en] = text.split(" | ");
  return (lang === "en" ? en : zh) ?? text;
}

/** Both texts, each under its heading, ready to copy from the terminal. */
function remindersTerminal(run: RemindersRun): string {
  const heading = (x: typeof REMINDERS_TEXT.groupHeading) => `== ${t(x, run.lang)} ==`;
  return [heading(REMINDERS_TEXT.groupHeading), run.texts.group, "", heading(REMINDERS_TEXT.headHeading), run.texts.head].join("\n");
}

/**
 * The month's one-page summary beside the report's file (summary-YYYY-MM.html), and with
 * --summary-png its picture, drawn by the chromium on PATH; without one that is said, the HTML stays.
 */
async function writeSummary(addon: ReturnType<typeof addonFunctions>, month: string, lang: "zh" | "en", report: string, png: boolean): Promise<void> {
  const run = addon.monthlySummary({ month, lang }) as SummaryRun;
  const html = join(dirname(report), `summary-${month}.html`);
  try {
    writeFileSync(html, run.html, "utf8");
  } catch (e) {
    throw new CliError(`cannot write ${html}: ${osReason(e) ?? firstLine((e as Error).message)}`);
  }
  console.error(`→ ${html}`);
  if (!png) return;
  const chromium = chromiumOnPath();
  if (!chromium) {
    console.error(
      "note: --summary-png draws the picture with Chromium, and no `chromium` is on PATH: install Debian's (apt-get install chromium) and run again. The summary is written as HTML only.",
    );
    return;
  }
  const file = html.replace(/\.html$/, ".png");
  try {
    await renderSummaryPng(chromium, run.html, html, file);
  } catch (e) {
    throw new CliError(`${chromium} could not draw ${file}: ${firstLine((e as Error).message)}`);
  }
  console.error(`→ ${file}`);
}

/** "F" → 5: a column as a spreadsheet names it, 0-based. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Previews the export, then saves through the same code the sidebar's confirm runs. An entry the
 * grid already holds is only replaced with --replace: otherwise nothing is written and the exit
 * status is 1, so a script notices.
 */
async function importSigninCommand(o: Options, addon: ReturnType<typeof addonFunctions>, book: LocalSpreadsheet, file: string): Promise<number> {
  const meeting = o.meeting!;
  const out = outputFor(o, `out/signins-${meeting}.xlsx`);
  if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
  if (statSync(file).isDirectory()) throw new CliError(`--import-signin ${file} is a folder, not a file`);
  let rows: string[][];
  try {
    rows = await readSigninExport(file, o.lang ?? "zh");
  } catch (e) {
    const reason = osReason(e);
    throw new CliError(reason ? `cannot read ${file}: ${reason}` : firstLine((e as Error).message));
  }
  const columns =
    o["name-column"] && o["time-column"]
      ? { name: columnNumber(o["name-column"]), time: columnNumber(o["time-column"]), kind: null, signOut: null }
      : undefined;
  const request = { source: { rows }, meeting, absentRest: o["absent-rest"], lang: o.lang, ...(columns ? { columns } : {}) };
  const preview = addon.importSignins(request) as SigninPreviewData | { ok: false; error: string };
  if (!preview.ok) throw new CliError(preview.error);
  // The sheet's language unless --lang says otherwise, as the bundle chose it.
  const lang = preview.lang;
  const print = (text: string) => (o.json ? console.error(text) : console.log(text));
  print(signinPreviewText(preview, file, lang));
  if (!preview.preview || !preview.confirm) {
    if (o.json) process.stdout.write(`${JSON.stringify({ preview, result: null }, null, 2)}\n`);
    return 1;
  }
  const result = addon.importSignins({ ...request, confirm: preview.confirm, replace: o.replace }) as SigninSaveAnswer;
  print("");
  print(signinSaveText(result, lang));
  if (o.json) process.stdout.write(`${JSON.stringify({ preview, result }, null, 2)}\n`);
  if (!result.ok) return 1;
  const path = await save(book, out);
  print(t(SIGNIN_CLI_TEXT.file, lang, { file: path }));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    console.error(`error: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (o.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    // Refused before anything is loaded: the answer does not depend on the workbook's contents.
    if (o.out !== undefined) refuseOverwrite(o, { file: o.out, given: true });
    const code = bundleCode();
    const { book, sample } = await openWorkbook(o);
    const runtime = createRuntime(book, manifestOptions());
    const addon = addonFunctions(loadBundle(code, runtime));
    const lang = o.lang;
    if (o["self-check"]) {
      const report = selfCheckReport(addon.selfCheck({ lang }) as SelfCheckResult);
      if (o.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else console.log(selfCheckTable(report));
      // A script or a deploy step can rely on the status: 0 only when every check passed.
      return report.ok ? 0 : 1;
    }
    if (o.setup) {
      const out = outputFor(o, "out/set-up.xlsx");
      const res = addon.setupSheets() as { summary: string };
      const path = await save(book, out);
      console.error(res.summary);
      console.error(`→ ${path}`);
      return 0;
    }
    if (o.check) {
      const out = o.out === undefined ? null : outputFor(o, o.out);
      const problems = addon.checkData({ mark: Boolean(o.out), lang }) as { sheet: string; cell: string; message: string }[];
      if (o.json) process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
      else console.log(problemList(problems, lang ?? "zh"));
      if (out) console.error(`→ ${await save(book, out)}`);
      return 0;
    }
    if (o.statement !== undefined) {
      const month = o.month ?? (sample ? defaultReportMonth(sampleFacts.today) : defaultReportMonth(localDateOf(new Date(), book.getSpreadsheetTimeZone())));
      const st = addon.memberStatement({ name: o.statement, month, lang }) as StatementText;
      if (o.json) process.stdout.write(`${JSON.stringify(st, null, 2)}\n`);
      else console.log(statementSummary(st));
      return 0;
    }
    if (o["import-signin"] !== undefined) return await importSigninCommand(o, addon, book, o["import-signin"]);
    if (o.recap !== undefined) {
      const out = outputFor(o, o.out!);
      // The sample's own today signs the sample's thank-you, as its report uses its own month.
      const run = addon.sponsorRecap({ sponsor: o.recap, event: o.event, lang, ...(sample ? { today: sampleFacts.today } : {}) }) as RecapRun;
      const path = resolve(out.file);
      try {
        writeFileSync(path, run.html, "utf8");
      } catch (e) {
        throw new CliError(`cannot write ${out.file}: ${osReason(e) ?? firstLine((e as Error).message)}`);
      }
      if (o.json) process.stdout.write(`${JSON.stringify(run.recap, null, 2)}\n`);
      console.error(`→ ${path}`);
      return 0;
    }
    if (o.reminders) {
      // For --date, else today (the sample's own today for the sample, as its recap is signed).
      const when = o.date !== undefined ? { today: o.date } : sample ? { today: sampleFacts.today } : {};
      const run = addon.composeReminders({ ...when, lang }) as RemindersRun;
      const print = (text: string) => (o.json ? console.error(text) : console.log(text));
      print(remindersTerminal(run));
      if (o.json) process.stdout.write(`${JSON.stringify({ lang: run.lang, today: run.today, texts: run.texts, reminders: run.reminders }, null, 2)}\n`);
      return 0;
    }
    if (o.accounts) {
      // As of the month's last day; without --month as of today (the sample's own today for the sample).
      const when = o.month !== undefined ? { month: o.month } : sample ? { asOf: sampleFacts.today } : {};
      const run = addon.accountsView({ ...when, lang }) as AccountsRun;
      if (o.json) process.stdout.write(`${JSON.stringify(run.accounts, null, 2)}\n`);
      else console.log(accountsText(run.accounts, run.lang));
      return 0;
    }
    if (o.handover) {
      const year = o.year ?? (sample ? sampleFacts.today.slice(0, 4) : String(new Date().getFullYear()));
      const out = outputFor(o, `out/handover-${year}.xlsx`);
      const run = addon.exportHandover({ year, lang }) as {
        tab: string;
        notice: string;
        sponsors: number;
        pledges: number;
        deliverables: number;
        unpaidMembers: number;
      };
      const path = await save(book, out);
      if (run.notice) console.error(run.notice);
      const { tab, sponsors, pledges, deliverables, unpaidMembers } = run;
      const said = t(TERMINAL_TEXT.handover, lang ?? "zh", { tab, sponsors, pledges, deliverables, unpaidMembers });
      console.log(`${said}\n${t(TERMINAL_TEXT.written, lang ?? "zh", { file: path })}`);
      return 0;
    }
    // The sample describes the autumn term of 2026: report the month its own "today" would.
    const month = o.month ?? (sample ? defaultReportMonth(sampleFacts.today) : defaultReportMonth(localDateOf(new Date(), book.getSpreadsheetTimeZone())));
    const out = outputFor(o, `out/report-${month}.xlsx`);
    const run = addon.generateMonthlyReport({ month, lang }) as ReportRun;
    const path = await save(book, out);
    await writeSummary(addon, month, run.lang, path, o["summary-png"]);
    // A tab of the report's name that the add-on did not make (an .xlsx keeps no marker) was left alone.
    if (run.notice) console.error(run.notice);
    if (o.json) process.stdout.write(`${JSON.stringify(run.report, null, 2)}\n`);
    else console.log(reportSummary(run.report, run.lang, run.tab, path));
    if (o.json) console.error(`→ ${path}`);
    return 0;
  } catch (e) {
    // One line, never a stack trace: the message names the path the user typed.
    if (e instanceof CliError) console.error(`error: ${e.message}`);
    else console.error(`error: ${firstLine(bundleMessage(e, o.lang))}`);
    return 1;
  }
}

if (require.main === module) {
  // exitCode, not exit(): a piped --json must be flushed before the process ends.
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
