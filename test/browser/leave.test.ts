/** 请假 / Request leave in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type CellValue, workbookFromTabs } from "../../src/local/runtime";
import { at, day, HEAD, LEAVE, leaveTabs, MEMBER, rel } from "../ui/leave-fixture";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const WEEKDAYS_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const weekday = (date: string, names: string[]) => names[new Date(`${date}T00:00:00Z`).getUTCDay()];

/** The head owns the file; `user` opens the sidebar. */
function server(user = MEMBER, userLocale?: string, leave: CellValue[][] = []): Server {
  const book = workbookFromTabs(leaveTabs(leave), { locale: "zh_CN" });
  new Server(book, { user: HEAD });
  return new Server(book, { user, userLocale });
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();

describeBrowser("请假 / Request leave sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (s = server()) => browser.openSidebar(s, "showLeave", { selector: "#loading", state: "hidden" });

  test("the next meeting is offered first; a reason sends the request, which is listed as waiting; a second one is refused on the page", async () => {
    const { page, server: s } = await open();
    expect(await text(page, "#me-text")).toBe("我：王浩然");
    const next = `${rel(2)} ${weekday(rel(2), WEEKDAYS_ZH)}`;
    expect(await page.inputValue("#meeting")).toBe(rel(2));
    expect(await page.locator("#meeting option").allInnerTexts()).toEqual(["（请选择）", next, "其他日期…"]);
    expect(await text(page, "#meeting-hint")).toBe("例会 19:00 开始：请在开始前提交。");
    expect(await page.locator("#mine-empty").isVisible()).toBe(true);

    await page.fill("#reason", "期中考试");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已提交 ${next} 例会的请假申请（“请假”第 2 行），等待部长审批。`);
    expect(s.calls.filter((c) => c.fn === "saveLeaveRequest")).toEqual([{ fn: "saveLeaveRequest", args: [{ meeting: rel(2), reason: "期中考试" }] }]);
    expect(s.values(LEAVE)[1].slice(1, 5)).toEqual(["王浩然", s.values(LEAVE)[1][2], "期中考试", "待审批"]);
    const card = page.locator("#upcoming li.card");
    expect(await card.count()).toBe(1);
    expect(await card.locator("h4").innerText()).toContain(next);
    expect(await card.locator(".badge").innerText()).toBe("待审批");
    expect(await page.inputValue("#reason")).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("result");

    // Asked already: said next to the field, and nothing is sent.
    expect(await page.locator("#meeting option").allInnerTexts()).toContain(`${next}（已申请）`);
    await page.selectOption("#meeting", rel(2));
    await page.fill("#reason", "再问一次");
    await page.click("#save");
    expect(await text(page, "#err-meeting")).toBe(`${rel(2)} 的例会你已有一条待审批的请假申请，无需重复提交`);
    expect(await page.getAttribute("#meeting", "aria-invalid")).toBe("true");
    expect(s.calls.filter((c) => c.fn === "saveLeaveRequest")).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
  });

  test("a date typed for a meeting not in the grid; a late one is recorded and said so; a double click sends once", async () => {
    const { page, server: s } = await open();
    await page.selectOption("#meeting", "other");
    expect(await page.locator("#other-box").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("meeting-date");
    await page.click("#save");
    expect(await text(page, "#err-meeting")).toBe("请填写“例会日期”");
    expect(await text(page, "#err-reason")).toBe("请填写“原因”");
    expect(await text(page, "#result")).toBe("有 2 处需要修改，未保存任何内容");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("meeting-date");
    expect(s.calls.map((c) => c.fn)).toEqual(["sidebarLeaveData"]);

    await page.fill("#meeting-date", rel(-1));
    expect(await text(page, "#meeting-hint")).toBe("这次例会已经开始：现在提交属于迟交，除非部长特批，否则不能按请假处理。");
    await page.fill("#reason", "昨天发烧");
    const release = s.hold();
    await page.dblclick("#save");
    await page.locator("#save.busy").waitFor();
    expect(await page.getAttribute("body", "aria-busy")).toBe("true");
    release();
    await page.locator("#result.info").waitFor();
    expect(await text(page, "#result")).toBe(
      `已记录 ${rel(-1)} ${weekday(rel(-1), WEEKDAYS_ZH)} 例会的请假申请（“请假”第 2 行），但例会已于 19:00 开始：这是迟交的申请，除非部长特批，否则不能按请假处理。`,
    );
    expect(s.calls.filter((c) => c.fn === "saveLeaveRequest")).toHaveLength(1);
    expect(await page.locator("#recent li.card .badge.late").innerText()).toBe("迟交");
  });

  test("usable from the keyboard alone", async () => {
    const { page, server: s } = await open();
    await page.focus("#meeting");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("reason");
    await page.keyboard.type("家中有事");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("save");
    await page.keyboard.press("Enter");
    await page.locator("#result.ok").waitFor();
    expect(s.values(LEAVE)[1][3]).toBe("家中有事");
  });

  test("someone Google does not recognise picks who they are, then asks", async () => {
    const { page, server: s } = await open(server(""));
    expect(await page.locator("#who").isVisible()).toBe(true);
    expect(await text(page, "#who-hint")).toBe("Google 没有向插件提供你的邮箱，无法据此认出你：请选择你是哪位成员，下次会为你的帐号记住。");
    await page.selectOption("#who-name", "李欣怡");
    await page.click("#who-save");
    await page.locator("#main").waitFor({ state: "visible" });
    expect(await text(page, "#me-text")).toBe("我：李欣怡");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("meeting");
    await page.fill("#reason", "考试");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(s.values(LEAVE)[1][1]).toBe("李欣怡");
  });

  test("in English for an English reader; fits the 300 px sidebar with no serious accessibility violations; the zh screenshot", async () => {
    const en = await open(server(MEMBER, "en"));
    expect(await en.page.getAttribute("html", "lang")).toBe("en");
    expect(await text(en.page, "legend")).toBe("Ask for leave");
    expect(await en.page.locator("#meeting option").allInnerTexts()).toEqual(["(choose)", `${rel(2)} ${weekday(rel(2), WEEKDAYS_EN)}`, "Another date…"]);
    await en.page.selectOption("#meeting", "");
    await en.page.click("#save");
    expect(await text(en.page, "#err-meeting")).toBe("Meeting date is required");
    expect(await axeSerious(en.page)).toEqual([]);

    const who = await open(server(""));
    expect(await axeSerious(who.page)).toEqual([]);

    // 王浩然 had leave approved last week, with the head's note.
    const decided = [[at(rel(-8), "12:00"), "王浩然", day(rel(-5)), "感冒发烧", "已批准", "陈思远", at(rel(-7), "09:30"), "注意休息"]];
    const { page } = await open(server(MEMBER, undefined, decided));
    expect(await page.locator("#recent li.card").innerText()).toContain("注意休息");
    expect(await axeSerious(page)).toEqual([]);
    await page.fill("#reason", "参加省级比赛");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(SCREENSHOTS, "leave-zh.png"), fullPage: true });
  });
});
