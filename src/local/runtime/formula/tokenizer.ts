/**
 * Splits formula text into tokens. Apps Script's setFormula/setValue('=…') take formulas in the
 * en_US syntax whatever the spreadsheet's locale: English function names, `,` between arguments,
 * `.` for decimals, and in array literals `,` between columns and `;` between rows. So a `;` outside
 * braces, a `\` column separator or a `1,5` decimal are not read as the locale would write them.
 */
export type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "word"; v: string } | { t: "sheet"; v: string } | { t: "op"; v: string };

export class ParseFailure extends Error {}

const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", "(", ")", ",", ";", "{", "}", ":"];

const isDigit = (ch: string) => ch >= "0" && ch <= "9";
const isWordChar = (ch: string) => /[A-Za-z0-9_.$\u00C0-\uFFFF]/.test(ch);

/** Linear scan, one character class test per character: no regular expression over the whole text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
    } else if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new ParseFailure("unterminated string");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      out.push({ t: "str", v: s });
    } else if (ch === "'") {
      let name = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new ParseFailure("unterminated sheet name");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            name += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i++];
      }
      if (text[i] !== "!") throw new ParseFailure("quoted name without !");
      i++;
      out.push({ t: "sheet", v: name });
    } else if (isDigit(ch) || (ch === "." && isDigit(text[i + 1] ?? ""))) {
      let j = i;
      while (j < text.length && isDigit(text[j])) j++;
      if (text[j] === ".") {
        j++;
        while (j < text.length && isDigit(text[j])) j++;
      }
      if (
        (text[j] === "e" || text[j] === "E") &&
        (isDigit(text[j + 1] ?? "") || ((text[j + 1] === "+" || text[j + 1] === "-") && isDigit(text[j + 2] ?? "")))
      ) {
        j += 2;
        while (j < text.length && isDigit(text[j])) j++;
      }
      // `1A` or `2B3`: a word that starts with a digit is not en_US syntax.
      if (j < text.length && /[A-Za-z_]/.test(text[j])) throw new ParseFailure("bad number");
      out.push({ t: "num", v: Number(text.slice(i, j)) });
      i = j;
    } else if (isWordChar(ch)) {
      let j = i;
      while (j < text.length && isWordChar(text[j])) j++;
      const word = text.slice(i, j);
      if (text[j] === "!") {
        out.push({ t: "sheet", v: word });
        j++;
      } else out.push({ t: "word", v: word });
      i = j;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new ParseFailure(`unexpected ${ch}`);
      out.push({ t: "op", v: op });
      i += op.length;
    }
  }
  return out;
}
