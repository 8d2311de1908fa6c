import { clockOf, clockOn, headerStart } from "../../src/domain/meetings";
import { DEFAULT_MEETING } from "../../src/domain/settings";

describe("headerStart: a meeting column's own time", () => {
  test("a time written in the header wins: 2026-11-04 19:30 例会, full-width colon, a single-digit hour", () => {
    expect(headerStart("2026-11-04 19:30 例会", "Asia/Shanghai")).toBe(19 * 60 + 30);
    expect(headerStart("11月4日 18：45", "Asia/Shanghai")).toBe(18 * 60 + 45);
    expect(headerStart("11/4 7:05", "Asia/Shanghai")).toBe(7 * 60 + 5);
  });

  test("a header with only a date, or numbers that are not a time, gives none", () => {
    expect(headerStart("2026-11-04", "Asia/Shanghai")).toBeUndefined();
    expect(headerStart("2026-11-04 例会 25:00", "Asia/Shanghai")).toBeUndefined();
    expect(headerStart("2026-11-04 19:301", "Asia/Shanghai")).toBeUndefined();
    expect(headerStart(46330, "Asia/Shanghai")).toBeUndefined();
  });

  test("a date-time cell gives its time in the sheet's zone; a date at midnight gives none", () => {
    expect(headerStart(new Date("2026-11-04T11:30:00Z"), "Asia/Shanghai")).toBe(19 * 60 + 30);
    expect(headerStart(new Date("2026-11-03T16:00:00Z"), "Asia/Shanghai")).toBeUndefined();
  });

  test("a long header of digits and colons is read in one pass", () => {
    expect(headerStart("1:".repeat(50_000), "Asia/Shanghai")).toBeUndefined();
  });
});

describe("clockOf / clockOn: the times that judge a meeting", () => {
  const settings = { ...DEFAULT_MEETING, start: 19 * 60, grace: 10, length: 120 };

  test("the header's time wins over Settings; grace and length always come from Settings", () => {
    expect(clockOf({ date: "2026-11-04", start: 18 * 60 }, settings)).toEqual({ date: "2026-11-04", start: 18 * 60, grace: 10, length: 120 });
    expect(clockOf({ date: "2026-11-04" }, settings)).toEqual({ date: "2026-11-04", start: 19 * 60, grace: 10, length: 120 });
  });

  test("a meeting not yet in the grid is judged by Settings alone", () => {
    const model = {
      attendance: { meetings: [{ date: "2026-11-04", column: 2, start: 18 * 60 + 30 }], rows: [] },
      settings: { meeting: settings } as never,
    };
    expect(clockOn(model, "2026-11-04").start).toBe(18 * 60 + 30);
    expect(clockOn(model, "2026-11-11").start).toBe(19 * 60);
  });
});
