/** 我的跟进's 续约 group in Chromium: its own heading above the other follow-ups, axe clean. */
import { runFromPage, workbookFromTabs } from "../../src/local/runtime";
import { renewalSample } from "../support/renewal-sample";
import { axeSerious, Browser, describeBrowser, Server } from "./harness";

function server(locale = "zh_CN"): Server {
  const s = new Server(workbookFromTabs(renewalSample(locale === "zh_CN" ? "zh" : "en"), { locale }));
  // 一点点(北门店) is 郑宇轩's, and has not given again since the season started.
  runFromPage(s.runtime, "setFollowUpsMember", { name: "郑宇轩" });
  return s;
}

describeBrowser("我的跟进: the 续约 · Renewals group", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("last season's sponsor not given again shows under 续约 with its note, and not again in the list below", async () => {
    const { page } = await browser.openSidebar(server(), "showFollowUps", { selector: "#loading", state: "hidden" });
    await page.locator("#main").waitFor({ state: "visible" });
    expect(await page.locator("#renewals").isVisible()).toBe(true);
    expect(await page.locator("#renewals-title").innerText()).toBe("续约");
    expect(await page.locator("#renewals-hint").innerText()).toBe("上季的赞助商，2026-09-01 以来还没有再赞助：");
    const names = (sel: string) => page.$$eval(`${sel} li.card h2 > span:first-child`, (els) => els.map((e) => e.textContent));
    expect(await names("#renewals-list")).toEqual(["一点点(北门店)"]);
    expect(await names("#list")).not.toContain("一点点(北门店)");
    expect(await page.locator("#renewals-list li.card").innerText()).toContain("【续约】2026-09-01 起：上季 ¥300");
    expect(await axeSerious(page)).toEqual([]);
    // The group's cards log contacts like any other.
    await page.locator("#renewals-list li.card button.log").click();
    expect(await page.locator("#renewals-list #contact").isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    expect(await axeSerious(page)).toEqual([]);
  });

  test("in English; a member with no renewal to make sees no group", async () => {
    const { page } = await browser.openSidebar(server("en_US"), "showFollowUps", { selector: "#loading", state: "hidden" });
    await page.locator("#main").waitFor({ state: "visible" });
    expect(await page.locator("#renewals-title").innerText()).toBe("Renewals");
    expect(await page.locator("#renewals-hint").innerText()).toBe("Last season's sponsors who have not given again since 2026-09-01:");
    expect(await axeSerious(page)).toEqual([]);
    const s = server();
    runFromPage(s.runtime, "setFollowUpsMember", { name: "王浩然" });
    const other = await browser.openSidebar(s, "showFollowUps", { selector: "#loading", state: "hidden" });
    await other.page.locator("#main").waitFor({ state: "visible" });
    expect(await other.page.locator("#renewals").isHidden()).toBe(true);
  });
});
