/** The sidebar's .xlsx reader, on files exceljs writes and on zips built here part by part. */
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { parseDateTime } from "../../../../src/domain/dates";
import {
  columnIndex,
  firstSheetId,
  inflateRaw,
  readXlsx,
  relationships,
  resolvePart,
  scanXml,
  sharedStrings,
  sheetRows,
  XlsxError,
  zipEntries,
} from "../../../../src/ui/pages/lib/xlsx-read";
import { finishes } from "../../../hang-guard";

/** A zip of `parts` (name → text): deflated unless the name is in `stored`; `flags`/`method` per name to break it. */
function zip(
  parts: Record<string, string>,
  opts: { stored?: string[]; flags?: Record<string, number>; method?: Record<string, number>; size?: Record<string, number> } = {},
): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, body] of Object.entries(parts)) {
    const raw = Buffer.from(body, "utf8");
    const stored = opts.stored?.includes(name);
    const data = stored ? raw : deflateRawSync(raw);
    const method = opts.method?.[name] ?? (stored ? 0 : 8);
    const flags = opts.flags?.[name] ?? 0;
    const size = opts.size?.[name] ?? raw.length;
    const n = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(flags, 8);
    head.writeUInt16LE(method, 10);
    head.writeUInt32LE(data.length, 20);
    head.writeUInt32LE(size, 24);
    head.writeUInt16LE(n.length, 28);
    head.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(head, n);
    offset += local.length + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKBOOK_PARTS = {
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
};

describe("readXlsx on a file exceljs writes (as Excel, WPS and the sign-in tools do)", () => {
  test("the first sheet's cells as text: strings, numbers, booleans, formula results, date-times as serials", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["序号", "提交答卷时间", "1、您的姓名", "已签到", "分数"]);
    // exceljs writes a Date's UTC fields as the cell's wall clock.
    ws.addRow([1, new Date(Date.UTC(2026, 10, 4, 19, 3, 0)), "张伟", true, { formula: "1+1", result: 2 }]);
    ws.addRow([2, new Date(Date.UTC(2026, 10, 4, 18, 54, 0)), { richText: [{ text: "Amy " }, { font: { bold: true }, text: "Chen" }] }, false]);
    ws.getCell("C5").value = "李娜 & <王芳>";
    wb.addWorksheet("Other").addRow(["not read"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readXlsx(bytes);
    expect(read.rows).toEqual([
      ["序号", "提交答卷时间", "1、您的姓名", "已签到", "分数"],
      ["1", "46330.79375", "张伟", "TRUE", "2"],
      ["2", "46330.7875", "Amy Chen", "FALSE"],
      [],
      ["", "", "李娜 & <王芳>"],
    ]);
    expect([read.totalRows, read.totalColumns]).toEqual([5, 5]);
    // The serial is the wall clock typed, whatever the zone.
    expect(parseDateTime(Number(read.rows[1][1]), { timeZone: "Asia/Shanghai" })).toEqual({ date: "2026-11-04", seconds: 19 * 3600 + 3 * 60 });
  });

  test("rows and columns past the limits are counted, not kept", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    for (let i = 0; i < 30; i++) ws.addRow(Array.from({ length: 8 }, (_, c) => `${i}-${c}`));
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), { maxRows: 10, maxColumns: 3 });
    expect(read.rows).toHaveLength(10);
    expect(read.rows[9]).toEqual(["9-0", "9-1", "9-2"]);
    expect([read.totalRows, read.totalColumns]).toEqual([30, 8]);
  });
});

