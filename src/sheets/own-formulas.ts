/**
 * The add-on's own formulas in the department's tabs: written only where nothing was typed, and
 * recognised again by the function they call, so a re-run refreshes them and nothing else.
 */
const OWN_FORMULA = /COMMISSION\(|MEETING_PENALTY\(|MEETING_WARNING\(/i;

/**
 * Writes `formula` into a column's first data cell when that cell is empty and nothing was typed
 * below it, or when it already holds one of our formulas; anything a member typed is left alone.
 */
export function writeOwnFormula(cell: GoogleAppsScript.Spreadsheet.Range, below: readonly unknown[], formula: string): "same" | "written" | "skipped" {
  const current = cell.getFormula();
  // Sheets may drop quotes it does not need or change spacing when it stores a formula.
  if (sameFormula(current, formula)) return "same";
  if (current !== "" && !OWN_FORMULA.test(current)) return "skipped";
  // A column set-up just appended has no values yet (undefined): that is blank, not typed.
  if (current === "" && below.some((v) => v !== "" && v !== null && v !== undefined)) return "skipped";
  cell.setFormula(formula);
  return "written";
}

export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/['\s]/g, "").toUpperCase();
  return norm(a) === norm(b);
}
