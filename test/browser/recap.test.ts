/**
 * 赞助反馈 / Sponsor recap: the page `npm start -- --recap` writes, opened in Chromium with every
 * network request refused and recorded — a self-contained page asks for nothing.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { axeSerious, Browser, describeBrowser, openStandalone, SCREENSHOTS } from "./harness";

const run = promisify(execFile);
const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "outreach-recap-page-"));
const ORIGIN = "https://recap.test";

async function recapFile(name: string, ...args: string[]): Promise<string> {
  const out = join(dir, name);
  await run(process.execPath, [join(root, "build", "cli.cjs"), "--recap", "博文书店", ...args, "--out", out], { cwd: dir });
  return readFileSync(out, "utf8");
}

/** The page alone; any other request is refused and listed. */
const open = (browser: Browser, html: string, init = "") =>
  openStandalone(browser, html, { origin: ORIGIN, file: "recap.html", width: 820, height: 720, init });

describeBrowser("赞助反馈 / Sponsor recap page", () => {
  let browser: Browser;
  let zh: string;
  let en: string;
  beforeAll(async () => {
    browser = await Browser.launch();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
    [zh, en] = await Promise.all([recapFile("recap-zh.html"), recapFile("recap-en.html", "--lang", "en")]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("opens with no page error and no request, axe clean in both languages; the Chinese page is the README's picture", async () => {
    for (const [lang, html] of [
      ["zh", zh],
      ["en", en],
    ] as const) {
      const { page, errors, requests } = await open(browser, html);
      expect(await page.locator("h1").innerText()).toBe(lang === "zh" ? "赞助反馈" : "Sponsor recap");
      // Last season's ¥400 (2025-11-20) and this season's three.
      expect(await page.locator("table").first().locator("tbody tr").count()).toBe(4);
      expect(await axeSerious(page)).toEqual([]);
      // The README shows the Chinese page (taken with a CJK font installed: fonts-wqy-microhei).
      if (lang === "zh") await page.screenshot({ path: join(SCREENSHOTS, "recap-zh.png"), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
  });

  test("打印 calls the browser's print; printing hides the buttons", async () => {
    const { page, errors } = await open(browser, zh, "window.__printed = 0; window.print = () => { window.__printed++; };");
    await page.getByRole("button", { name: "打印" }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.locator("main").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("复制 copies the page's text; without a clipboard it selects the text and says to press Ctrl+C", async () => {
    const { page, errors } = await open(browser, zh);
    await page.getByRole("button", { name: "复制" }).click();
    await page.getByRole("status").filter({ hasText: "已复制全文" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("决赛现场摆放书店展架");
    expect(copied).toContain("XX大学学生会外联部");
    expect(copied).not.toContain("打印");
    await page.close();

    const bare = await open(browser, zh, "Object.defineProperty(navigator, 'clipboard', { value: undefined }); document.execCommand = () => false;");
    await bare.page.getByRole("button", { name: "复制" }).click();
    await bare.page.getByRole("status").filter({ hasText: "已选中全文" }).waitFor();
    const selected = await bare.page.evaluate(() => String(window.getSelection()));
    expect(selected).toContain("决赛现场摆放书店展架");
    expect(selected).not.toContain("打印");
    expect([...errors, ...bare.errors]).toEqual([]);
    await bare.page.close();
  });
});
