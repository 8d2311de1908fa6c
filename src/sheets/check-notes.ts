/**
 * The notes 检查数据 / Check data puts on the cells it cannot read. A note a member wrote on a cell
 * is kept, with the check's text added below a marker, and the marker's text is replaced on the
 * next check (removed once the cell is fixed).
 */
import { type Lang, render } from "../domain/messages";
import type { Loaded } from "./workbook";

export const NOTE_MARK = "⚠ 外联部检查 / Check:";

function stripOwn(note: string): string {
  const at = note.indexOf(NOTE_MARK);
  return at < 0 ? note : note.slice(0, at).trimEnd();
}

function parseA1(cell: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** One getNotes and at most one setNotes per tab, none on `skip`; returns the tabs whose notes changed. */
export function annotate(loaded: Loaded, lang: Lang, skip: ReadonlySet<string> = new Set()): string[] {
  const touched: string[] = [];
  for (const sheet of Object.values(loaded.sheets)) {
    if (!sheet || skip.has(sheet.getName())) continue;
    const name = sheet.getName();
    const range = sheet.getDataRange();
    const notes = range.getNotes();
    const next = notes.map((row) => row.map(stripOwn));
    const mine = new Map<string, string[]>();
    for (const p of loaded.problems) {
      if (p.sheet !== name) continue;
      const at = parseA1(p.cell);
      if (!at || at.row > next.length || at.col > (next[0]?.length ?? 0)) continue;
      const k = `${at.row - 1},${at.col - 1}`;
      mine.set(k, [...(mine.get(k) ?? []), render(p.message, lang)]);
    }
    for (const [k, messages] of mine) {
      const [r, c] = k.split(",").map(Number);
      const base = next[r][c];
      next[r][c] = `${base}${base ? "\n\n" : ""}${NOTE_MARK}\n${messages.join("\n")}`;
    }
    const changed = next.some((row, r) => row.some((n, c) => n !== notes[r][c]));
    if (changed) {
      range.setNotes(next);
      touched.push(name);
    }
  }
  return touched;
}
