/**
 * Sheets refuses a script's edit of cells under a protection the running account may not edit,
 * with "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to
 * remove protection if you need to edit." (the text the Sheets API and Apps Script report, e.g.
 * theoephraim/node-google-spreadsheet#20; tanaikech, "User Runs Script for Range Protected by Owner
 * using Google Apps Script": a non-owner's script "occurs an error" on an owner-protected cell). A
 * warning-only protection lets "every user edit data in the protected range" (Sheets API
 * ProtectedRange.warningOnly), so it refuses nobody.
 *
 * One check per call, on the rectangle the call edits: its cost grows with the number of
 * protections, never with the number of cells.
 */
import { gasError } from "./errors";
import type { Kind } from "./kinds";
import type { LocalProtection, ProtectedSheet } from "./model/protection";
import type { LocalRange, RangeSheet } from "./model/range";
import type { LocalSheet } from "./model/sheet";
import type { Span } from "./model/spans";
import { isWrite } from "./stats";

export const PROTECTED_EDIT =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/** Inclusive, 1-based. */
interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

const rectOf = (r: Span): Rect => ({ r1: r.row, c1: r.column, r2: r.row + r.numRows - 1, c2: r.column + r.numColumns - 1 });
const whole = (s: ProtectedSheet): Rect => ({ r1: 1, c1: 1, r2: s.getMaxRows(), c2: s.getMaxColumns() });
const rows = (s: RangeSheet, r1: number, r2: number): Rect => ({ r1, c1: 1, r2, c2: s.getMaxColumns() });
const columns = (s: RangeSheet, c1: number, c2: number): Rect => ({ r1: 1, c1, r2: s.getMaxRows(), c2 });
const overlap = (a: Rect, b: Rect): Rect | null => {
  const r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
  return r.r1 <= r.r2 && r.c1 <= r.c2 ? r : null;
};

/** The protections on a sheet that refuse the running account. */
function refusing(sheet: RangeSheet): LocalProtection[] {
  return [...(sheet.protection ? [sheet.protection] : []), ...sheet.rangeProtections].filter((p) => !p.canEdit());
}

/** Whether `p` protects any cell of `area`. */
function guards(p: LocalProtection, area: Rect): boolean {
  return overlap(p.type === "RANGE" ? rectOf(p.range) : whole(p.sheet), area) !== null;
}

function refuseCells(sheet: RangeSheet, area: Rect): void {
  if (refusing(sheet).some((p) => guards(p, area))) throw gasError(PROTECTED_EDIT);
}

/**
 * Rows (or columns) inserted between `before` and `before + 1`: a protected sheet refuses them next
 * to any cell it protects, a protected range when they would land inside it.
 */
function refuseInsert(sheet: RangeSheet, before: number, byRow: boolean): void {
  const band = (i: number) => (byRow ? rows(sheet, i, i) : columns(sheet, i, i));
  const limit = byRow ? sheet.getMaxRows() : sheet.getMaxColumns();
  for (const p of refusing(sheet)) {
    const sides = [before, before + 1].filter((i) => i >= 1 && i <= limit);
    const hit = p.type === "SHEET" ? sides.some((i) => guards(p, band(i))) : sides.length === 2 && sides.every((i) => guards(p, band(i)));
    if (hit) throw gasError(PROTECTED_EDIT);
  }
}

/** The sheet itself (its name, its existence) belongs to its sheet protection; deleting it also takes its protected ranges. */
function refuseSheet(sheet: LocalSheet, withRanges: boolean): void {
  const blocked = refusing(sheet).some((p) => p.type === "SHEET" || withRanges);
  if (blocked) throw gasError(PROTECTED_EDIT);
}

/** Range methods that change no cell. */
const RANGE_FREE = new Set(["protect"]);

function checkRange(range: LocalRange, method: string): void {
  if (RANGE_FREE.has(method) || !isWrite(method)) return;
  refuseCells(range.sheet, rectOf(range));
}

function checkSheet(sheet: LocalSheet, method: string, args: unknown[]): void {
  const n = (i: number, dflt = 1) => (typeof args[i] === "number" ? (args[i] as number) : dflt);
  switch (method) {
    case "setName":
      return refuseSheet(sheet, false);
    case "deleteRow":
    case "deleteRows":
      return refuseCells(sheet, rows(sheet, n(0), n(0) + n(1) - 1));
    case "insertRowsAfter":
      return refuseInsert(sheet, n(0), true);
    case "insertRowsBefore":
      return refuseInsert(sheet, n(0) - 1, true);
    case "insertColumnAfter":
    case "insertColumnsAfter":
      return refuseInsert(sheet, n(0), false);
    default:
      return;
  }
}

function checkSpreadsheet(method: string, args: unknown[]): void {
  if (method === "deleteSheet" && args[0] && typeof args[0] === "object") refuseSheet(args[0] as LocalSheet, true);
}

/**
 * Throws Sheets' refusal when a script's call would edit what a protection keeps from the running
 * account. `args` are the call's arguments as the model receives them.
 */
export function refuseProtectedEdit(kind: Kind, target: object, method: string, args: unknown[]): void {
  switch (kind) {
    case "Range":
      return checkRange(target as LocalRange, method);
    case "Sheet":
      return checkSheet(target as LocalSheet, method, args);
    case "Spreadsheet":
      return checkSpreadsheet(method, args);
    case "Protection":
      // Only those who may edit a protected area may change or remove its protection.
      if (isWrite(method) && !(target as LocalProtection).canEdit()) throw gasError(PROTECTED_EDIT);
      return;
    default:
      return;
  }
}
