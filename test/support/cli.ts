/** Runs the built command line (`build/cli.cjs`, what `npm start` runs) as a user would, and keeps what it said. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const CLI = join(__dirname, "..", "..", "build", "cli.cjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** One run in `cwd`; a failing exit is returned with its code, not thrown. */
export async function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  try {
    const r = await run(process.execPath, [CLI, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

/** The command line run in one folder: `cli("--check")`. */
export const cliIn =
  (cwd: string) =>
  (...args: string[]): Promise<CliRun> =>
    runCli(cwd, args);
