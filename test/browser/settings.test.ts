/** 设置 in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { rowsOf, SAMPLE_SETTINGS_FORM } from "../ui/helpers";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const XSS = "<img src=x onerror=alert(1)>";

function open(browser: Browser, server = new Server()) {
  return browser.openSidebar(server, "showSettings", { selector: "#form", state: "visible" });
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const setting = (server: Server, name: string) => server.values("设置").find((r) => r[0] === name)![1];

describeBrowser("设置 / Settings sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("shows the sheet's rules, saves the edited ones to the Settings tab", async () => {
    const { page, server } = await open(browser);
    expect(await page.inputValue("#rate")).toBe("15");
    expect(await page.isChecked("input[name=basis][value=cash]")).toBe(true);
    expect(await page.inputValue("#absentFee")).toBe("20");
    expect(await page.inputValue("#termStart")).toBe("2026-09-01");
    expect(await page.inputValue("#department")).toBe("XX大学学生会外联部");
    await page.fill("#rate", "12.5");
    await page.check("input[name=basis][value=cashAndInKind]");
    await page.fill("#absentFee", "30");
    await page.fill("#lateLimit", "3");
    await page.selectOption("#reportLang", "en");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已保存到“设置”工作表。");
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarSettingsData", "saveSettings"]);
    const loaded = { ...SAMPLE_SETTINGS_FORM, openingBalance: "1286.50", openingDate: "" };
    // The form as edited, and as it was loaded: the server writes only what differs.
    expect(server.calls[1].args[0]).toEqual({
      rate: "12.5",
      basis: "cashAndInKind",
      lateFee: "5",
      leftEarlyFee: "5",
      absentFee: "30",
      lateLimit: "3",
      absentLimit: "1",
      termStart: "2026-09-01",
      department: "XX大学学生会外联部",
      reportLang: "en",
      meetingStart: "19:00",
      graceMinutes: "5",
      meetingLength: "90",
      leaveNeedsApproval: "yes",
      openingBalance: "1286.50",
      openingDate: "",
      base: loaded,
    });
    expect([
      setting(server, "佣金比例"),
      setting(server, "佣金基数"),
      setting(server, "缺席罚款"),
      setting(server, "迟到早退警告次数"),
      setting(server, "报告语言"),
    ]).toEqual([0.125, "现金+物资", 30, 3, "en"]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("out-of-range values are named next to their fields and nothing is sent", async () => {
    const { page, server } = await open(browser);
    await page.fill("#rate", "150");
    await page.fill("#lateFee", "-5");
    await page.fill("#absentLimit", "0");
    await page.click("#save");
    expect(await text(page, "#err-rate")).toContain("佣金比例“150”无效：请填写 0 到 100 之间的百分数");
    expect(await text(page, "#err-lateFee")).toContain("“迟到罚款”无效：请填写不小于 0 的金额");
    expect(await text(page, "#err-absentLimit")).toContain("“缺席警告次数”无效：请填写不小于 1 的整数");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("rate");
    expect(await text(page, "#result")).toBe("有 3 处需要修改，未保存任何内容");
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarSettingsData"]);
    expect(setting(server, "佣金比例")).toBe(0.15);
    await page.fill("#rate", "10");
    await page.fill("#lateFee", "0");
    await page.fill("#absentLimit", "1");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await page.locator(".error:visible").count()).toBe(0);
  });

  test("账目: the opening balance and date, checked as typed and saved to their Settings rows", async () => {
    const { page, server } = await open(browser);
    expect(await text(page, "#h-accounts")).toBe("账目");
    expect(await page.inputValue("#openingBalance")).toBe("1286.50");
    expect(await page.inputValue("#openingDate")).toBe("");
    expect(await text(page, "#opening-hint")).toContain("期初日期留空则为学期开始");
    expect(await page.getAttribute("#openingDate", "aria-describedby")).toBe("opening-hint err-openingDate");
    await page.fill("#openingBalance", "一千二");
    await page.click("#save");
    expect(await text(page, "#err-openingBalance")).toBe("“期初余额”无效：请填写金额，如 350 或 1,234.56");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("openingBalance");
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarSettingsData"]);
    await page.fill("#openingBalance", "0");
    await page.fill("#openingDate", "2026-08-25");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await page.locator("#err-openingBalance").isHidden()).toBe(true);
    expect(setting(server, "期初余额")).toBe(0);
    expect(server.book.getSheetByName("设置")!.getRange("B13").getDisplayValue()).toBe("2026-08-25");
    // Only the two changed rows were written: the rate the sheet holds is untouched.
    expect(setting(server, "佣金比例")).toBe(0.15);
    expect(await page.inputValue("#openingDate")).toBe("2026-08-25");
    expect(pageErrors(page)).toEqual([]);
  });

  test("a busy state while saving, and a double click saves once", async () => {
    const { page, server } = await open(browser);
    const release = server.hold();
    await page.dblclick("#save");
    await page.locator("#save.busy").waitFor();
    expect(await page.isDisabled("#rate")).toBe(true);
    release();
    await page.locator("#result.ok").waitFor();
    expect(server.calls.filter((c) => c.fn === "saveSettings")).toHaveLength(1);
    expect(await page.isDisabled("#rate")).toBe(false);
  });

  test("values that look like markup are text; English labels for an English reader", async () => {
    const tabs = sampleTabs();
    rowsOf(tabs, "设置")[1][1] = XSS;
    rowsOf(tabs, "设置")[9][1] = XSS;
    const { page, server, dialogs } = await open(browser, new Server(workbookFromTabs(tabs, { locale: "zh_CN" }), { userLocale: "en" }));
    expect(await text(page, "h1")).toBe("Settings");
    expect(await page.inputValue("#department")).toBe(XSS);
    expect(await text(page, "#problem-list li")).toBe(`B2: "${XSS}" is not a rate: use a number from 0 to 1 (such as 0.15) or a percentage (such as 15%)`);
    expect(await page.locator("img").count()).toBe(0);
    await page.fill("#department", '=HYPERLINK("http://x")');
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("Saved to the 设置 tab.");
    expect(setting(server, "部门名称")).toBe('=HYPERLINK("http://x")');
    expect(server.book.getSheetByName("设置")!.getRange("B10").getFormula()).toBe("");
    expect(await page.locator("#problems").isHidden()).toBe(true);
    expect(dialogs).toEqual([]);
  });

  test("no serious accessibility violations, fits 300 px; the zh screenshot", async () => {
    const { page } = await open(browser);
    expect(await axeSerious(page)).toEqual([]);
    await page.fill("#rate", "150");
    await page.fill("#openingBalance", "x");
    await page.click("#save");
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.fill("#rate", "15");
    await page.fill("#openingBalance", "1286.50");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(SCREENSHOTS, "settings-zh.png"), fullPage: true });
  });
});
