/** 记账 / Record expense or fine in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { type LocalSpreadsheet, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { rowsOf } from "../ui/helpers";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const ACCOUNTS = "收支";
const HEAD = "chen@uni.edu";
const HYPERLINK = '=HYPERLINK("https://pan.example.edu/r/1120","小票")';

/** The sample department; 陈思远 (部长) is recognised by email and restricted Settings to themselves. */
function department(): LocalSpreadsheet {
  const tabs = sampleTabs();
  rowsOf(tabs, "成员").find((r) => r[0] === "陈思远")![4] = HEAD;
  const book = workbookFromTabs(tabs, { locale: "zh_CN" });
  new Server(book, { user: HEAD });
  book.getSheetByName("设置")!.protect().setDomainEdit(false);
  return book;
}

const text = (page: Page, sel: string) => page.locator(sel).innerText();
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id);
const cards = (page: Page) => page.$$eval("#owed li.card h3", (els) => els.map((e) => Array.from(e.children).map((c) => c.textContent)));
const card = (page: Page, name: string) => page.locator("#owed li.card").filter({ has: page.locator("h3 > span:first-child", { hasText: name }) });

async function fillExpense(page: Page): Promise<void> {
  await page.check("#paidBy-member");
  await page.fill("#amount", "95.8");
  await page.fill("#date", "2026-11-20");
  await page.selectOption("#member", "吴佳琪");
  await page.selectOption("#event", "秋季运动会");
  await page.fill("#item", "奖牌");
  await page.fill("#receipt", HYPERLINK);
}

