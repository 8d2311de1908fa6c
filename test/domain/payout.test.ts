import { planPayout } from "../../src/domain/payout";
import { entry, equal, member, model } from "./fixtures";

describe("planPayout: what marking a month's commissions paid settles", () => {
  test("received rows up to the month's last day with an empty 佣金发放日期, from earlier months too", () => {
    const m = model({
      ledger: [
        entry({ row: 2, date: "2026-10-15", cash: 100000 }), // October, never paid
        entry({ row: 3, date: "2026-11-30", cash: 20000, credit: equal("李四") }), // the month's last day
        entry({ row: 4, date: "2026-12-01", cash: 50000 }), // next month
        entry({ row: 5, date: "2026-11-10", cash: 50000, status: "pledged" }),
        entry({ row: 6, date: "2026-11-11", cash: 50000, status: "cancelled" }),
        entry({ row: 7, date: "2026-11-12", cash: 50000, paidOn: "2026-11-20" }),
        entry({ row: 8, date: "2026-11-13", cash: 50000, paidOn: null, paidOnBlank: false }), // "已发" typed
      ],
    });
    expect(planPayout(m, "2026-11")).toMatchObject({
      month: "2026-11",
      rows: [2, 3],
      members: [
        { name: "张三", amount: 15000 },
        { name: "李四", amount: 3000 },
      ],
      total: 18000,
      held: [],
    });
  });

  test("a refund is netted against the same member's commission, and both rows are settled", () => {
    const m = model({ ledger: [entry({ row: 2, date: "2026-11-03", cash: 100000 }), entry({ row: 3, date: "2026-11-20", cash: -30000 })] });
    expect(planPayout(m, "2026-11")).toMatchObject({ rows: [2, 3], members: [{ name: "张三", amount: 10500 }], total: 10500 });
  });

  test("a member whose refund cancels their commission receives nothing and is not listed, but the rows are settled", () => {
    const m = model({
      ledger: [
        entry({ row: 2, date: "2026-11-03", cash: 10000 }),
        entry({ row: 3, date: "2026-11-04", cash: -10000 }),
        entry({ row: 4, date: "2026-11-05", cash: 10000, credit: equal("李四") }),
      ],
    });
    expect(planPayout(m, "2026-11")).toMatchObject({ rows: [2, 3, 4], members: [{ name: "李四", amount: 1500 }], total: 1500 });
  });

  test("a row with a share for a name not in 成员, or with nobody credited, is held whole: none of its members is paid", () => {
    const m = model({
      ledger: [
        entry({ row: 2, date: "2026-11-03", cash: 100000, credit: equal("张三", "张叁") }),
        entry({ row: 3, date: "2026-11-04", cash: 100000, credit: [] }),
        entry({ row: 4, date: "2026-11-05", cash: 20000, credit: equal("李四") }),
      ],
    });
    const plan = planPayout(m, "2026-11");
    expect(plan).toMatchObject({ rows: [4], held: [2, 3], members: [{ name: "李四", amount: 3000 }], total: 3000 });
  });

  test("a row whose commission rounds to nothing (3 fen × 15% = 0.45 fen) is neither paid nor held", () => {
    const plan = planPayout(
      model({ ledger: [entry({ row: 2, date: "2026-11-03", cash: 3 }), entry({ row: 3, date: "2026-11-04", cash: 3, credit: [] })] }),
      "2026-11",
    );
    expect(plan).toMatchObject({ rows: [], held: [], members: [], total: 0 });
  });

  test("the largest amount first; equal amounts by name", () => {
    const m = model({
      members: [member("Bo"), member("Amy"), member("Cai")],
      ledger: [
        entry({ row: 2, date: "2026-11-03", cash: 20000, credit: equal("Bo") }),
        entry({ row: 3, date: "2026-11-04", cash: 20000, credit: equal("Amy") }),
        entry({ row: 4, date: "2026-11-05", cash: 100000, credit: equal("Cai") }),
      ],
    });
    expect(planPayout(m, "2026-11").members.map((x) => x.name)).toEqual(["Cai", "Amy", "Bo"]);
  });

  test("February of a leap year ends on the 29th", () => {
    const m = model({ ledger: [entry({ row: 2, date: "2028-02-29", cash: 10000 }), entry({ row: 3, date: "2028-03-01", cash: 10000 })] });
    expect(planPayout(m, "2028-02").rows).toEqual([2]);
    expect(planPayout(m, "2028-03").rows).toEqual([2, 3]);
  });

  test("December's payout takes the year's last day and nothing of January", () => {
    const m = model({ ledger: [entry({ row: 2, date: "2026-12-31", cash: 10000 }), entry({ row: 3, date: "2027-01-01", cash: 10000 })] });
    expect(planPayout(m, "2026-12").rows).toEqual([2]);
  });

  test("nothing to pay: an empty plan", () => {
    expect(planPayout(model(), "2026-11")).toMatchObject({ rows: [], members: [], total: 0, held: [] });
  });

  test("the fingerprint the head confirms changes when a settled amount or who receives it changes, and not otherwise", () => {
    const ledger = () => [entry({ row: 2, date: "2026-11-03", cash: 100000 }), entry({ row: 3, date: "2026-11-04", cash: 20000, credit: equal("李四") })];
    const base = planPayout(model({ ledger: ledger() }), "2026-11").fingerprint;
    expect(planPayout(model({ ledger: ledger() }), "2026-11").fingerprint).toBe(base);

    const moreCash = ledger();
    moreCash[0] = { ...moreCash[0], cash: 100100 };
    expect(planPayout(model({ ledger: moreCash }), "2026-11").fingerprint).not.toBe(base);

    const otherMember = ledger();
    otherMember[1] = { ...otherMember[1], credit: equal("王五") };
    expect(planPayout(model({ ledger: otherMember }), "2026-11").fingerprint).not.toBe(base);

    const newRow = [...ledger(), entry({ row: 4, date: "2026-11-05", cash: 1000 })];
    expect(planPayout(model({ ledger: newRow }), "2026-11").fingerprint).not.toBe(base);

    expect(planPayout(model({ ledger: ledger() }), "2026-12").fingerprint).not.toBe(base);
  });
});
