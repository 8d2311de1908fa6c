import { newWorkbook } from "../../src/local/runtime";
import { session, today } from "./apps-script";

describe("the in-process Apps Script helper", () => {
  test("installs the runtime's services as globals for the test", () => {
    const rt = session(newWorkbook(), { user: "head@example.edu" });
    expect(Session.getActiveUser().getEmail()).toBe("head@example.edu");
    expect(
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(rt.book.getSheets().map((s) => s.getName()));
  });

  test("removes them after the test, so the next test starts without Apps Script", () => {
    expect(typeof (globalThis as Record<string, unknown>).SpreadsheetApp).toBe("undefined");
    expect(typeof (globalThis as Record<string, unknown>).Session).toBe("undefined");
  });

  test("a second session on the same book is another user, and wins until the test ends", () => {
    const book = newWorkbook();
    session(book, { user: "head@example.edu" });
    session(book, { user: "member@example.edu" });
    expect(Session.getActiveUser().getEmail()).toBe("member@example.edu");
  });

  test("today() fixes the clock for the test only", () => {
    today("2026-11-23");
    expect(new Date().toISOString()).toBe("2026-11-23T02:00:00.000Z");
  });

  test("and the clock runs again afterwards", () => {
    expect(Date.now()).not.toBe(new Date("2026-11-23T02:00:00Z").getTime());
  });
});
