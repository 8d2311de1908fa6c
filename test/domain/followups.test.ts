import { daysBetween, followUpList, memberByEmail, urgencyOf } from "../../src/domain/followups";
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
