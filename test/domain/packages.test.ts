import { render } from "../../src/domain/messages";
import { type Package, parseDueDays, plannedDeliverables, sourceKey, splitBenefits } from "../../src/domain/packages";
import { finishes } from "../hang-guard";

describe("splitBenefits", () => {
  test("one per line or separated by ；, blanks and spaces dropped", () => {
    expect(splitBenefits("晚会冠名口播\n横幅印 logo；公众号推文鸣谢;  \n\n现场展位 ")).toEqual(["晚会冠名口播", "横幅印 logo", "公众号推文鸣谢", "现场展位"]);
    expect(splitBenefits("   ")).toEqual([]);
  });

  test("a 50,000-character cell of separators is split in one pass", () => {
    expect(finishes(() => splitBenefits("；\n".repeat(25000)))).toEqual([]);
  });
});

describe("parseDueDays", () => {
  test("one number for all, one per benefit, or blank", () => {
    expect(parseDueDays(7, 3).days).toEqual([7, 7, 7]);
    expect(parseDueDays("7；14；0", 3).days).toEqual([7, 14, 0]);
    expect(parseDueDays("3天, 10天", 2).days).toEqual([3, 10]);
    expect(parseDueDays("", 2)).toEqual({ days: [null, null] });
  });

  test("a list of the wrong length or a number that is no day count is named", () => {
    const wrong = parseDueDays("7；14", 3);
    expect(wrong.days).toEqual([null, null, null]);
    expect(render(wrong.problem!, "en")).toBe("Due lists 2 numbers for 3 benefits: give one for all, or one per benefit");
    expect(render(parseDueDays("一周", 1).problem!, "zh")).toContain("“一周”");
    expect(parseDueDays(-3, 1).problem?.key).toBe("badDueDays");
    expect(parseDueDays(7.5, 1).problem?.key).toBe("badDueDays");
    expect(parseDueDays("999", 1).problem?.key).toBe("badDueDays");
  });
});

describe("plannedDeliverables", () => {
  const pkg: Package = {
    name: "冠名",
    price: 500000,
    row: 2,
    benefits: [
      { text: "晚会冠名口播", dueDays: 0 },
      { text: "公众号推文鸣谢", dueDays: 7 },
      { text: "活动照片反馈", dueDays: null },
    ],
  };
  const s = { date: "2026-11-19", sponsor: "中国联通(大学城营业厅)", event: "元旦晚会", package: "冠名", owner: "刘雨桐" };

  test("one row per benefit, due counted from the event's date", () => {
    expect(plannedDeliverables(s, pkg, "2026-12-30", new Set())).toEqual([
      {
        sponsor: s.sponsor,
        event: "元旦晚会",
        promised: "晚会冠名口播",
        due: "2026-12-30",
        owner: "刘雨桐",
        source: "2026-11-19 中国联通(大学城营业厅) · 冠名 #1",
      },
      {
        sponsor: s.sponsor,
        event: "元旦晚会",
        promised: "公众号推文鸣谢",
        due: "2027-01-06",
        owner: "刘雨桐",
        source: "2026-11-19 中国联通(大学城营业厅) · 冠名 #2",
      },
      { sponsor: s.sponsor, event: "元旦晚会", promised: "活动照片反馈", due: null, owner: "刘雨桐", source: "2026-11-19 中国联通(大学城营业厅) · 冠名 #3" },
    ]);
  });

  test("without an event date the days count from the sponsorship", () => {
    expect(plannedDeliverables(s, pkg, null, new Set())[1].due).toBe("2026-11-26");
  });

  test("never twice: a benefit whose 来源 is already in 赞助回报 is not planned again", () => {
    const made = new Set([sourceKey(s, 0), sourceKey(s, 2)]);
    expect(plannedDeliverables(s, pkg, "2026-12-30", made).map((d) => d.promised)).toEqual(["公众号推文鸣谢"]);
  });
});
