import { daysBetween, followUpList, memberByEmail, staleSponsors, urgencyOf } from "../../src/domain/followups";
import type { Sponsor } from "../../src/domain/model";

const TODAY = "2026-11-23";
let row = 1;
const sponsor = (name: string, s: Partial<Sponsor> = {}): Sponsor => ({
  name,
  category: "",
  contactPerson: "",
  phone: "",
  wechat: "",
  notes: "",
  owner: "张三",
  stage: "contacting",
  lastContact: null,
  nextFollowUp: null,
  row: ++row,
  ...s,
});

describe("stale sponsors (跟进间隔)", () => {
  const list = [
    sponsor("刚联系", { lastContact: "2026-11-20" }),
    sponsor("整 30 天", { lastContact: "2026-10-24" }),
    sponsor("31 天", { lastContact: "2026-10-23" }),
    sponsor("洽谈停了", { stage: "negotiating", lastContact: "2026-09-01" }),
    sponsor("从未联系", { lastContact: null }),
    sponsor("潜在", { stage: "potential", lastContact: "2026-01-01" }),
    sponsor("已签约", { stage: "signed", lastContact: "2026-01-01" }),
    sponsor("已拒绝", { stage: "declined", lastContact: null }),
    sponsor("未填阶段", { stage: null, lastContact: null }),
  ];

  test("联系中 or 洽谈中 with no contact for more than the interval, or none ever recorded; never contacted first, then the longest", () => {
    expect(staleSponsors(list, TODAY, 30).map((x) => [x.sponsor.name, x.days])).toEqual([
      ["从未联系", null],
      ["洽谈停了", 83],
      ["31 天", 31],
    ]);
  });

  test("the interval is the department's: a shorter one flags more, a longer one fewer", () => {
    expect(staleSponsors(list, TODAY, 2).map((x) => x.sponsor.name)).toEqual(["从未联系", "洽谈停了", "31 天", "整 30 天", "刚联系"]);
    expect(staleSponsors(list, TODAY, 100).map((x) => x.sponsor.name)).toEqual(["从未联系"]);
  });

  test("a last contact dated after today is not stale; the sponsor comes back as given", () => {
    const later = sponsor("约在下周", { lastContact: "2026-11-30" });
    expect(staleSponsors([later], TODAY, 1)).toEqual([]);
    const old = sponsor("旧", { lastContact: "2025-11-23" });
    expect(staleSponsors([old], TODAY, 30)[0]).toEqual({ sponsor: old, days: 365 });
  });
});

describe("follow-ups", () => {
  test("urgency: overdue before today, soon within 7 days, declined whatever its date", () => {
    expect(urgencyOf({ stage: "signed", nextFollowUp: "2026-11-22" }, TODAY)).toBe("overdue");
    expect(urgencyOf({ stage: "signed", nextFollowUp: TODAY }, TODAY)).toBe("soon");
    expect(urgencyOf({ stage: "signed", nextFollowUp: "2026-11-30" }, TODAY)).toBe("soon");
    expect(urgencyOf({ stage: "signed", nextFollowUp: "2026-12-01" }, TODAY)).toBe("later");
    expect(urgencyOf({ stage: null, nextFollowUp: null }, TODAY)).toBe("none");
    expect(urgencyOf({ stage: "declined", nextFollowUp: "2026-11-01" }, TODAY)).toBe("declined");
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
  });

  test("overdue first (longest overdue on top), then due soon, later, undated, declined last and hidden unless asked", () => {
    const list = [
      sponsor("无日期", { lastContact: "2026-11-01" }),
      sponsor("下月", { nextFollowUp: "2026-12-20" }),
      sponsor("已拒绝", { stage: "declined", nextFollowUp: "2026-11-01" }),
      sponsor("明天", { nextFollowUp: "2026-11-24" }),
      sponsor("昨天", { nextFollowUp: "2026-11-22" }),
      sponsor("上周", { nextFollowUp: "2026-11-16" }),
      sponsor("李四的", { owner: "李四", nextFollowUp: "2026-11-10" }),
    ];
    const names = (view: Parameters<typeof followUpList>[1]) => followUpList(list, view, TODAY).map((s) => s.name);
    expect(names({ owner: "张三", showDeclined: false })).toEqual(["上周", "昨天", "明天", "下月", "无日期"]);
    expect(names({ owner: "张三", showDeclined: true })).toEqual(["上周", "昨天", "明天", "下月", "无日期", "已拒绝"]);
    expect(names({ owner: null, showDeclined: false })).toEqual(["李四的", "上周", "昨天", "明天", "下月", "无日期"]);
  });

  test("who is me: an email anywhere in 联系方式, case-insensitive, never a part of a longer address", () => {
    const members = [
      { name: "张三", contact: "13800000001" },
      { name: "李四", contact: "138…；LiSi@Example.EDU（常用）" },
      { name: "王五", contact: "wx wangwu / aliSi@example.edu" },
    ];
    expect(memberByEmail(members, "lisi@example.edu")).toBe("李四");
    expect(memberByEmail(members, "alisi@example.edu")).toBe("王五");
    expect(memberByEmail(members, "si@example.edu")).toBeNull();
    expect(memberByEmail(members, "")).toBeNull();
  });
});
