import { previewRenewals, startRenewalSeason, startRenewals } from "../../src/app/start-renewals";
import { context } from "../../src/sheets/workbook";
import { d, day, formulas, logLines, sheetWith, snapshot, today, values } from "../support/apps-script";

const SPONSORS = ["赞助商", "负责人", "阶段", "下次跟进", "备注", "续约"];
const LEDGER = ["日期", "赞助商", "活动", "经办人", "现金", "物资估值", "状态"];

/** Last season (2025-09-01 … 2026-08-31): 新华书店, 博文书店, 一点点, 老街麻辣烫, 招商银行 (declined since). */
function department(opts: { settings?: (string | Date)[][]; sponsors?: string[] } = {}) {
  today("2026-09-01");
  const header = opts.sponsors ?? SPONSORS;
  const row = (r: unknown[]) => r.slice(0, header.length) as (string | Date)[];
  return sheetWith([
    { name: "成员", rows: [["姓名"], ["陈思远"], ["李欣怡"]] },
    { name: "活动", rows: [["活动"], ["迎新晚会"], ["元旦晚会"]] },
    {
      name: "赞助商",
      rows: [
        header,
        row(["新华书店", "陈思远", "长期合作", d("2026-09-20"), "", ""]), // the owner already set a date
        row(["博文书店", "李欣怡", "已签约", "", "", "老板说九月再谈"]), // the owner's own note
        row(["墨香书屋", "李欣怡", "潜在", "", "", ""]), // not last season's
        row(["一点点", "陈思远", "已签约", "", "", "【续约】2025-09-01 起：上季 ¥200"]), // last year's note of the add-on's
        row(["老街麻辣烫", "陈思远", "已签约", "下周再说", "", ""]), // an unreadable date the owner typed
        row(["招商银行", "李欣怡", "已拒绝", "", "", ""]),
      ],
    },
    {
      name: "赞助记录",
      rows: [
        LEDGER,
        [d("2025-10-12"), "新华书店", "迎新晚会", "陈思远", 1500, "", "已到账"],
        [d("2025-11-20"), "博文书店", "", "李欣怡", 400, "", "已到账"],
        [d("2025-12-01"), "一点点", "元旦晚会", "陈思远", 300, "", "已到账"],
        [d("2026-03-01"), "老街麻辣烫", "", "陈思远", "", 200, "已到账"],
        [d("2026-04-01"), "招商银行", "", "李欣怡", 5000, "", "已到账"],
        [d("2026-05-01"), "墨香书屋", "", "李欣怡", 800, "", "意向"],
      ],
    },
    { name: "设置", rows: [["项目", "值", "说明"], ["佣金比例", 0.15, ""], ...(opts.settings ?? [])] },
  ]);
}

const col = (rt: ReturnType<typeof department>, c: number) =>
  values(rt, "赞助商")
    .slice(1)
    .map((r) => day(r[c]));

describe("开始续约 on the sheet", () => {
  test("last season's sponsors get the date where empty and the note where empty or the add-on's own", () => {
    const rt = department();
    expect(previewRenewals(context(), "2026-09-01")).toEqual({ start: "2026-09-01", sponsors: 4, followUps: 2, notes: 3, season: true, written: false });
    const run = startRenewals(context(), "2026-09-01");
    expect(run).toMatchObject({ sponsors: 4, followUps: 2, notes: 3, season: true, written: true });
    expect(col(rt, 3)).toEqual(["2026-09-20", "2026-09-01", "", "2026-09-01", "下周再说", ""]);
    expect(col(rt, 5)).toEqual([
      "【续约】2026-09-01 起：上季 ¥1,500（迎新晚会）",
      "老板说九月再谈",
      "",
      "【续约】2026-09-01 起：上季 ¥300（元旦晚会）",
      "【续约】2026-09-01 起：上季 ¥200",
      "",
    ]);
    const settings = values(rt, "设置");
    expect(settings[2][0]).toBe("续约季开始");
    expect(day(settings[2][1])).toBe("2026-09-01");
    expect(logLines(rt).map((l) => [l[1], l[2], l[3]])).toEqual([
      ["开始续约", "赞助商", "2026-09-01 · 2-3, 5-6"],
      ["开始续约", "设置", "2026-09-01 · 3"],
    ]);
  });

  test("a second run writes nothing at all", () => {
    const rt = department();
    startRenewals(context(), "2026-09-01");
    const before = snapshot(rt);
    rt.resetStats();
    expect(startRenewals(context(), "2026-09-01")).toMatchObject({ followUps: 0, notes: 0, season: false, written: false });
    expect(rt.stats.writes).toBe(0);
    expect(snapshot(rt)).toEqual(before);
  });

  test("a formula in the block between two written rows stays a formula", () => {
    const rt = department();
    rt.book.getSheetByName("赞助商")!.getRange("D4").setFormula('=""');
    startRenewals(context(), "2026-09-01");
    expect(formulas(rt, "赞助商")[3][3]).toBe('=""');
    expect(col(rt, 3)[4]).toBe("下周再说");
  });

  test("an existing 续约季开始 row is updated in place, a later season replaces the add-on's notes", () => {
    const rt = department({ settings: [["续约季开始", d("2025-09-01"), "说明"]] });
    startRenewals(context(), "2026-09-01");
    const settings = values(rt, "设置");
    expect(settings).toHaveLength(3);
    expect(day(settings[2][1])).toBe("2026-09-01");
    expect(settings[2][2]).toBe("说明");
  });

  test("in an English sheet the note is English", () => {
    const rt = department();
    startRenewals({ ...context(), lang: "en" }, "2026-09-01");
    expect(col(rt, 5)[0]).toBe("[Renewal] from 2026-09-01: last season ¥1,500 (迎新晚会)");
  });

  test("without the 续约 column it refuses, naming the column, and writes nothing", () => {
    const rt = department({ sponsors: SPONSORS.slice(0, 5) });
    const before = snapshot(rt);
    expect(() => startRenewals(context(), "2026-09-01")).toThrow(/续约/);
    expect(snapshot(rt)).toEqual(before);
  });

  test("startRenewalSeason: preview, then the writes; a bad date is refused", () => {
    department();
    expect(startRenewalSeason({ start: "2026-09-01", preview: true })).toMatchObject({ written: false, notes: 3 });
    expect(startRenewalSeason({ start: "2026-09-01" })).toMatchObject({ written: true, notes: 3 });
    expect(() => startRenewalSeason({ start: "2026-02-30" })).toThrow();
  });
});
