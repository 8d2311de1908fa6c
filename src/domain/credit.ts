import { decimalFromText, rescale, ONE, ZERO } from "./decimal";
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
// "张三 60%", "张三60%", "张三(60%)", "张三：60%"
const WEIGHTED = /^(.*?)[\s:：(（]*([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[)）]?$/;
const HUNDRED = BigInt(1000000);

/**
 * Reads who brought a sponsorship in: "张三" / "张三、李四" (equal shares) /
 * "张三 60%、李四 40%" (weighted). Members named without a weight share what the weighted ones
 * leave, so "张三 60%、李四" gives 李四 40%. Small groups raise sponsorship together (分小组拉赞),
 * so one row is often credited to several members.
 */
export function parseCredit(text: string): CreditParse {
  const problems: Msg[] = [];
  const parts = text
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const named: { name: string; weight?: bigint }[] = [];
  for (const part of parts) {
    const m = WEIGHTED.exec(part);
    const name = (m ? m[1] : part).trim();
    if (name === "") continue;
    const weight = m ? rescale(decimalFromText(m[2])!, 4) : undefined;
    const existing = named.find((n) => n.name === name);
    if (existing) {
      if (weight !== undefined || existing.weight !== undefined) {
        existing.weight = (existing.weight ?? ZERO) + (weight ?? ZERO);
      }
    } else {
      named.push({ name, weight });
    }
  }
  if (named.length === 0) return { shares: [], problems };

  const weighted = named.filter((n) => n.weight !== undefined);
  if (weighted.length === 0) {
    return { shares: named.map((n) => ({ name: n.name, weight: ONE })), problems };
  }
  const given = weighted.reduce((a, n) => a + n.weight!, ZERO);
  const unweighted = named.filter((n) => n.weight === undefined);
  if (unweighted.length > 0 && given < HUNDRED) {
    // Share the rest equally; the split itself is exact later (largest remainder), so the
    // weight only needs to be proportional: scale everything by the count of unweighted names.
    const k = BigInt(unweighted.length);
    return {
      shares: named.map((n) => ({ name: n.name, weight: n.weight !== undefined ? n.weight * k : HUNDRED - given })),
      problems,
    };
  }
  if (given !== HUNDRED || unweighted.length > 0) {
    problems.push({ key: "weightsNot100", params: { total: formatWeight(given) } });
  }
  const shares = weighted.filter((n) => n.weight! > ZERO).map((n) => ({ name: n.name, weight: n.weight! }));
  return { shares: shares.length ? shares : named.map((n) => ({ name: n.name, weight: ONE })), problems };
}

function formatWeight(w: bigint): string {
  const s = w.toString().padStart(5, "0");
  return `${s.slice(0, -4)}.${s.slice(-4)}`.replace(/\.?0+$/, "") + "%";
}
