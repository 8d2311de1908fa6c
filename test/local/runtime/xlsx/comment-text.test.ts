/** A note's text as Excel and LibreOffice write it (formatted runs) and as other writers do (bare text). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readBareCommentText } from "../../../../src/local/runtime/xlsx/comment-text";
import { loadXlsx } from "../../../../src/local/runtime/xlsx/load";

/** A one-note workbook whose comments part is rewritten to hold `textXml`. */
async function noteAs(textXml: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const cell = wb.addWorksheet("s").getCell("A1");
  cell.value = "x";
  cell.note = "placeholder";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const name = Object.keys(zip.files).find((f) => /comments\d*\.xml$/.test(f))!;
  const xml = (await zip.file(name)!.async("string")).replace(/<text>[\s\S]*?<\/text>/, `<text>${textXml}</text>`);
  zip.file(name, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

test("a note written as bare text is read, as Sheets reads it", async () => {
  const book = await loadXlsx(await noteAs('<t xml:space="preserve">请核对 日期</t>'));
  expect(book.getSheets()[0].getRange("A1").getNote()).toBe("请核对 日期");
});

test("a note written as runs still reads as their text joined", async () => {
  const book = await loadXlsx(await noteAs("<r><rPr><b/></rPr><t>组</t></r><r><t>长</t></r>"));
  expect(book.getSheets()[0].getRange("A1").getNote()).toBe("组长");
});

test("teaching exceljs the bare form happens once, however often a workbook is loaded", async () => {
  readBareCommentText();
  const proto = require("exceljs/lib/xlsx/xform/comment/comment-xform.js").prototype;
  const patched = proto.parseOpen;
  readBareCommentText();
  expect(proto.parseOpen).toBe(patched);
});
