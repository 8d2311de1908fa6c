import { saveSponsorship, sidebarRecordData } from "../../src/app/record-sponsorship";
import { d, day, logLines, sheetWith, today, values } from "../support/apps-script";

const LEDGER = ["日期", "赞助商", "活动", "经办人", "现金", "物资", "物资估值", "状态", "备注"];

function department(extra: { name: string; rows: unknown[][] }[] = [], userLocale?: string) {
  today("2026-11-23");
  return sheetWith(
    [
      {
        name: "成员",
        rows: [
          ["姓名", "小组", "状态"],
          ["王浩然", "一组", ""],
          ["李欣怡", "一组", ""],
          ["周晓雯", "二组", "离部"],
        ],
      },
      {
        name: "赞助商",
        rows: [
          ["赞助商", "类别", "负责人", "阶段", "最近联系"],
          ["博文书店", "书店", "李欣怡", "已签约", ""],
        ],
      },
      { name: "活动", rows: [["活动"], ["社团文化节"]] },
      { name: "赞助记录", rows: [LEDGER, [d("2026-11-02"), "博文书店", "社团文化节", "李欣怡", 500, "", "", "已到账", ""]] },
      {
        name: "设置",
        rows: [
          ["项目", "值"],
          ["学期开始", d("2026-09-01")],
        ],
      },
      ...(extra as never[]),
    ],
    {},
    userLocale ? { userLocale } : {},
  );
}

const form = (change: Record<string, unknown> = {}) => ({
  sponsor: "博文书店",
  addSponsor: false,
  category: "",
  owner: "",
  event: "社团文化节",
  members: ["王浩然"],
  weights: [""],
  cash: "1000",
  items: "",
  inKind: "",
  status: "received",
  date: "2026-11-20",
  notes: '=HYPERLINK("x")',
  ...change,
});

describe("saveSponsorship", () => {
  test("appends the row below the last one, answers its number and commission, and logs it", () => {
    const rt = department();
    expect(saveSponsorship(form())).toEqual({
      ok: true,
      sheet: "赞助记录",
      row: 3,
      sponsorAdded: false,
      commission: 15000,
      deliverables: { sheet: "", rows: [], existing: 0 },
    });
    const row = values(rt, "赞助记录")[2];
    expect([day(row[0]), ...row.slice(1)]).toEqual(["2026-11-20", "博文书店", "社团文化节", "王浩然", 1000, "", "", "已到账", '=HYPERLINK("x")']);
    expect(logLines(rt)).toEqual([["officer@example.edu", "登记赞助", "赞助记录", "3"]]);
  });

  test("an entry with mistakes is refused field by field, in Chinese, and nothing is written", () => {
    const rt = department();
    const answer = saveSponsorship(form({ cash: "两千", members: ["周晓雯"], event: "运动会" }));
    expect(answer).toEqual({
      ok: false,
      error: "有 3 处需要修改，未保存任何内容",
      fields: {
        event: "活动表中没有“运动会”",
        members: "“周晓雯”不是在部成员",
        cash: "无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）",
      },
    });
    expect(values(rt, "赞助记录")).toHaveLength(2);
    expect(logLines(rt)).toEqual([]);
  });

  test("the same refusal in English for a reader whose Google account is in English", () => {
    department([], "en");
    expect(saveSponsorship(form({ cash: "", inKind: "", members: ["周晓雯"] }))).toEqual({
      ok: false,
      error: "2 fields need fixing; nothing was saved",
      fields: { members: '"周晓雯" is not an active member', cash: "Enter the cash or the in-kind value (at least one)" },
    });
  });

  test("a date after today is asked about; only a confirmation of that very date saves it", () => {
    const rt = department();
    const asked = saveSponsorship(form({ date: "2026-12-20" }));
    expect(asked).toMatchObject({
      ok: false,
      confirm: "date",
      date: "2026-12-20",
      error: "日期 2026-12-20 晚于今天（2026-11-23）：这笔赞助还没有发生？如果日期没错，请点“仍然保存”",
    });
    expect(saveSponsorship(form({ date: "2026-12-20", confirmDate: "2026-12-21" }))).toMatchObject({ ok: false, confirm: "date" });
    expect(values(rt, "赞助记录")).toHaveLength(2);
    expect(saveSponsorship(form({ date: "2026-12-20", confirmDate: "2026-12-20" }))).toMatchObject({ ok: true, row: 3 });
  });

  test("a date before the term started is asked about too", () => {
    department();
    expect(saveSponsorship(form({ date: "2025-11-20" }))).toMatchObject({
      confirm: "date",
      error: "日期 2025-11-20 早于本学期开始（2026-09-01，见设置表）：年份是否写错？如果日期没错，请点“仍然保存”",
    });
  });

  test("a new sponsor goes into the customer file with the row, both logged", () => {
    const rt = department();
    const answer = saveSponsorship(form({ sponsor: "老王餐馆", addSponsor: true, category: "餐饮", owner: "王浩然", status: "pledged" }));
    expect(answer).toMatchObject({ ok: true, row: 3, sponsorAdded: true });
    const added = values(rt, "赞助商")[2];
    expect([...added.slice(0, 4), day(added[4])]).toEqual(["老王餐馆", "餐饮", "王浩然", "洽谈中", "2026-11-20"]);
    expect(logLines(rt).map((l) => l.slice(1))).toEqual([
      ["登记赞助", "赞助记录", "3"],
      ["新增赞助商", "赞助商", "3"],
    ]);
  });

  test("two ledger tabs: refused naming both, nothing written anywhere", () => {
    const rt = department([{ name: "Sponsorships", rows: [["Date", "Sponsor"]] }]);
    expect(saveSponsorship(form())).toEqual({
      ok: false,
      error: "“赞助记录”和“Sponsorships”都是“赞助记录”工作表，不知道该写到哪一个，所以什么都没有写。请把两者合并，再删除或重命名其中一个",
    });
    expect(values(rt, "赞助记录")).toHaveLength(2);
    expect(values(rt, "Sponsorships")).toHaveLength(1);
  });
});

