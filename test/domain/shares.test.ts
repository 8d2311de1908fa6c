import type { Rate } from "../../src/domain/commission";
import { DEFAULT_SETTINGS, type Settings } from "../../src/domain/settings";
import { baseOf, isUnpaid, sharesOf } from "../../src/domain/shares";
import { entry, equal, weighted } from "./fixtures";

const CASH: Settings = DEFAULT_SETTINGS;
const BOTH: Settings = { ...DEFAULT_SETTINGS, basis: "cashAndInKind" };
const KNOWN = new Set(["张三", "李四", "王五"]);
const obj = (m: Map<string, number>) => Object.fromEntries(m);

describe("baseOf: what the rate applies to", () => {
  test("cash only by default; cash plus the goods' value when Settings say so", () => {
    const e = entry({ date: "2026-11-03", cash: 10000, inKind: 20000 });
    expect(baseOf(e, CASH)).toBe(10000);
    expect(baseOf(e, BOTH)).toBe(30000);
  });

  test("goods alone earn nothing on the cash basis; a refund is a negative base", () => {
    expect(baseOf(entry({ date: "2026-11-03", cash: 0, inKind: 50000 }), CASH)).toBe(0);
    expect(baseOf(entry({ date: "2026-11-03", cash: -30000 }), BOTH)).toBe(-30000);
  });
});

describe("isUnpaid: as of a day", () => {
  const asOf = "2026-11-30";
  test("an empty 佣金发放日期 is unpaid", () => {
    expect(isUnpaid(entry({ date: "2026-11-03", cash: 100 }), asOf)).toBe(true);
  });

  test("paid on or before the day is paid; paid after it was still unpaid then", () => {
    expect(isUnpaid(entry({ date: "2026-11-03", cash: 100, paidOn: "2026-11-02" }), asOf)).toBe(false);
    expect(isUnpaid(entry({ date: "2026-11-03", cash: 100, paidOn: "2026-11-30" }), asOf)).toBe(false);
    expect(isUnpaid(entry({ date: "2026-11-03", cash: 100, paidOn: "2026-12-01" }), asOf)).toBe(true);
  });

  test("anything else typed there (已发) counts as paid, so it is never paid twice", () => {
    expect(isUnpaid(entry({ date: "2026-11-03", cash: 100, paidOn: null, paidOnBlank: false }), asOf)).toBe(false);
  });
});

describe("sharesOf: who earns what from one row", () => {
  test("one member earns the row's whole 15%, rounded half up to the fen", () => {
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 123450 }), CASH, KNOWN); // ¥185.175 → ¥185.18
    expect(sh.total).toBe(18518);
    expect(obj(sh.commission)).toEqual({ 张三: 18518 });
    expect(obj(sh.cash)).toEqual({ 张三: 123450 });
    expect(sh.unassigned).toBe(0);
  });

  test("¥100.10 among three: ¥15.02 split 501/501/500 fen and the cash 3337/3337/3336, each adding up exactly", () => {
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 10010, credit: equal("张三", "李四", "王五") }), CASH, KNOWN);
    expect(sh.total).toBe(1502);
    expect(obj(sh.commission)).toEqual({ 张三: 501, 李四: 501, 王五: 500 });
    expect(obj(sh.cash)).toEqual({ 张三: 3337, 李四: 3337, 王五: 3336 });
  });

  test("weighted 60/40 on cash and goods: the commission on both, the cash credited on cash alone", () => {
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 10000, inKind: 10000, credit: weighted(["张三", 60], ["李四", 40]) }), BOTH, KNOWN);
    expect(sh.total).toBe(3000);
    expect(obj(sh.commission)).toEqual({ 张三: 1800, 李四: 1200 });
    expect(obj(sh.cash)).toEqual({ 张三: 6000, 李四: 4000 });
  });

  test("a refund claws back from each member in the same proportion, as whole fen", () => {
    const sh = sharesOf(entry({ date: "2026-11-20", cash: -10010, credit: equal("张三", "李四", "王五") }), CASH, KNOWN);
    expect(sh.total).toBe(-1502);
    expect(obj(sh.commission)).toEqual({ 张三: -501, 李四: -501, 王五: -500 });
  });

  test("a name not in 成员 keeps its part out of everyone's pocket: it is unassigned", () => {
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 100000, credit: equal("张三", "张叁") }), CASH, KNOWN);
    expect(sh.total).toBe(15000);
    expect(obj(sh.commission)).toEqual({ 张三: 7500 });
    expect(obj(sh.cash)).toEqual({ 张三: 50000 });
    expect(sh.unassigned).toBe(7500);
  });

  test("nobody credited: the whole commission is unassigned", () => {
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 100000, credit: [] }), CASH, KNOWN);
    expect(sh).toEqual({ total: 15000, commission: new Map(), cash: new Map(), unassigned: 15000 });
  });

  test("a member named twice (two spellings of one name) gets both parts", () => {
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 10010, credit: equal("张三", "张三", "李四") }), CASH, KNOWN);
    expect(obj(sh.commission)).toEqual({ 张三: 1002, 李四: 500 });
    expect(obj(sh.cash)).toEqual({ 张三: 6674, 李四: 3336 });
  });

  test("the rate is the one in Settings", () => {
    const tenPercent: Rate = { units: 10n, scale: 2 };
    const sh = sharesOf(entry({ date: "2026-11-03", cash: 100005, credit: equal("张三", "李四") }), { ...CASH, rate: tenPercent }, KNOWN);
    expect(sh.total).toBe(10001); // ¥100.0005 → ¥100.01
    expect(obj(sh.commission)).toEqual({ 张三: 5001, 李四: 5000 });
  });

  test("members' parts plus the unassigned part always make the row's commission, to the fen", () => {
    const credits = [equal("张三"), equal("张三", "路人"), equal("张三", "李四", "王五"), weighted(["张三", 33.33], ["李四", 33.33], ["甲", 33.34]), []];
    for (const cash of [1, 7, 10010, 99999, -10010, -1, 123456789]) {
      for (const credit of credits) {
        const sh = sharesOf(entry({ date: "2026-11-03", cash, credit }), CASH, KNOWN);
        const members = [...sh.commission.values()].reduce((a, b) => a + b, 0);
        expect(members + sh.unassigned - sh.total).toBe(0); // (a refund of 1 fen earns −0)
        const cashed = [...sh.cash.values()].reduce((a, b) => a + b, 0);
        if (credit.length > 0 && credit.every((c) => KNOWN.has(c.name))) expect(cashed - cash).toBe(0);
      }
    }
  });
});
