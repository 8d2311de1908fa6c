/**
 * What Sheets makes of text typed into a cell on the Automatic format (and so of text written
 * with setValue/setValues): numbers with the locale's separators, leading zeros,
 * percentages, currency, scientific notation, dates, times and date-times. Where Sheets' exact
 * reading is unknown, this reads *more* text as numbers and dates, never less: a script that
 * survives here survives in Sheets. Every pattern is linear (no nested repetition), since the
 * text comes from users.
 */
import { serialOfWallClock, wallClockAt } from "./tz";

export interface Parsed {
  value: number;
  /** The format Sheets gives the cell when it recognises the kind (kept off when already set). */
  format?: string;
  isDate?: boolean;
}

interface Symbols {
  decimal: "." | ",";
  group: string;
}

const symbolsOf = new Map<string, Symbols>();

/** Decimal and grouping marks by language (Sheets follows the spreadsheet locale, File → Settings). */
function symbols(locale: string): Symbols {
  let known = symbolsOf.get(locale);
  if (!known) symbolsOf.set(locale, (known = localeSymbols(locale)));
  return known;
}

function localeSymbols(locale: string): Symbols {
  const lang = locale.toLowerCase().split(/[_-]/)[0];
  if (["de", "es", "it", "nl", "pt", "id", "tr", "da", "el"].includes(lang)) return { decimal: ",", group: "." };
  if (["fr", "ru", "sv", "pl", "cs", "fi", "nb", "no", "uk", "hu", "sk"].includes(lang)) return { decimal: ",", group: " \u00a0\u202f" };
  return { decimal: ".", group: "," };
}

type Order = "MDY" | "DMY" | "YMD";

/** Day/month order of a short date: en_US reads 3/4 as March 4, en_GB and de_DE as 3 April. */
function dateOrder(locale: string): Order {
  const l = locale.toLowerCase().replace("-", "_");
  if (/^(zh|ja|ko)/.test(l)) return "YMD";
  if (l === "en_us" || l === "en" || l === "en_ph" || l === "fil") return "MDY";
  if (l.startsWith("en_")) return l === "en_ca" ? "MDY" : "DMY";
  return "DMY";
}

const CURRENCY = "$¥￥€£₩";

/** A plain number in the locale's spelling, or undefined. `digits` tells how many decimals were typed. */
function plainNumber(text: string, sym: Symbols): { n: number; grouped: boolean; decimals: number } | undefined {
  const m = /^([+-]?)(\d*)(?:([.,])(\d*))?$/.exec(text);
  if (m && (!m[3] || m[3] === sym.decimal)) {
    const [, sign, int, , frac = ""] = m;
    if (int === "" && frac === "") return undefined;
    return { n: Number(`${sign}${int || "0"}.${frac || "0"}`), grouped: false, decimals: frac.length };
  }
  // Grouped: 1,234 / 1,234,567.5 (en, zh) — 1.234,5 (de) — 1 234,5 (fr).
  const g = /^([+-]?)(\d{1,3})((?:[., \u00a0\u202f]\d{3})+)(?:([.,])(\d*))?$/.exec(text);
  if (!g) return undefined;
  const [, sign, head, groups, mark, frac = ""] = g;
  if (![...groups].every((ch) => /\d/.test(ch) || sym.group.includes(ch))) return undefined;
  if (mark && mark !== sym.decimal) return undefined;
  return { n: Number(`${sign}${head}${groups.replace(/\D/g, "")}.${frac || "0"}`), grouped: true, decimals: frac.length };
}

function numberFormat(grouped: boolean, decimals: number): string | undefined {
  if (!grouped) return undefined;
  return decimals > 0 ? "#,##0.00" : "#,##0";
}

