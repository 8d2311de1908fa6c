// The local runtime is a package of its own: it knows nothing of the add-on it runs (it runs the
// built bundle, never the source), its files form no import cycle, and everything else reaches it
// through its index alone, so its inside can change without touching its users. Its own tests, in
// test/local/runtime/, mirror its files and import the file they test.

import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, posix } from "node:path";
import { preProcessFile } from "typescript";

const ROOT = join(__dirname, "..", "..", "..");
const RUNTIME = "src/local/runtime/";
const INDEX = `${RUNTIME}index.ts`;
const OWN_TESTS = "test/local/runtime/";

interface SourceFile {
  /** Path from the repository root, with forward slashes: "src/local/runtime/model/range.ts". */
  path: string;
  text: string;
}

function importsOf(file: SourceFile): string[] {
  return preProcessFile(file.text, true, true).importedFiles.map((f) => f.fileName);
}

function resolveImport(known: Set<string>, from: string, spec: string): string {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (known.has(candidate)) return candidate;
  return base;
}

/** A bare specifier is fine when it names a node built-in or a package the project depends on. */
function isPackage(spec: string, packages: ReadonlySet<string>): boolean {
  if (spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0])) return true;
  const parts = spec.split("/");
  return packages.has(spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
}

/** One line per import of a runtime file that leaves the runtime (other than a built-in or a package). */
function importsLeavingRuntime(files: readonly SourceFile[], packages: ReadonlySet<string>): string[] {
  const known = new Set(files.map((f) => f.path));
  const found: string[] = [];
  for (const file of files.filter((f) => f.path.startsWith(RUNTIME))) {
    for (const spec of importsOf(file)) {
      if (!spec.startsWith(".")) {
        if (!isPackage(spec, packages)) found.push(`${file.path} imports "${spec}", neither a node built-in nor a dependency`);
        continue;
      }
      const target = resolveImport(known, file.path, spec);
      if (!target.startsWith(RUNTIME)) found.push(`${file.path} imports "${spec}" → ${target}`);
    }
  }
  return found;
}

/** Every import cycle among the runtime's files, each as the chain of files that closes it. */
function importCycles(files: readonly SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const edges = new Map<string, string[]>();
  for (const file of files.filter((f) => f.path.startsWith(RUNTIME))) {
    const targets = importsOf(file)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => resolveImport(known, file.path, spec))
      .filter((target) => known.has(target) && target.startsWith(RUNTIME));
    edges.set(file.path, [...new Set(targets)]);
  }
  const cycles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node].join(" → "));
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of edges.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of [...edges.keys()].sort()) visit(node);
  return cycles;
}

/** One line per file outside the runtime and its tests that imports a runtime file other than its index. */
function importsPastIndex(files: readonly SourceFile[]): string[] {
  const known = new Set(files.map((f) => f.path));
  const found: string[] = [];
  for (const file of files.filter((f) => !f.path.startsWith(RUNTIME) && !f.path.startsWith(OWN_TESTS))) {
    for (const spec of importsOf(file)) {
      if (!spec.startsWith(".")) continue;
      const target = resolveImport(known, file.path, spec);
      if (target.startsWith(RUNTIME) && target !== INDEX) found.push(`${file.path} imports "${spec}" → ${target}`);
    }
  }
  return found;
}

function tree(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...tree(path));
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) files.push({ path, text: readFileSync(join(ROOT, path), "utf8") });
  }
  return files;
}

function dependencies(): Set<string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
  return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
}

describe("the local runtime as a package", () => {
  const files = [...tree("src"), ...tree("test"), ...tree("scripts")];

  it("imports nothing from outside src/local/runtime but node built-ins and dependencies", () => {
    expect(files.filter((f) => f.path.startsWith(RUNTIME)).length).toBeGreaterThan(30);
    expect(importsLeavingRuntime(files, dependencies())).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(importCycles(files)).toEqual([]);
  });

  it("is reached from outside through its index only; its own tests may import the file they test", () => {
    expect(importsPastIndex(files)).toEqual([]);
  });

  it("names the file and the import when a rule is broken", () => {
    const fake: SourceFile[] = [
      { path: `${RUNTIME}index.ts`, text: 'export { a } from "./a";\nimport { readFileSync } from "node:fs";\nimport * as vm from "vm";' },
      { path: `${RUNTIME}a.ts`, text: 'import type { B } from "./model/b";\nimport ExcelJS from "exceljs";\nexport const a = 1;' },
      { path: `${RUNTIME}model/b.ts`, text: 'import { a } from "../a";\nimport { fen } from "../../../domain/money";\nexport type B = 1;' },
      { path: `${RUNTIME}model/c.ts`, text: 'import { x } from "lodash";\nimport { c } from "./c";' },
      { path: "src/domain/money.ts", text: "export const fen = 1;" },
      { path: "src/local/cli.ts", text: 'import { a } from "./runtime";\nimport { a as b } from "./runtime/a";' },
      { path: "test/x.test.ts", text: 'import { a } from "../src/local/runtime/index";\nconst b = require("../src/local/runtime/model/b");' },
      { path: `${OWN_TESTS}model/b.test.ts`, text: 'import { a } from "../../../../src/local/runtime/a";' },
    ];
    expect(importsLeavingRuntime(fake, new Set(["exceljs"]))).toEqual([
      `${RUNTIME}model/b.ts imports "../../../domain/money" → src/domain/money.ts`,
      `${RUNTIME}model/c.ts imports "lodash", neither a node built-in nor a dependency`,
    ]);
    expect(importCycles(fake)).toEqual([`${RUNTIME}a.ts → ${RUNTIME}model/b.ts → ${RUNTIME}a.ts`, `${RUNTIME}model/c.ts → ${RUNTIME}model/c.ts`]);
    expect(importsPastIndex(fake)).toEqual([
      `src/local/cli.ts imports "./runtime/a" → ${RUNTIME}a.ts`,
      `test/x.test.ts imports "../src/local/runtime/model/b" → ${RUNTIME}model/b.ts`,
    ]);
  });
});
