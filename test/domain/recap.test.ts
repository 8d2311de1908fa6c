import type { UserError } from "../../src/domain/errors";
import { render } from "../../src/domain/messages";
import type { Deliverable, LedgerEntry, Model } from "../../src/domain/model";
import { buildRecap, type RecapModel } from "../../src/domain/recap";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

const entry = (row: number, date: string, sponsor: string, event: string, cash: number, status: LedgerEntry["status"], items = "", inKind = 0): LedgerEntry =>
  ({ row, date, sponsor, event, credit: [], cash, inKind, items, status, paidOn: null, paidOnBlank: true }) as unknown as LedgerEntry;

const benefit = (row: number, sponsor: string, event: string, promised: string, status: Deliverable["status"], proof = ""): Deliverable => ({
  row,
  sponsor,
  event,
  promised,
  due: "2026-11-07",
  owner: "郑宇轩",
  status,
  proof,
});

function model(): RecapModel {
  return {
    sponsors: [{ name: "博文书店" }, { name: "Campus Café" }, { name: "老街麻辣烫" }] as Model["sponsors"],
    events: [
      { name: "新生辩论赛", date: "2026-11-07", owner: "", target: null, budget: null, row: 2 },
      { name: "志愿服务周", date: null, owner: "", target: null, budget: null, row: 3 },
    ],
    ledger: [
      entry(5, "2026-11-21", "博文书店", "志愿服务周", 20000, "received", "图书 20 本", 40000),
      entry(2, "2026-10-21", "博文书店", "新生辩论赛", 50050, "received"),
      entry(3, "2026-11-01", "博文书店", "新生辩论赛", 30000, "pledged"),
      entry(4, "2026-11-02", "博文书店", "新生辩论赛", 99900, "cancelled"),
      entry(6, "2026-11-03", "老街麻辣烫", "新生辩论赛", 10000, "received"),
      entry(7, "2026-11-04", "campus  café", "", 5000, "received"),
    ],
    deliverables: [
      benefit(2, "博文书店", "新生辩论赛", "决赛现场摆放书店展架", "done", "照片"),
      benefit(3, "博文书店", "志愿服务周", "发送活动照片", "pending"),
      benefit(4, "老街麻辣烫", "新生辩论赛", "横幅", "waived"),
    ],
    settings: { ...DEFAULT_SETTINGS, department: "XX大学学生会外联部" },
  };
}

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return render((e as UserError).msg, "zh");
  }
  throw new Error("did not throw");
};

describe("buildRecap", () => {
  test("every received row oldest first, the open pledge apart, a cancelled row nowhere, each benefit with its status", () => {
    const r = buildRecap(model(), " 博文书店 ", null, "2026-11-30", "zh");
    expect(r.sponsor).toBe("博文书店");
    expect(r.department).toBe("XX大学学生会外联部");
    expect(r.received.map((g) => [g.row, g.date, g.event, g.eventDate, g.cash, g.goods, g.goodsValue])).toEqual([
      [2, "2026-10-21", "新生辩论赛", "2026-11-07", 50050, "", 0],
      [5, "2026-11-21", "志愿服务周", null, 20000, "图书 20 本", 40000],
    ]);
    expect(r.pledged.map((g) => [g.row, g.cash])).toEqual([[3, 30000]]);
    expect(r.totals).toEqual({ cash: 70050, goodsValue: 40000 });
    expect(r.benefits.map((b) => [b.event, b.promised, b.status, b.proof])).toEqual([
      ["新生辩论赛", "决赛现场摆放书店展架", "done", "照片"],
      ["志愿服务周", "发送活动照片", "pending", ""],
    ]);
  });

  test("one event: only its rows and benefits, with its date", () => {
    const r = buildRecap(model(), "博文书店", "新生辩论赛", "2026-11-30", "en");
    expect(r.event).toBe("新生辩论赛");
    expect(r.eventDate).toBe("2026-11-07");
    expect(r.received.map((g) => g.row)).toEqual([2]);
    expect(r.pledged.map((g) => g.row)).toEqual([3]);
    expect(r.benefits.map((b) => b.promised)).toEqual(["决赛现场摆放书店展架"]);
  });

  test("names match as everywhere: spaces and English case do not matter", () => {
    const r = buildRecap(model(), "CAMPUS CAFÉ", null, "2026-11-30", "en");
    expect(r.sponsor).toBe("Campus Café");
    expect(r.received.map((g) => g.row)).toEqual([7]);
  });

  test("an unknown sponsor or event is an error with a did-you-mean; none when nothing is close", () => {
    expect(thrown(() => buildRecap(model(), "博文书屋", null, "2026-11-30", "zh"))).toBe("赞助商表中没有“博文书屋”，是否是“博文书店”？");
    expect(thrown(() => buildRecap(model(), "完全不同的名字", null, "2026-11-30", "zh"))).toBe("赞助商表中没有“完全不同的名字”：请先在赞助商表中添加");
    expect(thrown(() => buildRecap(model(), "博文书店", "新生辩论", "2026-11-30", "zh"))).toBe("活动表中没有“新生辩论”，是否是“新生辩论赛”？");
    expect(thrown(() => buildRecap(model(), "博文书店", "运动会", "2026-11-30", "zh"))).toBe("活动表中没有“运动会”");
  });

  test("a blank department stays blank (the page says 外联部); no rows is an empty recap, not an error", () => {
    const m = { ...model(), settings: { ...DEFAULT_SETTINGS, department: "" }, ledger: [], deliverables: [] };
    const r = buildRecap(m, "博文书店", null, "2026-11-30", "zh");
    expect(r.department).toBe("");
    expect([r.received, r.pledged, r.benefits]).toEqual([[], [], []]);
  });
});
