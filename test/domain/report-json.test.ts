import type { FineAccount } from "../../src/domain/accounts";
import { buildReport, type MemberLine, type Report, type ReportAccounts } from "../../src/domain/report";
import { reportToJson } from "../../src/domain/report-json";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { entry, model, sponsor } from "./fixtures";

const opts = { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" };

const line = (over: Partial<MemberLine> = {}): MemberLine => ({
  name: "张三",
  group: "一组",
  active: true,
  sponsorships: 2,
  cashCredited: 123456,
  commission: 18518,
  meetings: 7,
  present: 3,
  late: 1,
  leftEarly: 1,
  excused: 1,
  absent: 1,
  attendanceRate: 4 / 7,
  penalty: 3000,
  net: 15518,
  unpaidCommission: 501,
  warnings: [],
  leave: { approved: 2, rejected: 1, pending: 0, late: 1 },
  finesOwed: 1550,
  ...over,
});

const fine = (name: string, penalties: number, paid: number, waived: number): FineAccount => ({
  name,
  group: "一组",
  active: true,
  penalties,
  paid,
  waived,
  balance: penalties - paid - waived,
});

/** 1,286.50 + 15,200.50 + 5.00 + 50.00 − 120.00 − 260.50 − 2,280.08 = 13,881.42 */
const accounts = (): ReportAccounts => ({
  tab: true,
  start: "2026-09-01",
  openingBalance: 50000,
  cashBook: {
    month: "2026-11",
    opening: 128650,
    sponsorCash: 1520050,
    finesPaid: 500,
    otherIncome: 5000,
    expensesPaid: 12000,
    reimbursed: 26050,
    commissionsPaid: 228008,
    closing: 1388142,
  },
  events: [
    {
      name: "迎新晚会",
      budget: 30000,
      spent: 38050,
      cashRaised: 100000,
      inKindRaised: 25000,
      otherIncome: 0,
      net: 61950,
      budgetLeft: -8050,
      overBudget: true,
    },
    { name: "", budget: null, spent: 0, cashRaised: 0, inKindRaised: 0, otherIncome: 5000, net: 5000, budgetLeft: null, overBudget: false },
  ],
  fines: [fine("张三", 3000, 0, 1450), fine("李四", 500, 500, 0)],
  owing: [fine("张三", 3000, 0, 1450)],
  finesOwed: 1550,
  reimbursementsOwed: [{ row: 6, date: "2026-11-08", member: "王五", event: "运动会", item: "矿泉水", amount: 9580, receipt: "小票" }],
  reimbursementsOwedTotal: 9580,
  findings: [],
});

const report = (over: Partial<Report> = {}): Report => ({
  month: "2026-11",
  currency: "CNY",
  department: "学生会外联部",
  generatedAt: "2026-11-23 10:00",
  generatedBy: "head@example.edu",
  settings: { ...DEFAULT_SETTINGS, termStart: "2026-09-01", fees: { late: 500, leftEarly: 250, absent: 2050 } },
  meetingsHeld: 3,
  meetings: [],
  totals: {
    cashReceived: 1520050,
    inKindValue: 180000,
    pledged: 300000,
    sponsorships: 9,
    newSponsors: 2,
    ytdCash: 5000001,
    commission: 228008,
    unassigned: 3000,
    penalty: 8500,
    net: 219508,
  },
  members: [line()],
  groups: [
    {
      group: "一组",
      members: 2,
      sponsorships: 3,
      cashCredited: 123456,
      commission: 18518,
      late: 1,
      leftEarly: 1,
      absent: 1,
      penalty: 3000,
      net: 15518,
      unpaidCommission: 501,
    },
  ],
  events: [
    {
      name: "迎新晚会",
      date: "2026-10-20",
      owner: "张三",
      target: 300000,
      raised: 100000,
      pledged: 0,
      progress: 1 / 3,
      budget: 50000,
      forecast: 61729,
      forecastSponsors: [{ sponsor: "老王餐馆", stage: "negotiating", expected: 123457, weighted: 61729 }],
      shortfall: 138271,
    },
    {
      name: "运动会",
      date: null,
      owner: "",
      target: null,
      raised: -20000,
      pledged: 80000,
      progress: null,
      budget: null,
      forecast: 0,
      forecastSponsors: [],
      shortfall: null,
    },
  ],
  sponsors: {
    byStage: { potential: 1, contacting: 2, negotiating: 0, signed: 3, partner: 1, declined: 1, none: 0 },
    followUps: [{ sponsor: "书香书店", owner: "张三", stage: "signed", due: "2026-11-10", overdue: true }],
    staleAsOf: "2026-11-23",
    stale: [{ sponsor: "老王餐馆", owner: "李四", stage: "negotiating", lastContact: "2026-10-10", days: 44 }],
  },
  deliverables: [{ sponsor: "书香书店", event: "迎新晚会", promised: "横幅印 logo", owner: "张三", due: "2026-11-14", overdue: false }],
  leavePending: [
    { row: 4, name: "李四", meeting: "2026-11-25", reason: "省赛集训", submittedAt: { date: "2026-11-24", seconds: 9 * 3600 + 5 * 60 }, late: false },
    { row: 7, name: "王五", meeting: "2026-11-25", reason: "", submittedAt: null, late: false },
  ],
  accounts: accounts(),
  problems: [{ sheet: "赞助记录", cell: "E9", message: { key: "badAmount", params: { value: "两千" } } }],
  ...over,
});

describe("reportToJson", () => {
  test("JSON: money in yuan with two decimals, warnings and problems as text", () => {
    const r = buildReport(
      model({ ledger: [entry({ date: "2026-11-03", cash: 150 })] }),
      [{ sheet: "赞助记录", cell: "E9", message: { key: "badAmount", params: { value: "两千" } } }],
      opts,
    );
    const j = reportToJson(r, "en");
    expect(j.totals.commission).toBe(0.23);
    expect(j.totals.cashReceived).toBe(1.5);
    expect(j.currency).toBe("CNY");
    expect(j.problems).toEqual([{ sheet: "赞助记录", cell: "E9", message: expect.stringContaining('"两千" is not an amount') }]);
  });

  test("the header and the totals, every amount in yuan", () => {
    const j = reportToJson(report(), "zh");
    expect([j.month, j.currency, j.department, j.generatedAt, j.generatedBy, j.meetingsHeld]).toEqual([
      "2026-11",
      "CNY",
      "学生会外联部",
      "2026-11-23 10:00",
      "head@example.edu",
      3,
    ]);
    expect(j.totals).toEqual({
      cashReceived: 15200.5,
      inKindValue: 1800,
      pledged: 3000,
      sponsorships: 9,
      newSponsors: 2,
      ytdCash: 50000.01,
      commission: 2280.08,
      unassigned: 30,
      penalty: 85,
      net: 2195.08,
    });
  });

  test("the settings the report was made with, the basis in the report's language", () => {
    expect(reportToJson(report(), "zh").settings).toEqual({
      commissionRate: "15%",
      commissionBasis: "仅现金",
      lateFee: 5,
      leftEarlyFee: 2.5,
      absentFee: 20.5,
      lateOrEarlyLimit: 2,
      absentLimit: 1,
      termStart: "2026-09-01",
      followUpDays: 30,
      odds: { potential: "10%", contacting: "25%", negotiating: "50%", signed: "90%", partner: "90%", declined: "0%" },
    });
    const other = report({ settings: { ...DEFAULT_SETTINGS, basis: "cashAndInKind", rate: { units: 125n, scale: 3 } } });
    expect(reportToJson(other, "en").settings).toMatchObject({ commissionRate: "12.5%", commissionBasis: "Cash and in-kind", termStart: null });
    expect(reportToJson(other, "zh").settings.commissionBasis).toBe("现金+物资");
    expect(reportToJson(report(), "en").settings.commissionBasis).toBe("Cash only");
  });

  test("a member line: money in yuan, the attendance rate to four decimals", () => {
    expect(reportToJson(report(), "zh").members).toEqual([
      {
        name: "张三",
        group: "一组",
        active: true,
        sponsorships: 2,
        cashCredited: 1234.56,
        commission: 185.18,
        meetings: 7,
        present: 3,
        late: 1,
        leftEarly: 1,
        excused: 1,
        absent: 1,
        attendanceRate: 0.5714,
        penalty: 30,
        net: 155.18,
        unpaidCommission: 5.01,
        warnings: [],
        leave: { approved: 2, rejected: 1, pending: 0, late: 1 },
        finesOwed: 15.5,
      },
    ]);
  });

  test("a member with no meetings has no rate (null, not 0)", () => {
    expect(reportToJson(report({ members: [line({ meetings: 0, attendanceRate: null })] }), "zh").members[0].attendanceRate).toBeNull();
  });

  test("a member's warnings are one sentence in the report's language", () => {
    const r = report({
      members: [
        line({
          warnings: [
            { kind: "lateOrEarly", count: 2, limit: 2 },
            { kind: "absent", count: 1, limit: 1 },
          ],
        }),
      ],
    });
    expect(reportToJson(r, "zh").members[0].warnings).toEqual(["迟到/早退 2 次，缺席 1 次，需部长审议"]);
    expect(reportToJson(r, "en").members[0].warnings).toEqual(["Late or left early 2 times, absent 1 time: for the head's review"]);
  });

  test("groups in yuan", () => {
    expect(reportToJson(report(), "zh").groups).toEqual([
      {
        group: "一组",
        members: 2,
        sponsorships: 3,
        cashCredited: 1234.56,
        commission: 185.18,
        late: 1,
        leftEarly: 1,
        absent: 1,
        penalty: 30,
        net: 155.18,
        unpaidCommission: 5.01,
      },
    ]);
  });

  test("events: progress to four decimals; no target, no budget and no progress stay null; a refund-only event is negative", () => {
    expect(reportToJson(report(), "zh").events).toEqual([
      {
        name: "迎新晚会",
        date: "2026-10-20",
        owner: "张三",
        target: 3000,
        raised: 1000,
        pledged: 0,
        progress: 0.3333,
        budget: 500,
        forecast: 617.29,
        forecastSponsors: [{ sponsor: "老王餐馆", stage: "negotiating", expected: 1234.57, weighted: 617.29 }],
        shortfall: 1382.71,
      },
      {
        name: "运动会",
        date: null,
        owner: "",
        target: null,
        raised: -200,
        pledged: 800,
        progress: null,
        budget: null,
        forecast: 0,
        forecastSponsors: [],
        shortfall: null,
      },
    ]);
    const twoThirds = report({
      events: [
        { name: "x", date: null, owner: "", target: 3, raised: 2, pledged: 0, progress: 2 / 3, budget: null, forecast: 0, forecastSponsors: [], shortfall: 1 },
      ],
    });
    expect(reportToJson(twoThirds, "zh").events[0].progress).toBe(0.6667);
  });

  test("sponsors by stage and follow-ups (without the stage), deliverables as they are", () => {
    const j = reportToJson(report(), "zh");
    expect(j.sponsors).toEqual({
      byStage: { potential: 1, contacting: 2, negotiating: 0, signed: 3, partner: 1, declined: 1, none: 0 },
      followUps: [{ sponsor: "书香书店", owner: "张三", due: "2026-11-10", overdue: true }],
      staleAsOf: "2026-11-23",
      stale: [{ sponsor: "老王餐馆", owner: "李四", stage: "negotiating", lastContact: "2026-10-10", days: 44 }],
    });
    const never = report({ sponsors: { ...report().sponsors, stale: [{ sponsor: "x", owner: "", stage: "contacting", lastContact: null, days: null }] } });
    expect(reportToJson(never, "en").sponsors.stale).toEqual([{ sponsor: "x", owner: "", stage: "contacting", lastContact: null, days: null }]);
    expect(j.deliverables).toEqual([{ sponsor: "书香书店", event: "迎新晚会", promised: "横幅印 logo", owner: "张三", due: "2026-11-14", overdue: false }]);
  });

  test("leave still pending at the month's end: the time of asking as the sheet shows it, null when none was recorded", () => {
    expect(reportToJson(report(), "en").leavePending).toEqual([
      { name: "李四", meeting: "2026-11-25", reason: "省赛集训", submittedAt: "2026-11-24 09:05", late: false },
      { name: "王五", meeting: "2026-11-25", reason: "", submittedAt: null, late: false },
    ]);
    expect(reportToJson(report({ leavePending: [] }), "zh").leavePending).toEqual([]);
  });

  test("accounts: the month's cash book, each event, fines with who still owes, reimbursements owed, in yuan", () => {
    const a = reportToJson(report(), "zh").accounts;
    expect(a).toMatchObject({ tab: true, start: "2026-09-01", openingBalance: 500 });
    expect(a.cashBook).toEqual({
      month: "2026-11",
      opening: 1286.5,
      sponsorCash: 15200.5,
      finesPaid: 5,
      otherIncome: 50,
      expensesPaid: 120,
      reimbursed: 260.5,
      commissionsPaid: 2280.08,
      closing: 13881.42,
    });
    expect(a.events).toEqual([
      { name: "迎新晚会", budget: 300, spent: 380.5, cashRaised: 1000, inKindRaised: 250, otherIncome: 0, net: 619.5, budgetLeft: -80.5, overBudget: true },
      { name: "", budget: null, spent: 0, cashRaised: 0, inKindRaised: 0, otherIncome: 50, net: 50, budgetLeft: null, overBudget: false },
    ]);
    expect(a.fines).toEqual([
      { name: "张三", group: "一组", active: true, penalties: 30, paid: 0, waived: 14.5, balance: 15.5 },
      { name: "李四", group: "一组", active: true, penalties: 5, paid: 5, waived: 0, balance: 0 },
    ]);
    expect([a.owing, a.finesOwed]).toEqual([[{ name: "张三", balance: 15.5 }], 15.5]);
    expect(a.reimbursementsOwed).toEqual([{ date: "2026-11-08", member: "王五", event: "运动会", item: "矿泉水", amount: 95.8, receipt: "小票" }]);
    expect(a.reimbursementsOwedTotal).toBe(95.8);
  });

  test("accounts: no cash book line for a month before the book starts; a missing 收支 tab is said", () => {
    const a = reportToJson(report({ accounts: { ...accounts(), tab: false, cashBook: null } }), "en").accounts;
    expect([a.tab, a.cashBook]).toEqual([false, null]);
  });

  test("problems: the sheet, the cell and the sentence in the report's language", () => {
    expect(reportToJson(report(), "zh").problems).toEqual([
      { sheet: "赞助记录", cell: "E9", message: "无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）" },
    ]);
    expect(reportToJson(report({ problems: [] }), "en").problems).toEqual([]);
  });

  test("a built report's forecast: ¥1,000.02 at 联系中 25% = ¥250.005 → 250.01 yuan, the sponsor listed with its stage", () => {
    const m = model({
      sponsors: [sponsor("鲜果时光", { expected: 100002, targetEvent: "迎新晚会", lastContact: "2026-11-20" })],
      events: [{ name: "迎新晚会", date: "2026-12-20", owner: "张三", target: 50000, budget: null, row: 2 }],
    });
    const j = reportToJson(buildReport(m, [], opts), "zh");
    expect(j.events[0]).toMatchObject({ forecast: 250.01, shortfall: 249.99 });
    expect(j.events[0].forecastSponsors).toEqual([{ sponsor: "鲜果时光", stage: "contacting", expected: 1000.02, weighted: 250.01 }]);
    expect(j.sponsors.stale).toEqual([]);
  });

  test("the whole thing survives JSON.stringify: no BigInt, no Map", () => {
    const j = reportToJson(report(), "en");
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
