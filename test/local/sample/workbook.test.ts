import type { CellValue } from "../../../src/local/sample/workbook";
import { d, sampleFacts, sampleTabs } from "../../../src/local/sample/workbook";
import { ATTENDANCE_CODES, allDates, EXPECTED_HEADERS, parseCredit, records, SAMPLE_TAB_ORDER, shanghaiParts, tab } from "./helpers";

const tabs = sampleTabs();
const members = records(tabs, "成员");
const sponsors = records(tabs, "赞助商");
const events = records(tabs, "活动");
const ledger = records(tabs, "赞助记录");
const grid = tab(tabs, "考勤");
const settings = records(tabs, "设置");

const memberNames = new Set(members.map((m) => m["姓名"] as string));
const sponsorNames = new Set(sponsors.map((s) => s["赞助商"] as string));
const eventNames = new Set(events.map((e) => e["活动"] as string));
const today = d(sampleFacts.today);

describe("sample workbook: tabs and headers", () => {
  test("nine tabs in the department order", () => {
    expect(tabs.map((t) => t.name)).toEqual(SAMPLE_TAB_ORDER);
  });

  test.each(Object.keys(EXPECTED_HEADERS))("%s has exactly the zh headers in order", (name) => {
    expect(tab(tabs, name)[0]).toEqual(EXPECTED_HEADERS[name]);
  });

  test('考勤 header: 姓名, 小组, then one meeting per column (Date or "YYYY-MM-DD 例会" text)', () => {
    const header = grid[0];
    expect(header.slice(0, 2)).toEqual(["姓名", "小组"]);
    const meetings = header.slice(2);
    expect(meetings).toHaveLength(sampleFacts.meetings);
    const texts = meetings.filter((h): h is string => typeof h === "string");
    expect(texts).toEqual([...sampleFacts.textMeetingHeaders]);
    for (const t of texts) expect(t).toMatch(/^\d{4}-\d{2}-\d{2} 例会$/);
    const days = meetings.map((h) => (h instanceof Date ? shanghaiParts(h).day : String(h).slice(0, 10)));
    // Wednesdays, strictly increasing, within the term and before today.
    for (const day of days) {
      expect(new Date(`${day}T00:00:00Z`).getUTCDay()).toBe(3); // Wednesday
      expect(day >= sampleFacts.termStart && day < sampleFacts.today).toBe(true);
    }
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });

  test("every row of a tab is as wide as its header", () => {
    for (const t of tabs) for (const row of t.rows) expect(row).toHaveLength(t.rows[0].length);
  });

  test("no formulas anywhere", () => {
    for (const t of tabs) for (const row of t.rows) for (const c of row) if (typeof c === "string") expect(c.startsWith("=")).toBe(false);
  });
});

