import { sponsorHistory } from "../../src/domain/sponsor-history";
import { entry, sponsor } from "./fixtures";

describe("sponsor history", () => {
  test("received cash and in-kind per year, events sponsored and the last money in; pledges, cancellations and refunds as the ledger means them", () => {
    const h = sponsorHistory({
      sponsors: [sponsor("书香书店"), sponsor("老王餐馆")],
      ledger: [
        entry({ date: "2025-10-10", sponsor: "书香书店", event: "迎新晚会", cash: 80000 }),
        entry({ date: "2025-11-01", sponsor: "书香书店", cash: -10000 }),
        entry({ date: "2026-09-19", sponsor: "书香书店", event: "讲座", cash: 60000, inKind: 25000 }),
        entry({ date: "2026-12-01", sponsor: "书香书店", event: "元旦晚会", cash: 99900, status: "pledged" }),
        entry({ date: "2026-12-02", sponsor: "书香书店", event: "元旦晚会", cash: 99900, status: "cancelled" }),
        entry({ date: "2026-12-05", sponsor: "书香书店", cash: -5000 }),
      ],
    });
    expect(h[0]).toMatchObject({ name: "书香书店", byYear: { "2025": 70000, "2026": 80000 }, events: ["迎新晚会", "讲座"], lastSponsorship: "2026-09-19" });
    expect(h[1]).toMatchObject({ name: "老王餐馆", byYear: {}, events: [], lastSponsorship: null });
  });

  test("New Year's Eve and New Year's Day fall in different years", () => {
    const [h] = sponsorHistory({
      sponsors: [sponsor("书香书店")],
      ledger: [entry({ date: "2025-12-31", sponsor: "书香书店", cash: 50000 }), entry({ date: "2026-01-01", sponsor: "书香书店", cash: 30000 })],
    });
    expect(h.byYear).toEqual({ "2025": 50000, "2026": 30000 });
    expect(h.lastSponsorship).toBe("2026-01-01");
  });

  test("the last sponsorship is the latest date, whatever the order of the rows; an event sponsored twice is listed once", () => {
    const [h] = sponsorHistory({
      sponsors: [sponsor("书香书店")],
      ledger: [
        entry({ date: "2026-10-20", sponsor: "书香书店", event: "迎新晚会", cash: 10000 }),
        entry({ date: "2026-03-01", sponsor: "书香书店", event: "迎新晚会", cash: 10000 }),
      ],
    });
    expect(h.lastSponsorship).toBe("2026-10-20");
    expect(h.events).toEqual(["迎新晚会"]);
  });

  test("a sponsor whose only row is a refund gave nothing: a negative year and no last sponsorship", () => {
    const [h] = sponsorHistory({ sponsors: [sponsor("老王餐馆")], ledger: [entry({ date: "2026-11-05", sponsor: "老王餐馆", cash: -20000 })] });
    expect(h.byYear).toEqual({ "2026": -20000 });
    expect(h.lastSponsorship).toBeNull();
  });

  test("a sponsor found only in the ledger is kept for the hand-over, with its details blank; otherwise only the customer file is listed", () => {
    const data = {
      sponsors: [sponsor("书香书店", { owner: "李四", stage: "partner" as const })],
      ledger: [entry({ date: "2026-11-05", sponsor: "新东方", event: "讲座", cash: 120000, inKind: 3000 })],
    };
    expect(sponsorHistory(data).map((s) => s.name)).toEqual(["书香书店"]);
    const all = sponsorHistory(data, true);
    expect(all.map((s) => s.name)).toEqual(["书香书店", "新东方"]);
    expect(all[0]).toMatchObject({ owner: "李四", stage: "partner", byYear: {} });
    expect(all[1]).toEqual({
      name: "新东方",
      category: "",
      contactPerson: "",
      phone: "",
      wechat: "",
      notes: "",
      owner: "",
      stage: null,
      lastContact: null,
      nextFollowUp: null,
      row: 0,
      byYear: { "2026": 123000 },
      events: ["讲座"],
      lastSponsorship: "2026-11-05",
    });
  });

  test("a pledge alone makes no history, and does not bring a ledger-only sponsor into the hand-over", () => {
    const data = { sponsors: [], ledger: [entry({ date: "2026-11-05", sponsor: "移动营业厅", cash: 50000, status: "pledged" as const })] };
    expect(sponsorHistory(data, true)).toEqual([]);
  });
});
