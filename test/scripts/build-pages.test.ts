/**
 * The pages Apps Script serves (dist/NAME.html) are built from one skeleton, src/ui/pages/page.html,
 * and each page's own parts. What a user gets: a complete document per page, in their language's
 * markup, with its own controls, the shared look and its script; and a page missing a part is a
 * failed build that names the page, never a blank sidebar.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const PAGES = join(ROOT, "src", "ui", "pages");
const DIST = join(ROOT, "dist");

const pageNames = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(PAGES, d.name, "index.html")))
  .map((d) => d.name);

/** The page's own markup: its index.html after the leading <title>. */
function ownMarkup(name: string): string {
  return readFileSync(join(PAGES, name, "index.html"), "utf8")
    .replace(/^\s*<title>[^<]*<\/title>/, "")
    .trim();
}

function headOf(html: string): string {
  return html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
}

describe("dist/NAME.html, as Apps Script serves it", () => {
  test("every page is built, the five the add-on opens among them", () => {
    expect(pageNames).toEqual(expect.arrayContaining(["checkin", "followups", "record", "selfcheck", "settings"]));
  });

  test.each(pageNames)("%s: one doctype, <html lang>, utf-8 charset and viewport in its head", (name) => {
    const html = readFileSync(join(DIST, `${name}.html`), "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.match(/<!DOCTYPE/gi)).toHaveLength(1);
    expect(html.match(/<html\b/gi)).toHaveLength(1);
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html.match(/<head>/g)).toHaveLength(1);
    expect(html.match(/<body>/g)).toHaveLength(1);
    const head = headOf(html);
    expect(head).toContain('<meta charset="utf-8">');
    expect(head).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    // Links leave the sidebar's iframe for the spreadsheet's tab, not open inside the sidebar.
    expect(head).toContain('<base target="_top">');
    expect(head.match(/<title>[^<]+<\/title>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  test.each(pageNames)("%s: its own markup in the body, the shared and its own CSS, one script, no slot left unfilled", (name) => {
    const html = readFileSync(join(DIST, `${name}.html`), "utf8");
    const body = html.slice(html.indexOf("<body>"), html.indexOf("</body>"));
    expect(body).toContain(ownMarkup(name));
    expect(body).toContain('<h1 class="visually-hidden" data-t="title"></h1>');
    const style = headOf(html).match(/<style>([\s\S]*)<\/style>/)?.[1] ?? "";
    expect(style).toContain(readFileSync(join(PAGES, "shared.css"), "utf8"));
    if (existsSync(join(PAGES, name, "style.css"))) expect(style).toContain(readFileSync(join(PAGES, name, "style.css"), "utf8"));
    expect(body.match(/<script>/g)).toHaveLength(1);
    expect(body.match(/<script>([\s\S]*)<\/script>/)?.[1].length).toBeGreaterThan(100);
    expect(html).not.toMatch(/<!-- (HEAD|STYLE|BODY|SCRIPT) -->/);
  });

  test("the ids a page's script looks up are unique in it", () => {
    for (const name of pageNames) {
      const ids = [...readFileSync(join(DIST, `${name}.html`), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect({ name, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ name, duplicates: [] });
    }
  });
});

describe("the page build refuses a page with a missing part, naming the page", () => {
  let dir: string;
  let pagesDir: string;
  let outDir: string;

  /** Runs the build's own buildPages on the fixture in a child process (build.mjs is an ES module). */
  function buildFixture(): { names?: string[]; error?: string } {
    const script = `import { buildPages } from "./scripts/build.mjs";
try { console.log(JSON.stringify({ names: await buildPages({ pagesDir: process.argv[1], outDir: process.argv[2] }) })); }
catch (e) { console.log(JSON.stringify({ error: e.message })); }`;
    const said = execFileSync(process.execPath, ["--input-type=module", "-e", script, pagesDir, outDir], { cwd: ROOT, encoding: "utf8" });
    return JSON.parse(said.trim().split("\n").pop()!);
  }

  function page(name: string, files: Record<string, string>): void {
    mkdirSync(join(pagesDir, name), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(pagesDir, name, file), text);
  }

  const GOOD = {
    "index.html": '<title>甲 Alpha</title>\n<main>\n  <p id="alpha-mark">alpha</p>\n</main>\n',
    "client.ts": 'document.getElementById("alpha-mark")!.textContent = "ready</script>";\n',
    "style.css": ".alpha-style { color: red; }\n",
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "build-pages-"));
    pagesDir = join(dir, "pages");
    outDir = join(dir, "out");
    mkdirSync(pagesDir);
    copyFileSync(join(PAGES, "page.html"), join(pagesDir, "page.html"));
    copyFileSync(join(PAGES, "shared.css"), join(pagesDir, "shared.css"));
    // Shared code of the pages is not a page.
    mkdirSync(join(pagesDir, "lib"));
    writeFileSync(join(pagesDir, "lib", "dom.ts"), "export const x = 1;\n");
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a complete page builds into one document from the skeleton", () => {
    page("alpha", GOOD);
    expect(buildFixture()).toEqual({ names: ["alpha"] });
    const html = readFileSync(join(outDir, "alpha.html"), "utf8");
    expect(html.match(/<!DOCTYPE/gi)).toHaveLength(1);
    expect(headOf(html)).toContain("<title>甲 Alpha</title>");
    expect(headOf(html)).toContain(".alpha-style");
    expect(html).toContain('<p id="alpha-mark">alpha</p>');
    // A "</script" inside the script cannot end the inlined <script> early.
    expect(html).toContain("ready<\\/script>");
    expect(readdirSync(outDir)).toEqual(["alpha.html"]);
  });

  test.each([
    ["its body (index.html)", "index.html", /page "beta": .*beta\/index\.html is missing/],
    ["its client (client.ts)", "client.ts", /page "beta": .*beta\/client\.ts is missing/],
  ])("a page without %s fails the build, and no page is written", (_what, missing, message) => {
    page("alpha", GOOD);
    page("beta", Object.fromEntries(Object.entries(GOOD).filter(([file]) => file !== missing)));
    const result = buildFixture();
    expect(result.error).toMatch(message);
    expect(existsSync(join(outDir, "alpha.html"))).toBe(false);
  });

  test.each([
    ["only a title and no markup", "<title>乙 Beta</title>\n", /page "beta": .*has no body markup/],
    ["markup but no title", "<main><p>beta</p></main>\n", /page "beta": .*must start with one <title>, not 0/],
    [
      "its own skeleton again",
      '<!DOCTYPE html>\n<html lang="en"><head><title>Beta</title></head><body><main></main></body></html>\n',
      /page "beta": .*has <!DOCTYPE/,
    ],
  ])("an index.html with %s fails the build, naming the page", (_what, indexHtml, message) => {
    page("beta", { ...GOOD, "index.html": indexHtml });
    expect(buildFixture().error).toMatch(message);
  });

  test("a client that does not bundle fails the build, naming the page", () => {
    page("beta", { ...GOOD, "client.ts": 'import { nothing } from "./nowhere";\nnothing();\n' });
    expect(buildFixture().error).toMatch(/page "beta": .*beta\/client\.ts does not bundle/);
  });

  test("a skeleton without a slot fails the build", () => {
    page("alpha", GOOD);
    writeFileSync(join(pagesDir, "page.html"), readFileSync(join(PAGES, "page.html"), "utf8").replace("<!-- BODY -->", ""));
    expect(buildFixture().error).toMatch(/page\.html must hold <!-- BODY --> once, not 0 times/);
  });
});
