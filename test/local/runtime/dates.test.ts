/**
 * Dates follow the spreadsheet's time zone, never the machine's: these tests
 * switch the process TZ (Node re-reads it on assignment) and expect the same.
 */
import { createRuntime, loadXlsx, newWorkbook, workbookFromTabs, xlsxBuffer } from "../../../src/local/runtime";

const ZONES = ["America/New_York", "UTC", "Asia/Kolkata", "Asia/Shanghai"];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function inEveryZone(fn: () => void | Promise<void>) {
  return async () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      await fn();
    }
  };
}

describe("dates follow the spreadsheet's time zone", () => {
  test(
    "a typed date is midnight in Asia/Shanghai, whatever the host zone",
    inEveryZone(() => {
      const s = newWorkbook().getSheets()[0];
      s.getRange("A1").setValue("2026-11-02");
      expect((s.getRange("A1").getValue() as Date).toISOString()).toBe("2026-11-01T16:00:00.000Z");
      expect(s.getRange("A1").getDisplayValue()).toBe("2026-11-02");
    }),
  );

  test(
    "a Date written is the same instant read back, and shows the spreadsheet's wall clock",
    inEveryZone(() => {
      const s = newWorkbook().getSheets()[0];
      const instant = new Date("2026-03-08T07:30:00.000Z"); // New York's DST switch day
      s.getRange("A1").setValue(instant);
      expect((s.getRange("A1").getValue() as Date).getTime()).toBe(instant.getTime());
      expect(s.getRange("A1").getDisplayValue()).toBe("2026-03-08 15:30:00");
    }),
  );

  test(
    "the same cell read in another spreadsheet zone keeps its wall clock",
    inEveryZone(() => {
      const book = newWorkbook({ timeZone: "America/Los_Angeles" });
      const s = book.getSheets()[0];
      s.getRange("A1").setValue("2026-07-01");
      expect((s.getRange("A1").getValue() as Date).toISOString()).toBe("2026-07-01T07:00:00.000Z");
      book.setSpreadsheetTimeZone("Asia/Shanghai");
      expect((s.getRange("A1").getValue() as Date).toISOString()).toBe("2026-06-30T16:00:00.000Z");
      expect(s.getRange("A1").getDisplayValue()).toBe("2026-07-01");
    }),
  );

  test(
    "an .xlsx round trip keeps dates and times exactly",
    inEveryZone(async () => {
      const when = [new Date("2026-11-01T16:00:00.000Z"), new Date("2026-01-31T23:59:59.000Z"), new Date("1999-12-31T16:00:00.000Z")];
      const book = workbookFromTabs([{ name: "d", rows: when.map((d) => [d]) }]);
      const back = await loadXlsx(await xlsxBuffer(book));
      const values = back.getSheetByName("d")!.getRange("A1:A3").getValues().flat() as Date[];
      expect(values.map((d) => d.toISOString())).toEqual(when.map((d) => d.toISOString()));
    }),
  );

  test(
    "Utilities.formatDate formats in the zone it is given",
    inEveryZone(() => {
      const { Utilities } = createRuntime(newWorkbook()).globals as {
        Utilities: { formatDate(d: Date, tz: string, p: string): string };
      };
      const d = new Date("2026-11-01T16:05:09.000Z");
      expect(Utilities.formatDate(d, "Asia/Shanghai", "yyyy-MM-dd HH:mm:ss")).toBe("2026-11-02 00:05:09");
      expect(Utilities.formatDate(d, "America/New_York", "yy/M/d H:m")).toBe("26/11/1 11:5");
      expect(Utilities.formatDate(d, "Asia/Shanghai", "yyyy'年'M'月'd'日' EEE 'it''s'")).toBe("2026年11月2日 Mon it's");
      expect(Utilities.formatDate(d, "Asia/Shanghai", "MMM dd, hh:mm a Z")).toBe("Nov 02, 12:05 AM +0800");
    }),
  );
});
