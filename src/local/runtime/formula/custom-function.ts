/**
 * Runs one of a bundle's custom functions the way Sheets runs it: restricted (see
 * restrictions.ts) and stopped after 30 s, when the cell shows #ERROR! with the note
 * "Exceeded maximum execution time (line 0)." (https://developers.google.com/apps-script/guides/sheets/functions,
 * "Return values").
 */
import * as vm from "node:vm";
import type { Bridge } from "../bridge";
import { gasError } from "../errors";

export const CUSTOM_FUNCTION_TIMEOUT_MS = 30_000;
export const TIMED_OUT = "Exceeded maximum execution time (line 0).";

const SLOT = "__customFunctionArguments";
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Sheets finds a custom function whatever the case it is typed in; a name ending in `_` is private. */
export function customFunctionName(context: vm.Context, name: string): string | undefined {
  const upper = name.toUpperCase();
  if (upper.endsWith("_")) return undefined;
  return Object.keys(context).find((k) => k.toUpperCase() === upper && IDENTIFIER.test(k) && typeof context[k] === "function");
}

function hostError(e: unknown): Error {
  if (typeof e === "object" && e !== null && "message" in e) {
    const error = new Error(String((e as Error).message));
    error.name = String((e as Error).name ?? "Error");
    return error;
  }
  return new Error(String(e));
}

/** Host values in, host values out; a throw inside the function comes out as an Error with its message. */
export function runRestricted(context: vm.Context, bridge: Bridge, name: string, args: unknown[], timeoutMs: number): unknown {
  const fn = customFunctionName(context, name);
  if (!fn) throw gasError(`Unknown function: '${name}'.`);
  const outer = bridge.restricted;
  bridge.restricted = true;
  context[SLOT] = bridge.out(args);
  try {
    return bridge.in(vm.runInContext(`${fn}.apply(null, ${SLOT})`, context, { timeout: timeoutMs, filename: fn }));
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw gasError(TIMED_OUT);
    throw hostError(e);
  } finally {
    bridge.restricted = outer;
    delete context[SLOT];
  }
}