describe("readXlsx on parts as other writers lay them out", () => {
  test("stored and deflated parts, prefixed names, inline strings, rich text with phonetic guides, escapes, gaps and cells without references", async () => {
    const sheet = `<?xml version="1.0"?>
<x:worksheet xmlns:x="main"><x:sheetData>
  <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>
  <x:row r="3"><x:c t="inlineStr"><x:is><x:t>内联</x:t></x:is></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>a_x000D_b</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>
  <x:row><x:c r="B4"><x:v> 46330.5 </x:v></x:c><x:c r="D4" s="3"/></x:row>
</x:sheetData></x:worksheet>`;
    const strings = `<sst count="2"><si><t xml:space="preserve"> 姓名 </t></si><si><r><rPr><b/></rPr><t>王</t></r><r><t>芳</t></r><rPh sb="0" eb="1"><t>おう</t></rPh></si></sst>`;
    const bytes = zip(
      { ...WORKBOOK_PARTS, "xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": strings },
      { stored: ["xl/workbook.xml", "xl/sharedStrings.xml"] },
    );
    expect((await readXlsx(bytes)).rows).toEqual([[" 姓名 ", "", "王芳"], [], ["内联", "a\rb", "#N/A", "TRUE"], ["", "46330.5"]]);
  });

  test("the first visible sheet, found through the workbook's relationships wherever they point", async () => {
    const parts = {
      "_rels/.rels": `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`,
      "book/main.xml": `<workbook><sheets><sheet name="hidden" state="hidden" r:id="a"/><sheet name="签到" r:id="b"/></sheets></workbook>`,
      "book/_rels/main.xml.rels": `<Relationships><Relationship Id="a" Target="s/1.xml"/><Relationship Id='b' Target='../sheets/2.xml'/></Relationships>`,
      "book/s/1.xml": `<worksheet><sheetData><row><c t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>`,
      "sheets/2.xml": `<worksheet><sheetData><row><c t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row></sheetData></worksheet>`,
    };
    expect((await readXlsx(zip(parts))).rows).toEqual([["a<b"]]);
  });

  test("each thing that is not a readable .xlsx says what it is", async () => {
    const problem = async (bytes: Uint8Array, opts = {}) => {
      try {
        await readXlsx(bytes, opts);
        return "read";
      } catch (e) {
        return e instanceof XlsxError ? e.problem : String(e);
      }
    };
    const sheet = `<worksheet><sheetData><row><c t="inlineStr"><is><t>${"x".repeat(5000)}</t></is></c></row></sheetData></worksheet>`;
    const book = { ...WORKBOOK_PARTS, "xl/worksheets/sheet1.xml": sheet };
    expect(await problem(new TextEncoder().encode("编号,姓名\n1,张伟"))).toBe("notZip");
    // An old .xls, or an .xlsx saved with a password: an OLE compound file.
    expect(await problem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]))).toBe("notZip");
    expect(await problem(zip({ "word/document.xml": "<w/>" }))).toBe("notXlsx");
    expect(await problem(zip(book, { flags: { "xl/worksheets/sheet1.xml": 1 } }))).toBe("encrypted");
    expect(await problem(zip(book, { method: { "xl/worksheets/sheet1.xml": 12 } }))).toBe("unsupported");
    expect(await problem(zip(book), { maxUnpacked: 1000 })).toBe("tooBig");
    // A part that says it is small but unpacks to more is stopped at the limit, not unpacked whole.
    expect(await problem(zip(book, { size: { "xl/worksheets/sheet1.xml": 10 } }), { maxUnpacked: 1000 })).toBe("tooBig");
    // A part whose compressed data is not DEFLATE: a truncated download.
    const damaged = zip(book);
    const at = Buffer.from(damaged).indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length;
    damaged.fill(0xff, at, at + 20);
    expect(await problem(damaged)).toBe("damaged");
    expect(await problem(zip(book))).toBe("read");
  });
});

describe("the parts, one by one", () => {
  test("zip entries with their sizes and where they start", () => {
    const entries = zipEntries(zip({ "a.xml": "<a/>", "b.xml": "<b>text</b>" }, { stored: ["a.xml"] }));
    expect([...entries.values()].map((e) => [e.name, e.method, e.size])).toEqual([
      ["a.xml", 0, 4],
      ["b.xml", 8, 11],
    ]);
  });

  test("inflateRaw is the DecompressionStream the browser has", async () => {
    const text = "签到".repeat(1000);
    const out = await inflateRaw(new Uint8Array(deflateRawSync(Buffer.from(text))), 10_000);
    expect(new TextDecoder().decode(out)).toBe(text);
    await expect(inflateRaw(new Uint8Array(deflateRawSync(Buffer.from(text))), 100)).rejects.toThrow(XlsxError);
  });

  test("relationships, the first sheet, column letters and part paths", () => {
    expect(relationships(WORKBOOK_PARTS["xl/_rels/workbook.xml.rels"]).byType.get("sharedStrings")).toBe("sharedStrings.xml");
    expect(firstSheetId(WORKBOOK_PARTS["xl/workbook.xml"])).toBe("rId1");
    expect(firstSheetId("<workbook/>")).toBeNull();
    expect([columnIndex("A1"), columnIndex("z9"), columnIndex("AA10"), columnIndex("XFD1"), columnIndex("12")]).toEqual([0, 25, 26, 16383, -1]);
    expect(resolvePart("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePart("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePart("a/b/c.xml", "../d.xml")).toBe("a/d.xml");
    expect(sharedStrings("<sst><si><t>a &lt;b&gt; &#x4E2D;&#25991; &quot;&apos;&amp;</t></si><si/></sst>")).toEqual(["a <b> 中文 \"'&", ""]);
    expect(sheetRows("<sheetData/>", [])).toEqual({ rows: [], totalRows: 0, totalColumns: 0 });
  });

  test("the tokenizer is linear and stops at broken markup instead of hanging", () => {
    const big = `<sheetData>${'<row><c r="A1" t="s" s="1"><v>0</v></c></row>'.repeat(100_000)}</sheetData>`;
    let rows = 0;
    finishes(() => scanXml(big, { open: (n) => void (n === "row" && rows++) }), 5000);
    expect(rows).toBe(100_000);
    for (const broken of ['<a b="never closed', "<a b=c>", "<a", "<!-- no end", "<![CDATA[ no end", "</a", "<a =>", "<<<<>>>>"]) {
      expect(() => finishes(() => scanXml(broken.repeat(10_000), {}), 5000)).not.toThrow();
    }
  });
});
