import { randomUUID } from "node:crypto";
import { formatJavaDate } from "../dateformat";
import { signatureError } from "../errors";
import { service } from "../kinds";
import { isValidTimeZone } from "../tz";
import { isDate } from "../values";

/** sprintf-style %s %d %f (with .N precision) %%, as Utilities.formatString takes them. */
export function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return String(template).replace(/%(\.\d+)?([sdif%])/g, (m, precision: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    if (i >= args.length) return m;
    const arg = args[i++];
    if (conv === "s") return String(arg);
    const n = Number(arg);
    if (conv === "d" || conv === "i") return String(Math.trunc(n));
    return precision ? n.toFixed(Number(precision.slice(1))) : n.toFixed(6);
  });
}

export function makeUtilities() {
  return service("Utilities", {
    formatDate: (date: unknown, timeZone: unknown, format: unknown) => {
      if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
        throw signatureError([date, timeZone, format], "Utilities.formatDate");
      }
      // Java falls back to GMT for an unknown zone id.
      return formatJavaDate(date.getTime(), isValidTimeZone(timeZone) ? timeZone : "UTC", format);
    },
    formatString: (template: string, ...args: unknown[]) => formatString(template, args),
    sleep: (_milliseconds: number) => undefined,
    getUuid: () => randomUUID(),
  });
}
