/**
 * The one-page summary as a PNG, the picture that goes to the WeChat group: drawn by the Chromium
 * the system has (Debian's `chromium` on PATH), headless, with `--screenshot`. No browser is ever
 * downloaded: without one the caller says so and keeps the HTML.
 */
import { execFile } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A phone's width in CSS pixels; the picture is taken at twice that for a sharp screenshot. */
export const PNG_WIDTH = 440;

/** The `chromium` the shell would run, or null when none is on PATH. */
export function chromiumOnPath(path = process.env.PATH ?? ""): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, "chromium");
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/** Headless, quiet and offline: nothing but the page, in a profile thrown away afterwards. */
function flags(profile: string): string[] {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  return [
    "--headless",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${profile}`,
    // Chromium refuses to run as root with its sandbox on.
    ...(root ? ["--no-sandbox"] : []),
  ];
}

/**
 * Writes `png` from the page in `htmlFile`: a first run reads the page's height at the phone's
 * width (--screenshot takes the window only), a second takes the whole page.
 */
export async function renderSummaryPng(chromium: string, html: string, htmlFile: string, png: string): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "outreach-summary-"));
  try {
    const measure = join(work, "measure.html");
    const probe = "<script>document.body.setAttribute('data-page-height',String(Math.ceil(document.documentElement.scrollHeight)))</script>";
    writeFileSync(measure, html.replace("</body>", `${probe}</body>`), "utf8");
    const opts = { timeout: 60000, maxBuffer: 16 * 1024 * 1024 };
    const dom = await run(chromium, [...flags(join(work, "a")), `--window-size=${PNG_WIDTH},800`, "--dump-dom", pathToFileURL(measure).href], opts);
    const height = Number(/data-page-height="(\d+)"/.exec(dom.stdout)?.[1] ?? 1600);
    await run(
      chromium,
      [
        ...flags(join(work, "b")),
        `--window-size=${PNG_WIDTH},${Math.min(Math.max(height, 200), 16000)}`,
        "--force-device-scale-factor=2",
        `--screenshot=${png}`,
        pathToFileURL(htmlFile).href,
      ],
      opts,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
