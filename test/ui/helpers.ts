/** The built bundle on the local Apps Script runtime: the sidebars' server handlers as Sheets runs them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addonFunctions } from "../../src/local/addon";
import {
  type CellValue,
  createRuntime,
  type LocalSpreadsheet,
  loadBundle,
  type Runtime,
  type RuntimeOptions,
  runFromPage,
  workbookFromTabs,
} from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");

export interface Addon {
  book: LocalSpreadsheet;
  runtime: Runtime;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: Record<string, (...args: any[]) => any>;
}

export type Tabs = { name: string; rows: CellValue[][] }[];

export function addon(tabs: Tabs = sampleTabs(), locale = "zh_CN", ropts: RuntimeOptions = {}): Addon {
  return on(workbookFromTabs(tabs, { locale }), ropts);
}

/** Another user's session on the same spreadsheet. */
export function on(book: LocalSpreadsheet, ropts: RuntimeOptions = {}): Addon {
  const runtime = createRuntime(book, ropts);
  return { book, runtime, fn: addonFunctions(loadBundle(code, runtime)) };
}

export function tab(a: Addon, name: string) {
  const s = a.book.getSheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

export function values(a: Addon, name: string): CellValue[][] {
  return tab(a, name).getDataRange().getValues() as CellValue[][];
}

export function formulas(a: Addon, name: string): string[][] {
  return tab(a, name).getDataRange().getFormulas();
}

/**
 * A sidebar's `google.script.run.NAME(...args)`: the arguments and the answer cross the same
 * boundary they cross in Sheets (a Date in an answer makes it null; one in an argument fails).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function run(a: Addon, name: string, ...args: unknown[]): any {
  return runFromPage(a.runtime, name, ...args);
}

export const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

export const day = (v: unknown) =>
  v instanceof Date || Object.prototype.toString.call(v) === "[object Date]" ? new Date((v as Date).getTime() + 8 * 3600e3).toISOString().slice(0, 10) : v;

/** A tab's rows by name, to change a fixture before the workbook is made from it. */
export function rowsOf(tabs: Tabs, name: string): CellValue[][] {
  const t = tabs.find((x) => x.name === name);
  if (!t) throw new Error(`no tab ${name} in the fixture`);
  return t.rows;
}

/** The 日志 / Log lines the add-on left: [user, action, sheet, rows]. */
export function logLines(a: Addon): unknown[][] {
  const log = a.book.getSheetByName("日志") ?? a.book.getSheetByName("Log");
  return log ? (log.getDataRange().getValues() as unknown[][]).slice(1).map((r) => r.slice(1, 5)) : [];
}

/** The 设置 sidebar's form as the sample workbook's Settings tab fills it. */
export const SAMPLE_SETTINGS_FORM = {
  rate: "15",
  basis: "cash",
  lateFee: "5",
  leftEarlyFee: "5",
  absentFee: "20",
  lateLimit: "2",
  absentLimit: "1",
  termStart: "2026-09-01",
  department: "XX大学学生会外联部",
  reportLang: "zh",
  meetingStart: "19:00",
  graceMinutes: "5",
  meetingLength: "90",
  leaveNeedsApproval: "yes",
  openingBalance: "1286.50",
  openingDate: "",
};

/** A received sponsorship of ¥1,000 from 博文书店 for 社团文化节, credited to 王浩然, as the 登记赞助 page sends it. */
export const SAMPLE_SPONSORSHIP = {
  sponsor: "博文书店",
  addSponsor: false,
  category: "",
  owner: "",
  event: "社团文化节",
  members: ["王浩然"],
  weights: [""],
  cash: "1000",
  items: "",
  inKind: "",
  status: "received",
  date: "2026-11-23",
  notes: "",
};
