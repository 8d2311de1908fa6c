/**
 * insertSheet makes the new tab active. A save that creates 日志 or 联系记录, and set-up creating
 * the tabs a department lacks, must leave the member on the tab they were on; only the monthly
 * report opens its own new tab, on purpose.
 */
import { runFromPage } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { type Addon, addon } from "./addon";

const run = (a: Addon, name: string, ...args: unknown[]) => runFromPage(a.runtime, name, ...args) as any;
const activeTab = (a: Addon) => a.book.getActiveSheet().getName();

/** The sample without 联系记录 (and, like every fresh sheet, without 日志), the member on 赞助商. */
function onSponsors(): Addon {
  const a = addon(
    sampleTabs().filter((t) => t.name !== "联系记录"),
    { locale: "zh_CN" },
    { user: "wanghaoran@example.edu" },
  );
  a.book.setActiveSheet(a.book.getSheetByName("赞助商")!);
  return a;
}

const sponsorship = {
  sponsor: "博文书店",
  addSponsor: false,
  category: "",
  owner: "",
  event: "社团文化节",
  members: ["王浩然"],
  weights: [""],
  cash: "500",
  items: "",
  inKind: "",
  status: "received",
  date: "2026-11-23",
  notes: "",
};

describe("the member stays on their tab", () => {
  test("a sponsorship saved from the sidebar creates 日志; the member stays on 赞助商", () => {
    const a = onSponsors();
    expect(a.book.getSheetByName("日志")).toBeNull();
    expect(run(a, "saveSponsorship", sponsorship)).toMatchObject({ ok: true });
    expect(a.book.getSheetByName("日志")).not.toBeNull();
    expect(activeTab(a)).toBe("赞助商");
  });

  test("a contact logged from My follow-ups creates 联系记录 and 日志, and the member stays on 赞助商", () => {
    const a = onSponsors();
    expect(run(a, "setFollowUpsMember", { name: "王浩然" })).toMatchObject({ ok: true });
    const contact = { sponsor: "川味小厨", date: "2026-11-23", channel: "面谈", note: "先签协议", stage: "signed", next: "2026-12-01", clearNext: false };
    expect(run(a, "saveContact", contact)).toMatchObject({ ok: true, sheet: "联系记录" });
    expect(activeTab(a)).toBe("赞助商");
  });

  test("check-in and settings saves leave the member where they were", () => {
    const a = onSponsors();
    const marks = [{ name: "王浩然", status: "late" }];
    expect(run(a, "saveCheckIn", { date: "2026-11-25", marks, confirmed: [] })).toMatchObject({ ok: true });
    expect(activeTab(a)).toBe("赞助商");
    const base = run(a, "sidebarSettingsData").form;
    expect(run(a, "saveSettings", { ...base, absentFee: "30", base })).toMatchObject({ ok: true });
    expect(activeTab(a)).toBe("赞助商");
  });

  test("set-up creating every missing tab leaves the member on theirs", () => {
    const a = addon(
      [
        { name: "我的草稿", rows: [["随手记"]] },
        {
          name: "成员",
          rows: [
            ["姓名", "小组"],
            ["张伟", "一组"],
          ],
        },
      ],
      { locale: "zh_CN" },
    );
    a.book.setActiveSheet(a.book.getSheetByName("我的草稿")!);
    a.fn.setupSheets();
    expect(a.book.getSheets().length).toBeGreaterThan(5);
    expect(activeTab(a)).toBe("我的草稿");
  });

  test("the monthly report, asked for on purpose, opens its new tab", () => {
    const a = onSponsors();
    const r = a.fn.generateMonthlyReport({ month: "2026-11" });
    expect(activeTab(a)).toBe(r.tab);
  });
});
