/** 登记赞助 in Chromium: a date after today or before the term is asked about, and saved only once confirmed. */
import type { Page } from "playwright-core";

import { NEXT_LEDGER_ROW } from "../support/sample-ledger";
import { axeSerious, Browser, describeBrowser, pageErrors, Server } from "./harness";

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400e3).toISOString().slice(0, 10);
const text = (page: Page, sel: string) => page.locator(sel).innerText();

async function fill(page: Page, date: string): Promise<void> {
  await page.fill("#sponsor", "博文书店");
  await page.check("label.chip:has-text('李欣怡') input");
  await page.fill("#cash", "600");
  await page.fill("#date", date);
}

const saves = (server: Server) => server.calls.filter((c) => c.fn === "saveSponsorship");

describeBrowser("登记赞助 / Record sponsorship: unusual dates", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  function open(server = new Server()) {
    return browser.openSidebar(server, "showRecordSponsorship", { selector: "#form", state: "visible" });
  }

  test("a date after today: the question appears with the focus on “仍然保存”, nothing is written, and confirming saves that date", async () => {
    const { page, server } = await open();
    const today = await page.inputValue("#date");
    const tomorrow = shift(today, 1);
    await fill(page, tomorrow);
    await page.click("#save");
    await page.locator("#confirm-date").waitFor({ state: "visible" });
    expect(await text(page, "#confirm-date-text")).toBe(`日期 ${tomorrow} 晚于今天（${today}）：这笔赞助还没有发生？如果日期没错，请点“仍然保存”`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("confirm-save");
    expect(await text(page, "#confirm-save")).toBe("仍然保存");
    expect(server.values("赞助记录")).toHaveLength(NEXT_LEDGER_ROW - 1);
    expect(await axeSerious(page)).toEqual([]);

    await page.click("#confirm-save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已保存到“赞助记录”第 ${NEXT_LEDGER_ROW} 行。`);
    expect(saves(server).map((c) => (c.args[0] as { confirmDate?: string }).confirmDate)).toEqual([undefined, tomorrow]);
    expect(server.values("赞助记录")).toHaveLength(NEXT_LEDGER_ROW);
    expect(await page.locator("#confirm-date").isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  test("“修改日期” puts the focus on the date; a corrected date saves without a question", async () => {
    const { page, server } = await open(new Server(undefined, { userLocale: "en" }));
    await fill(page, "2025-09-01");
    await page.click("#save");
    await page.locator("#confirm-date").waitFor({ state: "visible" });
    expect(await text(page, "#confirm-date-text")).toBe(
      'The date 2025-09-01 is before the term started (2026-09-01, in Settings): is the year right? If the date is right, choose "Save anyway"',
    );
    expect(await text(page, "#confirm-change")).toBe("Change the date");
    await page.click("#confirm-change");
    expect(await page.locator("#confirm-date").isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("date");
    await page.fill("#date", "2026-09-01");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(saves(server)).toHaveLength(2);
    expect(saves(server).every((c) => (c.args[0] as { confirmDate?: string }).confirmDate === undefined)).toBe(true);
    expect(server.values("赞助记录")).toHaveLength(NEXT_LEDGER_ROW);
  });

  test("changing the form after the question withdraws it: Save asks again about the new date", async () => {
    const { page, server } = await open();
    const today = await page.inputValue("#date");
    await fill(page, shift(today, 3));
    await page.click("#save");
    await page.locator("#confirm-date").waitFor({ state: "visible" });
    await page.fill("#date", shift(today, 9));
    expect(await page.locator("#confirm-date").isHidden()).toBe(true);
    await page.click("#save");
    await page.locator("#confirm-date").waitFor({ state: "visible" });
    expect(await text(page, "#confirm-date-text")).toContain(shift(today, 9));
    expect(server.values("赞助记录")).toHaveLength(NEXT_LEDGER_ROW - 1);
  });
});
