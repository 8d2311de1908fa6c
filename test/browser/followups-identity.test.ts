/**
 * 我的跟进 in Chromium when Google does not share the user's email: the page says it cannot
 * recognise the user, offers the pick, and tells a chosen head why they do or do not get the head's
 * rights (editing rights on the Settings tab, checked by Google against the real account).
 */
import type { Page } from "playwright-core";
import { type LocalSpreadsheet, runFromPage, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { axeSerious, Browser, describeBrowser, pageErrors, Server } from "./harness";

const text = (page: Page, sel: string) => page.locator(sel).innerText();

/** Last year's head owns the file and ran set-up; this year's head restricted Settings to themselves. */
function department(restricted: boolean): LocalSpreadsheet {
  const book = workbookFromTabs(sampleTabs(), { locale: "zh_CN" });
  new Server(book, { user: "", account: "former.head@gmail.com" }).fn.setupSheets();
  if (restricted) {
    const p = book.getSheetByName("设置")!.getProtections("SHEET")[0];
    p.setWarningOnly(false);
    p.removeEditors(p.getEditors());
    p.addEditor("chen.siyuan@gmail.com");
    p.setDomainEdit(false);
  }
  return book;
}

describeBrowser("我的跟进 / My follow-ups without the user's email", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pick(s: Server, name: string): Promise<Page> {
    const { page } = await browser.openSidebar(s, "showFollowUps", { selector: "#loading", state: "hidden" });
    await page.selectOption("#who-name", name);
    await page.click("#who-save");
    await page.locator("#main").waitFor({ state: "visible" });
    return page;
  }

  test("says it cannot recognise the user by email and offers the pick, in zh and en; no serious accessibility violations", async () => {
    const { page } = await browser.openSidebar(new Server(department(false), { user: "" }), "showFollowUps", { selector: "#loading", state: "hidden" });
    expect(await page.locator("#who").isVisible()).toBe(true);
    expect(await text(page, "#who-hint")).toBe("Google 没有向插件提供你的邮箱，无法据此认出你：请选择你是哪位成员，下次会为你的帐号记住。");
    expect(await axeSerious(page)).toEqual([]);
    await page.selectOption("#who-name", "王浩然");
    await page.click("#who-save");
    await page.locator("#main").waitFor({ state: "visible" });
    expect(await text(page, "#me-text")).toBe("我：王浩然");
    expect(await page.locator("#identity-note").isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);

    const en = await browser.openSidebar(new Server(department(false), { user: "", userLocale: "en" }), "showFollowUps", {
      selector: "#loading",
      state: "hidden",
    });
    expect(await text(en.page, "#who-hint")).toBe(
      "Google did not share your email with the add-on, so it cannot recognise you by it: choose which member you are, and it is remembered for your account.",
    );
  });

  test("the head who may edit the restricted Settings tab gets the head's view, and is told why", async () => {
    const book = department(true);
    const s = new Server(book, { user: "", account: "chen.siyuan@gmail.com" });
    const page = await pick(s, "陈思远");
    expect(await text(page, "#me-text")).toBe("我：陈思远（部长，可查看全部）");
    expect(await text(page, "#identity-note")).toBe("你的 Google 帐号可以编辑受保护的“设置”表，因此认作部长。");
    expect(await page.locator("#owner-filter-box").isVisible()).toBe(true);
    const everyone = runFromPage(s.runtime, "sidebarFollowUpsData").sponsors.filter((x: { stage: string | null }) => x.stage !== "declined");
    // Last season's sponsor still to renew is in the 续约 group above the list.
    expect(await page.locator("#list li.card, #renewals-list li.card").count()).toBe(everyone.length);
    expect(new Set(everyone.map((x: { owner: string }) => x.owner)).size).toBeGreaterThan(5);
    expect(await page.locator("#list li.card button.log, #renewals-list li.card button.log").count()).toBe(everyone.length);
    expect(await axeSerious(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("another member picking 部长 stays a member and is told why; with Settings still open, so is everyone", async () => {
    const member = await pick(new Server(department(true), { user: "", account: "wang.haoran@gmail.com" }), "陈思远");
    expect(await text(member, "#me-text")).toBe("我：陈思远");
    expect(await text(member, "#identity-note")).toBe("你选择的是部长，但你的 Google 帐号不能编辑受保护的“设置”表，所以没有部长权限，按普通成员显示。");
    expect(await member.locator("#owner-filter-box").isHidden()).toBe(true);
    // As for any member: only the chosen name's own sponsors, each with its log button.
    expect(await member.locator("#list li.card button.log").count()).toBe(await member.locator("#list li.card").count());

    const open = await pick(new Server(department(false), { user: "", account: "chen.siyuan@gmail.com" }), "陈思远");
    expect(await text(open, "#me-text")).toBe("我：陈思远");
    expect(await text(open, "#identity-note")).toMatch(
      /^你选择的是部长。没有邮箱时，插件只把 Google 允许编辑受保护“设置”表的人认作部长，而现在人人都能编辑“设置”。/,
    );
    expect(await axeSerious(open)).toEqual([]);
  });
});
