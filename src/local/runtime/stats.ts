/** Calls a script made on Spreadsheet, Sheet and Range objects, the round trips that cost time in Sheets. */
export interface CallStats {
  /** Calls by method name. */
  calls: Record<string, number>;
  /** Calls that fetch cell contents or cell properties. */
  reads: number;
  /** Calls that change the workbook. */
  writes: number;
  total: number;
}

export function newStats(): CallStats {
  return { calls: {}, reads: 0, writes: 0, total: 0 };
}

/** Zeroes the counters in place, so references held by callers see the reset. */
export function resetStats(stats: CallStats): void {
  for (const key of Object.keys(stats.calls)) delete stats.calls[key];
  stats.reads = 0;
  stats.writes = 0;
  stats.total = 0;
}

const READS = new Set([
  "getValues",
  "getValue",
  "getDisplayValues",
  "getDisplayValue",
  "getFormulas",
  "getFormula",
  "getNotes",
  "getNote",
  "getNumberFormats",
  "getNumberFormat",
  "getDataValidations",
  "getDataValidation",
]);

/** Switching tabs is not an edit. */
const SELECTION = new Set(["setActiveSheet"]);
const WRITE = /^(set|add|insert|delete|merge|protect|remove)/;

export function isRead(method: string): boolean {
  return READS.has(method);
}

export function isWrite(method: string): boolean {
  return !SELECTION.has(method) && WRITE.test(method);
}

export function recordCall(stats: CallStats, method: string): void {
  stats.calls[method] = (stats.calls[method] ?? 0) + 1;
  stats.total++;
  if (isRead(method)) stats.reads++;
  else if (isWrite(method)) stats.writes++;
}
