import { service } from "../kinds";
import { formatString } from "./utilities";

export interface LogEntry {
  level: "log" | "info" | "warn" | "error" | "debug";
  message: string;
}

function show(value: unknown): string {
  if (typeof value === "string") return value;
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

/** Logger and console write to one list the host can read (and optionally echo). */
export function makeLogging(entries: LogEntry[], echo?: (entry: LogEntry) => void) {
  const write = (level: LogEntry["level"], message: string) => {
    const entry = { level, message };
    entries.push(entry);
    echo?.(entry);
  };
  const joined = (args: unknown[]) => args.map(show).join(" ");
  const Logger = service("Logger", {
    log: (data: unknown, ...values: unknown[]) => {
      write("log", typeof data === "string" && values.length ? formatString(data, values) : show(data));
      return Logger;
    },
    clear: () => {
      entries.length = 0;
    },
  });
  const console = {
    log: (...args: unknown[]) => write("log", joined(args)),
    info: (...args: unknown[]) => write("info", joined(args)),
    warn: (...args: unknown[]) => write("warn", joined(args)),
    error: (...args: unknown[]) => write("error", joined(args)),
    debug: (...args: unknown[]) => write("debug", joined(args)),
  };
  return { Logger, console };
}
