import * as vm from "node:vm";
import { Bridge, type Realm } from "./bridge";
import { CUSTOM_FUNCTION_TIMEOUT_MS, customFunctionName, runRestricted } from "./formula/custom-function";
import { setCustomFunctionHost } from "./formula/custom-host";
import { setActingAccount } from "./model/protection";
import type { LocalSpreadsheet } from "./model/spreadsheet";
import { makeCharts } from "./services/charts";
import { makeHtmlService } from "./services/html";
import { LockState, makeLockService } from "./services/lock";
import { type LogEntry, makeConsole } from "./services/logger";
import { makePropertiesService } from "./services/properties";
import { makeScriptApp } from "./services/scriptapp";
import { makeSession, userLocaleOf } from "./services/session";
import { makeSpreadsheetApp } from "./services/spreadsheetapp";
import { makeUi, UiRecorder } from "./services/ui";
import { makeUtilities } from "./services/utilities";
import { type CallStats, newStats, resetStats } from "./stats";

export interface RuntimeOptions {
  /** The signed-in user's email as the script is told it; default `officer@example.edu`. `""`: Google does not share it. */
  user?: string;
  /**
   * The Google account really signed in, which Sheets knows even when the script is not told the
   * email: it decides Protection.canEdit() and the temporary user key. Default: `user`, or an
   * account of this session's own when `user` is blank. The first session made on a workbook is
   * its owner.
   */
  account?: string;
  /** `NONE` is a simple-trigger onOpen before the add-on is authorised. Default `FULL`. */
  authMode?: "NONE" | "LIMITED" | "FULL";
  /** HTML files of the project by name (no `.html`), for HtmlService. */
  htmlFiles?: Record<string, string>;
  /** appsscript.json's timeZone; default `Asia/Shanghai`. */
  scriptTimeZone?: string;
  /** appsscript.json's oauthScopes: what the project asks the user to grant. */
  oauthScopes?: string[];
  /** The scopes the user granted (granular consent lets them untick some); default: all of `oauthScopes`. */
  grantedScopes?: string[];
  /** Session.getActiveUserLocale(); default derived from the spreadsheet locale. */
  userLocale?: string;
  /** How long a custom function may run before it fails as in Sheets; default 30 000 ms. */
  customFunctionTimeoutMs?: number;
}

export interface LockControls {
  /** Simulates another user's execution holding the document lock. */
  holdDocumentLockElsewhere(held: boolean): void;
  /** Whether the script holds the document lock (it should release it before finishing). */
  isHeld(): boolean;
}

export interface Runtime {
  /** SpreadsheetApp, HtmlService, LockService, PropertiesService, Session, Utilities, ScriptApp, Charts, console. */
  globals: Record<string, unknown>;
  book: LocalSpreadsheet;
  stats: CallStats;
  resetStats(): void;
  ui: UiRecorder;
  locks: LockControls;
  /** The signed-in user's properties (PropertiesService.getUserProperties()). */
  properties: { user: Map<string, string> };
  /** Every console line the script wrote. */
  logs: LogEntry[];
}

interface Internals {
  bridge: Bridge;
  context?: vm.Context;
  code?: string;
  timeoutMs: number;
}

const internals = new WeakMap<Runtime, Internals>();
const owned = new WeakSet<LocalSpreadsheet>();
let anonymous = 0;

