/**
 * Opens a built sidebar in Debian's Chromium with google.script.run wired to the add-on's bundle
 * running on the local Apps Script runtime: the page talks to the same server code it talks to in
 * Sheets, and every call it makes is recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createRuntime, loadBundle, workbookFromTabs, type LocalSpreadsheet, type Runtime } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";

const DIST = join(__dirname, "..", "..", "dist");
// CHROMIUM_PATH names another binary (or a missing one, to see what happens without a browser).
const CANDIDATES = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

/**
 * Without Chromium the browser suite cannot run. Locally that is said loudly and the suite is
 * skipped; under CI it is a failure, so a CI image without Chromium cannot pass silently.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (chromiumPath) return describe(name, body);
  if (/^(true|1)$/i.test(process.env.CI ?? "")) {
    describe(name, () => {
      test("Chromium is installed", () => {
        throw new Error(`No Chromium found (looked at ${CANDIDATES.join(", ")}). .ci/run installs it with apt-get install chromium.`);
      });
    });
    return;
  }
  const line = "!".repeat(78);
  console.warn(`${line}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CANDIDATES.join(", ")}.\n!! Install it (apt-get install chromium) to run the sidebar tests; CI fails without it.\n${line}`);
  describe.skip(name, body);
}

export interface Call {
  fn: string;
  args: unknown[];
}

/** The add-on on a workbook, as the page's server. */
export class Server {
  readonly book: LocalSpreadsheet;
  readonly runtime: Runtime;
  readonly fn: Record<string, (...args: unknown[]) => unknown>;
  readonly calls: Call[] = [];
  private gate: Promise<void> | null = null;

  constructor(book: LocalSpreadsheet = workbookFromTabs(sampleTabs(), { locale: "zh_CN" }), opts: { userLocale?: string } = {}) {
    const htmlFiles = Object.fromEntries(["record", "checkin", "settings", "followups"].map((n) => [n, readFileSync(join(DIST, `${n}.html`), "utf8")]));
    this.book = book;
    this.runtime = createRuntime(book, { htmlFiles, userLocale: opts.userLocale });
    this.fn = loadBundle(readFileSync(join(DIST, "Code.js"), "utf8"), this.runtime);
  }

  /** Holds every server answer until the returned function is called (to see the page while it waits). */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((r) => (release = r));
    return () => {
      this.gate = null;
      release();
    };
  }

  /** What google.script.run delivers: a thrown error's message, or a value that survives the trip. */
  async answer(fn: string, argsJson: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
    const args = JSON.parse(argsJson) as unknown[];
    this.calls.push({ fn, args });
    if (this.gate) await this.gate;
    const target = this.fn[fn];
    if (typeof target !== "function") return { ok: false, message: `Script function not found: ${fn}` };
    try {
      const value = target(...args);
      // Apps Script cannot send a Date back to the page (the whole answer arrives as null).
      const wire = JSON.stringify(value, function (k, v) {
        if (this[k] instanceof Date || Object.prototype.toString.call(this[k]) === "[object Date]") throw new Error(`${fn} answered a Date at "${k}"`);
        return v;
      });
      return { ok: true, value: wire === undefined ? null : JSON.parse(wire) };
    } catch (e) {
      return { ok: false, message: String((e as Error)?.message ?? e) };
    }
  }

  /** The sidebar's HTML as the add-on's menu function served it. */
  sidebar(menuFunction: string): { title: string; html: string } {
    this.fn[menuFunction]();
    const shown = this.runtime.ui.shown("sidebar");
    const last = shown[shown.length - 1];
    return { title: last.title ?? "", html: last.html ?? "" };
  }

  values(tab: string): unknown[][] {
    return this.book.getSheetByName(tab)!.getDataRange().getValues();
  }
}

// google.script.run as the page sees it: a chain of with…Handler calls ending in the function name.
const STUB = `
(() => {
  function runner(onOk, onFail) {
    return new Proxy({}, {
      get(_, prop) {
        if (prop === "withSuccessHandler") return (f) => runner(f, onFail);
        if (prop === "withFailureHandler") return (f) => runner(onOk, f);
        if (prop === "withUserObject") return () => runner(onOk, onFail);
        return (...args) => {
          window.__gas(String(prop), JSON.stringify(args)).then((r) => {
            if (r.ok) { if (onOk) onOk(r.value); }
            else if (onFail) onFail(new Error(r.message));
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close() { window.__closed = true; } } } };
})();
`;

export const SIDEBAR_WIDTH = 300;

export class Browser {
  private constructor(
    readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), "outreach-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      viewport: { width: SIDEBAR_WIDTH, height: 900 },
      locale: "zh-CN",
      deviceScaleFactor: 1,
    });
    return new Browser(context, profile);
  }

  /** Opens the sidebar a menu function shows, served with `server` behind google.script.run. */
  async open(server: Server, menuFunction: string): Promise<Page> {
    const { html } = server.sidebar(menuFunction);
    const page = await this.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    (page as Page & { errors: string[] }).errors = errors;
    await page.exposeFunction("__gas", (fn: string, args: string) => server.answer(fn, args));
    await page.addInitScript(STUB);
    await page.route("https://sidebar.test/**", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    await page.goto(`https://sidebar.test/${menuFunction}`);
    return page;
  }

  /**
   * Opens a sidebar and waits until `ready` shows the page has loaded its data; browser dialogs
   * (window.confirm and the like) are dismissed and their texts collected.
   */
  async openSidebar(server: Server, menuFunction: string, ready: { selector: string; state: "visible" | "hidden" }): Promise<{ page: Page; server: Server; dialogs: string[] }> {
    const page = await this.open(server, menuFunction);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator(ready.selector).waitFor({ state: ready.state });
    return { page, server, dialogs };
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors: string[] }).errors;
}

/** axe-core in the page; only serious and critical violations are returned. */
export async function axeSerious(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/**
 * Screenshots go to test-results/ (ignored by git) on every run; `UPDATE_SCREENSHOTS=1 npm test`
 * refreshes the ones the README shows, after someone has looked at them.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(__dirname, "screenshots")
  : (mkdirSync(join(__dirname, "..", "..", "test-results"), { recursive: true }), join(__dirname, "..", "..", "test-results"));
