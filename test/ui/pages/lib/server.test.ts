/**
 * The pages call the server through one client typed by the script's public surface (src/main.ts):
 * a handler that is renamed or removed, or called with the wrong arguments, fails to compile.
 */
import { join } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..", "..", "..");
const PAGE = join(ROOT, "src", "ui", "pages", "probe", "client.ts");

/** Type errors of a page whose client.ts is `body`, checked with the repository's compiler options. */
function errorsOf(body: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => (file === PAGE ? ts.createSourceFile(file, body, lang) : read(file, lang, ...rest));
  host.fileExists = (
    (exists) => (file: string) =>
      file === PAGE || exists(file)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([PAGE], { ...config.options, noUnusedLocals: false }, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(PAGE)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

test("a page may call what main.ts exports, and its answer is the handler's own type", () => {
  expect(
    errorsOf(`import { server } from "../lib/server";
    export async function f() { const r = await server.saveCheckIn({}); if (r.ok) { const n: number = r.written; return n; } return r; }`),
  ).toEqual([]);
});

test("a page calling a function the script does not export fails to compile", () => {
  expect(errorsOf(`import { server } from "../lib/server"; export const p = server.saveCheckin({});`).join("\n")).toMatch(
    /Property 'saveCheckin' does not exist/,
  );
});

test("reading a field the answer does not have fails to compile", () => {
  expect(
    errorsOf(`import { server } from "../lib/server";
    export async function f() { const r = await server.saveCheckIn({}); if (r.ok) return r.rowNumber; return 0; }`).join("\n"),
  ).toMatch(/rowNumber/);
});
