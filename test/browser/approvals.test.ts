/** 审批 / Approvals in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type CellValue, type LocalSpreadsheet, runFromPage, workbookFromTabs } from "../../src/local/runtime";
import { at, CO_HEAD, day, HEAD, LEAVE, leaveTabs, MEMBER, rel, waitingRows } from "../ui/leave-fixture";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const DECIDED: CellValue[][] = [[at(rel(-9), "08:00"), "赵一鸣", day(rel(-7)), "比赛", "已批准", "陈思远", at(rel(-8), "12:00"), "加油"]];

/** The head owns the file and restricted Settings to themselves and the co-head. */
function department(): LocalSpreadsheet {
  const book = workbookFromTabs(leaveTabs([...waitingRows(), ...DECIDED]), { locale: "zh_CN" });
  new Server(book, { user: HEAD });
  book.getSheetByName("设置")!.protect().setDomainEdit(false).addEditor(CO_HEAD);
  return book;
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const names = (page: Page) => page.$$eval("#waiting li.card h3 > span:first-child", (els) => els.map((e) => e.textContent));
const card = (page: Page, name: string) => page.locator("#waiting li.card").filter({ has: page.locator("h3 > span:first-child", { hasText: name }) });
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute("aria-label"));

describeBrowser("审批 / Approvals sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (s: Server) => browser.openSidebar(s, "showApprovals", { selector: "#loading", state: "hidden" });

  test("waiting requests oldest first, the late one marked; the head approves one from the keyboard and it moves to the decided list", async () => {
    const { page, server: s } = await open(new Server(department(), { user: HEAD }));
    expect(await text(page, "#me-text")).toBe("审批人：陈思远（部长）");
    expect(await text(page, "#waiting-title")).toBe("待审批（2）");
    expect(await names(page)).toEqual(["王浩然", "李欣怡"]);
    expect(await card(page, "李欣怡").locator(".badge.late").innerText()).toBe("迟交");
    expect(await card(page, "王浩然").locator(".badge").count()).toBe(0);
    expect(await card(page, "王浩然").innerText()).toContain("期中考试");
    expect(await page.locator("#decided-box").getAttribute("open")).toBeNull();
    expect(await text(page, "#decided-summary")).toBe("最近 30 天已审批（1）");
    expect(await page.locator("#decided").isVisible()).toBe(false);

    await card(page, "王浩然").locator("button.decide").focus();
    await page.keyboard.press("Enter");
    expect(await card(page, "王浩然").locator("#decide").isVisible()).toBe(true);
    expect(await card(page, "王浩然").locator("button.decide").getAttribute("aria-expanded")).toBe("true");
    expect(await focused(page)).toBe("note");
    await page.keyboard.type("好好复习");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("approve");
    await page.keyboard.press("Enter");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已批准 王浩然 ${rel(2)} 的请假（“请假”第 2 行）。`);
    expect(await focused(page)).toBe("result");
    expect(s.values(LEAVE)[1].slice(4, 6)).toEqual(["已批准", "陈思远"]);
    expect(s.values(LEAVE)[1][7]).toBe("好好复习");
    expect(await names(page)).toEqual(["李欣怡"]);
    expect(await text(page, "#decided-summary")).toBe("最近 30 天已审批（2）");

    await page.focus("#decided-summary");
    await page.keyboard.press("Enter");
    expect(await page.locator("#decided").isVisible()).toBe(true);
    expect(await page.$$eval("#decided li.card h3 > span:first-child", (els) => els.map((e) => e.textContent))).toEqual(["王浩然", "赵一鸣"]);
    expect(await page.locator("#decided li.card").first().innerText()).toContain("意见：好好复习");
    expect(pageErrors(page)).toEqual([]);
  });

  test("a late request: the form says so, approving without a reason is stopped on the page; with one it is an override; Escape closes the form", async () => {
    const { page, server: s } = await open(new Server(department(), { user: HEAD }));
    await card(page, "李欣怡").locator("button.decide").click();
    expect(await text(page, "#late-hint")).toBe("这条申请在例会开始后才提交：批准属于特批，须在审批意见中写明理由。");
    await page.click("#approve");
    expect(await text(page, "#err-note")).toBe("这条申请在例会开始后才提交：批准属于特批，请在“审批意见”中写明理由");
    expect(await page.getAttribute("#note", "aria-invalid")).toBe("true");
    expect(s.calls.map((c) => c.fn)).toEqual(["sidebarApprovalsData"]);

    await page.keyboard.press("Escape");
    expect(await page.locator("#decide").isHidden()).toBe(true);
    expect(await focused(page)).toBe(`审批：李欣怡 ${rel(-1)}`);
    await page.keyboard.press("Enter");
    await page.fill("#note", "有校医院证明");
    await page.click("#approve");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已特批 李欣怡 ${rel(-1)} 的迟交请假（“请假”第 3 行），日志中记为特批。`);
    expect(s.values(LEAVE)[2].slice(4, 6)).toEqual(["已批准", "陈思远"]);
    expect(s.values("日志").pop()!.slice(2, 5)).toEqual(["批准请假（逾期特批）", LEAVE, "3"]);
  });

  test("two heads decide the same request: the second is told who decided it, nothing is overwritten, and the list is read again", async () => {
    const book = department();
    const { page, server: s } = await open(new Server(book, { user: CO_HEAD }));
    const key = (runFromPage(new Server(book, { user: HEAD }).runtime, "sidebarApprovalsData") as { waiting: { key: unknown }[] }).waiting[0].key;
    expect(runFromPage(new Server(book, { user: HEAD }).runtime, "decideLeave", { key, decision: "approved", note: "" })).toMatchObject({ ok: true });

    await card(page, "王浩然").locator("button.decide").click();
    await page.fill("#note", "不同意");
    await page.click("#reject");
    await page.locator("#result.error").waitFor();
    expect(await text(page, "#result")).toBe(`王浩然 ${rel(2)} 的申请已由 陈思远 审批为“已批准”，未做任何修改`);
    expect(await names(page)).toEqual(["李欣怡"]);
    expect(s.values(LEAVE)[1].slice(4, 8)).toEqual(["已批准", "陈思远", s.values(LEAVE)[1][6], ""]);
  });

  test("a member who is not the head is told so, in their language", async () => {
    const zh = await open(new Server(department(), { user: MEMBER }));
    expect(await text(zh.page, "#load-error")).toBe("只有部长可以审批请假（你是 王浩然）");
    expect(await zh.page.locator("#main").isHidden()).toBe(true);
    expect(await axeSerious(zh.page)).toEqual([]);
    const en = await open(new Server(department(), { user: MEMBER, userLocale: "en" }));
    expect(await text(en.page, "#load-error")).toBe("Only the head (部长) can decide leave requests (you are 王浩然)");
  });

  test("in English for an English reader; fits the 300 px sidebar with no serious accessibility violations; the zh screenshot", async () => {
    const en = await open(new Server(department(), { user: HEAD, userLocale: "en" }));
    expect(await en.page.getAttribute("html", "lang")).toBe("en");
    expect(await text(en.page, "#waiting-title")).toBe("Waiting (2)");
    expect(await card(en.page, "李欣怡").locator(".badge.late").innerText()).toBe("Late");
    await card(en.page, "李欣怡").locator("button.decide").click();
    await en.page.click("#approve");
    expect(await text(en.page, "#err-note")).toBe("This request came after the meeting started: approving it is an override, so give the reason in the note");
    expect(await axeSerious(en.page)).toEqual([]);

    const { page } = await open(new Server(department(), { user: HEAD }));
    expect(await axeSerious(page)).toEqual([]);
    await card(page, "李欣怡").locator("button.decide").click();
    await page.fill("#note", "有校医院证明");
    await page.click("#decided-summary");
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(SCREENSHOTS, "approvals-zh.png"), fullPage: true });
  });
});
