/** A rectangle of cells, 1-based. */
export interface Span {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** [start, size] of a 1-D span after `count` lines are inserted so the first new one is `at`. */
export function shiftForInsert(start: number, size: number, at: number, count: number): [number, number] {
  if (at <= start) return [start + count, size];
  if (at <= start + size - 1) return [start, size + count];
  return [start, size];
}

/** [start, size] of a 1-D span after lines `at`..`at+count-1` are deleted (size 0: gone). */
export function shiftForDelete(start: number, size: number, at: number, count: number): [number, number] {
  const end = start + size - 1;
  const lastDeleted = at + count - 1;
  const before = Math.max(0, Math.min(end, at - 1) - start + 1);
  const after = Math.max(0, end - Math.max(start, lastDeleted + 1) + 1);
  const newStart = start < at ? start : start > lastDeleted ? start - count : at;
  return [newStart, before + after];
}
