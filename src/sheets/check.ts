/**
 * 检查数据 / Check data: lists every problem and marks the cells with a note. It changes no value;
 * a note a member wrote on a cell is kept, with the check's text added below a marker, and the
 * marker's text is replaced on the next check (removed once the cell is fixed).
 */
import { type Lang, render } from "../domain/messages";
import { closedToMe } from "./edit-rights";
import { withDocumentLock } from "./lock";
import { appendLog } from "./log";
import { notices } from "./notices";
import type { Problem } from "./table";
import { type Context, type Loaded, loadModel } from "./workbook";

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

const noteCount = (n: number, lang: Lang) => (lang === "zh" ? `${n} 处批注` : `${n} notes`);

export interface CheckResult {
  problems: Problem[];
  loaded: Loaded;
  /** Tabs with problems that got no notes: protected, and this account is not one of their editors. */
  unnoted: string[];
  /** The Log tab's name when it is closed to this account: then no tab gets notes, as each note is logged. */
  logClosed: string | null;
}

/**
 * Notes are written under the document lock, like every other write, and logged. A tab the user
 * may not edit gets no notes (Sheets would refuse them) but its problems are still listed.
 */
export function runCheck(ctx: Context, mark = true): CheckResult {
  const loaded = loadModel(ctx);
  loaded.problems.push(...notices(loaded.model, loaded.tables.ledger));
  const withProblems = new Set(loaded.problems.map((p) => p.sheet));
  let closed: string[] = [];
  let logClosed: string | null = null;
  if (mark) {
    const log = loaded.sheets.log;
    if (log && closedToMe(log)) logClosed = log.getName();
    const tabs = Object.values(loaded.sheets).filter((s): s is NonNullable<typeof s> => Boolean(s));
    closed = (logClosed ? tabs : tabs.filter(closedToMe)).map((s) => s.getName());
  }
  if (mark && !logClosed) {
    withDocumentLock(ctx, () => {
      const touched = annotate(loaded, ctx.lang, new Set(closed));
      appendLog(
        ctx,
        touched.map((sheet) => ({ action: "check", sheet, rows: noteCount(loaded.problems.filter((p) => p.sheet === sheet).length, ctx.lang) })),
      );
    });
  }
  const unnoted = closed.filter((name) => withProblems.has(name));
  return { problems: loaded.problems, loaded, unnoted, logClosed };
}
