// Each layer of the add-on may import only from itself and the layers listed before it, so the pure
// domain never grows a dependency on Apps Script and a page's rules never depend on the server's.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import * as ts from "typescript";

const LAYERS = ["domain", "contracts", "sheets", "app", "ui", "functions", "main"] as const;

interface SourceFile {
  /** Path under src/, with forward slashes: "sheets/lock.ts". */
  path: string;
  text: string;
}

/** The layer a path under src/ belongs to, or null when it is in none (src/local is outside the add-on). */
function layerOf(path: string): number | null {
  if (path === "functions.ts") return LAYERS.indexOf("functions");
  if (path === "main.ts") return LAYERS.indexOf("main");
  const top = path.split("/")[0] as (typeof LAYERS)[number];
  const index = LAYERS.indexOf(top);
  return index >= 0 && path.includes("/") ? index : null;
}

function layerName(path: string): string {
  const layer = layerOf(path);
  return layer === null ? "no layer" : LAYERS[layer];
}

function resolveImport(known: Set<string>, from: string, spec: string): string {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (known.has(candidate)) return candidate;
  return base;
}

/**
 * The one allowed exception: the pages' server client names the script's public surface by type
 * (`typeof import("../../../main")`), so a renamed or removed handler fails to compile. A type is
 * erased from the page's bundle: no server code reaches the browser.
 */
function isPageSurfaceType(file: SourceFile, target: string): boolean {
  return file.path === "ui/pages/lib/server.ts" && target === "main.ts" && !/from\s+["'][./]*main["']/.test(file.text);
}

/** One line per import that reaches a higher layer (or leaves the layers), naming the file and the import. */
function upwardImports(files: readonly SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const found: string[] = [];
  for (const file of files) {
    const own = layerOf(file.path);
    if (own === null) {
      found.push(`src/${file.path} is in no layer`);
      continue;
    }
    const { importedFiles } = ts.preProcessFile(file.text, true, true);
    for (const { fileName: spec } of importedFiles) {
      if (!spec.startsWith(".")) continue;
      const target = resolveImport(known, file.path, spec);
      const theirs = layerOf(target);
      if (theirs !== null && theirs <= own) continue;
      if (isPageSurfaceType(file, target)) continue;
      found.push(`src/${file.path} (${LAYERS[own]}) imports "${spec}" → src/${target} (${layerName(target)})`);
    }
  }
  return found;
}

/** Apps Script's services: only the adapter (src/sheets/) calls them, and only the host file shows anything. */
const SERVICES = new Set(["SpreadsheetApp", "Session", "PropertiesService", "ScriptApp", "LockService", "Utilities", "CacheService", "Charts", "HtmlService"]);
const HOST = "ui/host.ts";

/** Every use of a service global in code (not in a type, a comment or a string) outside the rooms allowed to use it. */
function serviceCalls(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2019, true);
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) || ts.isImportDeclaration(node)) return;
      if (ts.isIdentifier(node) && SERVICES.has(node.text) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
        const call = ts.isPropertyAccessExpression(node.parent) ? `${node.text}.${node.parent.name.text}` : node.text;
        const showsSomething = node.text === "HtmlService" || call === "SpreadsheetApp.getUi";
        const allowed = showsSomething ? file.path === HOST : file.path.startsWith("sheets/") || file.path === HOST;
        if (!allowed) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push(
            `src/${file.path}:${line} calls ${call}${showsSomething ? ` (only src/${HOST} shows anything)` : " (only src/sheets/ calls Apps Script)"}`,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function sourceTree(root: string, dir = ""): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (path !== "local") files.push(...sourceTree(root, path));
    } else if (entry.name.endsWith(".ts")) {
      files.push({ path, text: readFileSync(join(root, path), "utf8") });
    }
  }
  return files;
}

