/**
 * 预测 / Weighted forecast: what each event may still raise, judged by where each sponsor stands.
 * An event's forecast is the sum, over sponsors whose 目标活动 is that event and that have no received
 * sponsorship for it yet, of 预计金额 × the probability of the sponsor's stage (Settings), each product
 * rounded half up to the fen.
 */
import { commissionFen, type Rate } from "./commission";
import type { LocalDate } from "./dates";
import type { LedgerEntry, Stage } from "./model";
import type { Fen } from "./money";

export type StageOdds = Record<Stage, Rate>;

const pct = (n: number): Rate => ({ units: BigInt(n), scale: 2 });

/** The department's defaults: 潜在 10%, 联系中 25%, 洽谈中 50%, 已签约 90%, 长期合作 90%, 已拒绝 0%. */
export const DEFAULT_ODDS: StageOdds = {
  potential: pct(10),
  contacting: pct(25),
  negotiating: pct(50),
  signed: pct(90),
  partner: pct(90),
  declined: pct(0),
};

export interface Prospect {
  name: string;
  stage: Stage | null;
  expected: Fen | null;
  targetEvent: string;
}

export interface ForecastLine {
  sponsor: string;
  stage: Stage | null;
  expected: Fen;
  weighted: Fen;
}

/** Per event (by name), the sponsors counted and their weighted sum, as of a day. */
export function forecasts(
  prospects: readonly Prospect[],
  ledger: readonly LedgerEntry[],
  asOf: LocalDate,
  odds: StageOdds,
): Map<string, { total: Fen; lines: ForecastLine[] }> {
  const received = new Set<string>();
  for (const e of ledger) if (e.status === "received" && e.date <= asOf && e.event !== "") received.add(`${e.sponsor}\u0000${e.event}`);
  const out = new Map<string, { total: Fen; lines: ForecastLine[] }>();
  for (const p of prospects) {
    if (p.targetEvent === "" || p.expected === null || p.expected <= 0) continue;
    if (received.has(`${p.name}\u0000${p.targetEvent}`)) continue;
    // A sponsor with no stage yet is weighed as 潜在: nobody has talked to it.
    const weighted = commissionFen(p.expected, odds[p.stage ?? "potential"]);
    const slot = out.get(p.targetEvent) ?? { total: 0, lines: [] };
    slot.total += weighted;
    slot.lines.push({ sponsor: p.name, stage: p.stage, expected: p.expected, weighted });
    out.set(p.targetEvent, slot);
  }
  return out;
}
