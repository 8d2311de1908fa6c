/**
 * google.script.run: what crosses between a sidebar page and the script, and which
 * functions a page may call at all.
 *
 * Rules, from the HTML Service guide "Communicate with server functions", section
 * "Parameters and return values" (developers.google.com/apps-script/guides/html/communication):
 * legal values are primitives (number, boolean, string, null) and objects and arrays made of them;
 * a Date, Function, DOM element or other prohibited type anywhere in an argument makes the request
 * fail, so do circular references, and `undefined` inside arrays becomes null. The page sees the
 * failure as "Failed due to illegal value in property: KEY" (the wording users report; the guide
 * names no message). A Date inside a *return value* does not fail the call: the success handler
 * receives null for the whole answer (a long-standing behaviour, see tanaikech's "Values to
 * transfer between Javascript and Google Apps Script with google.script.run", 2023).
 * Only top-level `function` declarations are callable, and a name ending in `_` is private
 * ("Private functions" in the same guide).
 */
import { types } from "node:util";
import { parse } from "acorn";
import { gasError } from "../errors";
import { pageTarget, type Runtime } from "../runtime";

/** The constructors copies are made from: the script's realm for arguments, the host's for answers. */
export interface CopyRealm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
}

const HOST: CopyRealm = { Array, Object };

/** A value google.script.run refuses to carry; `property` names the innermost key, as Apps Script does. */
export class IllegalValue extends Error {
  constructor(readonly property: string) {
    super(`Failed due to illegal value in property: ${property}`);
    this.name = "Error";
  }
}

const DATE_IN_ANSWER = Symbol("date");

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  // Object.prototype of any realm has a null prototype; a class instance's prototype does not.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Copies one value the way the transport does. `onDate` decides what a Date does: refuse the
 * call (arguments) or poison the whole answer (return values).
 */
function copy(value: unknown, key: string, realm: CopyRealm, seen: Set<object>, onDate: (key: string) => never): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (value === undefined) return null;
  // The transport is JSON: NaN and ±Infinity have no spelling there.
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object") throw new IllegalValue(key); // function, symbol, bigint
  if (types.isDate(value)) onDate(key);
  if (seen.has(value)) throw new IllegalValue(key);
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const out = new realm.Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = copy(value[i], String(i), realm, seen, onDate);
      return out;
    }
    if (!isPlainObject(value)) throw new IllegalValue(key); // Map, Set, class instances, Errors, DOM nodes
    const out = new realm.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      out[k] = copy(v, k, realm, seen, onDate);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** The arguments as the script receives them; throws IllegalValue for what the page may not send. */
export function argumentsToScript(args: readonly unknown[], realm: CopyRealm = HOST): unknown[] {
  const refuse = (key: string): never => {
    throw new IllegalValue(key);
  };
  return Array.from(args, (a, i) => copy(a, String(i), realm, new Set(), refuse));
}

/** The return value as the page's success handler receives it. */
export function answerToPage(value: unknown): unknown {
  const poison = (): never => {
    throw DATE_IN_ANSWER;
  };
  try {
    return copy(value, "", HOST, new Set(), poison);
  } catch (e) {
    if (e === DATE_IN_ANSWER) return null;
    throw e;
  }
}

const declared = new Map<string, readonly string[]>();

/** The script's top-level `function` declarations that a page may call (names not ending in `_`). */
export function pageCallable(code: string): readonly string[] {
  let names = declared.get(code);
  if (!names) {
    const program = parse(code, { ecmaVersion: "latest", sourceType: "script" });
    names = program.body.flatMap((node) => (node.type === "FunctionDeclaration" && node.id && !node.id.name.endsWith("_") ? [node.id.name] : []));
    declared.set(code, names);
  }
  return names;
}

/**
 * One google.script.run call: the arguments cross to the script, the function runs, and its
 * answer crosses back. A failure throws an Error carrying the message the page's failure
 * handler would receive.
 */
// What a page receives is untyped JSON; each caller knows the shape it asked for.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runFromPage(runtime: Runtime, name: string, ...args: unknown[]): any {
  const target = pageTarget(runtime);
  const fn = pageCallable(target.code).includes(name) ? target.context[name] : undefined;
  if (typeof fn !== "function") throw gasError(`Script function not found: ${name}`);
  const value = (fn as (...a: unknown[]) => unknown)(...argumentsToScript(args, target.realm));
  return answerToPage(value);
}

/** The names the page's google.script.run offers; any other name is not a function there. */
export function pageFunctions(runtime: Runtime): readonly string[] {
  return pageCallable(pageTarget(runtime).code);
}
