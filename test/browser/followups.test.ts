/** 我的跟进 in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { runFromPage, workbookFromTabs } from "../../src/local/runtime";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { d, rowsOf, type Tabs } from "../ui/helpers";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const XSS = "<img src=x onerror=alert(1)>";
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const rel = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

/** The sample, with 王浩然's follow-ups dated around today whatever the clock says. */
function tabs(): Tabs {
  const t = sampleTabs();
  const rows = rowsOf(t, "赞助商");
  const set = (name: string, next: number) => (rows.find((r) => r[0] === name)![8] = d(rel(next)));
  set("川味小厨", -3);
  set("中国移动(学府路营业厅)", 2);
  set("茶百道(大学城店)", 20);
  return t;
}

function server(t: Tabs = tabs(), me: string | null = "王浩然"): Server {
  const s = new Server(workbookFromTabs(t, { locale: "zh_CN" }));
  if (me) runFromPage(s.runtime, "setFollowUpsMember", { name: me });
  return s;
}

function open(browser: Browser, s = server()) {
  return browser.openSidebar(s, "showFollowUps", { selector: "#loading", state: "hidden" });
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const cardNames = (page: Page) => page.$$eval("#list li.card h2 > span:first-child", (els) => els.map((e) => e.textContent));
const card = (page: Page, name: string) => page.locator("#list li.card").filter({ has: page.locator("h2 > span:first-child", { hasText: name }) });

/** A card in the main list or in the 续约 group above it. */
const EVERY_CARD = "#list li.card, #renewals-list li.card";

describeBrowser("我的跟进 / My follow-ups sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("asks who you are once, lists your sponsors overdue first, logs a contact and shows it", async () => {
    const { page, server: s } = await open(browser, server(tabs(), null));
    expect(await page.locator("#who").isVisible()).toBe(true);
    expect(await page.locator("#main").isHidden()).toBe(true);
    await page.selectOption("#who-name", "王浩然");
    await page.click("#who-save");
    await page.locator("#main").waitFor({ state: "visible" });
    expect(await text(page, "#me-text")).toBe("我：王浩然");
    expect(s.runtime.properties.user.get("outreach.me")).toBe("王浩然");
    expect(await cardNames(page)).toEqual(["川味小厨", "中国移动(学府路营业厅)", "茶百道(大学城店)"]);
    expect(await text(page, "#counts")).toBe("逾期 1 · 7 天内 1 · 共 3 家");
    expect(await card(page, "川味小厨").locator(".badge").innerText()).toBe("逾期 3 天");
    expect(await card(page, "中国移动(学府路营业厅)").locator(".badge").innerText()).toBe("2 天后跟进");
    // What the sponsor gave before, from the ledger.
    expect(await card(page, "茶百道(大学城店)").innerText()).toMatch(/到账 2026 ¥[\d,]+\.\d\d/);
    expect(await card(page, "川味小厨").innerText()).toContain("尚无到账赞助");

    await card(page, "川味小厨").locator("button.log").click();
    expect(await card(page, "川味小厨").locator("#contact").isVisible()).toBe(true);
    expect(await page.inputValue("#date")).toBe(today());
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("channel");
    await page.fill("#channel", "电话");
    await page.fill("#note", "老板同意先签协议");
    await page.selectOption("#stage", "signed");
    await page.fill("#next", rel(10));
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已记录“川味小厨”的联系（“联系记录”第 5 行）。");
    expect(s.calls.filter((c) => c.fn === "saveContact")).toEqual([
      {
        fn: "saveContact",
        args: [
          {
            sponsor: "川味小厨",
            date: today(),
            channel: "电话",
            note: "老板同意先签协议",
            stage: "signed",
            next: rel(10),
            clearNext: false,
          },
        ],
      },
    ]);
    expect(s.values("联系记录")[4].slice(1)).toEqual(["川味小厨", "王浩然", "电话", "老板同意先签协议"]);
    expect(s.values("赞助商")[6][6]).toBe("已签约");
    // No longer overdue: it moves down, shows the new dates, and the focus stays on its button.
    expect(await cardNames(page)).toEqual(["中国移动(学府路营业厅)", "川味小厨", "茶百道(大学城店)"]);
    const done = await card(page, "川味小厨").innerText();
    expect(done).toContain(`最近联系\n${today()}`);
    expect(done).toContain(`下次跟进\n${rel(10)}`);
    expect(done).toContain("已签约");
    expect(await page.locator("#contact").isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("记录联系：川味小厨");
    expect(pageErrors(page)).toEqual([]);
  });

  test("errors next to their fields and nothing sent; a double click saves once", async () => {
    const { page, server: s } = await open(browser);
    await card(page, "中国移动(学府路营业厅)").locator("button.log").click();
    await page.fill("#date", "");
    await page.click("#save");
    expect(await text(page, "#err-date")).toContain("请填写“日期”");
    expect(await page.getAttribute("#date", "aria-invalid")).toBe("true");
    expect(await text(page, "#contact-result")).toBe("有 1 处需要修改，未保存任何内容");
    expect(s.calls.map((c) => c.fn)).toEqual(["sidebarFollowUpsData"]);

    await page.fill("#date", "2026-11-20");
    const release = s.hold();
    await page.dblclick("#save");
    await page.locator("#save.busy").waitFor();
    expect(await page.getAttribute("body", "aria-busy")).toBe("true");
    release();
    await page.locator("#result.ok").waitFor();
    expect(s.calls.filter((c) => c.fn === "saveContact")).toHaveLength(1);
    expect(s.values("联系记录")).toHaveLength(5);
  });

  test("the head sees everyone's sponsors with an owner filter; a member reads others' but logs only their own", async () => {
    // The head is recognised by the email in 成员 (the runtime's user is officer@example.edu).
    const withHeadEmail = tabs();
    rowsOf(withHeadEmail, "成员").find((r) => r[0] === "陈思远")![4] = "13800131001 / officer@example.edu";
    const head = await open(browser, server(withHeadEmail, null));
    expect(await text(head.page, "#me-text")).toBe("我：陈思远（部长，可查看全部）");
    // Every sponsor but the declined, last season's one still to renew (一点点) in its own 续约 group.
    expect(await head.page.locator("#renewals-list li.card").count()).toBe(1);
    expect(await head.page.locator(EVERY_CARD).count()).toBe(sampleFacts.sponsors - 3);
    expect(await head.page.locator("#list button.log, #renewals-list button.log").count()).toBe(sampleFacts.sponsors - 3);
    await head.page.selectOption("#owner-filter", "李欣怡");
    expect(await cardNames(head.page)).toEqual(["博文书店", "华图教育"]);
    await head.page.selectOption("#owner-filter", "");
    await head.page.check("#show-declined");
    expect(await head.page.locator(EVERY_CARD).count()).toBe(sampleFacts.sponsors);
    expect((await cardNames(head.page)).slice(-3).sort()).toEqual(["CoCo都可(南门店)", "招商银行(高新支行)", "食全食美快餐"].sort());

    const { page } = await open(browser);
    expect(await page.locator("#owner-filter-box").isHidden()).toBe(true);
    await page.check("#show-all");
    expect(await page.locator(EVERY_CARD).count()).toBe(sampleFacts.sponsors - 3);
    expect(await page.locator("#list button.log").count()).toBe(3);
    expect(await card(page, "博文书店").locator("button.log").count()).toBe(0);
  });

  test("久未联系: a sponsor being worked on and not contacted for over 跟进间隔 carries the flag; the filter shows those only, longest first", async () => {
    const t = tabs();
    const rows = rowsOf(t, "赞助商");
    const set = (name: string, last: number | null, stage?: string) => {
      const r = rows.find((x) => x[0] === name)!;
      r[7] = last === null ? "" : d(rel(last));
      if (stage) r[6] = stage;
    };
    set("川味小厨", -45); // 洽谈中
    set("中国移动(学府路营业厅)", null, "联系中");
    set("茶百道(大学城店)", -90); // 已签约: not being worked on, never stale
    const { page } = await open(browser, server(t));
    const flag = (name: string) => card(page, name).locator(".flag.stale");
    expect(await flag("川味小厨").innerText()).toBe("久未联系 · 45 天");
    expect(await flag("中国移动(学府路营业厅)").innerText()).toBe("久未联系 · 没有联系记录");
    expect(await flag("茶百道(大学城店)").count()).toBe(0);
    expect(await text(page, "#only-stale-row")).toBe("只看久未联系的（2 家超过 30 天未联系）");
    await page.check("#only-stale");
    expect(await cardNames(page)).toEqual(["中国移动(学府路营业厅)", "川味小厨"]);
    expect(await axeSerious(page)).toEqual([]);

    // A contact logged today takes the flag away.
    await card(page, "川味小厨").locator("button.log").click();
    await page.fill("#channel", "电话");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await cardNames(page)).toEqual(["中国移动(学府路营业厅)"]);
    await page.uncheck("#only-stale");
    expect(await flag("川味小厨").count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  test("a sponsor named like markup shows as text and is logged as text", async () => {
    const t = tabs();
    rowsOf(t, "赞助商").push([XSS, "餐饮", XSS, "", "", "王浩然", "潜在", "", d(rel(-1)), XSS]);
    const { page, server: s, dialogs } = await open(browser, server(t));
    expect(await cardNames(page)).toContain(XSS);
    expect(await page.locator("img").count()).toBe(0);
    await card(page, XSS).locator("button.log").click();
    await page.fill("#note", XSS);
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已记录“${XSS}”的联系（“联系记录”第 5 行）。`);
    expect(s.values("联系记录")[4].slice(1)).toEqual([XSS, "王浩然", "", XSS]);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("fits the 300 px sidebar and has no serious accessibility violations; the zh screenshot", async () => {
    const { page } = await open(browser, server(tabs(), null));
    expect(await axeSerious(page)).toEqual([]);
    await page.selectOption("#who-name", "王浩然");
    await page.click("#who-save");
    await page.locator("#main").waitFor({ state: "visible" });
    expect(await axeSerious(page)).toEqual([]);
    await card(page, "川味小厨").locator("button.log").click();
    await page.fill("#date", "");
    await page.click("#save");
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.click("#cancel");
    await card(page, "中国移动(学府路营业厅)").locator("button.log").click();
    await page.fill("#channel", "微信");
    await page.fill("#note", "确认展位位置");
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(SCREENSHOTS, "followups-zh.png"), fullPage: true });
  });
});
