/** 登记赞助 in Chromium: a new sponsor name that looks like one in 赞助商 is pointed out, and asked about before saving. */
import type { Page } from "playwright-core";
import { sampleFacts } from "../../src/local/sample/workbook";
import { NEXT_LEDGER_ROW } from "../support/sample-ledger";
import { axeSerious, Browser, describeBrowser, pageErrors, Server } from "./harness";

const [KNOWN] = sampleFacts.lookAlike;
const QUESTION = `“蜜雪冰城 东门”看起来就是赞助商表中已有的“${KNOWN}”：用已有的这家，还是作为新赞助商添加？`;
const text = (page: Page, sel: string) => page.locator(sel).innerText();
const saves = (server: Server) => server.calls.filter((c) => c.fn === "saveSponsorship").map((c) => c.args[0] as { sponsor: string; confirmSponsor?: string });

async function fill(page: Page, sponsor: string): Promise<void> {
  await page.fill("#sponsor", sponsor);
  await page.check("label.chip:has-text('王浩然') input");
  await page.fill("#cash", "300");
}

describeBrowser("登记赞助 / Record sponsorship: a look-alike sponsor", () => {
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

  test("typing it shows the hint; Save asks with the focus on “use that one”, writes nothing, and “use” saves under the known name", async () => {
    const { page, server } = await open();
    await fill(page, "蜜雪冰城 东门");
    expect(await text(page, "#look-alike")).toBe(QUESTION);
    expect(await text(page, "#use-suggestion")).toBe(KNOWN);
    await page.click("#save");
    await page.locator("#confirm-sponsor").waitFor({ state: "visible" });
    expect(await text(page, "#confirm-sponsor-text")).toBe(QUESTION);
    expect(await text(page, "#use-known")).toBe(`用“${KNOWN}”`);
    expect(await text(page, "#add-new")).toBe("作为新赞助商添加");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("use-known");
    expect(server.values("赞助记录")).toHaveLength(NEXT_LEDGER_ROW - 1);
    expect(server.values("赞助商")).toHaveLength(sampleFacts.sponsors + 1);
    expect(await axeSerious(page)).toEqual([]);

    await page.click("#use-known");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已保存到“赞助记录”第 ${NEXT_LEDGER_ROW} 行。`);
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1][1]).toBe(KNOWN);
    expect(server.values("赞助商")).toHaveLength(sampleFacts.sponsors + 1);
    expect(saves(server).map((f) => [f.sponsor, f.confirmSponsor])).toEqual([
      ["蜜雪冰城 东门", undefined],
      [KNOWN, undefined],
    ]);
    expect(await page.locator("#confirm-sponsor").isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  test("“add as a new sponsor” saves that very name into the customer file; in English", async () => {
    const { page, server } = await open(new Server(undefined, { userLocale: "en" }));
    await fill(page, "蜜雪冰城 东门");
    await page.click("#save");
    await page.locator("#confirm-sponsor").waitFor({ state: "visible" });
    expect(await text(page, "#confirm-sponsor-text")).toBe(
      `"蜜雪冰城 东门" looks like "${KNOWN}", already in the Sponsors tab: use that one, or add it as a new sponsor?`,
    );
    await page.click("#add-new");
    await page.locator("#result.ok").waitFor();
    expect(server.values("赞助商")).toHaveLength(sampleFacts.sponsors + 2);
    expect(server.values("赞助商")[sampleFacts.sponsors + 1][0]).toBe("蜜雪冰城 东门");
    expect(saves(server).map((f) => f.confirmSponsor)).toEqual([undefined, "蜜雪冰城 东门"]);
  });

  test("changing the name withdraws the question; a name nothing looks like saves without one", async () => {
    const { page, server } = await open();
    await fill(page, "蜜雪冰城东门分店");
    await page.click("#save");
    await page.locator("#confirm-sponsor").waitFor({ state: "visible" });
    await page.fill("#sponsor", "鲜果时光水果店");
    expect(await page.locator("#confirm-sponsor").isHidden()).toBe(true);
    expect(await page.locator("#look-alike").isHidden()).toBe(true);
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(saves(server)).toHaveLength(2);
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1][1]).toBe("鲜果时光水果店");
  });
});
