/**
 * The first sheet of an .xlsx file as rows of text, read in the browser without a library: an
 * .xlsx is a zip of XML parts. The zip's central directory says where each part is; a part is
 * stored or DEFLATE-compressed (unpacked by the browser's own DecompressionStream); the XML is read
 * by a small linear tokenizer (no DOM needed, so Node tests it as it is).
 *
 * Cells come out as the file holds them: shared and inline strings as text, numbers as written
 * (a date-time cell is its serial number, "46330.79375", which the server reads as the wall clock
 * typed), booleans as TRUE/FALSE, formula results as their cached value.
 */

/** Why a file could not be read: the page says each in the user's language. */
export type XlsxProblem = "notZip" | "notXlsx" | "damaged" | "encrypted" | "tooBig" | "unsupported";

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    detail = "",
  ) {
    super(`${problem}${detail ? `: ${detail}` : ""}`);
    this.name = "XlsxError";
  }
}

/** Unpacks raw DEFLATE data, refusing to produce more than `max` bytes. */
export type Inflate = (data: Uint8Array, max: number) => Promise<Uint8Array>;

/** The browser's (and Node's) DecompressionStream, read chunk by chunk so a zip bomb stops at `max`. */
export const inflateRaw: Inflate = async (data, max) => {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      // The stream refuses data that is not DEFLATE (a truncated download, a file edited by hand).
      throw new XlsxError("damaged");
    });
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new XlsxError("tooBig");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// The zip container (PKWARE APPNOTE 6.3: end of central directory, central directory, local headers)

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 4294967296;
const FULL = 0xffffffff;

function endOfDirectory(b: Uint8Array): { count: number; offset: number } {
  // The record is 22 bytes plus a comment of at most 65535: searched backwards from the end.
  for (let at = b.length - 22; at >= 0 && at >= b.length - 22 - 65535; at--) {
    if (u32(b, at) !== 0x06054b50) continue;
    let count = u16(b, at + 10);
    let offset = u32(b, at + 16);
    // ZIP64: the real numbers are in the ZIP64 record its locator (just before) points at.
    if ((offset === FULL || count === 0xffff) && at >= 20 && u32(b, at - 20) === 0x07064b50) {
      const z = u64(b, at - 12);
      if (z + 56 <= b.length && u32(b, z) === 0x06064b50) [count, offset] = [u64(b, z + 32), u64(b, z + 48)];
    }
    return { count, offset };
  }
  throw new XlsxError("notZip");
}

/** Every entry of the zip, by name. */
export function zipEntries(b: Uint8Array): Map<string, ZipEntry> {
  if (b.length < 22 || u32(b, 0) !== 0x04034b50) throw new XlsxError("notZip");
  const { count, offset } = endOfDirectory(b);
  const names = new TextDecoder();
  const out = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new XlsxError("notZip", "central directory");
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    const e: ZipEntry = {
      name: names.decode(b.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      offset: u32(b, at + 42),
    };
    // ZIP64 sizes and offset, in the extra field's 0x0001 block, in this order, only those that overflowed.
    let x = at + 46 + nameLength;
    const end = x + extraLength;
    while (x + 4 <= end) {
      const id = u16(b, x);
      const length = u16(b, x + 2);
      if (id === 1) {
        let v = x + 4;
        for (const key of ["size", "compressedSize", "offset"] as const) {
          if (e[key] === FULL && v + 8 <= x + 4 + length) {
            e[key] = u64(b, v);
            v += 8;
          }
        }
      }
      x += 4 + length;
    }
    out.set(e.name, e);
    at = end + commentLength;
  }
  return out;
}

/** One entry's bytes, unpacked; refused when it would unpack to more than `max` bytes. */
export async function readEntry(b: Uint8Array, e: ZipEntry, inflate: Inflate, max: number): Promise<Uint8Array> {
  if (e.flags & 1) throw new XlsxError("encrypted");
  if (e.size > max) throw new XlsxError("tooBig");
  if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) throw new XlsxError("notZip", e.name);
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  const data = b.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return inflate(data, max);
  throw new XlsxError("unsupported", `compression method ${e.method}`);
}

// ---------------------------------------------------------------------------------------------
// XML: a linear tokenizer for the parts of an .xlsx (no DTDs, namespaces reduced to local names)

