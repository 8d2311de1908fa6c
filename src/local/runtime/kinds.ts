/**
 * Tags the classes whose instances are handed to scripts, so the runtime knows
 * to wrap them (for call counting, authorisation checks and realm crossing).
 */
export const KIND = Symbol.for("local-apps-script.kind");

export type Kind =
  | "Spreadsheet"
  | "Sheet"
  | "Range"
  | "DataValidation"
  | "DataValidationBuilder"
  | "Protection"
  | "DeveloperMetadata"
  | "EmbeddedChart"
  | "EmbeddedChartBuilder"
  | "SpreadsheetApp"
  | "Ui"
  | "Menu"
  | "PromptResponse"
  | "HtmlService"
  | "HtmlOutput"
  | "LockService"
  | "Lock"
  | "PropertiesService"
  | "Properties"
  | "Session"
  | "User"
  | "Utilities"
  | "ScriptApp"
  | "Charts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function tag(cls: { prototype: any }, kind: Kind): void {
  cls.prototype[KIND] = kind;
  cls.prototype.toString = () => kind;
}

/** A service object (a global such as SpreadsheetApp) tagged like a class instance. */
export function service<T extends object>(kind: Kind, members: T): T {
  // Configurable, so a Proxy may hand out something other than the raw value.
  Object.defineProperty(members, KIND, { value: kind, configurable: true });
  Object.defineProperty(members, "toString", { value: () => kind, configurable: true });
  return members;
}

export function kindOf(value: unknown): Kind | undefined {
  return value !== null && typeof value === "object" ? (value as { [KIND]?: Kind })[KIND] : undefined;
}

/** Script-side proxy → the object behind it, across every runtime. */
export const proxyTargets = new WeakMap<object, object>();

/**
 * The object behind a script-side proxy. Model methods that compare identity
 * or reach internals call this on their arguments, so host code may mix
 * objects obtained through `runtime.globals` with the book's own.
 */
export function unwrap<T>(value: T): T {
  return (value !== null && typeof value === "object" && (proxyTargets.get(value) as T)) || value;
}
