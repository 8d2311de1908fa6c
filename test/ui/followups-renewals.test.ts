/** 我的跟进's 续约 group through the built bundle: this season's renewal notes, not yet given again. */
import { noSeasonSample, renewalSample } from "../support/renewal-sample";
import { addon, run } from "./helpers";

function asWang(tabs = renewalSample()) {
  const a = addon(tabs);
  expect(run(a, "setFollowUpsMember", { name: "王浩然" })).toMatchObject({ ok: true });
  return a;
}

describe("我的跟进: the 续约 group", () => {
  test("last season's sponsors with this season's note that have not given since 2026-09-01", () => {
    const r = run(asWang(), "sidebarFollowUpsData");
    expect(r.renewalStart).toBe("2026-09-01");
    // 新华书店 gave on 2026-09-07 and 博文书店 on 2026-09-19: only 一点点 is still to renew.
    expect(r.renewals).toEqual(["一点点(北门店)"]);
    expect(r.sponsors.find((s: { name: string }) => s.name === "一点点(北门店)").renewal).toBe("【续约】2026-09-01 起：上季 ¥300");
  });

  test("a note of an older season, or the owner's own, is no renewal of this one; without a season there is no group", () => {
    const tabs = renewalSample();
    const sponsors = tabs.find((t) => t.name === "赞助商")!.rows;
    const row = sponsors.find((r) => r[0] === "一点点(北门店)")!;
    row[row.length - 1] = "【续约】2025-09-01 起：上季 ¥300";
    expect(run(asWang(tabs), "sidebarFollowUpsData").renewals).toEqual([]);
    row[row.length - 1] = "续约要等店长回来";
    expect(run(asWang(tabs), "sidebarFollowUpsData").renewals).toEqual([]);
    expect(run(asWang(noSeasonSample()), "sidebarFollowUpsData")).toMatchObject({ renewalStart: null, renewals: [] });
  });

  test("开始续约 writes the notes the group is made of: run on the sample, the same group", () => {
    const tabs = renewalSample();
    const sponsors = tabs.find((t) => t.name === "赞助商")!.rows;
    for (const r of sponsors.slice(1)) r[r.length - 1] = "";
    const a = asWang(tabs);
    expect(a.fn.startRenewalSeason({ start: "2026-09-01" })).toMatchObject({ sponsors: 3, notes: 3, written: true });
    expect(run(a, "sidebarFollowUpsData").renewals).toEqual(["一点点(北门店)"]);
  });
});
