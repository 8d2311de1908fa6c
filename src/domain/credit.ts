import { decimalFromText, ONE, rescale, ZERO } from "./decimal";
import type { Msg } from "./messages";

/** One member named in 经办人 / Credited to, with the weight of their share in basis points of a percent. */
export interface CreditShare {
  name: string;
  /** Weight in 1/10,000 of a percent units: 60% → 600000n. */
  weight: bigint;
}

export interface CreditParse {
  shares: CreditShare[];
  problems: Msg[];
}

const SEPARATORS = /[、,，;；/\n]+/;
const NUMBER = /^[0-9]+(?:\.[0-9]+)?$/;
const HUNDRED = BigInt(1000000);

interface Named {
  name: string;
  weight?: bigint;
  times: number;
}

/**
 * Reads who brought a sponsorship in: "张三" / "张三、李四" (equal shares) /
 * "张三 60%、李四 40%" (weighted). Members named without a weight share what the weighted ones
 * leave, so "张三 60%、李四" gives 李四 40%. Small groups raise sponsorship together (分小组拉赞),
 * so one row is often credited to several members.
 *
 * Whatever is odd about the text is a problem, never a silent change of who earns what: weights
 * that do not add up to 100% (the commission is then split in proportion, so no fen is lost or
 * made up), a member at 0% or left out of a full split, a name written twice, a share with no name.
 */
export function parseCredit(text: string): CreditParse {
  const problems: Msg[] = [];
  const named: Named[] = [];
  // By name, so a cell of thousands of names is read in one pass, not one search per name.
  const byName = new Map<string, Named>();
  for (const raw of text.split(SEPARATORS)) {
    const part = raw.trim();
    if (part === "") continue;
    const { name, weight } = splitShare(part);
    if (name === "") {
      problems.push({ key: "creditNoName", params: { value: part } });
      continue;
    }
    const existing = byName.get(name);
    if (!existing) {
      const n: Named = { name, weight, times: 1 };
      named.push(n);
      byName.set(name, n);
    } else {
      existing.times++;
      if (weight !== undefined) existing.weight = (existing.weight ?? ZERO) + weight;
    }
  }
  for (const n of named) if (n.times > 1) problems.push({ key: "creditRepeated", params: { name: n.name, count: n.times } });
  if (named.length === 0) return { shares: [], problems };

  const weighted = named.filter((n) => n.weight !== undefined);
  if (weighted.length === 0) return { shares: named.map((n) => ({ name: n.name, weight: ONE })), problems };
  for (const n of weighted) if (n.weight === ZERO) problems.push({ key: "creditZeroShare", params: { name: n.name } });
  const given = weighted.reduce((a, n) => a + n.weight!, ZERO);
  const unweighted = named.filter((n) => n.weight === undefined);
  if (unweighted.length > 0 && given < HUNDRED) {
    // Share the rest equally; the split itself is exact later (largest remainder), so the
    // weight only needs to be proportional: scale everything by the count of unweighted names.
    const k = BigInt(unweighted.length);
    const shares = named.filter((n) => n.weight !== ZERO).map((n) => ({ name: n.name, weight: n.weight !== undefined ? n.weight * k : HUNDRED - given }));
    return { shares, problems };
  }
  for (const n of unweighted) problems.push({ key: "creditLeftOut", params: { name: n.name, total: formatWeight(given) } });
  if (given !== HUNDRED && given > ZERO) {
    problems.push({
      key: "weightsNot100",
      params: {
        total: formatWeight(given),
        zhList: weighted.map((n) => `${n.name} ${formatWeight(n.weight!)}`).join("、"),
        enList: weighted.map((n) => `${n.name} ${formatWeight(n.weight!)}`).join(", "),
      },
    });
  }
  // Everyone at 0%: no proportion to split by, so the row stays unassigned (Check data says so).
  return { shares: weighted.filter((n) => n.weight! > ZERO).map((n) => ({ name: n.name, weight: n.weight! })), problems };
}

const isSpace = (ch: string) => ch.trim() === "";

/**
 * "张三 60%", "张三60%", "张三(60%)", "张三：60%" → name and weight; anything else is all name.
 * Read from the end by hand: a pattern with a lazy name before optional separators would backtrack
 * quadratically over a long cell of spaces.
 */
function splitShare(part: string): { name: string; weight?: bigint } {
  let end = part.length;
  if (part[end - 1] === ")" || part[end - 1] === "）") end--;
  while (end > 0 && isSpace(part[end - 1])) end--;
  if (part[end - 1] !== "%" && part[end - 1] !== "％") return { name: part };
  end--;
  while (end > 0 && isSpace(part[end - 1])) end--;
  let start = end;
  while (start > 0 && /[0-9.]/.test(part[start - 1])) start--;
  const number = part.slice(start, end);
  if (!NUMBER.test(number)) return { name: part };
  let nameEnd = start;
  while (nameEnd > 0 && (isSpace(part[nameEnd - 1]) || ":：(（".includes(part[nameEnd - 1]))) nameEnd--;
  return { name: part.slice(0, nameEnd).trim(), weight: rescale(decimalFromText(number)!, 4) };
}

function formatWeight(w: bigint): string {
  const s = w.toString().padStart(5, "0");
  let frac = s.slice(-4);
  while (frac.endsWith("0")) frac = frac.slice(0, -1);
  return `${s.slice(0, -4)}${frac ? `.${frac}` : ""}%`;
}