describe("sample workbook: counts from sampleFacts", () => {
  test("members, roles, groups and statuses", () => {
    expect(members).toHaveLength(sampleFacts.members);
    expect(memberNames.size).toBe(sampleFacts.members);
    const active = members.filter((m) => m["状态"] === "在部" || m["状态"] === "");
    expect(active).toHaveLength(sampleFacts.activeMembers);
    expect(members.filter((m) => m["状态"] === "离部").map((m) => m["姓名"])).toEqual([sampleFacts.leftMember]);
    expect(members.filter((m) => m["状态"] === "").map((m) => m["姓名"])).toEqual([sampleFacts.blankStatusMember]);
    expect(members.filter((m) => m["职务"] === "部长")).toHaveLength(1);
    expect(members.filter((m) => m["职务"] === "副部长")).toHaveLength(2);
    expect(members.every((m) => ["部长", "副部长", "干事"].includes(m["职务"] as string))).toBe(true);
    expect([...new Set(members.map((m) => m["小组"]))].sort()).toEqual([...sampleFacts.groups].sort());
  });

  test("sponsors cover every category and every stage", () => {
    expect(sponsors).toHaveLength(sampleFacts.sponsors);
    expect(sponsorNames.size).toBe(sampleFacts.sponsors);
    const categories = new Set(sponsors.map((s) => s["类别"]));
    for (const c of ["书店", "餐饮", "服装", "礼品", "通信", "银行", "培训", "打印", "奶茶"]) expect(categories).toContain(c);
    const stages = new Set(sponsors.map((s) => s["阶段"]));
    expect([...stages].sort()).toEqual(["潜在", "联系中", "洽谈中", "已签约", "长期合作", "已拒绝"].sort());
    for (const s of sponsors) expect(memberNames).toContain(s["负责人"]);
  });

  test("follow-ups: some overdue, some upcoming, some blank", () => {
    const next = sponsors.map((s) => s["下次跟进"]);
    const overdue = next.filter((x) => x instanceof Date && x < today);
    expect(overdue).toHaveLength(sampleFacts.overdueFollowUps);
    expect(next.some((x) => x instanceof Date && x >= today)).toBe(true);
    expect(next.some((x) => x === "")).toBe(true);
    // Every November follow-up is a real Date, as typed.
    expect(next.filter((x) => x instanceof Date && shanghaiParts(x).day.startsWith("2026-11")).length).toBeGreaterThan(5);
  });

  test("events have owners, numeric targets and budgets", () => {
    expect(events).toHaveLength(sampleFacts.events);
    for (const e of events) {
      expect(memberNames).toContain(e["负责人"]);
      expect(typeof e["赞助目标"]).toBe("number");
      expect(typeof e["预算"]).toBe("number");
      expect(e["预算"] as number).toBeGreaterThanOrEqual(150);
      expect(e["预算"] as number).toBeLessThanOrEqual(500);
      expect(e["日期"]).toBeInstanceOf(Date);
    }
  });

  test("ledger size and statuses", () => {
    expect(ledger).toHaveLength(sampleFacts.ledgerRows);
    const count = (s: string) => ledger.filter((r) => r["状态"] === s).length;
    expect(count("已到账")).toBe(sampleFacts.receivedRows);
    expect(count("意向")).toBe(sampleFacts.pledgedRows);
    expect(count("已取消")).toBe(sampleFacts.cancelledRows);
    expect(sampleFacts.receivedRows + sampleFacts.pledgedRows + sampleFacts.cancelledRows).toBe(sampleFacts.ledgerRows);
  });

  test("收支: a term of accounts by known members for known events, every kind of row present", () => {
    const accounts = records(tabs, "收支");
    expect(accounts).toHaveLength(sampleFacts.accountRows);
    for (const a of accounts) {
      expect(memberNames.has(a["成员"] as string)).toBe(true);
      if (a["活动"] !== "") expect(eventNames.has(a["活动"] as string)).toBe(true);
      expect(a["日期"]).toBeInstanceOf(Date);
      expect((a["日期"] as Date).getTime()).toBeLessThanOrEqual(today.getTime());
    }
    const kinds = new Set(accounts.map((a) => `${a["类型"]}/${a["报销状态"]}`));
    for (const k of ["支出/", "支出/已报销", "支出/待报销", "其他收入/", "罚款缴纳/", "罚款减免/"]) expect(kinds).toContain(k);
  });

  test("settings hold the department rules", () => {
    const value = Object.fromEntries(settings.map((s) => [s["项目"] as string, s["值"]]));
    expect(value).toEqual({
      佣金比例: 0.15,
      佣金基数: "仅现金",
      迟到罚款: 5,
      早退罚款: 5,
      缺席罚款: 20,
      迟到早退警告次数: 2,
      缺席警告次数: 1,
      学期开始: d("2026-09-01"),
      部门名称: "XX大学学生会外联部",
      报告语言: "zh",
      期初余额: 1286.5,
      期初日期: "",
      续约季开始: d("2026-09-01"),
    });
    for (const s of settings) expect(String(s["说明"]).length).toBeGreaterThan(0);
  });
});

