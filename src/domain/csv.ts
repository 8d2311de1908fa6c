/**
 * CSV files as sign-in tools and Excel save them: RFC 4180 text, in UTF-8 or, from Excel in China,
 * in GBK. Reading never throws: whatever the bytes, the rows are what can be made of them.
 */

/**
 * Rows of fields (RFC 4180): a field in double quotes may hold commas, line breaks and `""` (one
 * quote); rows end at CRLF, LF or CR; a UTF-8 byte order mark is dropped; the line break after
 * the last row does not make an empty row; rows keep their own lengths. A quote that is never
 * closed takes the rest of the text into its field; text after a closing quote stays in the field
 * (`"a"b` → `ab`). Linear time.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return rows;
  let row: string[] = [];
  let field = "";
  for (;;) {
    // At the start of a field.
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    }
    // The unquoted part (or what follows a closing quote), up to a comma or a line break.
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 44 || c === 10 || c === 13) break;
      j++;
    }
    field += text.slice(i, j);
    row.push(field);
    field = "";
    if (j >= n) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(j);
    i = j + 1;
    if (c === 44) continue;
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte order mark) when they are valid
 * UTF-8, UTF-16 when they start with its byte order mark, and otherwise GB18030 (which reads GBK),
 * as Excel in China saves "CSV (逗号分隔)".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
