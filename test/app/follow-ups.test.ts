import { setFollowUpsMember, sidebarFollowUpsData, whoAmI } from "../../src/app/follow-ups";
import { context, loadModel } from "../../src/sheets/workbook";
import { d, session, sheetWith, today } from "../support/apps-script";

const MEMBERS = [
  ["姓名", "职务", "状态", "联系方式"],
  ["陈思远", "部长", "", "微信 csy；head@Example.edu"],
  ["王浩然", "干事", "", "13800131004"],
  ["李欣怡", "干事", "", "lxy@example.edu"],
  ["周晓雯", "干事", "离部", ""],
];

function department(opts: { user?: string; account?: string } = {}) {
  today("2026-11-23");
  return sheetWith(
    [
      { name: "成员", rows: MEMBERS },
      {
        name: "赞助商",
        rows: [
          ["赞助商", "负责人", "阶段", "下次跟进"],
          ["博文书店", "王浩然", "已签约", d("2026-11-20")],
          ["老王餐馆", "李欣怡", "联系中", ""],
        ],
      },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金", "状态"],
          [d("2026-10-02"), "博文书店", "王浩然", 1000, "已到账"],
        ],
      },
    ],
    {},
    opts,
  );
}

describe("sidebarFollowUpsData", () => {
  test("the user is the member whose 联系方式 holds their email, whatever its case; 部长 gets the head's rights", () => {
    department({ user: "HEAD@example.edu" });
    expect(sidebarFollowUpsData()).toMatchObject({ ok: true, me: { name: "陈思远", head: true, byEmail: true }, emailHidden: false });
  });

  test("every sponsor with its follow-up date and what it gave, and the active members to choose from", () => {
    department({ user: "lxy@example.edu" });
    const data = sidebarFollowUpsData();
    if (!data.ok) throw new Error(data.error);
    expect(data.me).toEqual({ name: "李欣怡", head: false, byEmail: true });
    expect(data.members).toEqual(["陈思远", "王浩然", "李欣怡"]);
    expect(data.sponsors.map((s) => [s.name, s.owner, s.nextFollowUp])).toEqual([
      ["博文书店", "王浩然", "2026-11-20"],
      ["老王餐馆", "李欣怡", null],
    ]);
  });

  test("an email nobody has: the page asks who the user is", () => {
    department({ user: "someone@example.edu" });
    expect(sidebarFollowUpsData()).toMatchObject({ ok: true, me: null, emailHidden: false });
  });

  test("a missing Sponsors tab is named", () => {
    today("2026-11-23");
    sheetWith([{ name: "成员", rows: MEMBERS }]);
    expect(sidebarFollowUpsData()).toEqual({
      ok: false,
      error: "找不到“赞助商”工作表（查找了：赞助商, Sponsors, 商家, 客户资料, 客户档案）。请运行“初始化表格”或把工作表改回这个名字",
    });
  });
});

describe("setFollowUpsMember", () => {
  test("the chosen member is remembered for this user, and only for them", () => {
    const rt = department({ user: "" });
    expect(setFollowUpsMember({ name: " 王浩然 " })).toMatchObject({ ok: true, me: { name: "王浩然", head: false, byEmail: false }, emailHidden: true });
    expect(sidebarFollowUpsData()).toMatchObject({ me: { name: "王浩然" } });
    session(rt.book, { user: "" });
    expect(sidebarFollowUpsData()).toMatchObject({ me: null });
  });

  test("choosing 部长 by hand gives no head rights while Settings proves nothing", () => {
    department({ user: "" });
    expect(setFollowUpsMember({ name: "陈思远" })).toMatchObject({ ok: true, me: { name: "陈思远", head: false }, settingsEdit: "open" });
  });

  test("a member with an email in 成员 cannot be chosen by someone whose email Google shows", () => {
    department({ user: "someone@example.edu" });
    expect(setFollowUpsMember({ name: "李欣怡" })).toEqual({ ok: false, error: "“李欣怡”在成员表中登记了邮箱，只能用该邮箱的 Google 帐号打开" });
  });

  test("a name that is not an active member is refused, nothing remembered", () => {
    department({ user: "" });
    expect(setFollowUpsMember({ name: "周晓雯" })).toEqual({ ok: false, error: "“周晓雯”不是在部成员" });
    expect(sidebarFollowUpsData()).toMatchObject({ me: null });
  });
});

describe("whoAmI", () => {
  test("an email inside Chinese text in 联系方式 is still recognised", () => {
    department();
    expect(whoAmI(loadModel(context(), ["members"]), "head@example.edu").me).toMatchObject({ name: "陈思远", head: true });
  });
});
