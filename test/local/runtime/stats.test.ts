/** Which script calls count as Sheets round trips, and which of those are reads or writes. */
import { isRead, isWrite, newStats, recordCall, resetStats } from "../../../src/local/runtime/stats";

test("reads are the calls that fetch cell contents or properties", () => {
  for (const m of ["getValues", "getValue", "getDisplayValues", "getFormulas", "getNotes", "getNumberFormats", "getDataValidations"])
    expect(isRead(m)).toBe(true);
  for (const m of ["getRange", "getLastRow", "getSheetByName", "getName"]) expect(isRead(m)).toBe(false);
});

test("writes are the calls that change the workbook; switching tabs is not one", () => {
  for (const m of ["setValues", "setNumberFormat", "insertRowsAfter", "deleteRows", "merge", "protect", "addDeveloperMetadata", "removeEditors"]) {
    expect([m, isWrite(m)]).toEqual([m, true]);
  }
  for (const m of ["setActiveSheet", "getValues", "toast", "activate"]) expect([m, isWrite(m)]).toEqual([m, false]);
});

test("recordCall counts by method and by kind; resetStats zeroes the same object", () => {
  const stats = newStats();
  for (const m of ["getRange", "getValues", "getRange", "setValues"]) recordCall(stats, m);
  expect(stats).toEqual({ calls: { getRange: 2, getValues: 1, setValues: 1 }, reads: 1, writes: 1, total: 4 });
  resetStats(stats);
  expect(stats).toEqual(newStats());
});
