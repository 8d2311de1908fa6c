import { runRecap, sponsorRecap } from "../../src/app/recap";
import { sampleTabs } from "../../src/local/sample/workbook";
import { context } from "../../src/sheets/workbook";
import { d, sheetWith, snapshot, today } from "../support/apps-script";

describe("runRecap on the sample workbook", () => {
  test("博文书店: four received rows by hand (last season's too), its one benefit, the department's name; nothing written", () => {
    today("2026-11-30");
    const rt = sheetWith(sampleTabs());
    const before = snapshot(rt);
    const run = runRecap(context(), "博文书店", null);
    expect(run.lang).toBe("zh");
    const r = run.recap;
    expect(r.department).toBe("XX大学学生会外联部");
    expect(r.today).toBe("2026-11-30");
    // Last season's gift first (the recap covers every date), then this season's.
    expect(r.received.map((g) => [g.date, g.event, g.cash, g.goods, g.goodsValue])).toEqual([
      ["2025-11-20", "", 40000, "", 0],
      ["2026-09-19", "考研经验讲座", 60000, "笔记本 50 本", 25000],
      ["2026-10-21", "新生辩论赛", 50050, "", 0],
      ["2026-11-21", "志愿服务周", 20000, "图书 20 本", 40000],
    ]);
    expect(r.received.map((g) => g.eventDate)).toEqual([null, "2026-10-15", "2026-11-07", "2026-11-30"]);
    expect(r.pledged).toEqual([]);
    expect(r.totals).toEqual({ cash: 170050, goodsValue: 65000 });
    expect(r.benefits.map((b) => [b.event, b.promised, b.due, b.status, b.proof])).toEqual([
      ["新生辩论赛", "决赛现场摆放书店展架", "2026-11-07", "done", "照片"],
    ]);
    expect(run.html).toContain("XX大学学生会外联部<br>2026-11-30");
    expect(snapshot(rt)).toEqual(before);
    expect(rt.stats.writes).toBe(0);
  });

  test("one event in English", () => {
    today("2026-11-30");
    sheetWith(sampleTabs());
    const run = sponsorRecap({ sponsor: "博文书店", event: "新生辩论赛", lang: "en", today: "2026-12-01" });
    expect(run.event).toBe("新生辩论赛");
    expect(run.recap.received.map((g) => g.cash)).toEqual([50050]);
    expect(run.html).toContain('<html lang="en">');
    expect(run.html).toContain("Event: 新生辩论赛 (2026-11-07)");
    expect(run.html).toContain("<br>2026-12-01</p>");
  });

  test("one event: last season's gift to last year's 迎新晚会 is not this one's, and shows no date of this one", () => {
    today("2026-11-30");
    sheetWith(sampleTabs());
    const one = sponsorRecap({ sponsor: "新华书店(大学路店)", event: "迎新晚会" });
    expect(one.recap.received.map((g) => [g.date, g.cash, g.eventDate])).toEqual([["2026-09-07", 200000, "2026-09-26"]]);
    const all = sponsorRecap({ sponsor: "新华书店(大学路店)" });
    expect(all.recap.received.map((g) => [g.date, g.event, g.eventDate])).toEqual([
      ["2025-10-12", "迎新晚会", null],
      ["2026-09-07", "迎新晚会", "2026-09-26"],
      ["2026-10-28", "新生辩论赛", "2026-11-07"],
    ]);
  });

  test("bad options and unknown names are said", () => {
    today("2026-11-30");
    sheetWith(sampleTabs());
    expect(() => sponsorRecap({ sponsor: "" })).toThrow(/请求无效/);
    expect(() => sponsorRecap({ sponsor: "博文书店", today: "2026-02-30" })).toThrow(/must be a day/);
    expect(() => sponsorRecap({ sponsor: "博文书屋" })).toThrow("赞助商表中没有“博文书屋”，是否是“博文书店”？");
  });

  test("no ledger tab is said, not an empty page", () => {
    today("2026-11-30");
    sheetWith([{ name: "赞助商", rows: [["名称"], ["博文书店"]] }]);
    expect(() => runRecap(context(), "博文书店", null)).toThrow("找不到“赞助记录”工作表");
  });

  test("its Sheets calls do not grow with the rows", () => {
    today("2026-11-30");
    const calls = (n: number) => {
      const tabs = sampleTabs();
      const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
      const benefits = tabs.find((t) => t.name === "赞助回报")!.rows;
      for (let i = 0; i < n; i++) {
        ledger.push([d("2026-11-22"), "博文书店", "志愿服务周", "郑宇轩", 1, "", "", "已到账", "", "", ""]);
        benefits.push(["博文书店", "志愿服务周", `鸣谢 ${i}`, d("2026-12-01"), "郑宇轩", "待办", ""]);
      }
      const rt = sheetWith(tabs);
      rt.resetStats();
      const run = runRecap(context(), "博文书店", null);
      expect(run.recap.benefits).toHaveLength(n + 1);
      return [rt.stats.reads, rt.stats.writes, rt.stats.total];
    };
    const few = calls(10);
    expect(calls(2000)).toEqual(few);
    expect(few[1]).toBe(0);
  });
});
