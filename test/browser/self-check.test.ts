/** 自检 dialog in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server } from "./harness";

const XSS = "<img src=x onerror=alert(1)>";

/** The self-check is a modal dialog, not a sidebar: the page served is the dialog the menu item showed. */
class DialogServer extends Server {
  sidebar(menuFunction: string): { title: string; html: string } {
    this.fn[menuFunction]();
    const shown = this.runtime.ui.shown("dialog");
    const last = shown[shown.length - 1];
    return { title: last.title ?? "", html: last.html ?? "" };
  }
}

async function open(browser: Browser, server: Server = new DialogServer()) {
  const page = await browser.open(server, "menuSelfCheck");
  await page.setViewportSize({ width: 760, height: 560 });
  await page.locator("#result").waitFor({ state: "visible" });
  return page;
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();

describeBrowser("自检 / Self-check dialog", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: "https://sidebar.test" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("runs the check once and shows every ✓ in the sheet's language, accessibly", async () => {
    const server = new DialogServer();
    const page = await open(browser, server);
    expect(await text(page, "#summary")).toBe("全部 15 项通过");
    expect(await page.locator("#rows tr.ok").count()).toBe(15);
    expect(await page.locator("#rows tr.fail").count()).toBe(0);
    expect(await text(page, "#rows tr:first-child")).toContain("授权范围");
    expect(await page.locator("#running").isHidden()).toBe(true);
    expect(server.calls.map((c) => c.fn)).toEqual(["selfCheck"]);
    expect(
      server.book
        .getSheets()
        .map((s) => s.getName())
        .some((n) => n.startsWith("外联部自检")),
    ).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, "selfcheck-zh.png"), fullPage: true });
    expect(await axeSerious(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("Copy result puts the plain-text table on the clipboard", async () => {
    const page = await open(browser);
    await page.click("#copy");
    await page.locator("#copy-status.ok").waitFor();
    expect(await text(page, "#copy-status")).toBe("已复制，可以粘贴到微信或邮件中。");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.inputValue("#report"));
    expect(copied.split("\n")[2]).toBe("通过 15/15");
    expect(copied).toContain("✓ 考勤公式: =MEETING_PENALTY(A3:C4)");
  });

  test("where the dialog may not copy, the text is left selected with the keys to press", async () => {
    const page = await browser.open(new DialogServer(), "menuSelfCheck");
    // As in a frame without clipboard-write: both ways of copying are refused.
    await page.evaluate(() => {
      document.execCommand = () => false;
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("blocked by permissions policy", "NotAllowedError")) },
      });
    });
    await page.locator("#result").waitFor({ state: "visible" });
    await page.click("#copy");
    await page.locator("#copy-status:not([hidden])").waitFor();
    expect(await text(page, "#copy-status")).toContain("Ctrl+C");
    const selection = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return { id: area.id, whole: area.selectionStart === 0 && area.selectionEnd === area.value.length && area.value.length > 0 };
    });
    expect(selection).toEqual({ id: "report", whole: true });
    expect(pageErrors(page)).toEqual([]);
  });

  test("a ✗ shows what to do; sheet text is shown as text", async () => {
    const tabs = sampleTabs();
    tabs.push({ name: XSS, rows: [["备注"]] });
    const book = workbookFromTabs(tabs, { locale: "zh_CN" });
    book.setActiveSheet(book.getSheetByName(XSS)!);
    const server = new DialogServer(book, { user: "" });
    const page = await open(browser, server);
    expect(await text(page, "#summary")).toBe("1 项未通过（共 15 项）");
    const row = page.locator("#rows tr.fail");
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain("用户邮箱");
    expect(await row.locator("td.fix").innerText()).toContain("其他功能不受影响");
    expect(await text(page, "#rows")).toContain(`回到“${XSS}”`);
    expect(await page.locator("img").count()).toBe(0);
    expect(server.book.getActiveSheet().getName()).toBe(XSS);
    await page.screenshot({ path: join(SCREENSHOTS, "selfcheck-fail-zh.png"), fullPage: true });
    expect(await axeSerious(page)).toEqual([]);
  });

  test("Check again runs it anew", async () => {
    const server = new DialogServer();
    const page = await open(browser, server);
    await page.click("#again");
    await page.waitForFunction(() => !document.body.hasAttribute("aria-busy"));
    expect(server.calls.map((c) => c.fn)).toEqual(["selfCheck", "selfCheck"]);
    expect(await page.locator("#rows tr").count()).toBe(15);
  });
});