describe("sample workbook: names used in the ledger and grid exist, except the two deliberate mistakes", () => {
  test("ledger sponsors exist except exactly one row naming an unknown shop", () => {
    const unknown = ledger.filter((r) => !sponsorNames.has(r["赞助商"] as string));
    expect(unknown.map((r) => r["赞助商"])).toEqual([sampleFacts.unknownSponsor]);
  });

  test("this term's ledger rows name events that exist; last season's rows end the ledger", () => {
    const term = ledger.slice(0, -sampleFacts.renewal.lastSeasonRows);
    for (const r of term) expect(eventNames).toContain(r["活动"]);
    const last = ledger.slice(-sampleFacts.renewal.lastSeasonRows);
    expect(last.map((r) => r["赞助商"])).toEqual(sampleFacts.renewal.lastSeason);
    for (const r of last) expect(["", ...eventNames]).toContain(r["活动"]);
  });

  test("ledger 经办人 names exist except exactly one typo of a real member", () => {
    const unknown = ledger.flatMap((r) => parseCredit(r["经办人"]).map((c) => c.name)).filter((n) => !memberNames.has(n));
    expect(unknown).toEqual([sampleFacts.typoMember]);
    expect(memberNames).toContain(sampleFacts.typoOf);
    const a = [...sampleFacts.typoMember];
    const b = [...sampleFacts.typoOf];
    expect(a).toHaveLength(b.length);
    expect(a.filter((ch, i) => ch !== b[i])).toHaveLength(1);
  });

  test("attendance grid has one row per member, same names, order and groups", () => {
    const rows = grid.slice(1);
    expect(rows.map((r) => r[0])).toEqual(members.map((m) => m["姓名"]));
    expect(rows.map((r) => r[1])).toEqual(members.map((m) => m["小组"]));
  });
});

