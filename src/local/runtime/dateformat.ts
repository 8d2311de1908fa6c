import { gasError } from "./errors";
import { wallClockAt } from "./tz";

/**
 * Utilities.formatDate follows java.text.SimpleDateFormat: letters are pattern
 * fields, text in single quotes is literal and `''` is an apostrophe.
 */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatJavaDate(instantMs: number, timeZone: string, pattern: string): string {
  const w = wallClockAt(instantMs, timeZone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const offsetMin = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - instantMs) / 60000);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = "";
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else text += pattern[j++];
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (pattern[j] === ch) j++;
    const n = j - i;
    out += field(ch, n, w, weekday, offsetMin);
    i = j;
  }
  return out;
}

function num(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function field(ch: string, n: number, w: ReturnType<typeof wallClockAt>, weekday: number, offsetMin: number): string {
  switch (ch) {
    case "y":
    case "Y":
      return n === 2 ? num(w.year % 100, 2) : num(w.year, n);
    case "M":
    case "L":
      if (n >= 4) return MONTHS[w.month - 1];
      if (n === 3) return MONTHS[w.month - 1].slice(0, 3);
      return num(w.month, n);
    case "d":
      return num(w.day, n);
    case "E":
      return n >= 4 ? DAYS[weekday] : DAYS[weekday].slice(0, 3);
    case "u":
      return num(weekday === 0 ? 7 : weekday, n);
    case "H":
      return num(w.hour, n);
    case "k":
      return num(w.hour === 0 ? 24 : w.hour, n);
    case "K":
      return num(w.hour % 12, n);
    case "h":
      return num(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case "m":
      return num(w.minute, n);
    case "s":
      return num(w.second, n);
    case "S":
      return num(w.ms, n);
    case "a":
      return w.hour < 12 ? "AM" : "PM";
    case "D": {
      const start = Date.UTC(w.year, 0, 1);
      return num(Math.round((Date.UTC(w.year, w.month - 1, w.day) - start) / 86_400_000) + 1, n);
    }
    case "Z":
      return offset(offsetMin, "");
    case "X":
      if (offsetMin === 0) return "Z";
      return n === 1 ? offset(offsetMin, "").slice(0, 3) : offset(offsetMin, n >= 3 ? ":" : "");
    case "z":
      return `GMT${offset(offsetMin, ":")}`;
    default:
      throw gasError(`Illegal pattern character '${ch}'`);
  }
}

function offset(minutes: number, sep: string): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${num(Math.floor(abs / 60), 2)}${sep}${num(abs % 60, 2)}`;
}
