/**
 * The built-in functions this runtime evaluates: the ones the add-on's own formulas use. Any other
 * name (that is not a custom function of the bundle) leaves the cell without a value.
 */
import { isError, type Scalar, toBool, toNumber, toText } from "./coerce";
import { FormulaError, Unsupported } from "./errors";
import type { Node } from "./parser";
import { compileRe2 } from "./regex";
import type { FormulaFunction as Builtin, Env, Evaluation } from "./types";

function arity(name: string, args: Node[], min: number, max: number): FormulaError | null {
  if (args.length >= min && args.length <= max) return null;
  const range = min === max ? `${min}` : `between ${min} and ${max}`;
  return new FormulaError("#N/A", `Wrong number of arguments to ${name}. Expected ${range} arguments, but got ${args.length} arguments.`);
}

/** A function of single values, applied element by element to arrays. */
function elementwise(name: string, min: number, max: number, fn: (...xs: Scalar[]) => Scalar): Builtin {
  return (args, ev) =>
    arity(name, args, min, max) ??
    ev.lift(
      args.map((a) => ev.value(a)),
      fn,
    );
}

function text(name: string, fn: (s: string, ...rest: Scalar[]) => Scalar, min: number, max: number): Builtin {
  return elementwise(name, min, max, (x, ...rest) => {
    const s = toText(x);
    return isError(s) ? s : fn(s, ...rest);
  });
}

const arrayFormula: Builtin = (args, ev) => {
  const bad = arity("ARRAYFORMULA", args, 1, 1);
  if (bad) return bad;
  const inner = new (ev.constructor as new (env: Env) => Evaluation)({ ...ev.env, arrayMode: true });
  const v = inner.value(args[0]);
  return typeof v === "object" && v !== null && !Array.isArray(v) && "range" in v ? inner.matrix(v) : v;
};

const ifFn: Builtin = (args, ev) => {
  const bad = arity("IF", args, 2, 3);
  if (bad) return bad;
  const cond = ev.value(args[0]);
  const pick = (c: Scalar, yes: Scalar, no: Scalar): Scalar => {
    const b = toBool(c, "IF", 1);
    return isError(b) ? b : b ? yes : no;
  };
  const no = () => (args.length > 2 ? ev.value(args[2]) : false);
  const lifted = ev.lift([cond], (c) => c);
  // One condition: only the branch taken is evaluated, as in Sheets.
  if (!Array.isArray(lifted)) {
    const b = toBool(lifted, "IF", 1);
    if (isError(b)) return b;
    return b ? ev.value(args[1]) : no();
  }
  return ev.lift([lifted, ev.value(args[1]), no()], pick);
};

const ifError: Builtin = (args, ev) => {
  const bad = arity("IFERROR", args, 1, 2);
  if (bad) return bad;
  const alt = args.length > 1 ? ev.value(args[1]) : null;
  return ev.lift([ev.value(args[0]), alt], (v, a) => (isError(v) ? a : v));
};

const sum: Builtin = (args, ev) => {
  if (args.length === 0) return arity("SUM", args, 1, 255);
  let total = 0;
  for (let i = 0; i < args.length; i++) {
    const v = ev.value(args[i]);
    if (Array.isArray(v) || (typeof v === "object" && v !== null && "range" in v)) {
      // In a range only numbers count; text and TRUE/FALSE are skipped.
      for (const row of ev.matrix(v)) {
        for (const x of row) {
          if (isError(x)) return x;
          if (typeof x === "number") total += x;
        }
      }
    } else {
      const n = toNumber(v as Scalar, "SUM", i + 1);
      if (isError(n)) return n;
      total += n;
    }
  }
  return total;
};

const regexMatch = elementwise("REGEXMATCH", 2, 2, (t, p) => {
  if (isError(t)) return t;
  if (isError(p)) return p;
  if (typeof t !== "string" && t !== null) {
    return new FormulaError(
      "#VALUE!",
      `Function REGEXMATCH parameter 1 expects text values. But '${toText(t)}' is a ${typeof t} and cannot be coerced to a text.`,
    );
  }
  const pattern = toText(p) as string;
  const re = compileRe2(pattern);
  if (re === "nested") throw new Unsupported("REGEXMATCH");
  if (!re) return new FormulaError("#REF!", `Function REGEXMATCH parameter 2 value "${pattern}" is not a valid regular expression.`);
  return re.test(t ?? "");
});

const substitute: Builtin = text(
  "SUBSTITUTE",
  (s, search, replacement, occurrence) => {
    const find = toText(search);
    const put = toText(replacement);
    if (isError(find)) return find;
    if (isError(put)) return put;
    if (find === "") return s;
    if (occurrence === undefined || occurrence === null) return s.split(find).join(put);
    const n = toNumber(occurrence, "SUBSTITUTE", 4);
    if (isError(n)) return n;
    let at = -1;
    for (let k = 0; k < n; k++) {
      at = s.indexOf(find, at + 1);
      if (at < 0) return s;
    }
    return s.slice(0, at) + put + s.slice(at + find.length);
  },
  3,
  4,
);

export const BUILTINS: Record<string, Builtin> = {
  ARRAYFORMULA: arrayFormula,
  IF: ifFn,
  IFERROR: ifError,
  SUM: sum,
  REGEXMATCH: regexMatch,
  LOWER: text("LOWER", (s) => s.toLowerCase(), 1, 1),
  SUBSTITUTE: substitute,
  TO_TEXT: elementwise("TO_TEXT", 1, 1, (x) => toText(x)),
};
