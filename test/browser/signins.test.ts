/** 导入签到 in Chromium: exports read in the browser (a real .xlsx, a GBK .csv) or from a tab, previewed, then confirmed. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { workbookFromTabs } from "../../src/local/runtime";
import { TENCENT_SAMPLE, wjxSampleRows } from "../../src/local/sample/signin-exports";
import { sampleTabs } from "../../src/local/sample/workbook";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const XSS = "<img src=x onerror=alert(1)>";

/** Text as Excel in China saves "CSV (逗号分隔)": GBK, two bytes per Chinese character. */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gbk");
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

/** A 问卷星 export for 2026-11-25 as Excel saves it: the times are date-time cells (serial numbers in the file). */
async function wjxXlsx(extra: (string | Date)[][] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  for (const row of [...wjxSampleRows(), ...extra]) {
    ws.addRow(
      row.map((v) => {
        const m = /^'(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(v));
        // exceljs writes a Date's UTC fields as the wall clock of the cell.
        return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : v;
      }),
    );
  }
  ws.getColumn(2).numFmt = "yyyy/m/d h:mm:ss";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function open(browser: Browser, server = new Server()) {
  return browser.openSidebar(server, "showSignins", { selector: "#form", state: "visible" });
}

async function meeting(page: Page, date: string): Promise<void> {
  const inGrid = await page.locator(`#meeting-pick option[value="${date}"]`).count();
  if (inGrid) return void (await page.selectOption("#meeting-pick", date));
  await page.selectOption("#meeting-pick", "other");
  await page.fill("#meeting", date);
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType = "application/octet-stream"): Promise<void> {
  await page.setInputFiles("#file", { name, mimeType, buffer });
  await page.waitForFunction(() => /行|rows/.test(document.getElementById("file-note")!.textContent ?? "") || !document.getElementById("err-file")!.hidden);
}

async function preview(page: Page): Promise<void> {
  await page.click("#preview");
  await page.waitForFunction(
    () => !document.body.hasAttribute("aria-busy") && (!document.getElementById("review")!.hidden || !document.getElementById("result")!.hidden),
  );
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const statusOf = (page: Page, name: string) => text(page, `#marks li[data-name="${name}"] .status`);

describeBrowser("导入签到 / Import sign-ins sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a real .xlsx read in the browser: the preview, then confirm writes the new meeting's column", async () => {
    const { page, server } = await open(browser);
    expect(server.calls[0]).toEqual({ fn: "sidebarSigninData", args: [] });
    // No export tab in the sample: the file is the source, and the page says why.
    expect(await page.isVisible("#no-tabs")).toBe(true);
    expect(await page.isChecked("#source-file")).toBe(true);
    await upload(page, "问卷星_例会签到.xlsx", await wjxXlsx());
    expect(await text(page, "#file-note")).toBe("已读取“问卷星_例会签到.xlsx”：21 行。");
    await meeting(page, "2026-11-25");
    await page.check("#absent-rest");
    await preview(page);
    const sent = server.calls.find((c) => c.fn === "previewSignins")!.args[0] as { source: { rows: string[][] } };
    // Date-time cells cross as their serial number, in text: google.script.run carries no Date.
    expect(sent.source.rows[1][1]).toMatch(/^46351\.78486111111\d*$/);
    expect(await text(page, "#meta")).toBe("2026-11-25，19:00 开始（迟到宽限 5 分钟），20:30 结束。读取 20 行提交；这是新的例会，写入时会在考勤表新建一列。");
    expect(await text(page, "#summary")).toBe("出席 8 · 迟到 2 · 早退 1 · 缺席 3 · 未计入 4 行 · 重复 2 次");
    expect([await statusOf(page, "黄诗涵"), await statusOf(page, "林志鹏"), await statusOf(page, "孙嘉豪")]).toEqual(["迟到", "早退", "缺席"]);
    expect(await text(page, `#marks li[data-name="林志鹏"] .more`)).toBe("19:02 签到，20:05 签退 · 导出第 10, 18 行");
    expect(await page.locator("#notes li").allInnerTexts()).toEqual([
      "第 8 行：成员表中没有“孙家豪”，是否是“孙嘉豪”？未计入",
      "第 11 行：周晓雯 已离开外联部，不再记考勤，未计入",
      "第 16 行（赵一鸣）：提交于 2026-11-18 19:00，不是例会当天（2026-11-25），未计入",
      "第 17 行（2026-11-25 19:20 提交）：没有填写姓名，未计入",
      "2 次重复提交（30 分钟内再次扫码等）只算一次",
    ]);
    expect(server.calls.filter((c) => c.fn === "saveSignins")).toHaveLength(0);
    await page.click("#confirm");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已写入“考勤” N 列：14 人。 已新建这次例会的列。");
    const grid = server.values("考勤");
    expect(grid.find((r) => r[0] === "黄诗涵")![13]).toBe("迟到");
    expect(grid.find((r) => r[0] === "赵一鸣")![13]).toBe("缺席");
    // The new meeting is now one of the grid's.
    expect(await page.inputValue("#meeting-pick")).toBe("2026-11-25");
    expect(await page.isHidden("#review")).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  test("a GBK .csv (Excel's 'CSV (逗号分隔)') on a meeting the grid holds: replacing an entry is asked first", async () => {
    const { page, server } = await open(browser);
    await upload(page, "腾讯文档收集表.csv", gbk(readFileSync(TENCENT_SAMPLE, "utf8")), "text/csv");
    await meeting(page, "2026-11-18");
    await preview(page);
    expect(await text(page, "#meta")).toContain("写入考勤表 M 列");
    expect(await text(page, `#marks li[data-name="赵一鸣"] .more.replace`)).toBe("表中已填“出席”：写入前会先询问");
    expect(await text(page, `#marks li[data-name="陈思远"]`)).toContain("表中已是“出席”，不改动");
    await page.click("#confirm");
    await page.locator("#conflicts").waitFor({ state: "visible" });
    expect(await page.locator("#conflict-list li").allInnerTexts()).toEqual(["赵一鸣：出席 → 迟到", "孙嘉豪：出席 → 早退"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("replace");
    expect(server.values("考勤").find((r) => r[0] === "赵一鸣")![12]).toBe("出席");
    await page.click("#keep");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("考勤表已与导出一致，没有需要写入的内容。");
    const saves = server.calls.filter((c) => c.fn === "saveSignins").map((c) => c.args[0] as { keep: string[]; confirmed: unknown[] });
    expect(saves[1]).toMatchObject({ keep: ["赵一鸣", "孙嘉豪"], confirmed: [] });

    await preview(page);
    await page.click("#confirm");
    await page.locator("#conflicts").waitFor({ state: "visible" });
    await page.click("#replace");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已写入“考勤” M 列：2 人。");
    expect(server.values("考勤").find((r) => r[0] === "孙嘉豪")![12]).toBe("早退");
  });

  test("an export imported into a tab; the sheet changing before the confirmation is refused and the new preview shown", async () => {
    const tabs = sampleTabs();
    tabs.push({ name: "签到导出 11-25", rows: wjxSampleRows().map((r) => r.map((v) => String(v).replace(/^'/, ""))) });
    const { page, server } = await open(browser, new Server(workbookFromTabs(tabs, { locale: "zh_CN" })));
    expect(await page.isChecked("#source-tab")).toBe(true);
    expect(await page.inputValue("#tab")).toBe("签到导出 11-25");
    await meeting(page, "2026-11-25");
    await preview(page);
    expect(await statusOf(page, "黄诗涵")).toBe("迟到");
    // Meanwhile the head allows 10 minutes' grace in Settings.
    server.book
      .getSheetByName("设置")!
      .getRange(12, 1, 1, 2)
      .setValues([["迟到宽限（分钟）", 10]]);
    await page.click("#confirm");
    await page.waitForFunction(() => document.getElementById("result")!.className.includes("error"));
    expect(await text(page, "#result")).toMatch(/^预览之后表格或导出有了变化/);
    expect(await statusOf(page, "黄诗涵")).toBe("出席");
    expect(server.values("考勤")[0]).toHaveLength(13);
    await page.click("#confirm");
    await page.locator("#result.ok").waitFor();
    expect(server.values("考勤").find((r) => r[0] === "黄诗涵")![13]).toBe("出席");
  });

  test("columns it cannot tell apart: the pickers open, and choosing them reads the export", async () => {
    const { page } = await open(browser);
    const csv = ["提交时间,提交者,姓名", "2026-11-25 19:00:10,陈思远,陈思远", "2026-11-25 19:09:40,陈思远,王浩然", "2026-11-25 19:01:30,洋洋,赵一明"].join(
      "\n",
    );
    await upload(page, "export.csv", Buffer.from(csv), "text/csv");
    await meeting(page, "2026-11-25");
    await preview(page);
    expect(await page.getAttribute("#columns-box", "open")).not.toBeNull();
    expect(await text(page, "#unsure")).toBe("不能确定哪一列是姓名（C 列“姓名”、B 列“提交者”）：请选择");
    expect(await page.isHidden("#confirm")).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("col-name");
    await page.selectOption("#col-name", "2");
    await page.locator("#marks li").first().waitFor();
    expect(await statusOf(page, "王浩然")).toBe("迟到");
    expect(await page.isHidden("#unsure")).toBe(true);
    expect(await page.isVisible("#confirm")).toBe(true);
  });

  test("what it cannot read is said before anything is sent: too big, an old .xls, not an export", async () => {
    const { page, server } = await open(browser);
    await upload(page, "big.csv", Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), "text/csv");
    expect(await text(page, "#err-file")).toBe("文件有 5.0 MB，最多 5 MB：请只导出这次例会的提交，或删去不需要的列");
    await upload(page, "old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await text(page, "#err-file")).toBe("这是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再上传");
    await upload(page, "broken.xlsx", Buffer.from("PK\u0003\u0004 not really a zip"));
    expect(await text(page, "#err-file")).toMatch(/^无法读取：这不是 \.xlsx 文件/);
    await meeting(page, "2026-11-25");
    await page.click("#preview");
    expect(await text(page, "#err-file")).toBe("请选择签到导出文件");
    expect(server.calls.filter((c) => c.fn === "previewSignins")).toHaveLength(0);
  });

  test("names that look like markup are text; no serious accessibility violations; fits 300 px; the zh screenshot", async () => {
    const { page, dialogs } = await open(browser);
    await upload(page, "签到.xlsx", await wjxXlsx([[99 as unknown as string, new Date(Date.UTC(2026, 10, 25, 19, 3)), "", "", "", XSS, "签到"]]));
    await meeting(page, "2026-11-25");
    await preview(page);
    expect(await page.locator("#notes li").allInnerTexts()).toContain(`第 22 行：成员表中没有“${XSS}”，未计入`);
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(SCREENSHOTS, "signins-zh.png"), fullPage: false });
  });
});
