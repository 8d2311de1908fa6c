/** 登记赞助 in Chromium: the package picker, the benefits it will create with their due dates, and the save's answer. */
import type { Page } from "playwright-core";
import { workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { NEXT_LEDGER_ROW } from "../support/sample-ledger";
import { axeSerious, Browser, describeBrowser, pageErrors, Server } from "./harness";

const text = (page: Page, sel: string) => page.locator(sel).innerText();

/** The sample with the columns Set up sheets adds: 方案 after 备注 in 赞助记录, 来源 after 凭证 in 赞助回报. */
function bookWithPackageColumns() {
  const tabs = sampleTabs();
  const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
  ledger[0].push("方案");
  for (const row of ledger.slice(1)) row.push("");
  const deliverables = tabs.find((t) => t.name === "赞助回报")!.rows;
  deliverables[0].push("来源");
  for (const row of deliverables.slice(1)) row.push("");
  return workbookFromTabs(tabs, { locale: "zh_CN" });
}

describeBrowser("登记赞助 / Record sponsorship: packages", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  function open(server = new Server(bookWithPackageColumns())) {
    return browser.openSidebar(server, "showRecordSponsorship", { selector: "#form", state: "visible" });
  }

  test("picking 冠名 lists its four benefits due from the event's date; the save adds them once and says so", async () => {
    const { page, server } = await open();
    expect(await page.locator("#benefit-list").isHidden()).toBe(true);
    const options = await page.locator("#package option").allInnerTexts();
    expect(options).toEqual(["（不选方案）", "冠名", "协办", "物资赞助"]);

    await page.fill("#sponsor", "中国联通(大学城营业厅)");
    await page.selectOption("#event", "元旦晚会");
    await page.check("label.chip:has-text('刘雨桐') input");
    await page.fill("#cash", "5000");
    await page.fill("#date", "2026-11-19");
    await page.selectOption("#package", "冠名");
    expect(await text(page, "#benefits-title")).toBe("将建立 4 项赞助回报（方案“冠名”）");
    expect(await page.locator("#benefit-list li").allInnerTexts()).toEqual([
      expect.stringMatching(/^晚会冠名口播\s*截止 2026-12-30$/),
      expect.stringMatching(/^横幅与背景板印 logo\s*截止 2026-12-30$/),
      expect.stringMatching(/^公众号推文鸣谢\s*截止 2027-01-06$/),
      expect.stringMatching(/^活动照片反馈\s*截止 2027-01-13$/),
    ]);
    expect(await text(page, "#benefits-note")).toBe("截止日期从活动日期（2026-12-30）算起");
    expect(await axeSerious(page)).toEqual([]);

    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe(`已保存到“赞助记录”第 ${NEXT_LEDGER_ROW} 行。 已在“赞助回报”建立 4 项回报（第 10-13 行）。`);
    expect(server.values("赞助记录")[NEXT_LEDGER_ROW - 1][11]).toBe("冠名");
    expect(
      server
        .values("赞助回报")
        .slice(9)
        .map((r) => [r[2], r[7]]),
    ).toEqual([
      ["晚会冠名口播", "2026-11-19 中国联通(大学城营业厅) · 冠名 #1"],
      ["横幅与背景板印 logo", "2026-11-19 中国联通(大学城营业厅) · 冠名 #2"],
      ["公众号推文鸣谢", "2026-11-19 中国联通(大学城营业厅) · 冠名 #3"],
      ["活动照片反馈", "2026-11-19 中国联通(大学城营业厅) · 冠名 #4"],
    ]);
    // The form was cleared: the package picker is back to none and the list is gone.
    expect(await page.inputValue("#package")).toBe("");
    expect(await page.locator("#preview-benefits").isHidden()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  test("without an event date the page says the due dates count from the sponsorship's date; without a date, that it needs one", async () => {
    const { page } = await open(new Server(bookWithPackageColumns(), { userLocale: "en" }));
    await page.selectOption("#package", "协办");
    await page.fill("#date", "2026-11-20");
    expect(await text(page, "#benefits-title")).toBe("2 deliverables will be created (package 协办)");
    expect(await text(page, "#benefits-note")).toBe("The event has no date: due dates count from this sponsorship's date (2026-11-20)");
    expect(await page.locator("#benefit-list li").allInnerTexts()).toEqual([
      expect.stringMatching(/^横幅印 logo\s*due 2026-11-20$/),
      expect.stringMatching(/^公众号推文鸣谢\s*due 2026-11-27$/),
    ]);
    await page.fill("#date", "");
    expect(await text(page, "#benefits-note")).toBe("Enter the date to see the due dates");
    expect(await axeSerious(page)).toEqual([]);
  });

  test("a sheet without a 方案 tab shows no package picker", async () => {
    const tabs = sampleTabs().filter((t) => t.name !== "方案");
    const { page } = await open(new Server(workbookFromTabs(tabs, { locale: "zh_CN" })));
    expect(await page.locator("#package-field").isHidden()).toBe(true);
  });
});