describe("sample workbook: the deliberate cases", () => {
  test("credit forms: many single names, equal splits of 2 and 3, weighted splits summing to 100%", () => {
    const credits = ledger.map((r) => parseCredit(r["经办人"]));
    expect(credits.filter((c) => c.length === 1).length).toBeGreaterThan(30);
    const equal = credits.filter((c) => c.length > 1 && c.every((x) => x.weight === undefined));
    expect(equal.some((c) => c.length === 2)).toBe(true);
    expect(equal.some((c) => c.length === 3)).toBe(true);
    expect(equal.length).toBeGreaterThanOrEqual(5);
    const weighted = credits.filter((c) => c.some((x) => x.weight !== undefined));
    expect(weighted.length).toBeGreaterThanOrEqual(3);
    for (const c of weighted) expect(c.reduce((s, x) => s + (x.weight ?? NaN), 0)).toBe(100);
    // Both separators are used.
    expect(ledger.some((r) => String(r["经办人"]).includes("、"))).toBe(true);
    expect(ledger.some((r) => String(r["经办人"]).includes(","))).toBe(true);
  });

  test("a 15% commission that does not split evenly into fen (integer arithmetic)", () => {
    const { sponsor, cash, people } = sampleFacts.unevenSplit;
    const row = ledger.find((r) => r["赞助商"] === sponsor && r["现金"] === cash);
    expect(row).toBeDefined();
    const credit = parseCredit(row!["经办人"]);
    expect(credit).toHaveLength(people);
    expect(credit.every((c) => c.weight === undefined)).toBe(true);
    const cashFen = Math.round(cash * 100);
    expect(cashFen).toBe(100001);
    // Each person's exact share is cashFen × 15 / (100 × people) fen; it is not a whole number.
    expect((cashFen * 15) % (100 * people)).not.toBe(0);
  });

  test("a refund: later negative received row for a sponsor that paid earlier", () => {
    const refunds = ledger.filter((r) => typeof r["现金"] === "number" && (r["现金"] as number) < 0);
    expect(refunds).toHaveLength(1);
    const refund = refunds[0];
    expect(refund["赞助商"]).toBe(sampleFacts.refund.sponsor);
    expect(refund["现金"]).toBe(sampleFacts.refund.cash);
    expect(refund["状态"]).toBe("已到账");
    expect(String(refund["备注"])).toContain("退款");
    const earlier = ledger.filter(
      (r) =>
        r["赞助商"] === refund["赞助商"] &&
        r["状态"] === "已到账" &&
        typeof r["现金"] === "number" &&
        (r["现金"] as number) > -sampleFacts.refund.cash &&
        (r["日期"] as Date) < (refund["日期"] as Date),
    );
    expect(earlier.length).toBeGreaterThan(0);
  });

  test("pledges are mostly recent; cancellations exist", () => {
    const pledged = ledger.filter((r) => r["状态"] === "意向");
    const november = pledged.filter((r) => r["日期"] instanceof Date && shanghaiParts(r["日期"]).day.startsWith("2026-11"));
    expect(november.length * 2).toBeGreaterThan(pledged.length);
    expect(ledger.filter((r) => r["状态"] === "已取消")).toHaveLength(2);
  });

  test("cash typed as text, one unparseable amount, one blank date", () => {
    const textCash = ledger.map((r) => r["现金"]).filter((c): c is string => typeof c === "string" && c !== "");
    expect(textCash.sort()).toEqual([...sampleFacts.textCash, sampleFacts.unparseableCash].sort());
    expect(ledger.filter((r) => r["现金"] === sampleFacts.unparseableCash)).toHaveLength(1);
    expect(ledger.filter((r) => r["日期"] === "")).toHaveLength(sampleFacts.blankDateRows);
    // Mostly numbers.
    expect(ledger.filter((r) => typeof r["现金"] === "number").length).toBeGreaterThan(40);
  });

  test("goods come with a numeric in-kind value, and vice versa", () => {
    for (const r of ledger) {
      expect(r["物资"] === "").toBe(r["物资估值"] === "");
      if (r["物资"] !== "") expect(typeof r["物资估值"]).toBe("number");
    }
    expect(ledger.filter((r) => r["物资"] !== "").length).toBeGreaterThan(10);
  });

  test("佣金 is left blank; 佣金发放日期 set for most Sep/Oct receipts and never for November", () => {
    for (const r of ledger) expect(r["佣金"]).toBe("");
    const received = ledger.filter((r) => r["状态"] === "已到账" && r["日期"] instanceof Date);
    const month = (r: Record<string, CellValue>) => shanghaiParts(r["日期"] as Date).day.slice(0, 7);
    const early = received.filter((r) => month(r) === "2026-09" || month(r) === "2026-10");
    const paid = early.filter((r) => r["佣金发放日期"] instanceof Date);
    expect(paid.length / early.length).toBeGreaterThan(0.85);
    for (const r of paid) expect((r["佣金发放日期"] as Date) > (r["日期"] as Date)).toBe(true);
    for (const r of received.filter((x) => month(x) === "2026-11")) expect(r["佣金发放日期"]).toBe("");
    for (const r of ledger.filter((x) => x["状态"] !== "已到账")) expect(r["佣金发放日期"]).toBe("");
  });

  test("ledger dates lie between term start and today, last season's in the twelve months before the season start", () => {
    const n = sampleFacts.renewal.lastSeasonRows;
    for (const r of ledger.slice(0, -n)) {
      if (r["日期"] === "") continue;
      const day = shanghaiParts(r["日期"] as Date).day;
      expect(day >= sampleFacts.termStart && day <= sampleFacts.today).toBe(true);
    }
    for (const r of ledger.slice(-n)) {
      const day = shanghaiParts(r["日期"] as Date).day;
      expect(day >= "2025-09-01" && day < sampleFacts.renewal.seasonStart).toBe(true);
    }
  });

  describe("attendance", () => {
    const byName = new Map(grid.slice(1).map((r) => [r[0] as string, r.slice(2)]));
    const count = (name: string, codes: string[]) =>
      byName.get(name)!.reduce<number>((n, c) => n + codes.filter((code) => String(c).split("+").includes(code)).length, 0);

    test("codes are the known ones, plus exactly one unknown", () => {
      const cells = grid.slice(1).flatMap((r) => r.slice(2));
      const unknown = cells.filter((c) => !ATTENDANCE_CODES.includes(c as string));
      expect(unknown).toEqual([sampleFacts.unknownAttendanceCode]);
      for (const code of ["出席", "✓", "迟到", "早退", "请假", "缺席", "旷会", "未批假", "迟到+早退", ""]) expect(cells).toContain(code);
      expect(cells.filter((c) => c === "迟到+早退")).toHaveLength(1);
    });

    test("threshold cases", () => {
      expect(count(sampleFacts.lateTwiceMember, ["迟到", "早退"])).toBe(2);
      expect(count(sampleFacts.lateAndEarlyMember, ["迟到", "早退"])).toBe(2);
      expect(byName.get(sampleFacts.lateAndEarlyMember)).toContain("迟到+早退");
      expect(count(sampleFacts.absentOnceMember, ["缺席", "旷会", "未批假"])).toBe(1);
      expect(byName.get(sampleFacts.unapprovedLeaveMember)).toContain("未批假");
    });

    test("most members are clean", () => {
      const clean = [...byName.keys()].filter((n) => count(n, ["迟到", "早退", "缺席", "旷会", "未批假"]) === 0);
      expect(clean.length * 2).toBeGreaterThan(byName.size);
    });

    test("the member who left has no records after leaving", () => {
      const row = byName.get(sampleFacts.leftMember)!;
      const header = grid[0].slice(2);
      const leftOn = d("2026-10-20");
      header.forEach((h, i) => {
        const day = h instanceof Date ? h : d(String(h).slice(0, 10));
        if (day > leftOn) expect(row[i]).toBe("");
      });
      expect(row.filter((c) => c === "").length).toBeGreaterThan(0);
    });
  });
});

