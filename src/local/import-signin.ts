/**
 * `npm start -- --import-signin export.xlsx|export.csv --meeting 2026-11-04`: a sign-in export read
 * here (an .xlsx's first tab through the runtime's loader, a .csv as UTF-8 or GBK), sent to the
 * bundle as text — as the sidebar sends a file it read — previewed, then saved through the same
 * server code. The preview is put into words by domain/signin-text, as the sidebar does.
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { SigninPreviewData, SigninSaveAnswer } from "../app/import-signins";
import { fitRows, rowsProblem } from "../contracts/signin-file";
import { decodeCsvBytes, parseCsv } from "../domain/csv";
import { formatClock, localDateTimeOf } from "../domain/dates";
import { clockText, columnText, previewProblems, roleLabel, statusText, timesText, unsureText } from "../domain/signin-text";
import { type Lang, LIST, type Params, type Text, t, text } from "../domain/text";
import { loadXlsx } from "./runtime";
import { table } from "./terminal";

/** What the command line prints around the add-on's preview, in zh and en. */
export const SIGNIN_CLI_TEXT = {
  title: text("导入签到：例会 {date}（{where}），{clock}", "Import sign-ins: meeting {date} ({where}), {clock}"),
  column: text("考勤 {column} 列", "column {column} of the grid"),
  newColumn: text("新的例会，写入时新建一列", "a new meeting: writing adds its column"),
  read: text("读取 {file}：{rows} 行提交；{columns}", "Read {file}: {rows} submissions; {columns}"),
  roleIs: text("{role} = {column}", "{role} = {column}"),
  name: text("姓名", "Name"),
  group: text("小组", "Group"),
  status: text("状态", "Status"),
  times: text("时间", "Times"),
  rows: text("导出行", "Export rows"),
  grid: text("表中现有", "In the grid"),
  same: text("{current}（不变）", "{current} (unchanged)"),
  replace: text("{current} → 需确认", "{current} → to confirm"),
  check: text("请核对：", "Please check:"),
  nobody: text("没有可以记录的成员。", "No member can be marked."),
  unsure: text(
    "无法确定导出中的列：用 --name-column 和 --time-column 指定（如 --name-column F --time-column B）",
    "Could not tell the export's columns: give them with --name-column and --time-column (such as --name-column F --time-column B)",
  ),
  conflicts: text(
    "以下成员已有其他人填写的状态，未写入任何内容（加 --replace 覆盖）：",
    "Someone already entered a status for these members; nothing was written (add --replace to replace them):",
  ),
  conflict: text("  {name}：{current} → {status}", "  {name}: {current} → {status}"),
  saved: text("已写入“{sheet}” {column} 列：{n} 人", "Written to column {column} of {sheet}: {n} {n|member|members}"),
  unchanged: text("考勤表已与导出一致，没有改动", "The grid already says what the export says; nothing changed"),
  created: text("（新建了这次例会的列）", " (the meeting's column was added)"),
  added: text("已把 {names} 加入考勤表", "Added {names} to the grid"),
  file: text("已保存 {file}", "Saved {file}"),
} satisfies Record<string, Text>;

const w = (lang: Lang, key: keyof typeof SIGNIN_CLI_TEXT, params?: Params) => t(SIGNIN_CLI_TEXT[key], lang, params);

/** A cell as the page would send it: date-times as the wall clock of the export's zone. */
function cellText(v: unknown, timeZone: string): string {
  if (v instanceof Date) {
    const at = localDateTimeOf(v, timeZone);
    return `${at.date} ${formatClock(at.seconds / 60)}:${String(at.seconds % 60).padStart(2, "0")}`;
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v === null || v === undefined ? "" : String(v);
}

/** The export's rows as text; throws a one-line Error naming the file. */
export async function readSigninExport(file: string, lang: Lang): Promise<string[][]> {
  const ext = extname(file).toLowerCase();
  let rows: string[][];
  if (ext === ".xlsx") {
    const book = await loadXlsx(file);
    const sheet = book.getSheets()[0];
    const zone = book.getSpreadsheetTimeZone();
    rows = (sheet.getDataRange().getValues() as unknown[][]).map((r) => r.map((v) => cellText(v, zone)));
  } else if (ext === ".csv" || ext === ".txt") {
    rows = parseCsv(decodeCsvBytes(readFileSync(file)));
  } else {
    throw new Error(`--import-signin ${file} must be an .xlsx or .csv file`);
  }
  const long = rowsProblem(rows.length, lang);
  if (long) throw new Error(`${basename(file)}: ${long}`);
  return fitRows(rows).rows;
}

/** The preview as a table, then every row not counted and why. */
export function signinPreviewText(p: SigninPreviewData, file: string, lang: Lang): string {
  const where = p.column ? w(lang, "column", { column: p.column }) : w(lang, "newColumn");
  const out = [w(lang, "title", { date: p.meeting, where, clock: clockText(p.clock, lang) })];
  const header = (role: "name" | "time" | "kind" | "signOut") => {
    const index = p.columns?.[role];
    return index === null || index === undefined
      ? null
      : w(lang, "roleIs", { role: roleLabel(role, lang), column: columnText({ index, header: p.headers[index] ?? "" }, lang) });
  };
  const columns = (["name", "time", "kind", "signOut"] as const).map(header).filter((x): x is string => x !== null);
  out.push(w(lang, "read", { file: basename(file), rows: p.rows, columns: columns.join(t(LIST, lang)) }));
  if (!p.preview) {
    out.push("", ...unsureText(p.guess, lang), w(lang, "unsure"));
    return out.join("\n");
  }
  out.push("");
  const marks = p.preview.marks;
  if (marks.length === 0) out.push(w(lang, "nobody"));
  else {
    out.push(
      table(
        [w(lang, "name"), w(lang, "group"), w(lang, "status"), w(lang, "times"), w(lang, "rows"), w(lang, "grid")],
        marks.map((m) => [
          m.name,
          m.group,
          statusText(m.status, lang),
          timesText(m, lang),
          m.rows.join(", "),
          m.change === "new" ? "" : w(lang, m.change, { current: m.current }),
        ]),
      ),
    );
  }
  const notes = previewProblems(p.preview, lang, p.meeting);
  if (notes.length) out.push("", w(lang, "check"), ...notes.map((n) => `  ${n}`));
  return out.join("\n");
}

/** What the save did, or the entries it would replace. */
export function signinSaveText(r: SigninSaveAnswer, lang: Lang): string {
  if (!r.ok) {
    if ("conflicts" in r)
      return [
        w(lang, "conflicts"),
        ...r.conflicts.map((c) => w(lang, "conflict", { name: c.name, current: c.current, status: statusText(c.status, lang) })),
      ].join("\n");
    return r.error;
  }
  const out = [
    (r.written ? w(lang, "saved", { sheet: r.sheet, column: r.column, n: r.written }) : w(lang, "unchanged")) + (r.created ? w(lang, "created") : ""),
  ];
  if (r.added.length) out.push(w(lang, "added", { names: r.added.join(t(LIST, lang)) }));
  return out.join("\n");
}
