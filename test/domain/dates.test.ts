import { addMonths, dateAtMidnight, defaultReportMonth, lastDayOf, localDateOf, parseDate, parseMonth } from "../../src/domain/dates";
import { render } from "../../src/domain/messages";

const TZ = "Asia/Shanghai";
const date = (v: unknown, extra = {}) => {
  const r = parseDate(v, { timeZone: TZ, ...extra });
  if (!r.ok) throw new Error(render(r.error, "en"));
  return r.value;
};

describe("dates", () => {
  test("a date cell is read in the spreadsheet's zone, not the machine's", () => {
    // Sheets gives midnight Shanghai time, which is still the previous day in UTC.
    const cell = new Date("2026-11-02T00:00:00+08:00");
    expect(localDateOf(cell, TZ)).toBe("2026-11-02");
    expect(localDateOf(cell, "UTC")).toBe("2026-11-01");
    expect(date(cell)).toBe("2026-11-02");
  });

  test.each([
    ["2026-11-02", "2026-11-02"],
    ["2026/11/2", "2026-11-02"],
    ["2026.11.2", "2026-11-02"],
    ["2026年11月2日", "2026-11-02"],
    [" 2026-1-5 ", "2026-01-05"],
  ])("text %p", (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  test("attendance headers may go on after the date, or leave out the year", () => {
    expect(date("2026-11-02 例会", { allowTrailing: true })).toBe("2026-11-02");
    expect(date("11/2", { yearFrom: "2026-09-01" })).toBe("2026-11-02");
    expect(date("1/6 例会", { yearFrom: "2026-09-01", allowTrailing: true })).toBe("2027-01-06");
    expect(parseDate("2026-11-02 例会", { timeZone: TZ }).ok).toBe(false);
  });

  test("rejects impossible dates and other things with a message naming them", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "下周三", "11/2", 45000, true]) {
      const r = parseDate(bad, { timeZone: TZ });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(render(r.error, "zh")).toContain(`“${bad}”`);
    }
    expect(date("")).toBeNull();
  });

  test("months", () => {
    expect(parseMonth("2026-11")).toEqual({ ok: true, value: "2026-11" });
    expect(parseMonth("2026年3月")).toEqual({ ok: true, value: "2026-03" });
    expect(parseMonth("2026-13").ok).toBe(false);
    expect(lastDayOf("2028-02")).toBe("2028-02-29");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });

  test("the default report month: the previous one, or the current one after the 25th", () => {
    expect(defaultReportMonth("2026-11-23")).toBe("2026-10");
    expect(defaultReportMonth("2026-11-26")).toBe("2026-11");
    expect(defaultReportMonth("2026-01-05")).toBe("2025-12");
  });

  test("midnight of a day in a zone", () => {
    expect(dateAtMidnight("2026-11-02", TZ).toISOString()).toBe("2026-11-01T16:00:00.000Z");
    expect(dateAtMidnight("2026-07-01", "America/New_York").toISOString()).toBe("2026-07-01T04:00:00.000Z");
  });
});
