import { DEFAULT_ODDS, forecasts, type Prospect } from "../../src/domain/forecast";
import { entry } from "./fixtures";

const p = (name: string, stage: Prospect["stage"], expected: number | null, targetEvent: string): Prospect => ({ name, stage, expected, targetEvent });

describe("forecasts", () => {
  test("expected × the stage's probability, summed per target event, by hand", () => {
    const prospects = [
      p("中公教育", "negotiating", 150000, "十佳歌手大赛"), // 1,500 × 50% = 750.00
      p("一点点(北门店)", "contacting", 33333, "十佳歌手大赛"), // 333.33 × 25% = 83.3325 → 83.33
      p("云顶花店", null, 5005, "十佳歌手大赛"), // no stage: 潜在, 50.05 × 10% = 5.005 → 5.01 (half up)
      p("招商银行", "declined", 500000, "十佳歌手大赛"), // 0%
      p("中国联通", "partner", 500000, "元旦晚会"), // 5,000 × 90% = 4,500.00
    ];
    const f = forecasts(prospects, [], "2026-11-30", DEFAULT_ODDS);
    expect(f.get("十佳歌手大赛")?.total).toBe(75000 + 8333 + 501 + 0);
    expect(f.get("十佳歌手大赛")?.lines.map((l) => l.weighted)).toEqual([75000, 8333, 501, 0]);
    expect(f.get("元旦晚会")?.total).toBe(450000);
  });

  test("a sponsor that has already given to its target event is no longer forecast; a pledge still is", () => {
    const prospects = [p("中国联通", "partner", 500000, "元旦晚会"), p("新华书店", "partner", 300000, "元旦晚会")];
    const ledger = [
      entry({ date: "2026-11-19", cash: 500000, sponsor: "中国联通", event: "元旦晚会" }),
      entry({ date: "2026-11-18", cash: 300000, sponsor: "新华书店", event: "元旦晚会", status: "pledged" }),
    ];
    expect(
      forecasts(prospects, ledger, "2026-11-30", DEFAULT_ODDS)
        .get("元旦晚会")
        ?.lines.map((l) => l.sponsor),
    ).toEqual(["新华书店"]);
    // Before the money arrived it was still forecast: 5,000 × 90% + 3,000 × 90% = 7,200.00.
    expect(forecasts(prospects, ledger, "2026-11-18", DEFAULT_ODDS).get("元旦晚会")?.total).toBe(720000);
  });

  test("no target event or no expected amount: not forecast anywhere", () => {
    expect(forecasts([p("A", "signed", 1000, ""), p("B", "signed", null, "晚会"), p("C", "signed", 0, "晚会")], [], "2026-11-30", DEFAULT_ODDS).size).toBe(0);
  });
});