/** Numbers, percentages, currency and scientific notation. */
export function parseNumberText(text: string, locale: string): Parsed | undefined {
  const sym = symbols(locale);
  const plain = plainNumber(text, sym);
  if (plain) return { value: plain.n, format: numberFormat(plain.grouped, plain.decimals) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(text)) return { value: Number(text) };
  const pct = /^([^%]*)%$/.exec(text);
  if (pct) {
    const inner = plainNumber(pct[1].trimEnd(), sym);
    if (inner) return { value: inner.n / 100, format: inner.decimals > 0 ? "0.00%" : "0%" };
  }
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    const inner = parseNumberText(paren[1], locale);
    if (inner && !inner.isDate && inner.value >= 0) return { ...inner, value: -inner.value };
  }
  const cur = /^([+-]?)(.)\s?([+-]?)([\d.,\s\u00a0\u202f]+)$/.exec(text) ?? /^([+-]?)()([\d.,\s\u00a0\u202f]+)\s?(.)$/.exec(text);
  if (cur) {
    const prefixed = cur[2] !== "";
    const symbol = prefixed ? cur[2] : cur[4];
    const digits = prefixed ? cur[4] : cur[3];
    const sign = cur[1] || (prefixed ? cur[3] : "");
    const inner = CURRENCY.includes(symbol) ? plainNumber(digits.trim(), sym) : undefined;
    if (inner && !(cur[1] && prefixed && cur[3])) {
      const value = sign === "-" ? -inner.n : inner.n;
      const fmt = prefixed ? `"${symbol}"#,##0.00` : `#,##0.00"${symbol}"`;
      return { value, format: fmt };
    }
  }
  return undefined;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function fullYear(y: string): number {
  if (y.length >= 3) return Number(y);
  const n = Number(y);
  // Two-digit years: 00–29 are this century, 30–99 the last (as Sheets and Excel read them).
  return n < 30 ? 2000 + n : 1900 + n;
}

function validDate(p: DateParts): DateParts | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.year < 1 || p.year > 9999) return undefined;
  const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return p.day > days ? undefined : p;
}

function datePart(text: string, order: Order, thisYear: () => number): DateParts | undefined {
  const zh = /^(?:(\d{2,4})年)?(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (zh && order === "YMD") return validDate({ year: zh[1] ? fullYear(zh[1]) : thisYear(), month: Number(zh[2]), day: Number(zh[3]) });
  const m = /^(\d{1,4})([-/.])(\d{1,2})(?:\2(\d{1,4}))?$/.exec(text);
  if (!m) return undefined;
  const [, a, sep, b, c] = m;
  if (a.length === 3) return undefined;
  if (a.length === 4) return c && c.length <= 2 ? validDate({ year: Number(a), month: Number(b), day: Number(c) }) : undefined;
  if (sep === "." && order !== "DMY") return undefined;
  if (c !== undefined && c.length > 2 && c.length !== 4) return undefined;
  const year = c === undefined ? thisYear() : fullYear(c);
  const dayFirst = order === "DMY";
  return validDate({ year, month: Number(dayFirst ? b : a), day: Number(dayFirst ? a : b) });
}

function timePart(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*([aApP][mM])?$/.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const [minute, second] = [Number(m[2]), Number(m[3] ?? 0)];
  if (m[5]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^p/i.test(m[5]) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return (hour * 3600 + minute * 60 + second + Number(`0.${m[4] ?? 0}`)) / 86400;
}

/** Dates, times and date-times; a date typed without a year is in the current year. */
export function parseDateText(text: string, locale: string, timeZone: string, now = Date.now()): Parsed | undefined {
  const order = dateOrder(locale);
  const thisYear = () => wallClockAt(now, timeZone).year;
  const time = timePart(text);
  if (time !== undefined) return { value: time, format: /:\d{2}:\d{2}/.test(text) ? "hh:mm:ss" : "hh:mm", isDate: true };
  const split = /^(\S+?)(?:[ T](\S+(?:\s*[aApP][mM])?))?$/.exec(text);
  if (!split) return undefined;
  const date = datePart(split[1], order, thisYear);
  if (!date) return undefined;
  const serial = serialOfWallClock({ ...date, hour: 0, minute: 0, second: 0, ms: 0 });
  if (split[2] === undefined) return { value: serial, format: "yyyy-mm-dd", isDate: true };
  const t = timePart(split[2]);
  if (t === undefined) return undefined;
  return { value: serial + t, format: "yyyy-mm-dd hh:mm:ss", isDate: true };
}
