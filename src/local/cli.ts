/**
 * The add-on on a local .xlsx workbook, no Google account needed: the built dist/Code.js runs in
 * the local Apps Script runtime, so this is the very code the sheet runs.
 *
 *   npm start                                   monthly report of the sample workbook
 *   npm start -- --workbook f.xlsx [--month 2026-11] [--out r.xlsx] [--lang zh|en] [--json]
 *   npm start -- --workbook f.xlsx --setup --out set-up.xlsx
 *   npm start -- --workbook f.xlsx --check [--json]
 *   npm start -- --workbook f.xlsx --statement 张三 [--month 2026-11] [--json]
 *   npm start -- --workbook f.xlsx --handover [--year 2026] [--out handover.xlsx]
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as z from "zod/mini";
import { defaultReportMonth, localDateOf } from "../domain/dates";
import type { ReportRun } from "../sheets/report-run";
import { createRuntime, loadBundle, loadXlsx, newWorkbook, saveXlsx, workbookFromTabs, type LocalSpreadsheet } from "./runtime";
import { sampleFacts, sampleTabs } from "./sample/workbook";
import type { StatementText } from "../domain/statement-text";
import { problemList, reportSummary, statementSummary } from "./terminal";

const USAGE = `Usage: npm start -- [--workbook file.xlsx] [--month YYYY-MM] [--out file.xlsx] [--lang zh|en] [--json]
       npm start -- --workbook file.xlsx --setup [--out file.xlsx]
       npm start -- --workbook file.xlsx --check [--json]
       npm start -- --workbook file.xlsx --statement NAME [--month YYYY-MM] [--lang zh|en] [--json]
       npm start -- --workbook file.xlsx --handover [--year YYYY] [--out file.xlsx] [--lang zh|en]
Without --workbook the report and the check use the sample workbook, and --setup starts from an empty one.`;

const optionsSchema = z.object({
  workbook: z.optional(z.string()),
  month: z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "--month must look like 2026-11"))),
  out: z.optional(z.string()),
  lang: z.optional(z.enum(["zh", "en"])),
  statement: z.optional(z.string().check(z.minLength(1, "--statement needs a member's name"))),
  year: z.optional(z.string().check(z.regex(/^\d{4}$/, "--year must look like 2026"))),
  handover: z.boolean(),
  json: z.boolean(),
  setup: z.boolean(),
  check: z.boolean(),
  help: z.boolean(),
});
type Options = z.infer<typeof optionsSchema>;

class CliError extends Error {}

export function parseArgs(argv: string[]): Options {
  const raw: Record<string, string | boolean> = { json: false, setup: false, check: false, help: false, handover: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new CliError(`unexpected argument "${a}"\n${USAGE}`);
    const [, name, inline] = m;
    if (["json", "setup", "check", "help", "handover"].includes(name)) raw[name] = true;
    else if (["workbook", "month", "out", "lang", "statement", "year"].includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliError(`--${name} needs a value\n${USAGE}`);
      raw[name] = value;
    } else throw new CliError(`unknown option --${name}\n${USAGE}`);
  }
  const r = optionsSchema.safeParse(raw);
  if (!r.success) throw new CliError(r.error.issues.map((i) => i.message).join("; "));
  const modes = [r.data.setup, r.data.check, r.data.handover, r.data.statement !== undefined].filter(Boolean).length;
  if (modes > 1) throw new CliError("use only one of --setup, --check, --statement, --handover");
  return r.data;
}

async function openWorkbook(o: Options): Promise<{ book: LocalSpreadsheet; sample: boolean }> {
  if (o.workbook) {
    const file = resolve(o.workbook);
    if (!existsSync(file)) throw new CliError(`no such file: ${o.workbook}`);
    try {
      return { book: await loadXlsx(file), sample: false };
    } catch (e) {
      const message = (e as Error).message;
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

async function save(book: LocalSpreadsheet, file: string): Promise<string> {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  await saveXlsx(book, path);
  return path;
}

/** Errors thrown inside the bundle carry a zh | en message; the CLI shows the one asked for. */
function bundleMessage(e: unknown, lang: "zh" | "en" | undefined): string {
  const text = String((e as Error)?.message ?? e);
  const [zh, en] = text.split(" | ");
  return (lang === "en" ? en : zh) ?? text;
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 2;
  }
  if (o.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    const code = bundleCode();
    const { book, sample } = await openWorkbook(o);
    const runtime = createRuntime(book);
    const addon = loadBundle(code, runtime);
    const lang = o.lang;
    if (o.setup) {
      const res = addon.setupSheets() as { summary: string };
      const path = await save(book, o.out ?? "out/set-up.xlsx");
      console.error(res.summary);
      console.error(`→ ${path}`);
      return 0;
    }
    if (o.check) {
      const problems = addon.checkData({ mark: Boolean(o.out), lang }) as { sheet: string; cell: string; message: string }[];
      if (o.json) process.stdout.write(JSON.stringify(problems, null, 2) + "\n");
      else console.log(problemList(problems, lang ?? "zh"));
      if (o.out) console.error(`→ ${await save(book, o.out)}`);
      return 0;
    }
    if (o.statement !== undefined) {
      const month = o.month ?? (sample ? defaultReportMonth(sampleFacts.today) : defaultReportMonth(localDateOf(new Date(), book.getSpreadsheetTimeZone())));
      const st = addon.memberStatement({ name: o.statement, month, lang }) as StatementText;
      if (o.json) process.stdout.write(JSON.stringify(st, null, 2) + "\n");
      else console.log(statementSummary(st));
      return 0;
    }
    if (o.handover) {
      const year = o.year ?? (sample ? sampleFacts.today.slice(0, 4) : String(new Date().getFullYear()));
      const run = addon.exportHandover({ year, lang }) as { tab: string; sponsors: number; pledges: number; deliverables: number; unpaidMembers: number };
      const path = await save(book, o.out ?? `out/handover-${year}.xlsx`);
      const zh = (lang ?? "zh") === "zh";
      console.log(
        zh
          ? `${run.tab}：赞助商 ${run.sponsors} 家，意向 ${run.pledges} 笔，未完成回报 ${run.deliverables} 项，有未发佣金的成员 ${run.unpaidMembers} 人\n已写入 ${path}`
          : `${run.tab}: ${run.sponsors} sponsors, ${run.pledges} open pledges, ${run.deliverables} open deliverables, ${run.unpaidMembers} members with unpaid commission\nWritten to ${path}`,
      );
      return 0;
    }
    // The sample describes the autumn term of 2026: report the month its own "today" would.
    const month = o.month ?? (sample ? defaultReportMonth(sampleFacts.today) : defaultReportMonth(localDateOf(new Date(), book.getSpreadsheetTimeZone())));
    const run = addon.generateMonthlyReport({ month, lang }) as ReportRun;
    const path = await save(book, o.out ?? `out/report-${month}.xlsx`);
    if (o.json) process.stdout.write(JSON.stringify(run.report, null, 2) + "\n");
    else console.log(reportSummary(run.report, run.lang, run.tab, path));
    if (o.json) console.error(`→ ${path}`);
    return 0;
  } catch (e) {
    if (e instanceof CliError) console.error(`error: ${e.message}`);
    else console.error(`error: ${bundleMessage(e, o.lang)}`);
    return 1;
  }
}

if (require.main === module) {
  // exitCode, not exit(): a piped --json must be flushed before the process ends.
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
