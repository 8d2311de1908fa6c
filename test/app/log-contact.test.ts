import { saveContact } from "../../src/app/log-contact";
import { d, day, logLines, sheetWith, tab, tabNames, today, values } from "../support/apps-script";

const SPONSORS = [
  ["赞助商", "负责人", "阶段", "最近联系", "下次跟进", "备注"],
  ["博文书店", "王浩然", "联系中", d("2026-11-10"), d("2026-11-15"), "老板姓王"],
  ["老王餐馆", "李欣怡", "潜在", "", "", ""],
];

function department(user: string, extra: { name: string; rows: unknown[][] }[] = []) {
  today("2026-11-23");
  return sheetWith(
    [
      {
        name: "成员",
        rows: [
          ["姓名", "职务", "联系方式"],
          ["陈思远", "部长", "head@example.edu"],
          ["王浩然", "干事", "whr@example.edu"],
          ["李欣怡", "干事", "lxy@example.edu"],
        ],
      },
      { name: "赞助商", rows: SPONSORS },
      ...(extra as never[]),
    ],
    {},
    { user },
  );
}

const form = (change: Record<string, unknown> = {}) => ({
  sponsor: "博文书店",
  date: "2026-11-22",
  channel: "微信",
  note: "约下周面谈",
  stage: "",
  next: "",
  clearNext: false,
  ...change,
});

const sponsorRow = (rt: ReturnType<typeof department>) => values(rt, "赞助商")[1].map(day);

describe("saveContact", () => {
  test("a row in a new 联系记录, and only that sponsor's 最近联系, 阶段 and 下次跟进 change", () => {
    const rt = department("whr@example.edu");
    expect(saveContact(form({ stage: "negotiating", next: "2026-11-30" }))).toEqual({ ok: true, sheet: "联系记录", row: 2, sponsorRow: 2 });
    expect(tabNames(rt)).toContain("联系记录");
    expect(values(rt, "联系记录")[1].map(day)).toEqual(["2026-11-22", "博文书店", "王浩然", "微信", "约下周面谈"]);
    expect(sponsorRow(rt)).toEqual(["博文书店", "王浩然", "洽谈中", "2026-11-22", "2026-11-30", "老板姓王"]);
    expect(values(rt, "赞助商")[2]).toEqual(SPONSORS[2]);
    expect(logLines(rt).map((l) => l.slice(1))).toEqual([
      ["联系记录", "联系记录", "2"],
      ["联系记录", "赞助商", "2"],
    ]);
  });

  test("an older contact does not move 最近联系 backwards; a blank next keeps the follow-up date", () => {
    const rt = department("whr@example.edu");
    saveContact(form({ date: "2026-11-01" }));
    expect(sponsorRow(rt).slice(3, 5)).toEqual(["2026-11-10", "2026-11-15"]);
  });

  test("a contact that changes nothing in the sponsor's row logs only the contact log's row", () => {
    const rt = department("whr@example.edu");
    saveContact(form({ date: "2026-11-01" }));
    expect(sponsorRow(rt)).toEqual(["博文书店", "王浩然", "联系中", "2026-11-10", "2026-11-15", "老板姓王"]);
    expect(logLines(rt).map((l) => l.slice(1))).toEqual([["联系记录", "联系记录", "2"]]);
  });

  test("clearing the next follow-up is a separate tick", () => {
    const rt = department("whr@example.edu");
    saveContact(form({ clearNext: true }));
    expect(sponsorRow(rt)[4]).toBe("");
  });

  test("a member may log only their own sponsors; the head may log any", () => {
    const member = department("lxy@example.edu");
    expect(saveContact(form())).toEqual({ ok: false, error: "“博文书店”由 王浩然 负责：只有负责人或部长可以记录联系" });
    expect(tabNames(member)).not.toContain("联系记录");
    department("head@example.edu");
    expect(saveContact(form())).toMatchObject({ ok: true });
  });

  test("a sponsor renamed or deleted since the sidebar opened is refused, nothing written", () => {
    const rt = department("whr@example.edu");
    tab("赞助商").getRange("A2").setValue("博文书店（新店）");
    expect(saveContact(form())).toEqual({ ok: false, error: "赞助商表中已没有“博文书店”（可能被改名或删除），未保存：请重新打开侧边栏" });
    expect(logLines(rt)).toEqual([]);
  });

  test("rows moved meanwhile are followed: the sponsor is found again by name", () => {
    const rt = department("lxy@example.edu");
    tab("赞助商")
      .getRange(2, 1, 2, 6)
      .setValues([SPONSORS[2], SPONSORS[1]] as never);
    expect(saveContact(form({ sponsor: "老王餐馆" }))).toMatchObject({ ok: true, sponsorRow: 2 });
    expect(day(values(rt, "赞助商")[1][3])).toBe("2026-11-22");
  });

  test("a user nobody recognises is asked to choose who they are first", () => {
    department("stranger@example.edu");
    expect(saveContact(form())).toEqual({ ok: false, error: "请先选择你是哪位成员" });
  });

  test("a contact in the future, or a next follow-up before it, is refused by field", () => {
    department("whr@example.edu");
    expect(saveContact(form({ date: "2026-11-24", next: "2026-11-20" }))).toEqual({
      ok: false,
      error: "有 2 处需要修改，未保存任何内容",
      fields: { date: "联系日期不能晚于今天（2026-11-23）", next: "下次跟进不能早于这次联系的日期" },
    });
  });

  test("an existing contact log is appended to, under its last row", () => {
    const rt = department("whr@example.edu", [
      {
        name: "联系记录",
        rows: [
          ["日期", "赞助商", "成员", "方式", "内容"],
          [d("2026-11-01"), "老王餐馆", "李欣怡", "电话", "x"],
        ],
      },
    ]);
    expect(saveContact(form())).toMatchObject({ ok: true, row: 3 });
    expect(values(rt, "联系记录")).toHaveLength(3);
  });
});
