import {
  awaitingRenewal,
  countsForEvent,
  isOwnNote,
  lastSeasonSponsors,
  noteSeason,
  renewalNote,
  renewalPlan,
  renewalStats,
  thisSeasonRows,
  yearBefore,
} from "../../src/domain/renewals";
import { entry, sponsor } from "./fixtures";

// Season starting 2026-09-01: last season is 2025-09-01 … 2026-08-31.
const S = "2026-09-01";
const sponsors = () => [
  sponsor("新华书店", { stage: "partner" }),
  sponsor("博文书店", { stage: "signed" }),
  sponsor("一点点(北门店)", { stage: "contacting" }),
  sponsor("招商银行", { stage: "declined" }),
  sponsor("老王餐馆", { stage: "potential" }),
];
const ledger = [
  entry({ date: "2025-10-12", sponsor: "新华书店", event: "迎新晚会", cash: 150000 }),
  entry({ date: "2025-12-20", sponsor: "新华书店", event: "元旦晚会", cash: 0, inKind: 30000 }),
  entry({ date: "2025-11-20", sponsor: "博文书店", cash: 40000 }),
  entry({ date: "2026-08-31", sponsor: "一点点(北门店)", event: "运动会", cash: 30000 }), // the last day of last season
  entry({ date: "2025-12-01", sponsor: "招商银行", cash: 500000 }), // declined since: not a lead
  entry({ date: "2025-08-31", sponsor: "老王餐馆", cash: 20000 }), // one day too early
  entry({ date: "2026-03-01", sponsor: "老王餐馆", cash: 20000, status: "pledged" }), // never received
  entry({ date: "2026-04-01", sponsor: "老王餐馆", cash: 0 }), // nothing given
  entry({ date: "2026-05-01", sponsor: "只在账上", cash: 10000 }), // not in 赞助商: no row to write
];

describe("last season", () => {
  test("the twelve months before the start: received, worth something, not declined, in sheet order", () => {
    const last = lastSeasonSponsors(sponsors(), ledger, S);
    expect(last.map((l) => [l.sponsor.name, l.amount, l.events])).toEqual([
      ["新华书店", 180000, ["迎新晚会", "元旦晚会"]], // 1,500 cash + 300 in kind
      ["博文书店", 40000, []],
      ["一点点(北门店)", 30000, ["运动会"]],
    ]);
  });

  test("a year before: the same day, and 29 February falls back to the 28th", () => {
    expect(yearBefore("2026-09-01")).toBe("2025-09-01");
    expect(yearBefore("2028-02-29")).toBe("2027-02-28");
  });
});

describe("the renewal note", () => {
  test("in the sheet's language, whole yuan without decimals, events in brackets", () => {
    expect(renewalNote(S, 300000, ["元旦晚会"], "zh")).toBe("【续约】2026-09-01 起：上季 ¥3,000（元旦晚会）");
    expect(renewalNote("2027-02-20", 300000, ["New Year gala"], "en")).toBe("[Renewal] from 2027-02-20: last season ¥3,000 (New Year gala)");
    expect(renewalNote(S, 40050, [], "zh")).toBe("【续约】2026-09-01 起：上季 ¥400.50");
    expect(renewalNote(S, 180000, ["迎新晚会", "元旦晚会"], "zh")).toBe("【续约】2026-09-01 起：上季 ¥1,800（迎新晚会、元旦晚会）");
  });

  test("its own notes are told from the owner's by the prefix, with their season", () => {
    expect(isOwnNote("【续约】2026-09-01 起：上季 ¥400")).toBe(true);
    expect(noteSeason("【续约】2026-09-01 起：上季 ¥400")).toBe("2026-09-01");
    expect(noteSeason("[Renewal] from 2027-02-20: last season ¥3,000")).toBe("2027-02-20");
    expect(isOwnNote("续约：老板说明年再谈")).toBe(false);
    expect(noteSeason("续约：老板说明年再谈")).toBeNull();
    expect(noteSeason("【续约】明年再谈")).toBeNull();
  });
});

describe("the plan", () => {
  test("下次跟进 only where empty; a note where empty or the add-on's earlier one, never the owner's", () => {
    const list = sponsors();
    list[0].nextFollowUp = "2026-10-15"; // 新华书店 already has a date
    list[1].renewal = "老板说明年九月再谈"; // 博文书店: the owner's own note
    list[2].renewal = "【续约】2025-09-01 起：上季 ¥200"; // 一点点: last year's note of the add-on's
    const { last, cells } = renewalPlan(list, ledger, S, "zh");
    expect(last).toHaveLength(3);
    expect(cells.map((c) => [c.sponsor.name, c.followUp, c.note])).toEqual([
      ["新华书店", null, "【续约】2026-09-01 起：上季 ¥1,800（迎新晚会、元旦晚会）"],
      ["博文书店", S, null],
      ["一点点(北门店)", S, "【续约】2026-09-01 起：上季 ¥300（运动会）"],
    ]);
  });

  test("once written, a second plan has nothing left", () => {
    const list = sponsors();
    for (const c of renewalPlan(list, ledger, S, "en").cells) {
      c.sponsor.nextFollowUp = c.followUp ?? c.sponsor.nextFollowUp;
      c.sponsor.renewal = c.note ?? c.sponsor.renewal;
    }
    expect(renewalPlan(list, ledger, S, "en").cells).toEqual([]);
  });

  test("an unreadable 下次跟进 (no date, but typed) is left alone", () => {
    const list = sponsors();
    const { cells } = renewalPlan(list, ledger, S, "zh", (s) => s.name !== "博文书店");
    expect(cells.find((c) => c.sponsor.name === "博文书店")?.followUp).toBeNull();
  });
});