describe("layers", () => {
  it("no file under src/ imports from a higher layer", () => {
    const tree = sourceTree(join(__dirname, "..", "src"));
    expect(tree.length).toBeGreaterThan(50);
    expect(upwardImports(tree)).toEqual([]);
  });

  it("names the file and the import when a lower layer reaches up", () => {
    const files: SourceFile[] = [
      { path: "domain/money.ts", text: 'import { t } from "../sheets/table";\nexport const x = 1;' },
      { path: "sheets/table.ts", text: 'import type { Fen } from "../domain/money";\nexport const t = 1;' },
      { path: "contracts/entry.ts", text: 'export { x } from "../domain/money";\nimport { y } from "../ui/errors";' },
      { path: "ui/errors.ts", text: 'import("../contracts/entry");\nimport { x } from "./html";' },
      { path: "functions.ts", text: 'import { a } from "./sheets/locale";\nimport { b } from "./main";' },
      { path: "main.ts", text: 'export * from "./ui/menu";\nexport * from "./functions";' },
      { path: "sheets/lock.ts", text: 'import { z } from "zod/mini";\nimport { run } from "../local/runtime";' },
      { path: "misc.ts", text: "" },
    ];
    expect(upwardImports(files)).toEqual([
      'src/domain/money.ts (domain) imports "../sheets/table" → src/sheets/table.ts (sheets)',
      'src/contracts/entry.ts (contracts) imports "../ui/errors" → src/ui/errors.ts (ui)',
      'src/functions.ts (functions) imports "./main" → src/main.ts (main)',
      'src/sheets/lock.ts (sheets) imports "../local/runtime" → src/local/runtime (no layer)',
      "src/misc.ts is in no layer",
    ]);
  });

  it("calls Apps Script's services only from the adapter, and shows dialogs only from the host file", () => {
    expect(serviceCalls(sourceTree(join(__dirname, "..", "src")))).toEqual([]);
  });

  it("names the file, the line and the call when a service is used outside its room", () => {
    const files: SourceFile[] = [
      { path: "sheets/lock.ts", text: "export const lock = () => LockService.getDocumentLock();" },
      { path: "ui/host.ts", text: 'export const ui = () => SpreadsheetApp.getUi();\nexport const page = () => HtmlService.createHtmlOutput("");' },
      {
        path: "app/report.ts",
        text: "// SpreadsheetApp in a comment is fine\nconst s: GoogleAppsScript.Spreadsheet.Sheet | null = null;\nexport const lock = LockService.getDocumentLock();",
      },
      { path: "sheets/prompt.ts", text: 'export const ask = () => SpreadsheetApp.getUi().prompt("?");' },
      { path: "ui/dialogs/help.ts", text: 'export const text = "HtmlService";\nexport const show = () => HtmlService.createHtmlOutput("");' },
    ];
    expect(serviceCalls(files)).toEqual([
      "src/app/report.ts:3 calls LockService.getDocumentLock (only src/sheets/ calls Apps Script)",
      "src/sheets/prompt.ts:1 calls SpreadsheetApp.getUi (only src/ui/host.ts shows anything)",
      "src/ui/dialogs/help.ts:2 calls HtmlService.createHtmlOutput (only src/ui/host.ts shows anything)",
    ]);
  });

  it("places each path in its layer", () => {
    expect(layerOf("domain/money.ts")).toBeLessThan(layerOf("contracts/record-entry.ts")!);
    expect(layerOf("contracts/record-entry.ts")).toBeLessThan(layerOf("sheets/lock.ts")!);
    expect(layerOf("sheets/lock.ts")).toBeLessThan(layerOf("app/check-in.ts")!);
    expect(layerOf("app/check-in.ts")).toBeLessThan(layerOf("ui/pages/record/client.ts")!);
    expect(layerOf("ui/menu.ts")).toBeLessThan(layerOf("functions.ts")!);
    expect(layerOf("functions.ts")).toBeLessThan(layerOf("main.ts")!);
    expect(layerOf("local/runtime/index.ts")).toBeNull();
    expect(layerOf("domain.ts")).toBeNull();
  });
});
