/**
 * A sign-in export chosen in the file picker, read in the browser (nothing is uploaded but the
 * rows): .csv through the same decoding and parsing as everywhere (UTF-8 or GBK), .xlsx through the
 * zip and XML reader in lib/. Too big, too long or unreadable is said in a sentence, not sent.
 */
import { fileProblem, fitRows, rowsProblem } from "../../../contracts/signin-file";
import { SIGNIN_LIMITS } from "../../../contracts/signin-limits";
import { decodeCsvBytes, parseCsv } from "../../../domain/csv";
import type { Lang, Params } from "../../../domain/text";
import { readXlsx, XlsxError } from "../lib/xlsx-read";

export interface ExportFile {
  rows: string[][];
  /** Columns beyond the limit, which were not read. */
  droppedColumns: number;
  columns: number;
}

/** Refused, with the sentence that says why. */
export class FileRefused extends Error {}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
// The header of an OLE compound file: an old .xls, or an .xlsx saved with a password.
const isOle = (b: Uint8Array) => b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readExportFile(file: File, lang: Lang, say: (key: string, params?: Params) => string): Promise<ExportFile> {
  const tooBig = fileProblem(file.size, lang);
  if (tooBig) throw new FileRefused(tooBig);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.toLowerCase();
  let rows: string[][];
  let columns = 0;
  if (isZip(bytes)) {
    try {
      const sheet = await readXlsx(bytes, { maxRows: SIGNIN_LIMITS.rows, maxColumns: SIGNIN_LIMITS.columns, maxUnpacked: SIGNIN_LIMITS.unpackedBytes });
      const long = rowsProblem(sheet.totalRows, lang);
      if (long) throw new FileRefused(long);
      rows = sheet.rows;
      columns = sheet.totalColumns;
    } catch (e) {
      if (e instanceof XlsxError) throw new FileRefused(say(`x_${e.problem}`));
      throw e;
    }
  } else if (isOle(bytes) || name.endsWith(".xls")) {
    throw new FileRefused(say("xls"));
  } else if (name.endsWith(".xlsx")) {
    throw new FileRefused(say("x_notZip"));
  } else if (name.endsWith(".csv") || name.endsWith(".txt") || file.type.startsWith("text/")) {
    rows = parseCsv(decodeCsvBytes(bytes));
    const long = rowsProblem(rows.length, lang);
    if (long) throw new FileRefused(long);
    for (const r of rows) columns = Math.max(columns, r.length);
  } else {
    throw new FileRefused(say("notCsvOrXlsx"));
  }
  const fitted = fitRows(rows);
  if (fitted.rows.length === 0) throw new FileRefused(say("emptyFile"));
  return { rows: fitted.rows, droppedColumns: Math.max(0, columns - SIGNIN_LIMITS.columns), columns };
}
