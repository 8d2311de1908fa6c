/**
 * The contract between the build and Apps Script: Sheets only sees top-level function
 * declarations in Code.js, reads @customfunction from the JSDoc right above them, and
 * evaluates the file with no service available before authorisation.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { parse } from "acorn";
import * as main from "../src/main";

const code = readFileSync(join(__dirname, "..", "dist", "Code.js"), "utf8");
const CUSTOM_FUNCTIONS = ["COMMISSION", "MEETING_PENALTY", "MEETING_WARNING"];

function topLevelFunctions(src: string): string[] {
  return [...src.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
}

function jsdocAbove(src: string, name: string): string {
  const at = src.indexOf(`\nfunction ${name}(`);
  const before = src.slice(0, at);
  const start = before.lastIndexOf("/**");
  const block = before.slice(start);
  return /^\/\*\*[\s\S]*\*\/\s*$/.test(block) ? block : "";
}

/** Runs the build's own syntax gate on `snippet` in a child process; returns what it printed, or "" when accepted. */
function gate(snippet: string): string {
  const script = `import { assertAppsScriptSyntax } from "./scripts/build.mjs";
try { assertAppsScriptSyntax(process.argv[1], "snippet.js"); } catch (e) { console.log(e.message); }`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script, snippet], { cwd: join(__dirname, ".."), encoding: "utf8" }).trim();
}

describe("Apps Script syntax (ES2019)", () => {
  test("the built file parses as an ES2019 script, the dialect Apps Script's parser accepts", () => {
    expect(() => parse(code, { ecmaVersion: 2019, sourceType: "script" })).not.toThrow();
    // The money code needs BigInt: it is reached through calls, never literals.
    expect(code).toContain("BigInt(");
  });

  test.each([
    ["a BigInt literal", "var fen = 10n;"],
    ["a static class field", "class Money { static zero = 0; }"],
    ["a private class field", "class Money { #fen = 0; }"],
    ["nullish coalescing", "var a = b ?? 1;"],
    ["optional chaining", "var a = b?.c;"],
    ["a numeric separator", "var a = 1_000;"],
  ])("the build refuses %s and prints the offending line", (_what, snippet) => {
    const said = gate(`function ok() {}\n${snippet}\nfunction after() {}`);
    expect(said).toMatch(/^snippet\.js is not ES2019 script syntax, which Apps Script needs: .*\(2:\d+\)/);
    expect(said).toContain(snippet.slice(0, 12));
  });

  test("the build accepts what Apps Script accepts", () => {
    expect(gate("var fen = BigInt(10); class Money { constructor() { this.fen = 0; } } var o = { ...{ a: 1 } };")).toBe("");
  });
});

describe("dist/Code.js", () => {
  test("has no import/export and one top-level wrapper per export of main.ts", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(topLevelFunctions(code).sort()).toEqual(Object.keys(main).sort());
  });

  test("custom functions carry @customfunction right above them; other exports do not", () => {
    for (const name of Object.keys(main)) {
      const doc = jsdocAbove(code, name);
      if (CUSTOM_FUNCTIONS.includes(name)) {
        expect(doc).toMatch(/@customfunction/);
        expect(doc).toMatch(/@param/);
      } else {
        expect(doc).not.toMatch(/@customfunction/);
      }
    }
  });

  test("evaluates with no Apps Script globals and answers by name", () => {
    const ctx = vm.createContext({});
    expect(() => vm.runInContext(code, ctx, { filename: "Code.js" })).not.toThrow();
    expect(ctx.COMMISSION(1.5)).toBe(0.23);
    expect(ctx.COMMISSION([[1000], ["¥1,234.56"]])).toEqual([[150], [185.18]]);
    expect(ctx.COMMISSION(1000, "10%")).toBe(100);
    expect(ctx.MEETING_PENALTY([["迟到", "缺席", "请假"]])).toBe(25);
    expect(ctx.MEETING_WARNING([["迟到", "早退"]])).toBe("迟到/早退 2 次，需部长审议");
    expect(() => ctx.COMMISSION("abc")).toThrow(/无法识别的金额“abc”/);
  });

  test("stays under its ceiling: the whole file is parsed on every custom-function call", () => {
    // npm run bench times what that costs (a cold =COMMISSION call); the ceiling keeps it in view.
    expect(Buffer.byteLength(code)).toBeLessThan(330 * 1024);
  });
});