describe("renewal stats", () => {
  const now = [
    ...ledger,
    entry({ date: "2026-09-10", sponsor: "新华书店", cash: 200000 }),
    entry({ date: "2026-11-06", sponsor: "新华书店", cash: 0, inKind: 50000 }),
    entry({ date: "2026-11-20", sponsor: "博文书店", cash: 60000 }),
    entry({ date: "2026-12-01", sponsor: "一点点(北门店)", cash: 30000 }), // after the day asked about
    entry({ date: "2026-10-01", sponsor: "老王餐馆", cash: 99900 }), // not last season's
    entry({ date: "2026-10-02", sponsor: "一点点(北门店)", cash: 10000, status: "pledged" }),
  ];

  test("2 of 3 gave again by 2026-11-30: 67%, ¥2,000 + ¥500 + ¥600 renewed", () => {
    const s = renewalStats(sponsors(), now, S, "2026-11-30");
    expect(s).toEqual({ start: S, asOf: "2026-11-30", sponsors: 3, renewed: 2, ratePercent: 67, money: 310000, waiting: ["一点点(北门店)"] });
  });

  test("on the last day asked about it counts; no last season gives no rate", () => {
    expect(renewalStats(sponsors(), now, S, "2026-12-01").ratePercent).toBe(100);
    expect(renewalStats(sponsors(), [], S, "2026-12-01")).toMatchObject({ sponsors: 0, renewed: 0, ratePercent: null, money: 0 });
  });

  test("the follow-ups group: this season's note and nothing given since", () => {
    const list = sponsors();
    list[0].renewal = "【续约】2026-09-01 起：上季 ¥1,800";
    list[1].renewal = "【续约】2026-09-01 起：上季 ¥400";
    list[2].renewal = "【续约】2025-09-01 起：上季 ¥300"; // an old season's note
    list[4].renewal = "老板说明年再谈";
    expect(awaitingRenewal(list, now, S, "2026-11-10").map((s) => s.name)).toEqual(["博文书店"]);
    expect(awaitingRenewal(list, now, S, "2026-09-05").map((s) => s.name)).toEqual(["新华书店", "博文书店"]);
  });
});

describe("which edition of a recurring event a row belongs to", () => {
  test("once the season started, a row from before it is last season's 迎新晚会, not this one's", () => {
    expect(countsForEvent("2025-10-12", "2026-09-26", S)).toBe(false);
    expect(countsForEvent("2026-09-07", "2026-09-26", S)).toBe(true);
    expect(countsForEvent("2026-09-01", "2026-09-26", S)).toBe(true); // the first day of the season is this season
    expect(countsForEvent("2026-08-31", "2026-09-26", S)).toBe(false);
  });

  test("an event held before the season start keeps its rows; an event with no date is this season's", () => {
    expect(countsForEvent("2026-06-01", "2026-06-20", S)).toBe(true);
    expect(countsForEvent("2026-06-01", null, S)).toBe(false);
  });

  test("with no season started, every row counts toward its event", () => {
    expect(countsForEvent("2020-01-01", "2026-09-26", null)).toBe(true);
    expect(countsForEvent("2020-01-01", "2026-09-26", undefined)).toBe(true);
  });

  test("the rows kept: this season's, last season's with no event, and those of events before the start", () => {
    const events = [
      { name: "迎新晚会", date: "2026-09-26" },
      { name: "毕业晚会", date: "2026-06-20" },
    ];
    const rows = [
      entry({ date: "2025-10-12", sponsor: "新华书店", event: "迎新晚会", cash: 150000 }),
      entry({ date: "2026-09-07", sponsor: "新华书店", event: "迎新晚会", cash: 200000 }),
      entry({ date: "2025-11-20", sponsor: "博文书店", cash: 40000 }),
      entry({ date: "2026-06-01", sponsor: "博文书店", event: "毕业晚会", cash: 30000 }),
    ];
    expect(thisSeasonRows(rows, events, S).map((e) => e.date)).toEqual(["2026-09-07", "2025-11-20", "2026-06-01"]);
    expect(thisSeasonRows(rows, events, null)).toHaveLength(4);
  });
});
