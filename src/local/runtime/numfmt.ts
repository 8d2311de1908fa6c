import { wallClockOfSerial } from "./tz";

/**
 * Display of cell values under a Sheets/Excel number format, enough for
 * getDisplayValues(): plain, fixed-decimal, thousands, percent, currency
 * literals and date/time patterns.
 */

/** What getNumberFormat() reports for a cell left on "Automatic". */
export const AUTOMATIC_FORMAT = "0.###############";

/** Typed text sets a percent, currency or grouping format only on a cell still on Automatic. */
export function isAutomaticFormat(format: string): boolean {
  return format === "" || format === AUTOMATIC_FORMAT || /^general$/i.test(format);
}

const dateFormatCache = new Map<string, boolean>();

// A bracket's content stops at the next "[" too: with `[^\]]*` alone, a run of "[" without "]"
// is rescanned from every "[" (quadratic). Formats come from workbooks, so from users.
/** Strip quoted text, escapes and bracketed colours/locales, which never decide the kind. */
function bare(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^[\]]*\]/gi, "")
    .replace(/[_*]./g, "");
}

export function isDateFormat(format: string): boolean {
  if (!format || format === "@") return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    const first = splitSections(format)[0];
    known = /[ydhs]|am\/pm|a\/p|\bm+\b/i.test(bare(first)) && !/^general$/i.test(first.trim());
    dateFormatCache.set(format, known);
  }
  return known;
}

export function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** How Sheets shows a number on the default format: no float noise, exponent past 15 digits. */
export function generalNumber(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mant, exp] = n.toExponential().split("e");
    const m = String(Number(Number(mant).toPrecision(10)));
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(15)));
}

export function formatNumberWith(n: number, format: string): string {
  if (!format || format === "@" || /^general$/i.test(format)) return generalNumber(n);
  if (isDateFormat(format)) return formatSerial(n, splitSections(format)[0]);
  const sections = splitSections(format);
  let section = sections[0];
  let value = n;
  let sign = n < 0 ? "-" : "";
  if (n < 0 && sections.length > 1 && sections[1] !== "") {
    section = sections[1];
    value = -n;
    sign = "";
  } else if (n === 0 && sections.length > 2 && sections[2] !== "") {
    section = sections[2];
  }
  const out = formatNumericSection(Math.abs(value), section);
  return out.startsWith("-") ? out : sign && /[1-9]/.test(out) ? sign + out : out;
}

