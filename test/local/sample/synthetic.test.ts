import { syntheticTabs } from "../../../src/local/sample/synthetic";
import { sampleTabs } from "../../../src/local/sample/workbook";
import { finishes } from "../../hang-guard";
import { ATTENDANCE_CODES, allDates, EXPECTED_HEADERS, parseCredit, records, shanghaiParts, TAB_ORDER, tab } from "./helpers";

describe("syntheticTabs", () => {
  const opts = { ledgerRows: 2000, members: 40, meetings: 30, seed: 7 };
  const tabs = syntheticTabs(opts);

  test("same six tabs and headers as the sample workbook", () => {
    expect(tabs.map((t) => t.name)).toEqual(TAB_ORDER);
    for (const name of Object.keys(EXPECTED_HEADERS)) expect(tab(tabs, name)[0]).toEqual(EXPECTED_HEADERS[name]);
    const sample = sampleTabs();
    for (const name of Object.keys(EXPECTED_HEADERS)) expect(tab(tabs, name)[0]).toEqual(tab(sample, name)[0]);
    expect(tab(tabs, "考勤")[0].slice(0, 2)).toEqual(["姓名", "小组"]);
  });

  test("sized as asked", () => {
    expect(tab(tabs, "成员")).toHaveLength(opts.members + 1);
    expect(tab(tabs, "赞助记录")).toHaveLength(opts.ledgerRows + 1);
    expect(tab(tabs, "赞助商")).toHaveLength(opts.members / 2 + 1);
    expect(tab(tabs, "活动")).toHaveLength(21);
    const grid = tab(tabs, "考勤");
    expect(grid).toHaveLength(opts.members + 1);
    for (const row of grid) expect(row).toHaveLength(opts.meetings + 2);
    for (const t of tabs) for (const row of t.rows) expect(row).toHaveLength(t.rows[0].length);
  });

  test("about ten groups; one 部长 and two 副部长", () => {
    const members = records(tabs, "成员");
    expect(new Set(members.map((m) => m["小组"])).size).toBe(10);
    expect(members.filter((m) => m["职务"] === "部长")).toHaveLength(1);
    expect(members.filter((m) => m["职务"] === "副部长")).toHaveLength(2);
  });

  test("deterministic for a seed, different across seeds", () => {
    expect(syntheticTabs(opts)).toEqual(tabs);
    expect(syntheticTabs({ ...opts, seed: 8 })).not.toEqual(tabs);
    expect(syntheticTabs({ ledgerRows: 10, members: 5, meetings: 3 })).toEqual(syntheticTabs({ ledgerRows: 10, members: 5, meetings: 3 }));
  });

  test("every name in the ledger and grid exists in its tab", () => {
    const members = new Set(records(tabs, "成员").map((m) => m["姓名"]));
    const sponsors = new Set(records(tabs, "赞助商").map((s) => s["赞助商"]));
    const events = new Set(records(tabs, "活动").map((e) => e["活动"]));
    expect(members.size).toBe(opts.members);
    expect(sponsors.size).toBe(opts.members / 2);
    for (const r of records(tabs, "赞助记录")) {
      expect(sponsors).toContain(r["赞助商"]);
      expect(events).toContain(r["活动"]);
      for (const c of parseCredit(r["经办人"])) expect(members).toContain(c.name);
    }
    for (const row of tab(tabs, "考勤").slice(1)) expect(members).toContain(row[0]);
    for (const s of records(tabs, "赞助商")) expect(members).toContain(s["负责人"]);
  });

  test("realistic ledger mix", () => {
    const ledger = records(tabs, "赞助记录");
    const credits = ledger.map((r) => parseCredit(r["经办人"]));
    expect(credits.filter((c) => c.length === 1).length / ledger.length).toBeGreaterThan(0.6);
    expect(credits.some((c) => c.length === 2 && c[0].weight === undefined)).toBe(true);
    expect(credits.some((c) => c.length === 3 && c[0].weight === undefined)).toBe(true);
    const weighted = credits.filter((c) => c[0].weight !== undefined);
    expect(weighted.length).toBeGreaterThan(0);
    for (const c of weighted) expect(c.reduce((s, x) => s + (x.weight ?? NaN), 0)).toBe(100);
    for (const c of credits) expect(new Set(c.map((x) => x.name)).size).toBe(c.length);
    for (const s of ["已到账", "意向", "已取消"]) expect(ledger.some((r) => r["状态"] === s)).toBe(true);
    const refunds = ledger.filter((r) => typeof r["现金"] === "number" && (r["现金"] as number) < 0);
    expect(refunds.length).toBeGreaterThan(0);
    for (const r of refunds) expect(r["备注"]).toBe("退款");
    expect(ledger.some((r) => typeof r["现金"] === "string" && /^¥[\d,]+$/.test(r["现金"] as string))).toBe(true);
    expect(ledger.some((r) => typeof r["现金"] === "string" && /^\d+元$/.test(r["现金"] as string))).toBe(true);
    expect(ledger.some((r) => r["物资"] !== "" && typeof r["物资估值"] === "number")).toBe(true);
    for (const r of ledger) expect(r["现金"] !== "" || r["物资"] !== "").toBe(true);
    for (const r of ledger) expect(r["佣金"]).toBe("");
    for (const r of ledger) if (typeof r["现金"] === "number") expect(Math.round((r["现金"] as number) * 100) / 100).toBe(r["现金"]);
  });

  test("ledger dates cover 2026 in order; payouts come after the month", () => {
    const ledger = records(tabs, "赞助记录");
    const days = ledger.map((r) => shanghaiParts(r["日期"] as Date).day);
    expect(days[0]).toBe("2026-01-01");
    expect(days[days.length - 1] >= "2026-12-25" && days[days.length - 1] <= "2026-12-31").toBe(true);
    expect([...days].sort()).toEqual(days);
    for (const r of ledger) {
      const paid = r["佣金发放日期"];
      if (r["状态"] !== "已到账") expect(paid).toBe("");
      if (paid instanceof Date) expect(paid > (r["日期"] as Date)).toBe(true);
    }
  });

  test("grid: weekly Wednesdays from 2026-01-07, known codes", () => {
    const header = tab(tabs, "考勤")[0].slice(2) as Date[];
    header.forEach((h, i) => {
      expect(h).toBeInstanceOf(Date);
      expect(h.getTime()).toBe(Date.UTC(2026, 0, 7) - 8 * 3_600_000 + i * 7 * 86_400_000);
    });
    const cells = tab(tabs, "考勤")
      .slice(1)
      .flatMap((r) => r.slice(2));
    for (const c of cells) expect(ATTENDANCE_CODES).toContain(c);
    const present = cells.filter((c) => c === "出席" || c === "✓").length;
    expect(present / cells.length).toBeGreaterThan(0.75);
  });

  test("all dates are midnight Asia/Shanghai", () => {
    for (const x of allDates(tabs)) expect(shanghaiParts(x).time).toBe("00:00:00");
  });

  test("member names stay unique for large departments", () => {
    const big = syntheticTabs({ ledgerRows: 0, members: 5000, meetings: 0 });
    const names = tab(big, "成员")
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(names).size).toBe(5000);
    const sponsors = tab(big, "赞助商")
      .slice(1)
      .map((r) => r[0]);
    expect(new Set(sponsors).size).toBe(2500);
  });

  test("small and empty sizes work; invalid sizes throw", () => {
    const one = syntheticTabs({ ledgerRows: 3, members: 1, meetings: 0 });
    expect(tab(one, "成员")).toHaveLength(2);
    expect(tab(one, "赞助商")).toHaveLength(2);
    expect(tab(one, "考勤")[0]).toEqual(["姓名", "小组"]);
    expect(tab(syntheticTabs({ ledgerRows: 0, members: 3, meetings: 2 }), "赞助记录")).toHaveLength(1);
    expect(() => syntheticTabs({ ledgerRows: -1, members: 3, meetings: 1 })).toThrow(RangeError);
    expect(() => syntheticTabs({ ledgerRows: 1, members: 0, meetings: 1 })).toThrow(RangeError);
    expect(() => syntheticTabs({ ledgerRows: 1.5, members: 3, meetings: 1 })).toThrow(RangeError);
  });

  test("100,000 ledger rows build (how fast is measured by npm run bench, not here)", () => {
    const big = finishes(() => syntheticTabs({ ledgerRows: 100_000, members: 30, meetings: 52 }));
    expect(tab(big, "赞助记录")).toHaveLength(100_001);
  });
});
