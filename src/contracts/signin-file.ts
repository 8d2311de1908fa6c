/**
 * What the page (and the command line) check of an export file before sending it, in the numbers
 * the server then checks (signin-limits.ts): too big or too long is said in a sentence, not sent.
 */
import { type Lang, t, text } from "../domain/text";
import { SIGNIN_LIMITS } from "./signin-limits";

export const SIGNIN_FILE_TEXT = {
  tooManyRows: text(
    "导出共有 {rows} 行，最多只能导入 {max} 行：请只导出这次例会的提交",
    "The export has {rows} rows; at most {max} can be imported. Export only this meeting's submissions",
  ),
  fileTooBig: text(
    "文件有 {size} MB，最多 {max} MB：请只导出这次例会的提交，或删去不需要的列",
    "The file is {size} MB; at most {max} MB. Export only this meeting's submissions, or remove columns you do not need",
  ),
};

/** The export as the page sends it: at most `columns` columns, each cell cut to `cell` characters. */
export function fitRows(rows: readonly (readonly string[])[]): { rows: string[][]; droppedColumns: number } {
  let widest = 0;
  const out = rows.map((row) => {
    widest = Math.max(widest, row.length);
    return row.slice(0, SIGNIN_LIMITS.columns).map((c) => (c.length > SIGNIN_LIMITS.cell ? c.slice(0, SIGNIN_LIMITS.cell) : c));
  });
  // Blank rows at the end (a sheet's unused rows, a CSV's trailing line) are not submissions.
  while (out.length > 0 && out[out.length - 1].every((c) => c.trim() === "")) out.pop();
  return { rows: out, droppedColumns: Math.max(0, widest - SIGNIN_LIMITS.columns) };
}

/** Why the export cannot be sent, or null when it can. */
export function rowsProblem(rows: number, lang: Lang): string | null {
  return rows > SIGNIN_LIMITS.rows ? t(SIGNIN_FILE_TEXT.tooManyRows, lang, { rows, max: SIGNIN_LIMITS.rows }) : null;
}

export function fileProblem(bytes: number, lang: Lang): string | null {
  if (bytes <= SIGNIN_LIMITS.fileBytes) return null;
  return t(SIGNIN_FILE_TEXT.fileTooBig, lang, { size: (bytes / 1048576).toFixed(1), max: SIGNIN_LIMITS.fileBytes / 1048576 });
}