describe("sidebarRecordData", () => {
  test("sponsors, events, the active members, the rate and the owners a warning is drawn from", () => {
    department();
    expect(sidebarRecordData()).toMatchObject({
      ok: true,
      today: "2026-11-23",
      lists: {
        sponsors: ["博文书店"],
        events: ["社团文化节"],
        members: [
          { name: "王浩然", group: "一组" },
          { name: "李欣怡", group: "一组" },
        ],
        rate: "15%",
      },
      categories: ["书店"],
      owners: [{ name: "博文书店", owner: "李欣怡", stage: "signed" }],
      termStart: "2026-09-01",
    });
  });

  test("no active member: the page is told to add them first", () => {
    today("2026-11-23");
    sheetWith([
      {
        name: "成员",
        rows: [
          ["姓名", "状态"],
          ["周晓雯", "离部"],
        ],
      },
      { name: "赞助记录", rows: [LEDGER] },
    ]);
    expect(sidebarRecordData()).toEqual({ ok: false, error: "成员表中没有在部成员：请先在“成员”工作表中添加" });
  });
});

describe("saveSponsorship with a package (方案)", () => {
  const PACKAGES = {
    name: "方案",
    rows: [
      ["方案", "价格", "回报内容", "截止", "备注"],
      ["冠名", 5000, "晚会冠名口播；横幅与背景板印 logo；公众号推文鸣谢；活动照片反馈", "0；0；7；14", ""],
      ["物资赞助", "", "公众号推文鸣谢", "", ""],
    ],
  };
  const DELIVERABLES_HEADER = ["赞助商", "活动", "回报内容", "截止日期", "负责人", "状态", "凭证", "来源"];
  const withPackages = (deliverables: unknown[][] = [DELIVERABLES_HEADER], eventDate: unknown = d("2026-12-31")) => {
    const rt = department([PACKAGES, { name: "赞助回报", rows: deliverables }]);
    rt.book
      .getSheetByName("活动")!
      .getRange(1, 1, 2, 2)
      .setValues([
        ["活动", "日期"],
        ["社团文化节", eventDate],
      ]);
    rt.book.getSheetByName("赞助记录")!.getRange(1, 10).setValue("方案");
    return rt;
  };
  const dueOf = (row: unknown[]) => [row[0], row[1], row[2], day(row[3]), row[4], row[5], row[6], row[7]];

  test("the sidebar offers the packages with their benefits and days, and each event's date", () => {
    withPackages();
    const data = sidebarRecordData();
    expect(data).toMatchObject({ ok: true });
    if (!data.ok) return;
    expect(data.lists.packages).toEqual([
      {
        name: "冠名",
        price: 500000,
        benefits: [
          { text: "晚会冠名口播", dueDays: 0 },
          { text: "横幅与背景板印 logo", dueDays: 0 },
          { text: "公众号推文鸣谢", dueDays: 7 },
          { text: "活动照片反馈", dueDays: 14 },
        ],
      },
      { name: "物资赞助", price: null, benefits: [{ text: "公众号推文鸣谢", dueDays: null }] },
    ]);
    expect(data.lists.eventDates).toEqual({ 社团文化节: "2026-12-31" });
  });

  test("the ledger row names the package and its benefits become pending 赞助回报 rows due event + days, in one block, logged", () => {
    const rt = withPackages();
    const saved = saveSponsorship(form({ package: "冠名" }));
    expect(saved).toMatchObject({ ok: true, row: 3, deliverables: { sheet: "赞助回报", rows: [2, 3, 4, 5], existing: 0 } });
    expect(values(rt, "赞助记录")[2][9]).toBe("冠名");
    expect(values(rt, "赞助回报").slice(1).map(dueOf)).toEqual([
      ["博文书店", "社团文化节", "晚会冠名口播", "2026-12-31", "王浩然", "待办", "", "2026-11-20 博文书店 · 冠名 #1"],
      ["博文书店", "社团文化节", "横幅与背景板印 logo", "2026-12-31", "王浩然", "待办", "", "2026-11-20 博文书店 · 冠名 #2"],
      ["博文书店", "社团文化节", "公众号推文鸣谢", "2027-01-07", "王浩然", "待办", "", "2026-11-20 博文书店 · 冠名 #3"],
      ["博文书店", "社团文化节", "活动照片反馈", "2027-01-14", "王浩然", "待办", "", "2026-11-20 博文书店 · 冠名 #4"],
    ]);
    expect(logLines(rt)).toEqual([
      ["officer@example.edu", "登记赞助", "赞助记录", "3"],
      ["officer@example.edu", "生成赞助回报", "赞助回报", "2-5"],
    ]);
  });

  test("an event without a date counts from the sponsorship's date; a package without days leaves 截止 blank", () => {
    const rt = withPackages([DELIVERABLES_HEADER], "");
    saveSponsorship(form({ package: "冠名" }));
    expect(
      values(rt, "赞助回报")
        .slice(1)
        .map((r) => day(r[3])),
    ).toEqual(["2026-11-20", "2026-11-20", "2026-11-27", "2026-12-04"]);
    saveSponsorship(form({ package: "物资赞助", date: "2026-11-21" }));
    expect(values(rt, "赞助回报")[5].slice(2, 4)).toEqual(["公众号推文鸣谢", ""]);
  });

  test("saving the same sponsorship again creates no benefit twice, and an edited 赞助回报 row is left as the officer made it", () => {
    const rt = withPackages();
    saveSponsorship(form({ package: "冠名" }));
    // The officer finishes one benefit and rewords another; then deletes the third.
    const sheet = rt.book.getSheetByName("赞助回报")!;
    sheet.getRange(2, 6, 1, 2).setValues([["已完成", "https://mp.weixin.qq.com/s/x"]]);
    sheet.getRange(3, 3).setValue("背景板 logo（已改小）");
    sheet.deleteRow(4);
    const before = values(rt, "赞助回报");
    const again = saveSponsorship(form({ package: "冠名" }));
    expect(again).toMatchObject({ ok: true, row: 4, deliverables: { rows: [5], existing: 3 } });
    const after = values(rt, "赞助回报");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[4][7]).toBe("2026-11-20 博文书店 · 冠名 #3");
    expect(values(rt, "赞助回报")).toHaveLength(5);
    saveSponsorship(form({ package: "冠名" }));
    expect(values(rt, "赞助回报")).toEqual(after);
  });

  test("a ledger without the 方案 column is refused by name rather than the package dropped", () => {
    const rt = department([PACKAGES, { name: "赞助回报", rows: [DELIVERABLES_HEADER] }]);
    const answer = saveSponsorship(form({ package: "冠名" }));
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining("“赞助记录”表缺少必需的列“方案”") });
    expect(values(rt, "赞助回报")).toHaveLength(1);
  });

  // Both sizes overflow the tab's first 1,000 rows, so both saves insert rows once for the new block.
  test("its Sheets calls do not grow with the rows of 赞助回报 (1,000 or 50,000)", () => {
    const calls = (n: number) => {
      const rows: unknown[][] = [DELIVERABLES_HEADER];
      for (let i = 0; i < n; i++) rows.push(["博文书店", "社团文化节", `回报 ${i}`, "", "王浩然", "已完成", "", `2025-01-01 博文书店 · 冠名 #${i + 1}`]);
      const rt = withPackages(rows);
      rt.resetStats();
      expect(saveSponsorship(form({ package: "冠名" }))).toMatchObject({ ok: true, deliverables: { rows: [n + 2, n + 3, n + 4, n + 5] } });
      return [rt.stats.reads, rt.stats.writes, rt.stats.total];
    };
    expect(calls(50_000)).toEqual(calls(1_000));
  });

  test("an unknown package is refused at its field; nothing is written", () => {
    const rt = withPackages();
    expect(saveSponsorship(form({ package: "钻石" }))).toMatchObject({ ok: false, fields: { package: "方案表中没有“钻石”" } });
    expect(values(rt, "赞助记录")).toHaveLength(2);
    expect(values(rt, "赞助回报")).toHaveLength(1);
  });

  test("a package with no 赞助回报 tab, or one without 来源, is refused by name before anything is written", () => {
    const rt = department([PACKAGES]);
    expect(saveSponsorship(form({ package: "冠名" }))).toMatchObject({ ok: false });
    expect(values(rt, "赞助记录")).toHaveLength(2);
    const rt2 = withPackages([DELIVERABLES_HEADER.slice(0, 7)]);
    const answer = saveSponsorship(form({ package: "冠名" }));
    expect(answer).toMatchObject({ ok: false });
    expect(JSON.stringify(answer)).toContain("来源");
    expect(values(rt2, "赞助记录")).toHaveLength(2);
  });
});
