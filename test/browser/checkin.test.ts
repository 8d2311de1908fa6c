/** 例会签到 in Chromium, with google.script.run answered by the bundle on the local runtime. */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { d, rowsOf } from "../ui/helpers";
import { axeSerious, Browser, describeBrowser, pageErrors, SCREENSHOTS, Server, SIDEBAR_WIDTH } from "./harness";

const XSS = "<img src=x onerror=alert(1)>";

function open(browser: Browser, server = new Server()) {
  return browser.openSidebar(server, "showCheckIn", { selector: "#form", state: "visible" });
}

async function meeting(page: Page, date: string): Promise<void> {
  await page.fill("#date", date);
  await page.locator(`#column-note`).waitFor();
  await page.waitForFunction((d) => (document.getElementById("date") as HTMLInputElement).value === d && !document.body.hasAttribute("aria-busy"), date);
  await page.waitForFunction(() => document.querySelectorAll("fieldset.member").length > 0);
}

/** Taps a member's status button (the visible label of the radio). */
const tap = (page: Page, name: string, label: string) => page.click(`fieldset.member[data-name="${name}"] label:text-is("${label}")`);
const checked = (page: Page, name: string) =>
  page.$eval(`fieldset.member[data-name="${name}"]`, (f) => (f.querySelector("input:checked") as HTMLInputElement | null)?.value ?? null);
const text = (page: Page, sel: string) => page.locator(sel).innerText();

