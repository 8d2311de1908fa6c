/** The sidebars from the menu: each opens its built page, titled in the reader's language. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pageFunctions, runFromPage } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon } from "./helpers";

const DIST = join(__dirname, "..", "..", "dist");
const PAGES = {
  record: "showRecordSponsorship",
  checkin: "showCheckIn",
  signins: "showSignins",
  leave: "showLeave",
  approvals: "showApprovals",
  followups: "showFollowUps",
  settings: "showSettings",
} as const;
const page = (name: string) => readFileSync(join(DIST, `${name}.html`), "utf8");
const htmlFiles = Object.fromEntries(Object.keys(PAGES).map((n) => [n, page(n)]));

describe("sidebars", () => {
  test("the menu offers record, check-in, leave, approvals and follow-ups first, settings after set-up", () => {
    const a = addon();
    a.fn.onOpen({ authMode: "FULL" });
    const items = a.runtime.ui.menus[0].items as { caption?: string; functionName?: string; separator?: boolean }[];
    const fns = items.map((i) => i.functionName ?? "—");
    // 记账 right after 登记赞助: both record money.
    expect(fns.slice(0, 3)).toEqual(["showRecordSponsorship", "showAccounts", "showCheckIn"]);
    const leave = fns.indexOf("showLeave");
    expect(leave).toBeGreaterThan(1);
    // Then what follows from the sponsors: the recap sent to one, the renewal season, the group's reminders.
    expect(fns.slice(leave, leave + 7)).toEqual(["showLeave", "showApprovals", "showFollowUps", "menuRecap", "menuRenewals", "menuReminders", "—"]);
    expect(fns.indexOf("showSettings")).toBe(fns.indexOf("menuSetup") + 1);
    expect(items.find((i) => i.functionName === "showCheckIn")?.caption).toBe("例会签到");
    // 导入签到 right after 例会签到: both write the meeting's column.
    expect(fns[fns.indexOf("showCheckIn") + 1]).toBe("showSignins");
    expect(items.find((i) => i.functionName === "showSignins")?.caption).toBe("导入签到");
    expect(items.find((i) => i.functionName === "showFollowUps")?.caption).toBe("我的跟进");
    expect(items.find((i) => i.functionName === "showLeave")?.caption).toBe("请假");
    expect(items.find((i) => i.functionName === "showApprovals")?.caption).toBe("审批");
  });

  test.each(Object.entries(PAGES))("%s opens its built page in the sidebar, titled in the reader's language", (name, fn) => {
    for (const [locale, title] of [
      ["zh-CN", { record: "登记赞助", checkin: "例会签到", signins: "导入签到", leave: "请假", approvals: "审批", followups: "我的跟进", settings: "设置" }],
      [
        "en",
        {
          record: "Record sponsorship",
          checkin: "Meeting check-in",
          signins: "Import sign-ins",
          leave: "Request leave",
          approvals: "Approvals",
          followups: "My follow-ups",
          settings: "Settings",
        },
      ],
    ] as const) {
      const a = addon(sampleTabs(), "zh_CN", { htmlFiles, userLocale: locale });
      a.fn[fn]();
      const shown = a.runtime.ui.shown("sidebar");
      expect(shown).toHaveLength(1);
      expect(shown[0].title).toBe(title[name as keyof typeof title]);
      expect(shown[0].html).toBe(page(name));
    }
  });

  test.each(Object.keys(PAGES))("%s.html is one self-contained file whose every server call is a function of the bundle", (name) => {
    const html = page(name);
    expect(html).not.toMatch(/<!-- (STYLE|SCRIPT) -->/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/i);
    const source = readFileSync(join(__dirname, "..", "..", "src", "ui", "pages", name, "client.ts"), "utf8");
    const calls = [...source.matchAll(/server\.(\w+)\(/g)].map((m) => m[1]);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    const a = addon();
    for (const fn of calls) {
      expect(typeof a.fn[fn]).toBe("function");
      // Minified, the typed client's call stays a property access by the function's own name.
      expect(html).toContain(`.${fn}(`);
    }
  });
});

describe("what a page can call", () => {
  test("the actions only the command line and tests use are not callable through google.script.run", () => {
    const a = addon();
    for (const name of ["generateMonthlyReport", "setupSheets", "checkData", "markCommissionsPaid", "memberStatement", "exportHandover", "runLocal_"]) {
      expect(() => runFromPage(a.runtime, name, {})).toThrow(`Script function not found: ${name}`);
    }
    // The command line still reaches them, through the bundle's private entry point.
    expect(a.fn.generateMonthlyReport({ month: "2026-10" }).report.month).toBe("2026-10");
    expect(pageFunctions(a.runtime)).toEqual(expect.arrayContaining(["saveSponsorship", "sidebarRecordData", "selfCheck"]));
  });
});
