/**
 * Every sidebar's first request, as the pages share it (loadPage): when Apps Script fails the call
 * (time or quota exceeded, the connection lost), 加载中 goes away and the failure is said where the
 * form would be, in the reader's language; nothing else of the page shows.
 */
import { axeSerious, Browser, describeBrowser, pageErrors, Server } from "./harness";

const SIDEBARS: [menu: string, data: string][] = [
  ["showRecordSponsorship", "sidebarRecordData"],
  ["showAccounts", "sidebarAccountsData"],
  ["showCheckIn", "sidebarCheckInData"],
  ["showSignins", "sidebarSigninData"],
  ["showLeave", "sidebarLeaveData"],
  ["showApprovals", "sidebarApprovalsData"],
  ["showFollowUps", "sidebarFollowUpsData"],
  ["showSettings", "sidebarSettingsData"],
];

describeBrowser("a sidebar whose first request fails", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test.each(SIDEBARS)("%s: the failure is said in #load-error, 加载中 is gone, no form", async (menu, data) => {
    const server = new Server();
    server.fail(data, "Exceeded maximum execution time");
    const { page } = await browser.openSidebar(server, menu, { selector: "#load-error", state: "visible" });
    expect(await page.locator("#load-error").innerText()).toBe("出错了：Exceeded maximum execution time");
    expect(await page.locator("#load-error").getAttribute("role")).toBe("alert");
    expect(await page.locator("#loading").isHidden()).toBe(true);
    expect(await page.locator("form:visible").count()).toBe(0);
    expect(server.calls.map((c) => c.fn)).toContain(data);
    expect(await axeSerious(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
