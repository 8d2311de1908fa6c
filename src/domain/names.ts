/** Name matching: exact after trimming, English names case-insensitively, with a "did you mean". */

export function nameKey(name: string): string {
  return name
    .trim()
    .replace(/[\s\u3000]+/g, " ")
    .toLowerCase();
}

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

const SUGGEST_MAX = 100;

/** A lookup of known names that also suggests the closest one for a typo (one wrong character in 张三丰). */
export class NameIndex {
  private readonly byKey = new Map<string, string>();
  private readonly suggestions = new Map<string, string | null>();

  constructor(names: Iterable<string>) {
    for (const n of names) if (!this.byKey.has(nameKey(n))) this.byKey.set(nameKey(n), n);
  }

  private readonly found = new Map<string, string | undefined>();

  /** The canonical spelling, or undefined when unknown. */
  find(name: string): string | undefined {
    if (this.found.has(name)) return this.found.get(name);
    const canonical = this.byKey.get(nameKey(name));
    this.found.set(name, canonical);
    return canonical;
  }

  suggest(name: string): string | null {
    const key = nameKey(name);
    const cached = this.suggestions.get(key);
    if (cached !== undefined) return cached;
    let best: { name: string; d: number } | null = null;
    const length = [...key].length;
    const limit = Math.max(1, Math.floor(length / 3));
    for (const [k, n] of this.byKey) {
      // The edit distance costs length × length: a text far longer than any name is not a typo of one,
      // and two lengths further apart than the limit cannot be within it.
      if (length > SUGGEST_MAX || k.length > 2 * SUGGEST_MAX || Math.abs([...k].length - length) > limit) continue;
      const d = distance(key, k);
      if (d <= limit && (!best || d < best.d)) best = { name: n, d };
    }
    const found = best ? best.name : null;
    this.suggestions.set(key, found);
    return found;
  }

  get size(): number {
    return this.byKey.size;
  }
}
