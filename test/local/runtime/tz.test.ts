/**
 * Sheets keeps a date as a wall-clock serial (days since 1899-12-30) and Apps Script reads it in the
 * spreadsheet's time zone, never the machine's: these tests switch the process TZ (Node re-reads it
 * on assignment) and expect the same answers.
 */
import {
  instantFromSerial,
  instantOf,
  isValidTimeZone,
  serialFromInstant,
  serialFromUtcWallDate,
  serialOfWallClock,
  wallClockAt,
  wallClockOfSerial,
} from "../../../src/local/runtime/tz";
import { newWorkbook } from "../../../src/local/runtime/workbook";

const ZONES = ["America/New_York", "UTC", "Asia/Kolkata", "Asia/Shanghai"];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function inEveryHostZone(fn: () => void) {
  return () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      fn();
    }
  };
}

const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({ year, month, day, hour, minute, second: 0, ms: 0 });

describe("dates follow the spreadsheet's time zone, whatever the host's", () => {
  test(
    "a typed date is midnight in Asia/Shanghai",
    inEveryHostZone(() => {
      const s = newWorkbook().getSheets()[0];
      s.getRange("A1").setValue("2026-11-02");
      expect((s.getRange("A1").getValue() as Date).toISOString()).toBe("2026-11-01T16:00:00.000Z");
      expect(s.getRange("A1").getDisplayValue()).toBe("2026-11-02");
    }),
  );

  test(
    "a Date written is the same instant read back, and shows the spreadsheet's wall clock",
    inEveryHostZone(() => {
      const s = newWorkbook().getSheets()[0];
      const instant = new Date("2026-03-08T07:30:00.000Z"); // New York's DST switch day
      s.getRange("A1").setValue(instant);
      expect((s.getRange("A1").getValue() as Date).getTime()).toBe(instant.getTime());
      expect(s.getRange("A1").getDisplayValue()).toBe("2026-03-08 15:30:00");
    }),
  );

  test(
    "the same serial is a different instant in spreadsheets of different zones",
    inEveryHostZone(() => {
      const serial = serialOfWallClock(wall(2026, 7, 1));
      expect(new Date(instantFromSerial(serial, "America/Los_Angeles")).toISOString()).toBe("2026-07-01T07:00:00.000Z");
      expect(new Date(instantFromSerial(serial, "Asia/Shanghai")).toISOString()).toBe("2026-06-30T16:00:00.000Z");
      expect(wallClockAt(Date.UTC(2026, 6, 1, 7), "America/Los_Angeles")).toEqual(wall(2026, 7, 1));
    }),
  );
});

describe("conversions", () => {
  test("serial 0 is 1899-12-30, Sheets' day zero; 25569 is 1970-01-01", () => {
    expect(wallClockOfSerial(0)).toEqual(wall(1899, 12, 30));
    expect(serialOfWallClock(wall(1970, 1, 1))).toBe(25569);
    expect(serialFromInstant(0, "UTC")).toBe(25569);
    expect(serialFromUtcWallDate(new Date(Date.UTC(2026, 10, 2, 12)))).toBe(46328.5);
  });

  test("a wall clock that happens twice (the hour DST ends) is the earlier instant, and each instant reads back as that wall clock", () => {
    // New York: 2026-11-01 01:30 happens at 05:30 and again at 06:30 UTC.
    expect(new Date(instantOf(wall(2026, 11, 1, 1, 30), "America/New_York")).toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(wallClockAt(Date.UTC(2026, 10, 1, 5, 30), "America/New_York")).toEqual(wall(2026, 11, 1, 1, 30));
    expect(wallClockAt(Date.UTC(2026, 10, 1, 6, 30), "America/New_York")).toEqual(wall(2026, 11, 1, 1, 30));
  });

  test("a zone's offset is read exactly at a change inside a quarter hour", () => {
    // Lord Howe Island shifts by 30 minutes at 02:00 local time.
    const before = Date.UTC(2026, 3, 4, 14, 59);
    expect(wallClockAt(before, "Australia/Lord_Howe")).toEqual(wall(2026, 4, 5, 1, 59));
    expect(wallClockAt(before + 60_000, "Australia/Lord_Howe")).toEqual(wall(2026, 4, 5, 1, 30));
  });

  test("time zones are IANA names; anything else is refused as Apps Script refuses it", () => {
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(() => wallClockAt(0, "Mars/Olympus")).toThrow("Invalid argument: timeZone (Mars/Olympus)");
    expect(() => newWorkbook({ timeZone: "GMT+25" })).toThrow("Invalid argument: GMT+25");
  });
});