describe("sample workbook: dates are midnight Asia/Shanghai", () => {
  test("d() builds the UTC+8 midnight instant", () => {
    expect(d("2026-09-07").getTime()).toBe(Date.UTC(2026, 8, 6, 16, 0, 0));
    expect(() => d("2026-9-7")).toThrow(RangeError);
    expect(() => d("2026-13-01")).toThrow(RangeError);
  });

  test("every Date cell is 00:00:00 in Asia/Shanghai", () => {
    const dates = allDates(tabs);
    expect(dates.length).toBeGreaterThan(100);
    for (const x of dates) {
      const p = shanghaiParts(x);
      expect(p.time).toBe("00:00:00");
      expect(x.getTime()).toBe(d(p.day).getTime());
    }
  });

  test.each(["UTC", "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"])("the same instants when the process TZ is %s", (tz) => {
    const before = process.env.TZ;
    const reference = allDates(tabs).map((x) => x.getTime());
    process.env.TZ = tz;
    try {
      let again: number[] = [];
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require("../../../src/local/sample/workbook") as typeof import("../../../src/local/sample/workbook");
        again = allDates(mod.sampleTabs()).map((x) => x.getTime());
      });
      expect(again).toEqual(reference);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe("sampleTabs()", () => {
  test("returns fresh copies each call", () => {
    const a = sampleTabs();
    (a[0].rows[1] as CellValue[])[0] = "changed";
    (tab(a, "设置")[8][1] as Date).setTime(0);
    const b = sampleTabs();
    expect(b[0].rows[1][0]).toBe("陈思远");
    expect(tab(b, "设置")[8][1]).toEqual(d("2026-09-01"));
  });
});
