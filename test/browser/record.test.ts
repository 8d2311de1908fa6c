/** 登记赞助 in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { NEXT_LEDGER_ROW } from "../support/sample-ledger";
import { rowsOf } from "../ui/helpers";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const XSS = "<img src=x onerror=alert(1)>";

function open(browser: Browser, server = new Server()) {
  return browser.openSidebar(server, "showRecordSponsorship", { selector: "#form", state: "visible" });
}

async function fillExample(page: Page): Promise<void> {
  await page.fill("#sponsor", "中国移动(学府路营业厅)");
  await page.selectOption("#event", "元旦晚会");
  await page.check("label.chip:has-text('王浩然') input");
  await page.check("label.chip:has-text('李欣怡') input");
  await page.check("#use-weights");
  await page.fill("#weight-list input[data-name='王浩然']", "60");
  await page.fill("#weight-list input[data-name='李欣怡']", "40");
  await page.fill("#cash", "2,000");
  await page.fill("#items", "办卡展位 1 个");
  await page.fill("#inKind", "300");
  await page.fill("#date", "2026-11-22");
  await page.fill("#notes", "要求晚会现场摆办卡展位");
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const shares = (page: Page) => page.$$eval("#preview-shares li", (items) => items.map((li) => Array.from(li.children).map((c) => c.textContent)));

describeBrowser("登记赞助 / Record sponsorship sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("fill, preview, save: the row lands and the form is cleared for the next entry", async () => {
    const { page, server } = await open(browser);
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarRecordData"]);
    expect(await text(page, "h1")).toBe("登记赞助");
    await fillExample(page);
    // The live preview: 15% of ¥2,000 (cash only), split 60/40.
    expect(await text(page, "#preview-main")).toBe("计佣金额 ¥2,000.00，佣金 ¥300.00");
    expect(await shares(page)).toEqual([
      ["王浩然", "¥180.00"],
      ["李欣怡", "¥120.00"],
    ]);
    await page.selectOption("#status", "pledged");
    expect(await text(page, "#preview-note")).toBe("意向：到账后才计佣金");
    await page.selectOption("#status", "received");

    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已保存到“赞助记录”第 ${NEXT_LEDGER_ROW} 行。`);
    const save = server.calls.filter((c) => c.fn === "saveSponsorship");
    expect(save).toEqual([
      {
        fn: "saveSponsorship",
        args: [
          expect.objectContaining({
            sponsor: "中国移动(学府路营业厅)",
            event: "元旦晚会",
            members: ["王浩然", "李欣怡"],
            weights: ["60", "40"],
            cash: "2,000",
            status: "received",
            date: "2026-11-22",
          }),
        ],
      },
    ]);
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1].slice(1, 8)).toEqual([
      "中国移动(学府路营业厅)",
      "元旦晚会",
      "王浩然 60%、李欣怡 40%",
      2000,
      "办卡展位 1 个",
      300,
      "已到账",
    ]);
    // Cleared, with the date back to today and the focus on the first field.
    expect(await page.inputValue("#sponsor")).toBe("");
    expect(await page.locator("#member-groups input:checked").count()).toBe(0);
    expect(await page.inputValue("#date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sponsor");
    expect(pageErrors(page)).toEqual([]);
  });

  test("errors appear next to their fields, in the user's language, and nothing is sent until the entry is valid", async () => {
    const { page, server } = await open(browser);
    await page.fill("#cash", "两千");
    await page.click("#save");
    expect(await page.locator("#err-sponsor").innerText()).toContain("请填写“赞助商”");
    expect(await page.locator("#err-members").innerText()).toContain("请填写“经办人”");
    expect(await page.locator("#err-cash").innerText()).toContain("无法识别的金额“两千”");
    expect(await page.getAttribute("#sponsor", "aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sponsor");
    expect(await text(page, "#result")).toBe("有 3 处需要修改，未保存任何内容");
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarRecordData"]);
    // What was typed is kept.
    expect(await page.inputValue("#cash")).toBe("两千");

    // Shares that do not total 100%.
    await page.fill("#sponsor", "博文书店");
    await page.fill("#cash", "500");
    await page.check("label.chip:has-text('郑宇轩') input");
    await page.check("label.chip:has-text('黄诗涵') input");
    await page.check("#use-weights");
    await page.fill("#weight-list input[data-name='郑宇轩']", "70");
    await page.fill("#weight-list input[data-name='黄诗涵']", "20");
    expect(await text(page, "#weights-total")).toBe("合计 90%");
    expect(await page.locator("#preview-shares li").innerText()).toBe("比例合计 100% 后显示每人份额");
    await page.click("#save");
    expect(await page.locator("#err-weights").innerText()).toContain("比例合计为 90%，必须正好是 100%");
    expect(await page.locator("#err-sponsor").isHidden()).toBe(true);
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarRecordData"]);

    // An English reader gets English messages.
    const en = await open(browser, new Server(undefined, { userLocale: "en" }));
    await en.page.click("#save");
    expect(await en.page.locator("#err-sponsor").innerText()).toContain("Sponsor is required");
    expect(await text(en.page, "label[for=cash]")).toBe("Cash (yuan)");
  });

  test("a busy state while saving, and a double click saves once", async () => {
    const { page, server } = await open(browser);
    await fillExample(page);
    const release = server.hold();
    await page.dblclick("#save");
    await page.locator("#save.busy").waitFor();
    expect(await page.isDisabled("#save")).toBe(true);
    expect(await text(page, "#save")).toBe("正在保存…");
    expect(await page.getAttribute("body", "aria-busy")).toBe("true");
    await page.click("#save", { force: true }).catch(() => undefined);
    release();
    await page.locator("#result.ok").waitFor();
    expect(server.calls.filter((c) => c.fn === "saveSponsorship")).toHaveLength(1);
    expect(server.values("赞助记录")).toHaveLength(NEXT_LEDGER_ROW);
    expect(await text(page, "#save")).toBe("保存");
    expect(await page.isDisabled("#save")).toBe(false);
  });

  test("a new sponsor offers the customer file; a sponsor or member named like markup shows as text and is stored as text", async () => {
    const tabs = sampleTabs();
    rowsOf(tabs, "成员").push([XSS, "三组", "干事", "在部", "", ""]);
    rowsOf(tabs, "赞助商").push(["'=1+1 奶茶", "奶茶", "", "", "", "", "", "", "", ""]);
    const { page, server, dialogs } = await open(browser, new Server(workbookFromTabs(tabs, { locale: "zh_CN" })));
    expect(await page.locator(`label.chip:has-text("${XSS}")`).count()).toBe(1);
    expect(await page.locator("#member-groups img, #owner img").count()).toBe(0);

    await page.fill("#sponsor", XSS);
    expect(await page.locator("#new-sponsor").isVisible()).toBe(true);
    expect(await text(page, "#new-sponsor-note")).toBe(`“${XSS}”不在赞助商表中。`);
    await page.fill("#category", "礼品");
    await page.selectOption("#owner", XSS);
    await page.check(`label.chip:has-text("${XSS}") input`);
    await page.fill("#cash", "100");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已保存到“赞助记录”第 ${NEXT_LEDGER_ROW} 行。 “${XSS}”已加入赞助商表。`);
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1].slice(1, 4)).toEqual([XSS, "", XSS]);
    expect(server.values("赞助商")[33].slice(0, 2)).toEqual([XSS, "礼品"]);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);

    // A typo offers the sheet's spelling.
    await page.fill("#sponsor", "博文书");
    expect(await text(page, "#use-suggestion")).toBe("博文书店");
    await page.click("#use-suggestion");
    expect(await page.inputValue("#sponsor")).toBe("博文书店");
    expect(await page.locator("#new-sponsor").isHidden()).toBe(true);
  });

  test("crediting someone other than the sponsor's owner warns, without blocking the save", async () => {
    const { page, server } = await open(browser);
    const warning = page.locator("#owner-warning");
    await page.fill("#sponsor", "博文书店");
    expect(await warning.isHidden()).toBe(true);
    await page.check("label.chip:has-text('王浩然') input");
    expect(await warning.innerText()).toBe("“博文书店”由 李欣怡 负责（已签约），确认不是重复联系？");
    await page.check("label.chip:has-text('李欣怡') input");
    expect(await warning.isHidden()).toBe(true);
    await page.uncheck("label.chip:has-text('李欣怡') input");
    expect(await warning.isVisible()).toBe(true);
    // A declined sponsor is anyone's to pitch.
    await page.fill("#sponsor", "招商银行(高新支行)");
    expect(await warning.isHidden()).toBe(true);
    await page.fill("#sponsor", "博文书店");
    await page.fill("#cash", "300");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1].slice(1, 5)).toEqual(["博文书店", "", "王浩然", 300]);
    expect(await warning.isHidden()).toBe(true);
  });

  test("keyboard only: every control is reached with Tab and used with the keys a form uses", async () => {
    const { page, server } = await open(browser);
    await page.focus("#sponsor");
    await page.keyboard.type("博文书店");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("event");
    await page.keyboard.press("Tab");
    // The package picker (the sample keeps a 方案 tab), left at none.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("package");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("陈思远");
    await page.keyboard.press("Space");
    // Through the other members' checkboxes to the cash field.
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== "cash"; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cash");
    await page.keyboard.type("800");
    await page.keyboard.press("Enter");
    await page.locator("#result.ok").waitFor();
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1].slice(1, 5)).toEqual(["博文书店", "", "陈思远", 800]);
  });

  test("fits the 300 px sidebar and has no serious accessibility violations; the zh screenshot", async () => {
    const { page } = await open(browser);
    expect(await axeSerious(page)).toEqual([]);
    await fillExample(page);
    await page.fill("#sponsor", "");
    await page.click("#save");
    await page.fill("#sponsor", "中国移动(学府路营业厅)");
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    await fillExample(page);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(SCREENSHOTS, "record-zh.png"), fullPage: true });
  });
});
