/**
 * Opens a built sidebar in Debian's Chromium with google.script.run wired to the add-on's bundle
 * running on the local Apps Script runtime: the page talks to the same server code it talks to in
 * Sheets, and every call it makes is recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { addonFunctions } from "../../src/local/addon";
import { createRuntime, type LocalSpreadsheet, loadBundle, pageFunctions, type Runtime, runFromPage, workbookFromTabs } from "../../src/local/runtime";
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
  console.warn(
    `${line}\n!! BROWSER TESTS SKIPPED: no Chromium at ${CANDIDATES.join(", ")}.\n!! Install it (apt-get install chromium) to run the sidebar tests; CI fails without it.\n${line}`,
  );
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
  private readonly failing = new Map<string, string>();

  constructor(
    book: LocalSpreadsheet = workbookFromTabs(sampleTabs(), { locale: "zh_CN" }),
    opts: { userLocale?: string; user?: string; account?: string } = {},
  ) {
    const htmlFiles = Object.fromEntries(
      ["record", "checkin", "signins", "settings", "followups", "selfcheck", "leave", "approvals", "accounts"].map((n) => [
        n,
        readFileSync(join(DIST, `${n}.html`), "utf8"),
      ]),
    );
    this.book = book;
    this.runtime = createRuntime(book, { htmlFiles, ...opts });
    this.fn = addonFunctions(loadBundle(readFileSync(join(DIST, "Code.js"), "utf8"), this.runtime));
  }

  /**
   * From now on `fn` fails as Apps Script fails a call the script itself did not refuse (time or
   * quota exceeded, the connection lost): the page's failure handler gets `message`.
   */
  fail(fn: string, message: string): void {
    this.failing.set(fn, message);
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

  /**
   * One google.script.run call from the page, through the runtime's own google.script.run rules:
   * the page's failure handler gets a thrown error's message (or the transport's refusal of an
   * argument), the success handler the answer as Sheets delivers it (a Date anywhere makes it null).
   */
  async answer(fn: string, sent: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
    const args = sent.map((a) => revive(a));
    this.calls.push({ fn, args });
    if (this.gate) await this.gate;
    const failure = this.failing.get(fn);
    if (failure !== undefined) return { ok: false, message: failure };
    try {
      return { ok: true, value: runFromPage(this.runtime, fn, ...args) };
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

/** What the page marks in place of a value Playwright cannot carry to Node (see `stub`). */
const MARK = "\u0000gas";

/** The page's stand-in for a value Playwright would blur, turned back into one of the same kind; cycles stay cycles. */
function revive(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (copies.has(value)) return copies.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    copies.set(value, out);
    for (const v of value) out.push(revive(v, copies));
    return out;
  }
  if (Object.prototype.toString.call(value) !== "[object Object]") return value;
  const kind = (value as Record<string, unknown>)[MARK];
  if (kind === "function") return () => undefined;
  if (kind === "symbol") return Symbol("page");
  if (kind === "Map") return new Map();
  if (kind === "Set") return new Set();
  if (typeof kind === "string") return new (class PageObject {})();
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = revive(v, copies);
  return out;
}

/**
 * google.script.run as the page sees it: only the script's callable functions exist on it (any
 * other name is "not a function", as in Sheets), each call ends in a success or failure handler.
 * Playwright carries Dates, BigInts, undefined and cycles as they are; functions, symbols, Maps,
 * Sets, DOM nodes and class instances are marked so the runtime's rules see what the page sent.
 */
function stub(names: readonly string[]): string {
  return `
(() => {
  const names = ${JSON.stringify(names)};
  const MARK = ${JSON.stringify(MARK)};
  function mark(v, seen) {
    if (typeof v === "function") return { [MARK]: "function" };
    if (typeof v === "symbol") return { [MARK]: "symbol" };
    const tag = Object.prototype.toString.call(v);
    if (v === null || typeof v !== "object" || tag === "[object Date]" || seen.has(v)) return v;
    if (tag === "[object Map]") return { [MARK]: "Map" };
    if (tag === "[object Set]") return { [MARK]: "Set" };
    if (typeof Node !== "undefined" && v instanceof Node) return { [MARK]: "node" };
    seen.add(v);
    if (Array.isArray(v)) return v.map((x) => mark(x, seen));
    const proto = Object.getPrototypeOf(v);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return { [MARK]: "instance" };
    const out = {};
    for (const k of Object.keys(v)) out[k] = mark(v[k], seen);
    return out;
  }
  function runner(onOk, onFail) {
    const r = {
      withSuccessHandler: (f) => runner(f, onFail),
      withFailureHandler: (f) => runner(onOk, f),
      withUserObject: () => runner(onOk, onFail),
    };
    for (const name of names) {
      r[name] = (...args) => {
        window.__gas(name, args.map((a) => mark(a, new Set()))).then((res) => {
          if (res.ok) { if (onOk) onOk(res.value); }
          else if (onFail) onFail(new Error(res.message));
        });
      };
    }
    return r;
  }
  window.google = { script: { run: runner(null, null), host: { close() { window.__closed = true; } } } };
})();
`;
}

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
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
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
    await page.exposeFunction("__gas", (fn: string, args: unknown[]) => server.answer(fn, args));
    await page.addInitScript(stub(pageFunctions(server.runtime)));
    await page.route("https://sidebar.test/**", (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    await page.goto(`https://sidebar.test/${menuFunction}`);
    return page;
  }

  /**
   * Opens a sidebar and waits until `ready` shows the page has loaded its data; browser dialogs
   * (window.confirm and the like) are dismissed and their texts collected.
   */
  async openSidebar(
    server: Server,
    menuFunction: string,
    ready: { selector: string; state: "visible" | "hidden" },
  ): Promise<{ page: Page; server: Server; dialogs: string[] }> {
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
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
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

/**
 * A self-contained page (a dialog's HTML) served alone at `origin`/`file`, in a viewport of the given
 * size; any other request is refused and listed, so a test can hold the page to loading nothing.
 */
export async function openStandalone(
  browser: Browser,
  html: string,
  at: { origin: string; file: string; width: number; height: number; init?: string },
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = `${at.origin}/${at.file}`;
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    if (route.request().url() === url) return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
    requests.push(route.request().url());
    return route.abort();
  });
  if (at.init) await page.addInitScript(at.init);
  await page.setViewportSize({ width: at.width, height: at.height });
  await page.goto(url);
  return { page, errors, requests };
}