export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== "#") return NAMED[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `x:row` → `row`: writers differ in the prefixes they use. */
const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const isSpace = (c: string) => c === " " || c === "\n" || c === "\r" || c === "\t";

/** Calls `h` for each tag and text of `xml`, in order; an empty tag (`<c/>`) is an open and a close. */
export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt > i) h.text?.(decodeEntities(xml.slice(i, lt < 0 ? n : lt)));
    if (lt < 0) return;
    const skipTo = (marker: string, from: number) => {
      const e = xml.indexOf(marker, from);
      return e < 0 ? n : e + marker.length;
    };
    if (xml.startsWith("<!--", lt)) {
      i = skipTo("-->", lt + 4);
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      h.text?.(xml.slice(lt + 9, e < 0 ? n : e));
      i = e < 0 ? n : e + 3;
    } else if (xml[lt + 1] === "?" || xml[lt + 1] === "!") {
      i = skipTo(">", lt);
    } else if (xml[lt + 1] === "/") {
      const e = xml.indexOf(">", lt);
      h.close?.(localName(xml.slice(lt + 2, e < 0 ? n : e).trim()));
      i = e < 0 ? n : e + 1;
    } else {
      i = openTag(xml, lt, h);
    }
  }
}

/** Reads `<name a="1" b='2'>` or `<name/>` from `lt`; answers where the text after it starts. */
function openTag(xml: string, lt: number, h: XmlHandler): number {
  const n = xml.length;
  let j = lt + 1;
  while (j < n && !isSpace(xml[j]) && xml[j] !== ">" && xml[j] !== "/") j++;
  const name = localName(xml.slice(lt + 1, j));
  const attrs: Record<string, string> = {};
  let empty = false;
  while (j < n) {
    while (j < n && isSpace(xml[j])) j++;
    if (xml[j] === ">") {
      j++;
      break;
    }
    if (xml[j] === "/") {
      empty = true;
      j = xml.indexOf(">", j);
      j = j < 0 ? n : j + 1;
      break;
    }
    const eq = xml.indexOf("=", j);
    if (eq < 0) return n;
    const key = localName(xml.slice(j, eq).trim());
    let q = eq + 1;
    while (q < n && isSpace(xml[q])) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") return n;
    const end = xml.indexOf(quote, q + 1);
    if (end < 0) return n;
    attrs[key] = decodeEntities(xml.slice(q + 1, end));
    j = end + 1;
  }
  h.open?.(name, attrs);
  if (empty) h.close?.(name);
  return j;
}

// Excel writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
const EXCEL_ESCAPE = /_x([0-9a-f]{4})_/gi;
const unescapeExcel = (s: string) => (s.includes("_x") ? s.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s);

/**
 * Collects the text of `<t>` inside each `element` (a shared string's `<si>`, an inline string's
 * `<is>`), runs of rich text joined, phonetic guides (`<rPh>`) left out.
 */
function textCollector(element: string, done: (text: string) => void): XmlHandler {
  let text: string | null = null;
  let inT = false;
  let phonetic = 0;
  return {
    open(name) {
      if (name === element) text = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && text !== null && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === element && text !== null) {
        done(unescapeExcel(text));
        text = null;
      }
    },
    text(s) {
      if (inT) text += s;
    },
  };
}

/** xl/sharedStrings.xml: the strings cells of type "s" point at, by index. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  scanXml(
    xml,
    textCollector("si", (s) => out.push(s)),
  );
  return out;
}

/** Relationships (`_rels/*.rels`): id → target, and the first target of each type. */
export function relationships(xml: string): { byId: Map<string, string>; byType: Map<string, string> } {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  scanXml(xml, {
    open(name, a) {
      if (name !== "Relationship" || !a.Target) return;
      byId.set(a.Id, a.Target);
      const type = (a.Type ?? "").slice((a.Type ?? "").lastIndexOf("/") + 1);
      if (!byType.has(type)) byType.set(type, a.Target);
    },
  });
  return { byId, byType };
}

/** xl/workbook.xml: the relationship id of the first sheet (the first visible one, if any is hidden). */
export function firstSheetId(xml: string): string | null {
  const sheets: { id: string; hidden: boolean }[] = [];
  scanXml(xml, {
    open(name, a) {
      if (name === "sheet" && a.id) sheets.push({ id: a.id, hidden: a.state === "hidden" || a.state === "veryHidden" });
    },
  });
  return (sheets.find((s) => !s.hidden) ?? sheets[0])?.id ?? null;
}

/** "AB12" → 27 (0-based column); -1 when the reference has no letters. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    const up = c >= 97 && c <= 122 ? c - 32 : c;
    if (up < 65 || up > 90) break;
    n = n * 26 + (up - 64);
  }
  return i === 0 ? -1 : n - 1;
}

export interface SheetRows {
  /** Rows up to the last one holding a value, each as long as its last value, at most `maxRows` × `maxColumns`. */
  rows: string[][];
  /** Rows up to the last one holding a value, counted whatever `maxRows`. */
  totalRows: number;
  /** The widest a row is, counted whatever `maxColumns`. */
  totalColumns: number;
}

