/**
 * REGEXMATCH patterns. Sheets uses RE2, which has no backreferences or lookaround and never
 * backtracks; JavaScript's engine does backtrack, so a pattern with a repeated group that itself
 * repeats (`(a+)+`) could hang on a hostile cell. Such a pattern is not evaluated here at all.
 */
const cache = new Map<string, RegExp | null | "nested">();

/** One pass over the pattern: is there a quantified group holding a quantifier? Are there RE2-only refusals? */
function scan(pattern: string): "ok" | "invalid" | "nested" {
  const groups: boolean[] = [];
  let quantified: boolean = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      if (/[1-9]/.test(pattern[i + 1] ?? "")) return "invalid";
      i++;
      continue;
    }
    if (ch === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++) if (pattern[i] === "\\") i++;
      continue;
    }
    if (ch === "(") {
      if (pattern[i + 1] === "?" && /[=!<]/.test(pattern[i + 2] ?? "") && pattern.slice(i + 2, i + 4) !== "<P") return "invalid";
      groups.push(quantified);
      quantified = false;
    } else if (ch === ")") {
      const inner: boolean = quantified;
      quantified = groups.pop() ?? false;
      const next = pattern[i + 1];
      if (inner && (next === "*" || next === "+" || next === "{")) return "nested";
      quantified ||= inner;
    } else if (ch === "*" || ch === "+" || ch === "{") {
      quantified = true;
    }
  }
  return "ok";
}

export function compileRe2(pattern: string): RegExp | null | "nested" {
  let re = cache.get(pattern);
  if (re !== undefined) return re;
  const verdict = scan(pattern);
  if (verdict === "ok") {
    try {
      re = new RegExp(pattern, "u");
    } catch {
      re = null;
    }
  } else re = verdict === "nested" ? "nested" : null;
  cache.set(pattern, re);
  return re;
}