describeBrowser("记账 / Record expense or fine sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (s = new Server()) => browser.openSidebar(s, "showAccounts", { selector: "#form", state: "visible" });

  test("fill, preview, save: the row lands in column order, the receipt as text, and the advance joins the list owed", async () => {
    const { page, server } = await open();
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarAccountsData"]);
    expect(await text(page, "h1")).toBe("记账");
    expect(await text(page, "#owed-title")).toBe("待报销（2）");
    await fillExpense(page);
    expect(await text(page, "#preview-main")).toBe("吴佳琪 垫付 ¥95.80 (秋季运动会 · 奖牌) — 待报销");
    await page.check("#paidBy-cash");
    expect(await text(page, "#preview-main")).toBe("部门现金支出 ¥95.80 (秋季运动会 · 奖牌)");
    expect(await text(page, "#member-hint")).toBe("选填：经手的成员");
    await page.check("#paidBy-member");
    expect(await text(page, "#member-hint")).toBe("必填：垫付的成员，报销时还给他/她");

    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已保存到“收支”第 20 行：吴佳琪 垫付 ¥95.80 (秋季运动会 · 奖牌) — 待报销");
    expect(server.calls.filter((c) => c.fn === "saveAccount")).toEqual([
      { fn: "saveAccount", args: [expect.objectContaining({ type: "expense", amount: "95.8", paidBy: "member", member: "吴佳琪", receipt: HYPERLINK })] },
    ]);
    const row = server.values(ACCOUNTS)[19];
    expect(row.slice(1)).toEqual(["秋季运动会", "支出", 95.8, "吴佳琪", "奖牌", HYPERLINK, "待报销", "", ""]);
    expect(server.book.getSheetByName(ACCOUNTS)!.getRange("G20").getFormula()).toBe("");
    expect(await text(page, "#owed-title")).toBe("待报销（3）");
    expect(await cards(page)).toEqual([
      ["黄诗涵", "¥320.00"],
      ["吴佳琪", "¥95.80"],
      ["吴佳琪", "¥95.80"],
    ]);
    // Cleared for the next entry, the date back to today and the focus on the first field.
    expect(await page.inputValue("#amount")).toBe("");
    expect(await page.inputValue("#date")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await focused(page)).toBe("type");
    expect(pageErrors(page)).toEqual([]);
  });

  test("the live check: a field's mistake shows once the user leaves it, goes once fixed, and nothing is sent until all is valid", async () => {
    const { page, server } = await open();
    await page.fill("#amount", "95.805");
    expect(await page.locator("#err-amount").isHidden()).toBe(true);
    await page.press("#amount", "Tab");
    expect(await text(page, "#err-amount")).toContain("金额“95.805”超过两位小数：请精确到分，如 95.80");
    expect(await page.getAttribute("#amount", "aria-invalid")).toBe("true");
    expect(await text(page, "#preview-main")).toBe("填写金额后显示");
    // Fields not yet visited say nothing.
    expect(await page.locator("#err-item").isHidden()).toBe(true);
    await page.fill("#amount", "95.80");
    expect(await page.locator("#err-amount").isHidden()).toBe(true);
    expect(await page.getAttribute("#amount", "aria-invalid")).toBeNull();

    await page.check("#paidBy-member");
    await page.click("#save");
    expect(await text(page, "#err-member")).toContain("成员垫付的支出须选择垫付的成员");
    expect(await text(page, "#err-item")).toContain("请填写“事由”");
    expect(await text(page, "#result")).toBe("有 2 处需要修改，未保存任何内容");
    expect(await focused(page)).toBe("member");
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarAccountsData"]);
    // After a Save, each mistake goes as soon as it is fixed.
    await page.selectOption("#member", "黄诗涵");
    expect(await page.locator("#err-member").isHidden()).toBe(true);
    expect(await page.inputValue("#amount")).toBe("95.80");

    // An English reader gets English labels and messages.
    const en = await open(new Server(undefined, { userLocale: "en" }));
    expect(await text(en.page, "label[for=amount]")).toBe("Amount (yuan)");
    await en.page.selectOption("#type", "finePaid");
    await en.page.click("#save");
    expect(await text(en.page, "#err-member")).toContain("A fine paid or waived needs the member");
    expect(await text(en.page, "#err-amount")).toContain("Amount is required");
  });

  test("a waiver is the head's: others see it greyed with the reason; the head records one with the reason in Notes", async () => {
    const member = await open();
    expect(await member.page.locator("#type option[value=fineWaived]").isDisabled()).toBe(true);
    expect(await text(member.page, "#type-hint")).toMatch(/^“罚款减免”不可选：只有部长可以登记罚款减免，而无法确认你是哪位成员/);

    const { page, server } = await open(new Server(department(), { user: HEAD }));
    expect(await page.locator("#type option[value=fineWaived]").isDisabled()).toBe(false);
    expect(await page.locator("#type-hint").isHidden()).toBe(true);
    await page.selectOption("#type", "fineWaived");
    expect(await page.locator("#paidBy").isHidden()).toBe(true);
    expect(await text(page, "#notes-hint")).toBe("必填：部长减免的理由");
    await page.fill("#amount", "5");
    expect(await text(page, "#preview-main")).toBe("选择成员后显示其尚欠的罚款");
    await page.selectOption("#member", "赵一鸣");
    expect(await text(page, "#preview-main")).toBe("减免 赵一鸣 的罚款 ¥5.00：尚欠 ¥5.00 → ¥0.00");
    await page.click("#save");
    expect(await text(page, "#err-notes")).toContain("罚款减免由部长决定：请在“备注”中写明理由");
    await page.fill("#notes", "校医院就诊，有证明");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(server.values(ACCOUNTS)[19].slice(2, 5)).toEqual(["罚款减免", 5, "赵一鸣"]);
    // What 赵一鸣 owes is counted down: a second waiver would be more than owed.
    await page.selectOption("#type", "finePaid");
    await page.selectOption("#member", "赵一鸣");
    await page.fill("#amount", "5");
    expect(await text(page, "#preview-main")).toBe("赵一鸣 缴纳罚款 ¥5.00：尚欠 ¥0.00 → -¥5.00");
    expect(await text(page, "#preview-note")).toBe("超过尚欠的罚款：保存时会请你确认");
  });

  test("paying more fines than owed is asked about first; Save anyway saves it", async () => {
    const { page, server } = await open();
    await page.selectOption("#type", "finePaid");
    await page.selectOption("#member", "马骁");
    await page.fill("#amount", "10");
    await page.click("#save");
    await page.locator("#confirm-over").waitFor();
    expect(await text(page, "#confirm-over-text")).toBe("马骁 目前尚欠罚款 ¥0.00，这次登记 ¥10.00，多出 ¥10.00：金额是否写错？如果没错，请点“仍然保存”");
    expect(await focused(page)).toBe("confirm-save");
    expect(server.values(ACCOUNTS)).toHaveLength(19);
    await page.click("#confirm-save");
    await page.locator("#result.ok").waitFor();
    expect(server.values(ACCOUNTS)[19].slice(2, 5)).toEqual(["罚款缴纳", 10, "马骁"]);
    expect(server.calls.filter((c) => c.fn === "saveAccount")).toHaveLength(2);
  });

  test("paid back: only that row's two cells; someone else's pay-back first is said, and the list read again", async () => {
    const { page, server } = await open();
    expect(await card(page, "黄诗涵").innerText()).toContain("2026-11-02 · 社团文化节 · 展板租赁 4 块");
    expect(await card(page, "黄诗涵").locator("button.pay").getAttribute("aria-label")).toBe("已还款：黄诗涵 2026-11-02 ¥320.00");
    const before = server.values(ACCOUNTS);
    await card(page, "黄诗涵").locator("button.pay").click();
    await page.locator("#owed-result.ok").waitFor();
    expect(await text(page, "#owed-result")).toMatch(/^已记录：黄诗涵 的 ¥320.00 已于 \d{4}-\d{2}-\d{2} 报销（“收支”第 12 行）。$/);
    expect(await focused(page)).toBe("owed-result");
    const after = server.values(ACCOUNTS);
    expect(after[11][7]).toBe("已报销");
    expect(after.map((r, i) => (i === 11 ? [...r.slice(0, 7), r[9]] : r))).toEqual(before.map((r, i) => (i === 11 ? [...r.slice(0, 7), r[9]] : r)));
    expect(await cards(page)).toEqual([["吴佳琪", "¥95.80"]]);

    // Meanwhile another officer paid 吴佳琪 back.
    server.fn.payBackExpense({ row: 17, date: "2026-11-14", member: "吴佳琪", amount: 9580, item: "摊位桌布、胶带" });
    await card(page, "吴佳琪").locator("button.pay").click();
    await page.locator("#owed-result.error").waitFor();
    expect(await text(page, "#owed-result")).toMatch(/^吴佳琪 2026-11-14 的这笔支出（摊位桌布、胶带，¥95.80）已经报销/);
    expect(await cards(page)).toEqual([]);
    expect(await page.locator("#owed-empty").isVisible()).toBe(true);
    expect(server.calls.map((c) => c.fn)).toEqual(["sidebarAccountsData", "payBackExpense", "payBackExpense", "sidebarAccountsData"]);
  });

  test("fits the 300 px sidebar and has no serious accessibility violations; the zh screenshot", async () => {
    const { page } = await open();
    expect(await axeSerious(page)).toEqual([]);
    await page.click("#save");
    expect(await axeSerious(page)).toEqual([]);
    await fillExpense(page);
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    // The README's picture: the form filled in as a member would, before saving (no earlier refusal on it).
    const { page: shown } = await open();
    await fillExpense(shown);
    await shown.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    expect(await shown.locator("#result").isHidden()).toBe(true);
    await shown.screenshot({ path: join(SCREENSHOTS, "accounts-zh.png"), fullPage: true });
  });
});
