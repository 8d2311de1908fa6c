/** What a script wrote with console.error, the only console method the add-on calls. */
export interface LogEntry {
  level: "error";
  message: string;
}

function show(value: unknown): string {
  if (typeof value === "string") return value;
  // An Error from the script's own realm fails `instanceof Error` here, so its tag is checked too.
  if (value instanceof Error || Object.prototype.toString.call(value) === "[object Error]") {
    return `${(value as Error).name}: ${(value as Error).message}`;
  }
  if (value !== null && typeof value === "object") {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** The script's `console`: each line goes to `entries`, where the host can read it. */
export function makeConsole(entries: LogEntry[]) {
  return {
    error: (...args: unknown[]) => {
      entries.push({ level: "error", message: args.map(show).join(" ") });
    },
  };
}
