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
    expect(saveSponsorship(form())).toEqual({ ok: true, sheet: "赞助记录", row: 3, sponsorAdded: false, commission: 15000 });
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
