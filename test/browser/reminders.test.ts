/**
 * 提醒 / Reminders: the dialog's page on the sample at its today, opened in Chromium with every
 * network request refused and recorded. Each Copy button copies its own text, exactly.
 */
import { runReminders } from "../../src/app/reminders";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { context } from "../../src/sheets/workbook";
import { sheetWith, today } from "../support/apps-script";
import { SAMPLE_GROUP_ZH, SAMPLE_HEAD_ZH } from "../support/reminders-sample";
import { axeSerious, Browser, describeBrowser, openStandalone } from "./harness";

const ORIGIN = "https://reminders.test";

/** The page the menu shows on the sample at its today, made before the browser starts (the clock is real again). */
function dialogPage(lang: "zh" | "en"): string {
  today(sampleFacts.today);
  sheetWith(sampleTabs());
  const html = runReminders(context(), lang).html;
  jest.useRealTimers();
  return html;
}

/** The page alone; any other request is refused and listed. */
const open = (browser: Browser, html: string, init = "") =>
  openStandalone(browser, html, { origin: ORIGIN, file: "reminders.html", width: 720, height: 640, init });

describeBrowser("提醒 / Reminders dialog", () => {
  let browser: Browser;
  let zh: string;
  let en: string;
  beforeAll(async () => {
    zh = dialogPage("zh");
    en = dialogPage("en");
    browser = await Browser.launch();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("both texts in their boxes, no page error, no request, axe clean in both languages", async () => {
    for (const html of [zh, en]) {
      const { page, errors, requests } = await open(browser, html);
      expect(await page.locator("textarea").count()).toBe(2);
      expect(await axeSerious(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
    const { page } = await open(browser, zh);
    expect(await page.getByRole("textbox", { name: "发到部门群" }).inputValue()).toBe(SAMPLE_GROUP_ZH);
    expect(await page.getByRole("textbox", { name: "只发给部长" }).inputValue()).toBe(SAMPLE_HEAD_ZH);
    await page.close();
  });

  test("each 复制 copies its own text exactly; without a clipboard it selects the text and says to press Ctrl+C", async () => {
    const { page, errors } = await open(browser, zh);
    const buttons = page.getByRole("button", { name: "复制" });
    expect(await buttons.count()).toBe(2);
    await buttons.nth(0).click();
    await page.locator("#group-status").filter({ hasText: "已复制" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SAMPLE_GROUP_ZH);
    await buttons.nth(1).click();
    await page.locator("#head-status").filter({ hasText: "已复制" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SAMPLE_HEAD_ZH);
    await page.close();

    const bare = await open(browser, zh, "Object.defineProperty(navigator, 'clipboard', { value: undefined }); document.execCommand = () => false;");
    await bare.page.getByRole("button", { name: "复制" }).nth(1).click();
    await bare.page.locator("#head-status").filter({ hasText: "已选中" }).waitFor();
    const selected = await bare.page.evaluate(() => {
      const box = document.getElementById("head") as HTMLTextAreaElement;
      return box.value.slice(box.selectionStart, box.selectionEnd);
    });
    expect(selected).toBe(SAMPLE_HEAD_ZH);
    expect([...errors, ...bare.errors]).toEqual([]);
    await bare.page.close();
  });
});
