// Tests mirror the code: each module with behaviour under src/ has its test at test/<same path>.test.ts,
// so the next person finds a module's rules next to it. What has no test there says why, here.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

/** Modules without a mirrored test, each with where its behaviour is tested instead (or why it has none). */
const ELSEWHERE: Record<string, string> = {
  "main.ts": "re-exports only; test/bundle.test.ts checks the public surface the build writes from it",
  "domain/model.ts": "types only",
  "domain/result.ts": "types only",
  "sheets/formats.ts": "constants only",
  "sheets/setup-text.ts": "a text table, rendered in test/sheets/tab-setup.test.ts and test/app/setup.test.ts",
  "sheets/report-labels.ts": "a text table, rendered in test/sheets/report-layout.test.ts",
  "sheets/handover-labels.ts": "a text table, rendered in test/sheets/handover-layout.test.ts",
  "ui/labels.ts": "a text table, rendered in test/ui/menu.test.ts and test/ui/dialogs/*",
  "ui/pages/lib/dom.ts": "needs a browser's DOM: driven by every test/browser/*.test.ts",
  "local/cli.ts": "the command line on the built bundle: test/e2e/cli.test.ts, self-check-cli.test.ts, accounts.test.ts and test/local/cli-accounts.test.ts",
  "local/terminal-labels.ts": "a text table, rendered in test/local/terminal.test.ts",
  "local/accounts-labels.ts": "a text table, rendered in test/local/accounts-text.test.ts",
  "local/bench.ts": "prints measurements (npm run bench); asserts nothing",
  "local/bench-actions.ts": "the actions npm run bench measures; asserts nothing",
  "local/runtime/index.ts": "re-exports only",
  "local/runtime/xlsx/index.ts": "re-exports only",
  "local/runtime/formula/types.ts": "types only",
  "local/runtime/formula/errors.ts": "a parse error class; its messages are checked in test/local/runtime/formula/recalc.test.ts",
  "local/runtime/services/charts.ts": "the ChartType enum only, checked in test/local/runtime/bridge.test.ts",
};

/** A page's client and labels are driven in Chromium through its built page: test/browser/<page>*.test.ts. */
const PAGE_FILE = /^ui\/pages\/([a-z-]+)\/(client|labels)\.ts$/;

function sources(dir = ""): string[] {
  return readdirSync(join(ROOT, "src", dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

const mirrored = (path: string) => existsSync(join(ROOT, "test", path.replace(/\.ts$/, ".test.ts")));

function browserTested(path: string): boolean {
  const page = PAGE_FILE.exec(path)?.[1];
  if (!page) return false;
  const bare = (name: string) => name.replace(/-/g, "");
  return readdirSync(join(ROOT, "test", "browser")).some((f) => bare(f).startsWith(bare(page)) && f.endsWith(".test.ts"));
}

describe("tests mirror src/", () => {
  const all = sources();

  test("every module has its test at the mirrored path, or says here where its behaviour is tested", () => {
    const missing = all.filter((p) => !mirrored(p) && !(p in ELSEWHERE) && !browserTested(p));
    expect(missing).toEqual([]);
  });

  test("the exceptions stay true: each names a module that exists and still has no mirrored test", () => {
    const stale = Object.keys(ELSEWHERE).filter((p) => !all.includes(p) || mirrored(p));
    expect(stale).toEqual([]);
  });

  test("each page's client and labels have a Chromium test named after the page", () => {
    const pages = [...new Set(all.map((p) => PAGE_FILE.exec(p)?.[1]).filter((p): p is string => Boolean(p)))];
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((p) => !browserTested(`ui/pages/${p}/client.ts`))).toEqual([]);
  });
});
