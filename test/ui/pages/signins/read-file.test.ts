/** The export chosen in the sidebar's file picker, read as the browser reads it (File, DecompressionStream). */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Params } from "../../../../src/domain/text";
import { TENCENT_SAMPLE } from "../../../../src/local/sample/signin-exports";
import { word } from "../../../../src/ui/pages/lib/i18n";
import { L } from "../../../../src/ui/pages/signins/labels";
import { FileRefused, readExportFile } from "../../../../src/ui/pages/signins/read-file";

const say = (key: string, params?: Params) => word(L, key, "zh", params);
const read = (bytes: Uint8Array | string, name: string, type = "") => readExportFile(new File([bytes as BlobPart], name, { type }), "zh", say);
async function refused(bytes: Uint8Array | string, name: string): Promise<string> {
  try {
    await read(bytes, name);
    return "read";
  } catch (e) {
    return e instanceof FileRefused ? e.message : `unexpected: ${e}`;
  }
}

/** GBK bytes of `text`, as Excel in China saves a CSV. */
function gbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gbk");
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))));
}

describe("readExportFile", () => {
  test("a CSV in UTF-8 or in GBK reads the same", async () => {
    const csv = "编号,提交者,提交时间,姓名\r\n1,思远,2026-11-18 18:52:10,陈思远\r\n";
    const utf8 = await read(csv, "签到.csv", "text/csv");
    expect(utf8.rows).toEqual([
      ["编号", "提交者", "提交时间", "姓名"],
      ["1", "思远", "2026-11-18 18:52:10", "陈思远"],
    ]);
    expect((await read(gbk(csv), "签到.csv")).rows).toEqual(utf8.rows);
    const sample = await read(readFileSync(TENCENT_SAMPLE), "signin-tencent.csv");
    expect(sample.rows).toHaveLength(20);
  });

  test("an .xlsx by its content, whatever its name; columns past 50 are dropped and counted", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow([...["提交时间", "姓名"], ...Array.from({ length: 51 }, (_, i) => `Q${i}`)]);
    ws.addRow([new Date(Date.UTC(2026, 10, 4, 19, 3)), "张伟"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const file = await read(bytes, "download");
    expect(file.rows[1]).toEqual(["46330.79375", "张伟"]);
    expect(file.rows[0]).toHaveLength(50);
    expect([file.columns, file.droppedColumns]).toEqual([53, 3]);
  });

  test("too big, too long, an old .xls, a broken .xlsx, another kind of file and an empty one are each said", async () => {
    expect(await refused(new Uint8Array(5 * 1024 * 1024 + 1), "big.csv")).toBe("文件有 5.0 MB，最多 5 MB：请只导出这次例会的提交，或删去不需要的列");
    expect(await refused(`a\n${"b\n".repeat(5000)}`, "long.csv")).toBe("导出共有 5001 行，最多只能导入 5000 行：请只导出这次例会的提交");
    expect(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "签到.xls")).toBe(
      "这是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再上传",
    );
    expect(await refused("not a zip", "签到.xlsx")).toMatch(/^无法读取：这不是 \.xlsx 文件/);
    expect(await refused("PK\u0003\u0004 broken", "签到.xlsx")).toMatch(/^无法读取：这不是 \.xlsx 文件/);
    expect(await refused("%PDF-1.4", "签到.pdf")).toBe("只能读取 .xlsx 或 .csv 文件");
    expect(await refused("\n\n", "empty.csv")).toBe("文件中没有任何内容");
  });
});