function literal(text: string): string {
  return text
    .replace(/\[\$([^[\]-]*)(-[^[\]]*)?\]/g, "$1")
    .replace(/\[[^[\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

function formatNumericSection(value: number, section: string): string {
  const clean = section.replace(/"[^"]*"|\\.|\[[^[\]]*\]/g, (m) => "\u0000".repeat(m.length));
  const first = clean.search(/[0#?]/);
  if (first < 0) return literal(section);
  let last = first;
  for (let i = first; i < clean.length; i++) if (/[0#?.,]/.test(clean[i])) last = i;
  const core = clean.slice(first, last + 1);
  const prefix = literal(section.slice(0, first));
  const suffix = literal(section.slice(last + 1));
  const percents = (clean.match(/%/g) ?? []).length;
  let v = value * 100 ** percents;
  const [intPattern, fracPattern = ""] = core.split(".");
  // A loop, not `/,+$/`, which retries from every comma of a long run (quadratic).
  let end = intPattern.length;
  while (end > 0 && intPattern[end - 1] === ",") end--;
  const trailingCommas = intPattern.length - end;
  const intCore = intPattern.slice(0, end);
  v /= 1000 ** trailingCommas;
  const maxDec = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minDec = (fracPattern.match(/0/g) ?? []).length;
  let [intDigits, fracDigits = ""] = v.toFixed(maxDec).split(".");
  while (fracDigits.length > minDec && fracDigits.endsWith("0")) fracDigits = fracDigits.slice(0, -1);
  const minInt = (intCore.match(/0/g) ?? []).length;
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (intCore.includes(",")) intDigits = groupThousands(intDigits);
  const number = fracDigits ? `${intDigits}.${fracDigits}` : intDigits;
  return prefix + (number === "" ? "0" : number) + suffix;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Render a serial under an Excel-style date pattern (`mm` is minutes after `h` or before `s`). */
export function formatSerial(serial: number, pattern: string): string {
  const w = wallClockOfSerial(serial);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const tokens = tokenizeDate(pattern);
  const hasAmPm = tokens.some((t) => t.kind === "ampm");
  // The nearest non-literal token on each side, found once: searching per token is quadratic.
  const prevKind: (DateToken["kind"] | undefined)[] = [];
  const nextKind: (DateToken["kind"] | undefined)[] = [];
  for (let i = 0, last: DateToken["kind"] | undefined; i < tokens.length; i++) {
    prevKind[i] = last;
    if (tokens[i].kind !== "lit") last = tokens[i].kind;
  }
  for (let i = tokens.length - 1, last: DateToken["kind"] | undefined; i >= 0; i--) {
    nextKind[i] = last;
    if (tokens[i].kind !== "lit") last = tokens[i].kind;
  }
  let out = "";
  tokens.forEach((t, i) => {
    const n = t.text.length;
    switch (t.kind) {
      case "lit":
        out += t.text;
        break;
      case "y":
        out += n <= 2 ? String(w.year % 100).padStart(2, "0") : String(w.year);
        break;
      case "m": {
        const minute = n <= 2 && (prevKind[i] === "h" || prevKind[i] === "elapsed" || nextKind[i] === "s");
        if (minute) out += n === 2 ? pad2(w.minute) : String(w.minute);
        else if (n >= 4) out += MONTHS[w.month - 1];
        else if (n === 3) out += MONTHS[w.month - 1].slice(0, 3);
        else out += n === 2 ? pad2(w.month) : String(w.month);
        break;
      }
      case "d":
        if (n >= 4) out += DAYS[weekday];
        else if (n === 3) out += DAYS[weekday].slice(0, 3);
        else out += n === 2 ? pad2(w.day) : String(w.day);
        break;
      case "h": {
        const hour = hasAmPm ? ((w.hour + 11) % 12) + 1 : w.hour;
        out += n >= 2 ? pad2(hour) : String(hour);
        break;
      }
      case "elapsed": {
        // [h], [m] and [s] count the whole duration in that unit; the nudge keeps float noise (2.9999…) from losing one.
        const perDay = t.text[0].toLowerCase() === "h" ? 24 : t.text[0].toLowerCase() === "m" ? 1440 : 86400;
        out += String(Math.floor(serial * perDay + 1e-9)).padStart(t.text.length, "0");
        break;
      }
      case "s":
        out += n >= 2 ? pad2(w.second) : String(w.second);
        break;
      case "frac":
        out +=
          "." +
          String(w.ms)
            .padStart(3, "0")
            .slice(0, n - 1);
        break;
      case "ampm":
        out += w.hour < 12 ? (t.text.startsWith("a") ? "am" : "AM") : t.text.startsWith("a") ? "pm" : "PM";
        break;
    }
  });
  return out;
}

interface DateToken {
  kind: "lit" | "y" | "m" | "d" | "h" | "s" | "frac" | "ampm" | "elapsed";
  text: string;
}

function tokenizeDate(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const ch = pattern[i];
    const lower = ch.toLowerCase();
    let m: RegExpExecArray | null;
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ kind: "lit", text: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\") {
      tokens.push({ kind: "lit", text: pattern[i + 1] ?? "" });
      i += 2;
    } else if ((m = /^\[(h+|m+|s+)\]/i.exec(rest))) {
      tokens.push({ kind: "elapsed", text: m[1] });
      i += m[0].length;
    } else if (ch === "[") {
      const end = pattern.indexOf("]", i);
      i = end < 0 ? pattern.length : end + 1;
    } else if ((m = /^(am\/pm|a\/p)/i.exec(rest))) {
      tokens.push({ kind: "ampm", text: m[1] });
      i += m[0].length;
    } else if (/[ymdhs]/.test(lower)) {
      let j = i;
      while (j < pattern.length && pattern[j].toLowerCase() === lower) j++;
      tokens.push({ kind: lower as DateToken["kind"], text: pattern.slice(i, j) });
      i = j;
    } else if (ch === "." && /^\.0+/.test(rest) && tokens[tokens.length - 1]?.kind === "s") {
      const zeros = /^\.0+/.exec(rest)![0];
      tokens.push({ kind: "frac", text: zeros });
      i += zeros.length;
    } else {
      tokens.push({ kind: "lit", text: ch === "_" || ch === "*" ? " " : ch });
      i += ch === "_" || ch === "*" ? 2 : 1;
    }
  }
  return tokens;
}

/** "1234567" → "1,234,567"; `/\B(?=(\d{3})+(?!\d))/g` looks ahead to the end from every digit (quadratic). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(",");
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
