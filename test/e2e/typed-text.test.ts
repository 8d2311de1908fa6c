/**
 * Names and notes that look like numbers, percentages or dates: Sheets would turn `1,234` into
 * 1234, `15%` into 0.15, `3/4` into a date and `00123` into 123 if the add-on wrote them as typed
 * text. Recorded through the sidebars, logged, reported and handed over, each must come back
 * exactly as the user typed it.
 */
import { runFromPage } from "../../src/local/runtime";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { type Addon, addon, values } from "./addon";

const run = (a: Addon, name: string, ...args: unknown[]) => runFromPage(a.runtime, name, ...args) as any;

/**
 * The sample department, plus a member named 15% in group 3/4 (typed with an apostrophe, so the
 * sheet holds them as text) and an event named after its date.
 */
function department() {
  const tabs = sampleTabs();
  const rows = (name: string) => tabs.find((t) => t.name === name)!.rows;
  rows("成员").push(["'15%", "'3/4", "干事", "在部", "'00123", ""]);
  rows("活动").push(["'2026-11-04", new Date("2026-11-20T00:00:00+08:00"), "'15%", 5000, 300, "'3/4"]);
  return tabs;
}

const sponsorship = {
  sponsor: "1,234",
  addSponsor: true,
  category: "00123",
  owner: "15%",
  event: "2026-11-04",
  members: ["陈思远"],
  weights: [""],
  cash: "1,000",
  items: "3/4",
  inKind: "",
  status: "received",
  date: "2026-11-05",
  notes: "3/4",
};

/** Every text cell of a tab, to find what the user typed among them. */
const texts = (a: Addon, tab: string) =>
  values(a.book, tab)
    .flat()
    .filter((v): v is string => typeof v === "string");
const last = (a: Addon, tab: string) => values(a.book, tab).slice(-1)[0];

/** A sponsorship from a new sponsor, a contact logged by member 15%, and a check-in, all through the sidebars. */
function recorded(): Addon {
  const a = addon(department(), { locale: "zh_CN" });
  expect(run(a, "saveSponsorship", sponsorship)).toMatchObject({ ok: true, sponsorAdded: true });
  expect(run(a, "setFollowUpsMember", { name: "15%" })).toMatchObject({ ok: true });
  const contact = { sponsor: "1,234", date: "2026-11-06", channel: "00123", note: "3/4", stage: "negotiating", next: "2026-11-20", clearNext: false };
  expect(run(a, "saveContact", contact)).toMatchObject({ ok: true });
  expect(run(a, "saveCheckIn", { date: "2026-11-25", marks: [{ name: "15%", status: "late" }], confirmed: [] })).toMatchObject({ ok: true });
  return a;
}

describe("text that looks like a number or a date stays as typed", () => {
  test("in the ledger row and the sponsor row the record sidebar writes", () => {
    const a = recorded();
    const row = last(a, "赞助记录");
    expect(row.slice(1, 6)).toEqual(["1,234", "2026-11-04", "陈思远", 1000, "3/4"]);
    expect(row[10]).toBe("3/4");
    expect(last(a, "赞助商").slice(0, 2)).toEqual(["1,234", "00123"]);
    expect(last(a, "赞助商")[5]).toBe("15%");
  });

  test("in the contact log, the attendance grid and the log", () => {
    const a = recorded();
    expect(last(a, "联系记录").slice(1)).toEqual(["1,234", "15%", "00123", "3/4"]);
    expect(last(a, "考勤").slice(0, 2)).toEqual(["15%", "3/4"]);
    const log = values(a.book, "日志").slice(1);
    expect(log.map((l) => l[4])).toEqual([expect.any(String), String(sampleFacts.sponsors + 2), "5", String(sampleFacts.sponsors + 2), "N: 17"]);
    expect(log.every((l) => typeof l[3] === "string" && typeof l[4] === "string")).toBe(true);
  });

  test("in the monthly report and the hand-over", () => {
    const a = recorded();
    const report = a.fn.generateMonthlyReport({ month: "2026-11" });
    const reportTexts = texts(a, report.tab);
    for (const typed of ["15%", "3/4", "2026-11-04", "1,234"]) expect(reportTexts).toContain(typed);

    const handover = a.fn.exportHandover({ year: "2026" });
    const handed = texts(a, handover.tab);
    for (const typed of ["1,234", "15%", "00123", "2026-11-04"]) expect(handed).toContain(typed);
  });

  test("a department name that looks like a number is kept by Settings", () => {
    const a = addon(department(), { locale: "zh_CN" });
    const base = run(a, "sidebarSettingsData").form;
    expect(run(a, "saveSettings", { ...base, department: "2026", base })).toMatchObject({ ok: true });
    const row = values(a.book, "设置").find((r) => r[0] === "部门名称");
    expect(row?.[1]).toBe("2026");
  });
});
