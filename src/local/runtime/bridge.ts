import type { AuthMode } from "./enums";
import { gasError } from "./errors";
import { customFunctionVerdict } from "./formula/restrictions";
import { KIND, type Kind, kindOf, proxyTargets as targets } from "./kinds";
import { refuseProtectedEdit } from "./protected-edits";
import { type CallStats, recordCall } from "./stats";
import { isDate } from "./values";

/** The built-ins of the global scope a script runs in; values handed to it are made from these. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
  TypeError: TypeErrorConstructor;
}

export const HOST_REALM: Realm = { Array, Date, Object, Error, TypeError };

/** Objects whose calls are Sheets round trips. */
const COUNTED = new Set<Kind>(["Spreadsheet", "Sheet", "Range"]);

const CURRENT_ONLY = "https://www.googleapis.com/auth/spreadsheets.currentonly";

/**
 * What a script may call before the user has authorised the add-on
 * (AuthMode.NONE): building the menu. Everything else on these services
 * needs the scope named in the error.
 */
const NEEDS_AUTH: Partial<Record<Kind, { scope: string; free?: string[] }>> = {
  SpreadsheetApp: { scope: CURRENT_ONLY, free: ["getUi"] },
  Ui: { scope: "https://www.googleapis.com/auth/script.container.ui", free: ["createMenu"] },
  PropertiesService: { scope: "https://www.googleapis.com/auth/script.storage" },
  LockService: { scope: CURRENT_ONLY },
  Session: { scope: "https://www.googleapis.com/auth/userinfo.email", free: ["getActiveUserLocale", "getScriptTimeZone"] },
  ScriptApp: { scope: "https://www.googleapis.com/auth/script.scriptapp" },
};

const NOT_COUNTED = new Set(["toString", "valueOf", "toJSON"]);

/** A service carries its kind itself; an instance of a model class gets it from its prototype. */
const isService = (target: object): boolean => Object.getOwnPropertyDescriptor(target, KIND) !== undefined;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Stands between a script and the objects of this runtime: every tagged object
 * a script receives is a Proxy that counts Sheets calls, applies AuthMode,
 * hides internal `_` members and turns results into values of the script's
 * own realm (so `instanceof Date` holds inside a node:vm context).
 */
export class Bridge {
  realm: Realm = HOST_REALM;
  /** A custom function is running: read-only, anonymous, no Ui; its calls are a separate execution, not counted. */
  restricted = false;
  private readonly proxies = new WeakMap<object, object>();

  constructor(
    readonly stats: CallStats,
    public authMode: AuthMode,
  ) {}

  /** A value on its way to the script. */
  out(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (targets.has(value)) return value;
    const kind = kindOf(value);
    if (kind) return this.proxy(value, kind);
    if (Array.isArray(value)) {
      const copy = new this.realm.Array(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.out(value[i]);
      return copy;
    }
    if (isDate(value)) return new this.realm.Date(value.getTime());
    if (isPlainObject(value)) {
      const copy = new this.realm.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) copy[k] = this.out(v);
      return copy;
    }
    return value;
  }

  /** A value on its way in from the script: proxies become the objects behind them. */
  in(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    const target = targets.get(value);
    if (target) return target;
    if (Array.isArray(value)) return Array.from(value, (v) => this.in(v));
    if (isPlainObject(value) && !isDate(value)) {
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) copy[k] = this.in(v);
      return copy;
    }
    return value;
  }

  proxy<T extends object>(target: T, kind: Kind): T {
    let p = this.proxies.get(target);
    if (!p) {
      p = new Proxy(target, this.handler(kind));
      this.proxies.set(target, p);
      targets.set(p, target);
    }
    return p as T;
  }

  /**
   * An object a script holds (a Range, a Sheet…) shows only its methods: `sheet.name` or `range.row`
   * is undefined in Apps Script, so the model's fields are too, and assigning one changes nothing.
   * A service (SpreadsheetApp, Ui…) also shows its enums (`SpreadsheetApp.ProtectionType`).
   */
  private handler(kind: Kind): ProxyHandler<object> {
    return {
      get: (target, prop) => {
        if (typeof prop === "symbol") return Reflect.get(target, prop);
        if (prop.startsWith("_") || prop === "constructor") return undefined;
        const value = Reflect.get(target, prop);
        if (typeof value === "function") {
          return (...args: unknown[]) => this.invoke(target, kind, prop, value as (...a: unknown[]) => unknown, args);
        }
        return isService(target) ? this.out(value) : undefined;
      },
      set: () => true,
    };
  }

  private invoke(target: object, kind: Kind, method: string, fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
    if (!this.restricted && COUNTED.has(kind) && !NOT_COUNTED.has(method)) recordCall(this.stats, method);
    try {
      if (this.restricted) {
        const verdict = NOT_COUNTED.has(method) ? null : customFunctionVerdict(kind, method);
        if (verdict && "deny" in verdict) throw gasError(verdict.deny);
        if (verdict) return this.out(verdict.replace());
      } else this.checkAuth(kind, method);
      const given = args.map((a) => this.in(a));
      if (!this.restricted) refuseProtectedEdit(kind, target, method, given);
      return this.out(fn.apply(target, given));
    } catch (e) {
      throw this.crossError(e);
    }
  }

  private checkAuth(kind: Kind, method: string): void {
    if (this.authMode !== "NONE") return;
    const rule = NEEDS_AUTH[kind];
    if (!rule || rule.free?.includes(method) || NOT_COUNTED.has(method)) return;
    throw gasError(`You do not have permission to call ${kind}.${method}. Required permissions: ${rule.scope}`);
  }

  /** Errors thrown to a script are its own realm's Error, named `Exception` like Apps Script's. */
  private crossError(e: unknown): unknown {
    if (this.realm === HOST_REALM || !(e instanceof Error)) return e;
    const Ctor = e instanceof TypeError ? this.realm.TypeError : this.realm.Error;
    const copy = new Ctor(e.message);
    copy.name = e.name;
    copy.stack = e.stack;
    return copy;
  }
}
