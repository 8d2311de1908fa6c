/**
 * The contract between the build and Apps Script: Sheets only sees top-level function
 * declarations in Code.js, reads @customfunction from the JSDoc right above them, and
 * evaluates the file with no service available before authorisation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
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

  test("stays small: the whole file is parsed on every custom-function call", () => {
    expect(Buffer.byteLength(code)).toBeLessThan(150 * 1024);
  });
});