describeBrowser("例会签到 / Meeting check-in sidebar", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await Browser.launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a new meeting: one tap for the exceptions, mark the rest present, save creates the column", async () => {
    const { page, server } = await open(browser);
    expect(server.calls[0]).toEqual({ fn: "sidebarCheckInData", args: [{}] });
    await meeting(page, "2026-11-25");
    await page.waitForFunction(() => document.getElementById("column-note")!.textContent!.includes("新的例会"));
    expect(await page.locator("section.team h2").allInnerTexts()).toEqual(["一组", "二组", "三组"]);
    expect(await page.locator("fieldset.member").count()).toBe(14);
    await tap(page, "赵一鸣", "迟到");
    await tap(page, "马骁", "未批假");
    await tap(page, "刘雨桐", "请假");
    expect(await text(page, "#counts")).toBe("迟到 1 · 请假 1 · 未批假 1 · 未选 11");
    await page.click("#rest-present");
    expect(await text(page, "#counts")).toBe("出席 11 · 迟到 1 · 请假 1 · 未批假 1");
    expect(await checked(page, "赵一鸣")).toBe("late");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已保存 14 人的签到到“考勤” N 列。 已新建这次例会的列。");
    const save = server.calls.find((c) => c.fn === "saveCheckIn")!;
    expect(save.args[0]).toMatchObject({ date: "2026-11-25", confirmed: [] });
    expect((save.args[0] as { marks: unknown[] }).marks).toHaveLength(14);
    const grid = server.values("考勤");
    expect(grid.find((r) => r[0] === "赵一鸣")![13]).toBe("迟到");
    expect(grid.find((r) => r[0] === "刘雨桐")![13]).toBe("请假");
    expect(grid.find((r) => r[0] === "陈思远")![13]).toBe("出席");
    // Reloaded from the sheet: the page now shows the column as existing.
    expect(await text(page, "#column-note")).toContain("N 列");
    expect(pageErrors(page)).toEqual([]);
  });

  test("an existing meeting shows what was entered, and asks before replacing someone's entry", async () => {
    const { page, server } = await open(browser);
    await meeting(page, "2026-11-18");
    expect(await text(page, "#column-note")).toContain("M 列");
    expect(await checked(page, "陈思远")).toBe("present");
    expect(await text(page, `fieldset.member[data-name="许梦瑶"] .entered`)).toBe("已填：病假?");
    expect(await checked(page, "许梦瑶")).toBeNull();
    await tap(page, "赵一鸣", "迟到");
    await tap(page, "许梦瑶", "请假");
    await page.click("#save");
    await page.locator("#conflicts").waitFor({ state: "visible" });
    expect(await page.locator("#conflict-list li").allInnerTexts()).toEqual(["赵一鸣：出席 → 迟到", "许梦瑶：病假? → 请假（已批准）"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("replace");
    expect(server.values("考勤").find((r) => r[0] === "赵一鸣")![12]).toBe("出席");

    await page.click("#keep");
    await page.locator("#result").waitFor({ state: "visible" });
    expect(await text(page, "#result")).toBe("没有需要保存的更改。");
    await tap(page, "赵一鸣", "迟到");
    await page.click("#save");
    await page.locator("#conflicts").waitFor({ state: "visible" });
    await page.click("#replace");
    await page.locator("#result.ok").waitFor();
    expect(await text(page, "#result")).toBe("已保存 1 人的签到到“考勤” M 列。");
    expect(server.values("考勤").find((r) => r[0] === "赵一鸣")![12]).toBe("迟到");
    expect(server.values("考勤").find((r) => r[0] === "许梦瑶")![12]).toBe("病假?");
    const saves = server.calls.filter((c) => c.fn === "saveCheckIn").map((c) => c.args[0]);
    expect(saves[saves.length - 1]).toEqual({
      date: "2026-11-18",
      marks: [{ name: "赵一鸣", status: "late" }],
      confirmed: [{ name: "赵一鸣", current: "出席" }],
    });
  });

  test("leave from the 请假 tab: shown by the name; approved pre-fills 请假, pending or refused 未批假 unless the member came", async () => {
    const tabs = sampleTabs();
    tabs.push({
      name: "请假",
      rows: [
        ["提交时间", "姓名", "例会日期", "原因", "状态"],
        [d("2026-11-24"), "刘雨桐", d("2026-11-25"), "参加学院比赛", "已批准"],
        [d("2026-11-24"), "马骁", d("2026-11-25"), "想休息", "已驳回"],
        [d("2026-11-25"), "吴佳琪", d("2026-11-25"), "发烧", "待审批"],
      ],
    });
    const { page, server } = await open(browser, new Server(workbookFromTabs(tabs, { locale: "zh_CN" })));
    await meeting(page, "2026-11-25");
    const note = (name: string) => text(page, `fieldset.member[data-name="${name}"] p.leave`);
    expect(await note("刘雨桐")).toBe("已批准请假（参加学院比赛）");
    expect(await note("马骁")).toBe("请假未获批准：除非到会，按未批假计（想休息）");
    expect(await note("吴佳琪")).toBe("请假待审批：除非到会，按未批假计（发烧）");
    expect(await page.locator(`fieldset.member[data-name="陈思远"] p.leave`).count()).toBe(0);
    expect([await checked(page, "刘雨桐"), await checked(page, "马骁"), await checked(page, "吴佳琪")]).toEqual(["excused", "unapproved", "unapproved"]);
    expect(await text(page, "#counts")).toBe("请假 1 · 未批假 2 · 未选 11");
    // 吴佳琪 came after all; the rest are marked present, which leaves the suggestions as they are.
    await tap(page, "吴佳琪", "出席");
    await page.click("#rest-present");
    expect(await text(page, "#counts")).toBe("出席 12 · 请假 1 · 未批假 1");
    await page.click("#save");
    await page.locator("#result.ok").waitFor();
    const grid = server.values("考勤");
    const cell = (name: string) => grid.find((r) => r[0] === name)![13];
    expect([cell("刘雨桐"), cell("马骁"), cell("吴佳琪"), cell("陈思远")]).toEqual(["请假", "未批假", "出席", "出席"]);
    // A status already in the grid is never overridden by a suggestion.
    await meeting(page, "2026-11-18");
    expect(await checked(page, "陈思远")).toBe("present");
  });

  test("keyboard: Tab reaches each member, arrow keys move between statuses, Enter saves", async () => {
    const { page, server } = await open(browser);
    await meeting(page, "2026-12-02");
    await page.focus(`fieldset.member[data-name="陈思远"] input[value=present]`);
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    expect(await checked(page, "陈思远")).toBe("late");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    expect(await checked(page, "王浩然")).toBe("present");
    await page.keyboard.press("Enter");
    await page.locator("#result.ok").waitFor();
    const grid = server.values("考勤");
    expect([grid[1][13], grid[4][13]]).toEqual(["迟到", "出席"]);
  });

  test("a busy state while saving, and a double click saves once; nothing tapped is no call at all", async () => {
    const { page, server } = await open(browser);
    await meeting(page, "2026-12-09");
    await page.click("#save");
    expect(await text(page, "#result")).toBe("还没有为任何成员选择考勤状态");
    expect(server.calls.filter((c) => c.fn === "saveCheckIn")).toHaveLength(0);
    await page.click("#rest-present");
    const release = server.hold();
    await page.dblclick("#save");
    await page.locator("#save.busy").waitFor();
    expect(await page.isDisabled("#save")).toBe(true);
    expect(await page.isDisabled(`fieldset.member[data-name="陈思远"] input[value=late]`)).toBe(true);
    release();
    await page.locator("#result.ok").waitFor();
    expect(server.calls.filter((c) => c.fn === "saveCheckIn")).toHaveLength(1);
  });

  test("names and entries that look like markup are text; no serious accessibility violations; fits 300 px; the zh screenshot", async () => {
    const tabs = sampleTabs();
    rowsOf(tabs, "成员").push([XSS, "三组", "干事", "在部", "", ""]);
    rowsOf(tabs, "考勤").push([XSS, "三组", "", "", "", "", "", "", "", "", "", "", "<script>alert(2)</script>"]);
    const { page, dialogs } = await open(browser, new Server(workbookFromTabs(tabs, { locale: "zh_CN" })));
    await meeting(page, "2026-11-18");
    expect(await text(page, `fieldset.member[data-name="${XSS}"] legend span:first-child`)).toBe(XSS);
    expect(await text(page, `fieldset.member[data-name="${XSS}"] .entered`)).toBe("已填：<script>alert(2)</script>");
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await axeSerious(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SIDEBAR_WIDTH);

    const shot = await open(browser);
    await meeting(shot.page, "2026-11-25");
    await tap(shot.page, "赵一鸣", "迟到");
    await tap(shot.page, "刘雨桐", "请假");
    await tap(shot.page, "孙嘉豪", "早退");
    await shot.page.click("#rest-present");
    await tap(shot.page, "马骁", "缺席");
    await shot.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    expect(await axeSerious(shot.page)).toEqual([]);
    await shot.page.screenshot({ path: join(SCREENSHOTS, "checkin-zh.png") });
  });
});