/** A worksheet's cells as text (see the file's comment for what each kind of cell becomes). */
export function sheetRows(
  xml: string,
  shared: readonly string[],
  limits = { maxRows: Number.POSITIVE_INFINITY, maxColumns: Number.POSITIVE_INFINITY },
): SheetRows {
  const rows: string[][] = [];
  let totalRows = 0;
  let totalColumns = 0;
  let row = -1;
  let col = -1;
  let type = "n";
  let value = "";
  let inV = false;
  let inline = "";
  const inlineText = textCollector("is", (s) => (inline += s));
  const put = (text: string) => {
    if (text === "" || row < 0 || col < 0) return;
    totalRows = Math.max(totalRows, row + 1);
    totalColumns = Math.max(totalColumns, col + 1);
    if (row >= limits.maxRows || col >= limits.maxColumns) return;
    const cells = rows[row] ?? (rows[row] = []);
    cells[col] = text;
  };
  scanXml(xml, {
    open(name, a) {
      if (name === "row") {
        row = a.r ? Number(a.r) - 1 : row + 1;
        col = -1;
      } else if (name === "c") {
        const at = a.r ? columnIndex(a.r) : -1;
        col = at >= 0 ? at : col + 1;
        type = a.t ?? "n";
        value = "";
        inline = "";
      } else if (name === "v") inV = true;
      else inlineText.open?.(name, a);
    },
    close(name) {
      if (name === "v") inV = false;
      else if (name === "c") {
        if (type === "s") put(shared[Number(value)] ?? "");
        else if (type === "inlineStr") put(inline);
        else if (type === "b") put(value === "1" ? "TRUE" : value === "0" ? "FALSE" : value);
        else put(type === "str" || type === "e" ? unescapeExcel(value) : value.trim());
      } else inlineText.close?.(name);
    },
    text(s) {
      if (inV) value += s;
      else inlineText.text?.(s);
    },
  });
  const out: string[][] = [];
  for (let r = 0; r < Math.min(totalRows, limits.maxRows); r++) out.push(Array.from(rows[r] ?? [], (v) => v ?? ""));
  return { rows: out, totalRows, totalColumns };
}

/** "worksheets/sheet1.xml" seen from "xl/workbook.xml" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root. */
export function resolvePart(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const p of target.replace(/^\/+/, "").split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

export interface ReadOptions {
  inflate?: Inflate;
  /** The most any one part may unpack to (default 60 MB). */
  maxUnpacked?: number;
  maxRows?: number;
  maxColumns?: number;
}

/** The first sheet of an .xlsx file's bytes. Throws XlsxError saying why it cannot. */
export async function readXlsx(bytes: Uint8Array, opts: ReadOptions = {}): Promise<SheetRows> {
  const inflate = opts.inflate ?? inflateRaw;
  const max = opts.maxUnpacked ?? 60 * 1024 * 1024;
  const entries = zipEntries(bytes);
  const utf8 = new TextDecoder();
  const part = async (name: string) => {
    const e = entries.get(name);
    return e ? utf8.decode(await readEntry(bytes, e, inflate, max)) : null;
  };
  const root = await part("_rels/.rels");
  const workbookPath = resolvePart("", (root && relationships(root).byType.get("officeDocument")) || "xl/workbook.xml");
  const workbook = await part(workbookPath);
  if (workbook === null) throw new XlsxError("notXlsx");
  const relsPath = resolvePart(workbookPath, `_rels/${workbookPath.split("/").pop()}.rels`);
  const rels = relationships((await part(relsPath)) ?? "");
  const id = firstSheetId(workbook);
  const target = id === null ? undefined : rels.byId.get(id);
  const sheet = target === undefined ? null : await part(resolvePart(workbookPath, target));
  if (sheet === null) throw new XlsxError("notXlsx", "no worksheet");
  const stringsTarget = rels.byType.get("sharedStrings");
  const strings = stringsTarget ? await part(resolvePart(workbookPath, stringsTarget)) : null;
  return sheetRows(sheet, strings === null ? [] : sharedStrings(strings), {
    maxRows: opts.maxRows ?? Number.POSITIVE_INFINITY,
    maxColumns: opts.maxColumns ?? Number.POSITIVE_INFINITY,
  });
}
