/**
 * 分享月报 / Share summary: the page `npm start` writes beside the report, opened in Chromium with
 * every network request refused and recorded. Every figure on it is held to the report's JSON for
 * the same month, read through the bundle as `npm start -- --json` prints it.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { axeSerious, Browser, describeBrowser, openStandalone, SCREENSHOTS } from "./harness";

const run = promisify(execFile);
const root = join(__dirname, "..", "..");
const ORIGIN = "https://summary.test";
const MONEY = new Set(["cashReceived", "inKindValue", "commission", "penalty", "net", "cashCredited", "target", "raised", "pledged", "forecast", "shortfall"]);

/** The sample's November: the report's JSON on stdout and the summary written beside the report. */
async function sample(lang: "zh" | "en"): Promise<{ html: string; report: any }> {
  const dir = mkdtempSync(join(tmpdir(), "outreach-summary-page-"));
  const r = await run(process.execPath, [join(root, "build", "cli.cjs"), "--month", "2026-11", "--lang", lang, "--json"], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { html: readFileSync(join(dir, "out", "summary-2026-11.html"), "utf8"), report: JSON.parse(r.stdout) };
}

/** A figure as the report's JSON gives it, written the way the page writes it. */
function expected(report: any, path: string): string {
  const keys = path.split(".");
  const value = keys.reduce((v, k) => v?.[k], report);
  const key = keys[keys.length - 1];
  if (typeof value !== "number") throw new Error(`${path} is not a number in the report's JSON: ${value}`);
  if (key === "rate") return `${(value * 100).toFixed(1)}%`;
  if (!MONEY.has(key)) return String(value);
  const fen = Math.round(value * 100);
  const digits = String(Math.floor(Math.abs(fen) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${fen < 0 ? "-" : ""}¥${digits}.${String(Math.abs(fen) % 100).padStart(2, "0")}`;
}

/** The page alone, at a phone's width: it is made to be screenshotted there; any other request is refused and listed. */
const open = (browser: Browser, html: string, init = "") =>
  openStandalone(browser, html, { origin: ORIGIN, file: "summary.html", width: 420, height: 860, init });

describeBrowser("分享月报 / Share summary page", () => {
  let browser: Browser;
  let zh: { html: string; report: any };
  let en: { html: string; report: any };
  beforeAll(async () => {
    browser = await Browser.launch();
    [zh, en] = await Promise.all([sample("zh"), sample("en")]);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
  });

  test("opens with no page error and no request, axe clean, fits a phone's width, in both languages; the Chinese page is the README's picture", async () => {
    for (const [lang, s] of [
      ["zh", zh],
      ["en", en],
    ] as const) {
      const { page, errors, requests } = await open(browser, s.html);
      expect(await page.locator("h1").innerText()).toBe(lang === "zh" ? "2026-11 月报摘要" : "Monthly summary 2026-11");
      expect(await page.locator("svg[role=img]").count()).toBe(3);
      expect(await axeSerious(page)).toEqual([]);
      // Nothing sideways to scroll on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
      if (lang === "zh") await page.screenshot({ path: join(SCREENSHOTS, "summary-zh.png"), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }
  });

  test("every figure shown is the report's for the month, and no amount or rate is shown without one", async () => {
    for (const s of [zh, en]) {
      const { page } = await open(browser, s.html);
      const figures = await page.$$eval("[data-json]", (els) => els.map((e) => ({ path: e.getAttribute("data-json")!, text: e.textContent!, tag: e.tagName })));
      // The key figures, the top tables, each bar of the three charts and their end labels, the two counts.
      expect(figures.length).toBeGreaterThan(40);
      for (const f of figures) {
        const want = expected(s.report, f.path);
        if (f.tag === "title") expect(f.text.endsWith(`: ${want}`)).toBe(true);
        else expect([f.path, f.text]).toEqual([f.path, want]);
      }
      for (const path of ["totals.cashReceived", "totals.commission", "totals.penalty", "meetingsHeld", "sponsors.followUps.length", "deliverables.length"]) {
        expect(figures.map((f) => f.path)).toContain(path);
      }
      // Each of the month's meetings and groups has its figure in its chart.
      expect(figures.filter((f) => /^meetings\.\d+\.rate$/.test(f.path) && f.tag === "tspan")).toHaveLength(s.report.meetings.length);
      expect(figures.filter((f) => /^groups\.\d+\.cashCredited$/.test(f.path) && f.tag === "tspan")).toHaveLength(s.report.groups.length);
      const loose = await page.evaluate(() => {
        const out: string[] = [];
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          if (/¥|\d%/.test(n.textContent ?? "") && !n.parentElement?.closest("[data-json], style, script")) out.push(n.textContent!);
        }
        return out;
      });
      expect(loose).toEqual([]);
      await page.close();
    }
  });

  test("打印 calls the browser's print; printing hides the button and keeps the charts", async () => {
    const { page, errors } = await open(browser, zh.html, "window.__printed = 0; window.print = () => { window.__printed++; };");
    await page.getByRole("button", { name: "打印" }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.locator("svg").first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
