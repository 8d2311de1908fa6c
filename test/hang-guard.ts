/**
 * A guard against a hang. jest's own timeout only fires between tasks, so a synchronous call stuck in
 * a backtracking regular expression would pass once it finally returned; node:vm's timeout stops it.
 */
import vm from "node:vm";

export const HANG_GUARD_MS = 20_000;

/** Runs `work` and throws (ERR_SCRIPT_EXECUTION_TIMEOUT) if it has not finished within `ms`. */
export function finishes<T>(work: () => T, ms = HANG_GUARD_MS): T {
  return vm.runInNewContext("work()", { work }, { timeout: ms }) as T;
}
