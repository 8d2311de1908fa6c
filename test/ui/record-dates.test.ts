/** 登记赞助: a sponsorship dated after today or long before the term is asked about before it is written. */
import { sampleTabs } from "../../src/local/sample/workbook";
import { NEXT_LEDGER_ROW } from "../support/sample-ledger";
import { addon, day, logLines, rowsOf, run, values } from "./helpers";

const LEDGER = "赞助记录";
const form = (date: string, over: Record<string, unknown> = {}) => ({
  sponsor: "博文书店",
  addSponsor: true,
  category: "",
  owner: "",
  event: "社团文化节",
  members: ["李欣怡"],
  weights: [""],
  cash: "600",
  items: "",
  inKind: "",
  status: "received",
  date,
  notes: "",
  ...over,
});
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400e3).toISOString().slice(0, 10);

function withoutTermStart() {
  const tabs = sampleTabs();
  rowsOf(tabs, "设置").find((r) => r[0] === "学期开始")![1] = "";
  return tabs;
}

describe("a sponsorship dated after today", () => {
  test("is not written until the user confirms that very date; then it lands with it", () => {
    const a = addon();
    const today = run(a, "sidebarRecordData").today as string;
    const tomorrow = shift(today, 1);
    const before = values(a, LEDGER);

    const asked = run(a, "saveSponsorship", form(tomorrow));
    const question = `日期 ${tomorrow} 晚于今天（${today}）：这笔赞助还没有发生？如果日期没错，请点“仍然保存”`;
    expect(asked).toEqual({ ok: false, confirm: "date", date: tomorrow, error: question, fields: { date: question } });
    expect(values(a, LEDGER)).toEqual(before);
    expect(logLines(a)).toEqual([]);

    // A confirmation of another date does not count: the user never saw a question about this one.
    expect(run(a, "saveSponsorship", { ...form(tomorrow), confirmDate: today })).toMatchObject({ ok: false, confirm: "date", date: tomorrow });
    expect(values(a, LEDGER)).toEqual(before);

    const saved = run(a, "saveSponsorship", { ...form(tomorrow), confirmDate: tomorrow });
    expect(saved).toMatchObject({ ok: true, row: NEXT_LEDGER_ROW });
    expect(values(a, LEDGER)[NEXT_LEDGER_ROW - 1].slice(0, 5).map(day)).toEqual([tomorrow, "博文书店", "社团文化节", "李欣怡", 600]);
  });

  test("asks in the user's language", () => {
    const a = addon(sampleTabs(), "zh_CN", { userLocale: "en" });
    const today = run(a, "sidebarRecordData").today as string;
    const later = shift(today, 40);
    expect(run(a, "saveSponsorship", form(later)).error).toBe(
      `The date ${later} is after today (${today}): has this sponsorship happened yet? If the date is right, choose "Save anyway"`,
    );
  });

  test("an entry with mistakes gets its field errors first, not the date question", () => {
    const a = addon();
    const tomorrow = shift(run(a, "sidebarRecordData").today, 1);
    const r = run(a, "saveSponsorship", form(tomorrow, { cash: "两千" }));
    expect(r.confirm).toBeUndefined();
    expect(Object.keys(r.fields)).toEqual(["cash"]);
  });
});

describe("a sponsorship dated long ago", () => {
  test("before Settings' term start (2026-09-01) is asked about; the first day of the term and today are not", () => {
    const a = addon(sampleTabs(), "zh_CN", { userLocale: "en" });
    const today = run(a, "sidebarRecordData").today as string;
    expect(run(a, "sidebarRecordData").termStart).toBe("2026-09-01");
    expect(run(a, "saveSponsorship", form("2026-08-31"))).toMatchObject({
      ok: false,
      confirm: "date",
      date: "2026-08-31",
      error: 'The date 2026-08-31 is before the term started (2026-09-01, in Settings): is the year right? If the date is right, choose "Save anyway"',
    });
    // Typed the way members type dates: the question names the date as the ledger will hold it.
    expect(run(a, "saveSponsorship", form("2025/11/2")).date).toBe("2025-11-02");
    expect(run(a, "saveSponsorship", form("2026-09-01")).ok).toBe(true);
    expect(run(a, "saveSponsorship", form(today)).ok).toBe(true);
    expect(run(a, "saveSponsorship", { ...form("2026-08-31"), confirmDate: "2026-08-31" }).ok).toBe(true);
    expect(
      values(a, LEDGER)
        .slice(NEXT_LEDGER_ROW - 1)
        .map((r) => day(r[0])),
    ).toEqual(["2026-09-01", today, "2026-08-31"]);
  });

  test("without a term start, more than a year back is asked about; a year ago to the day is not", () => {
    const a = addon(withoutTermStart());
    const data = run(a, "sidebarRecordData");
    expect(data.termStart).toBeNull();
    const yearAgo = `${Number(data.today.slice(0, 4)) - 1}${data.today.slice(4)}`;
    const older = shift(yearAgo, -1);
    expect(run(a, "saveSponsorship", form(older))).toMatchObject({
      ok: false,
      confirm: "date",
      error: `日期 ${older} 是一年多以前（早于 ${yearAgo}）：年份是否写错？如果日期没错，请点“仍然保存”`,
    });
    expect(run(a, "saveSponsorship", form(yearAgo)).ok).toBe(true);
  });
});