export function createRuntime(book: LocalSpreadsheet, opts: RuntimeOptions = {}): Runtime {
  const email = opts.user ?? "officer@example.edu";
  const stats = newStats();
  const bridge = new Bridge(stats, opts.authMode ?? "FULL");
  const ui = new UiRecorder();
  const documentLock = new LockState();
  const properties = { user: new Map<string, string>() };
  const logs: LogEntry[] = [];

  const account = opts.account ?? (email || `account-${++anonymous}@gmail.com`);
  if (!owned.has(book)) {
    owned.add(book);
    book.owner = account;
  }
  book.onToast = (t) => ui.log.push({ kind: "toast", title: t.title, message: t.message });

  const runtime: Runtime = {
    globals: {},
    book,
    stats,
    resetStats: () => resetStats(stats),
    ui,
    locks: {
      holdDocumentLockElsewhere: (held) => void (documentLock.heldElsewhere = held),
      isHeld: () => documentLock.heldHere,
    },
    properties,
    logs,
  };

  // A script reaches the workbook through SpreadsheetApp, so each call to it marks whose script runs.
  const spreadsheetApp = makeSpreadsheetApp(book, makeUi(ui)) as unknown as Record<string, unknown>;
  for (const [name, member] of Object.entries(spreadsheetApp)) {
    if (typeof member !== "function") continue;
    spreadsheetApp[name] = (...args: unknown[]) => {
      setActingAccount(book, account);
      return (member as (...a: unknown[]) => unknown)(...args);
    };
  }

  const services: Record<string, object> = {
    SpreadsheetApp: spreadsheetApp,
    HtmlService: makeHtmlService(opts.htmlFiles ?? {}),
    LockService: makeLockService(documentLock),
    PropertiesService: makePropertiesService(properties.user),
    Session: makeSession({
      email,
      account,
      scriptId: `local-${book.getId()}`,
      locale: () => opts.userLocale ?? userLocaleOf(book.getSpreadsheetLocale()),
      scriptTimeZone: opts.scriptTimeZone ?? "Asia/Shanghai",
    }),
    Utilities: makeUtilities(),
    ScriptApp: makeScriptApp(`local-${book.getId()}`, { requested: opts.oauthScopes, granted: opts.grantedScopes }),
    Charts: makeCharts(),
  };
  for (const [name, svc] of Object.entries(services)) runtime.globals[name] = bridge.out(svc);
  runtime.globals.console = makeConsole(logs);

  internals.set(runtime, { bridge, timeoutMs: opts.customFunctionTimeoutMs ?? CUSTOM_FUNCTION_TIMEOUT_MS });
  return runtime;
}

/**
 * Runs a bundle (dist/Code.js) in a fresh node:vm context whose globals are the
 * runtime's services, and returns that context: its top-level functions are
 * the add-on's entry points (`ctx.onOpen(e)`, `ctx.COMMISSION(…)`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadBundle(code: string, runtime: Runtime): Record<string, any> {
  const inner = internals.get(runtime);
  if (!inner) throw new Error("loadBundle needs a runtime made by createRuntime");
  const context = vm.createContext({ ...runtime.globals });
  inner.context = context;
  inner.code = code;
  inner.bridge.realm = vm.runInContext("({ Array, Date, Object, Error, TypeError })", context) as Realm;
  vm.runInContext(code, context, { filename: "Code.js" });
  setCustomFunctionHost(runtime.book, {
    resolve: (name) => customFunctionName(context, name),
    run: (name, args) => runRestricted(context, inner.bridge, name, args, inner.timeoutMs),
  });
  return context;
}

/**
 * Calls a custom function of the loaded bundle as a cell would: the spreadsheet read-only, no Ui,
 * no services that need authorisation, the user anonymous, at most 30 s (RuntimeOptions.customFunctionTimeoutMs).
 * `args` are what Sheets passes: a value for one cell, a 2-D array for a range, "" for an empty cell,
 * a Date for a date. Returns the function's answer; throws what it threw.
 */
export function callCustomFunction(runtime: Runtime, name: string, ...args: unknown[]): unknown {
  const inner = internals.get(runtime);
  if (!inner?.context) throw new Error("callCustomFunction needs a bundle loaded with loadBundle");
  return runRestricted(inner.context, inner.bridge, name, args, inner.timeoutMs);
}

/** What a loaded script offers the page: its global scope, its source, and its realm's constructors. */
export interface PageTarget {
  context: Record<string, unknown>;
  code: string;
  realm: Realm;
}

/** The loaded script as google.script.run reaches it (see services/script-run.ts). */
export function pageTarget(runtime: Runtime): PageTarget {
  const inner = internals.get(runtime);
  if (!inner?.context || inner.code === undefined) throw new Error("google.script.run needs a bundle loaded with loadBundle");
  return { context: inner.context, code: inner.code, realm: inner.bridge.realm };
}
