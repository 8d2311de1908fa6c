/** 我的跟进 / My follow-ups: the server handlers through the built bundle on the local runtime. */
import { followUpList, staleSponsors } from "../../src/domain/followups";
import type { Stage } from "../../src/domain/model";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { addon, d, day, formulas, logLines, on, rowsOf, run, type Tabs, tab, values } from "./helpers";

const SPONSORS = "赞助商";
const CONTACTS = "联系记录";
type Sponsor = {
  name: string;
  owner: string;
  stage: Stage | null;
  lastContact: string | null;
  nextFollowUp: string | null;
  byYear: Record<string, number>;
  events: string[];
  lastSponsorship: string | null;
};

/** Today in the sheet's time zone, and n days from it: the list is ordered against the real clock. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const rel = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

const contact = (over: Record<string, unknown> = {}) => ({
  sponsor: "川味小厨",
  date: "2026-11-23",
  channel: "面谈",
  note: "先签协议再谈金额",
  stage: "signed",
  next: "2026-12-01",
  clearNext: false,
  ...over,
});

function withEmail(tabs: Tabs, name: string, contactText: string): Tabs {
  rowsOf(tabs, "成员").find((r) => r[0] === name)![4] = contactText;
  return tabs;
}

/** 王浩然, who picked himself in the sidebar once. */
function asWang(tabs: Tabs = sampleTabs(), locale = "zh_CN", userLocale?: string) {
  const a = addon(tabs, locale, { userLocale });
  expect(run(a, "setFollowUpsMember", { name: "王浩然" })).toMatchObject({ ok: true, me: { name: "王浩然" } });
  return a;
}

describe("who is me", () => {
  test("the signed-in email found in 成员's 联系方式, whatever its case, and nobody for a part of an address", () => {
    const tabs = withEmail(sampleTabs(), "李欣怡", "13800131005；LiXinyi@Example.EDU");
    const r = run(addon(tabs, "zh_CN", { user: "lixinyi@example.edu" }), "sidebarFollowUpsData");
    expect(r).toMatchObject({ ok: true, lang: "zh", today: today(), me: { name: "李欣怡", head: false, byEmail: true } });
    expect(run(addon(tabs, "zh_CN", { user: "xinyi@example.edu" }), "sidebarFollowUpsData").me).toBeNull();
  });

  test("without a match the page asks once; the choice is remembered for this user only", () => {
    const a = addon();
    const first = run(a, "sidebarFollowUpsData");
    expect(first.me).toBeNull();
    expect(first.members).toHaveLength(14);
    expect(first.members).not.toContain("周晓雯");
    expect(run(a, "setFollowUpsMember", { name: "王浩然" }).me).toEqual({ name: "王浩然", head: false, byEmail: false });
    expect(a.runtime.properties.user.get("outreach.me")).toBe("王浩然");
    expect(run(a, "sidebarFollowUpsData").me).toEqual({ name: "王浩然", head: false, byEmail: false });
    expect(run(on(a.book, { user: "deputy@example.edu" }), "sidebarFollowUpsData").me).toBeNull();
  });

  test("a name that is not an active member is refused and nothing is remembered", () => {
    const a = addon(sampleTabs(), "zh_CN", { userLocale: "en" });
    expect(run(a, "setFollowUpsMember", { name: "周晓雯" })).toEqual({ ok: false, error: '"周晓雯" is not an active member' });
    expect(run(a, "setFollowUpsMember", { name: 3 })).toEqual({ ok: false, error: expect.stringMatching(/^Invalid request/) });
    expect(a.runtime.properties.user.size).toBe(0);
  });

  test("the head (部长), recognised by email, sees every sponsor; others get them too, for reading, but log only their own", () => {
    // The runtime's signed-in user is officer@example.edu.
    const a = addon(withEmail(sampleTabs(), "陈思远", "13800131001 / officer@example.edu"));
    const head = run(a, "sidebarFollowUpsData");
    expect(head.me).toEqual({ name: "陈思远", head: true, byEmail: true });
    expect(head.sponsors).toHaveLength(sampleFacts.sponsors);
    expect(new Set(head.sponsors.map((s: Sponsor) => s.owner)).size).toBeGreaterThan(10);
    expect(run(a, "saveContact", contact()).ok).toBe(true);

    const b = asWang();
    const before = values(b, SPONSORS);
    expect(run(b, "saveContact", contact({ sponsor: "博文书店" }))).toEqual({ ok: false, error: "“博文书店”由 李欣怡 负责：只有负责人或部长可以记录联系" });
    expect(values(b, SPONSORS)).toEqual(before);
    expect(values(b, CONTACTS)).toHaveLength(4);
  });
});

describe("who may be picked", () => {
  test("picking the head's name by hand gives no head rights", () => {
    const a = addon();
    const picked = run(a, "setFollowUpsMember", { name: "陈思远" });
    expect(picked.me).toEqual({ name: "陈思远", head: false, byEmail: false });
    expect(run(a, "saveContact", contact({ sponsor: "博文书店" })).ok).toBe(false);
  });

  test("a member with an email in 成员 cannot be picked by someone else", () => {
    const a = addon(withEmail(sampleTabs(), "李欣怡", "lixinyi@example.edu"));
    expect(run(a, "setFollowUpsMember", { name: "李欣怡" })).toEqual({ ok: false, error: "“李欣怡”在成员表中登记了邮箱，只能用该邮箱的 Google 帐号打开" });
  });

  test("emails next to Chinese text or punctuation are still recognised", () => {
    for (const text of ["邮箱officer@example.edu", "officer@example.edu。", "微信号 abc（officer@example.edu）"]) {
      expect(run(addon(withEmail(sampleTabs(), "李欣怡", text)), "sidebarFollowUpsData").me).toEqual({ name: "李欣怡", head: false, byEmail: true });
    }
  });

  test("logging an older contact does not move 最近联系 backwards", () => {
    const a = asWang();
    const row = () => values(a, SPONSORS).find((r) => r[0] === "川味小厨")!;
    expect(run(a, "saveContact", contact({ date: "2026-11-23", next: "" })).ok).toBe(true);
    expect(day(row()[7])).toBe("2026-11-23");
    expect(run(a, "saveContact", contact({ date: "2026-11-02", next: "", stage: "" })).ok).toBe(true);
    expect(day(row()[7])).toBe("2026-11-23");
    expect(values(a, CONTACTS).map((r) => r[1])).toContain("川味小厨");
  });

  test("a contact dated in the future, or a next follow-up before the contact, is refused by field", () => {
    const a = asWang();
    const r = run(a, "saveContact", contact({ date: "2062-11-23", next: "2062-12-01" }));
    expect(r.ok).toBe(false);
    expect(r.fields.date).toMatch(/^联系日期不能晚于今天/);
    expect(run(a, "saveContact", contact({ date: "2026-11-20", next: "2026-11-10" })).fields.next).toBe("下次跟进不能早于这次联系的日期");
  });
});

describe("sidebarFollowUpsData", () => {
  test("each sponsor with owner, stage, dates and history; ordered overdue first", () => {
    const tabs = sampleTabs();
    const rows = rowsOf(tabs, SPONSORS);
    const set = (name: string, next: number | "") => (rows.find((r) => r[0] === name)![8] = next === "" ? "" : d(rel(next)));
    set("川味小厨", -3);
    set("中国移动(学府路营业厅)", 2);
    set("茶百道(大学城店)", 20);
    rows.push(["老字号面馆", "餐饮", "", "", "", "王浩然", "联系中", "", d(rel(-10)), ""]);
    rows.push(["路边早餐", "餐饮", "", "", "", "王浩然", "已拒绝", "", d(rel(-30)), ""]);
    const r = run(asWang(tabs), "sidebarFollowUpsData");
    const mine = followUpList(r.sponsors as Sponsor[], { owner: "王浩然", showDeclined: false }, r.today);
    expect(mine.map((s) => [s.name, s.nextFollowUp])).toEqual([
      ["老字号面馆", rel(-10)],
      ["川味小厨", rel(-3)],
      ["中国移动(学府路营业厅)", rel(2)],
      ["茶百道(大学城店)", rel(20)],
    ]);
    expect(followUpList(r.sponsors as Sponsor[], { owner: "王浩然", showDeclined: true }, r.today).pop()?.name).toBe("路边早餐");
    expect(r.sponsors.find((s: Sponsor) => s.name === "川味小厨")).toMatchObject({
      owner: "王浩然",
      stage: "negotiating",
      lastContact: "2026-11-16",
      contactPerson: "刘老板",
    });
  });

  test("history per year: received cash and in-kind, not pledges or cancellations; a refund counts against its year", () => {
    const tabs = sampleTabs();
    const ledger = rowsOf(tabs, "赞助记录");
    ledger.push([d("2025-10-10"), "博文书店", "迎新晚会", "李欣怡", 800, "", "", "已到账", "", d("2025-11-06"), ""]);
    ledger.push([d("2025-11-01"), "博文书店", "", "李欣怡", -100, "", "", "已到账", "", d("2025-11-06"), "退款"]);
    ledger.push([d("2025-12-20"), "博文书店", "元旦晚会", "李欣怡", 3000, "", "", "意向", "", "", ""]);
    const r = run(addon(tabs), "sidebarFollowUpsData");
    const bowen = r.sponsors.find((s: Sponsor) => s.name === "博文书店");
    // 2025: the sample's last-season 400, then 800 − 100 added here. 2026: 600 + 250 in kind, 500.50, 200 + 400 in kind.
    expect(bowen).toMatchObject({ owner: "李欣怡", stage: "signed", byYear: { "2025": 110000, "2026": 195050 }, lastSponsorship: "2026-11-21" });
    expect(bowen.events.sort()).toEqual(["志愿服务周", "新生辩论赛", "考研经验讲座", "迎新晚会"].sort());
    // A pledge and a cancellation only: nothing received yet.
    expect(r.sponsors.find((s: Sponsor) => s.name === "川味小厨")).toMatchObject({ byYear: {}, events: [], lastSponsorship: null });
  });

  test("a missing Sponsors tab is named, in the user's language", () => {
    const tabs = sampleTabs().filter((t) => t.name !== SPONSORS);
    expect(run(addon(tabs, "zh_CN", { userLocale: "en" }), "sidebarFollowUpsData")).toEqual({ ok: false, error: expect.stringMatching(/^No "Sponsors" tab/) });
  });
});

describe("saveContact", () => {
  test("appends to 联系记录 and changes exactly 最近联系, 阶段 and 下次跟进 of that sponsor, under the lock, logged", () => {
    const a = asWang();
    const before = values(a, SPONSORS);
    const log = values(a, CONTACTS);
    const r = run(a, "saveContact", contact());
    expect(r).toEqual({ ok: true, sheet: CONTACTS, row: 5, sponsorRow: 7 });
    const after = values(a, SPONSORS);
    const expected = before.map((row) => [...row]);
    expected[6][6] = "已签约";
    expected[6][7] = after[6][7];
    expected[6][8] = after[6][8];
    expect(after).toEqual(expected);
    expect([day(after[6][7]), day(after[6][8])]).toEqual(["2026-11-23", "2026-12-01"]);
    expect(values(a, CONTACTS).slice(0, 4)).toEqual(log);
    expect(values(a, CONTACTS)[4].map(day)).toEqual(["2026-11-23", "川味小厨", "王浩然", "面谈", "先签协议再谈金额"]);
    expect(logLines(a)).toEqual([
      ["officer@example.edu", "联系记录", CONTACTS, "5"],
      ["officer@example.edu", "联系记录", SPONSORS, "7"],
    ]);
    expect(a.runtime.locks.isHeld()).toBe(false);

    // The three cells are one run: one write for them, one for the contact, one for the log.
    a.runtime.resetStats();
    expect(run(a, "saveContact", contact({ date: "2026-11-24", stage: "partner", next: "2026-12-08" })).row).toBe(6);
    expect(a.runtime.stats.calls.setValues).toBe(3);
  });

  test("stage and next follow-up are left alone unless changed; the date is cleared only when asked", () => {
    const a = asWang();
    const before = values(a, SPONSORS);
    run(a, "saveContact", contact({ stage: "", next: "" }));
    let row = values(a, SPONSORS)[6];
    expect([row[6], day(row[7]), day(row[8])]).toEqual(["洽谈中", "2026-11-23", "2026-11-20"]);
    expect(values(a, SPONSORS).filter((_, i) => i !== 6)).toEqual(before.filter((_, i) => i !== 6));
    run(a, "saveContact", contact({ stage: "", next: "", clearNext: true }));
    row = values(a, SPONSORS)[6];
    expect([row[6], row[8]]).toEqual(["洽谈中", ""]);
    // The stage it already has, however it is spelled, is not written again.
    tab(a, SPONSORS).getRange("G7").setValue("Negotiating");
    run(a, "saveContact", contact({ stage: "negotiating", next: "" }));
    expect(values(a, SPONSORS)[6][6]).toBe("Negotiating");
  });

  test("another save holding the lock: the busy message, and nothing written anywhere", () => {
    const a = asWang();
    const before = [values(a, SPONSORS), values(a, CONTACTS)];
    a.runtime.locks.holdDocumentLockElsewhere(true);
    expect(run(a, "saveContact", contact())).toEqual({ ok: false, error: "另一位成员正在修改表格（如生成月报或保存记录），请稍后再试" });
    expect([values(a, SPONSORS), values(a, CONTACTS)]).toEqual(before);
    expect(logLines(a)).toEqual([]);
    a.runtime.locks.holdDocumentLockElsewhere(false);
    expect(run(a, "saveContact", contact()).ok).toBe(true);
  });

  test("the sponsor's row is found again when saving: rows moved meanwhile, or the sponsor gone", () => {
    const a = asWang();
    tab(a, SPONSORS).insertRowsBefore(2, 2);
    expect(run(a, "saveContact", contact())).toMatchObject({ ok: true, sponsorRow: 9 });
    expect(values(a, SPONSORS)[8][6]).toBe("已签约");

    const b = asWang();
    tab(b, SPONSORS).deleteRow(7);
    const before = [values(b, SPONSORS), values(b, CONTACTS)];
    expect(run(b, "saveContact", contact())).toEqual({ ok: false, error: "赞助商表中已没有“川味小厨”（可能被改名或删除），未保存：请重新打开侧边栏" });
    expect([values(b, SPONSORS), values(b, CONTACTS)]).toEqual(before);
  });

  test("text that looks like a formula stays text: a sponsor named =…, a channel +1, a note @…", () => {
    const tabs = sampleTabs();
    const evil = '=HYPERLINK("http://evil.example","点我")';
    rowsOf(tabs, SPONSORS).push([`'${evil}`, "餐饮", "", "", "", "王浩然", "潜在", "", "", ""]);
    const a = asWang(tabs);
    const r = run(a, "saveContact", contact({ sponsor: evil, channel: "+1", note: "@SUM(A1)" }));
    expect(r).toMatchObject({ ok: true, row: 5, sponsorRow: 33 });
    expect(values(a, CONTACTS)[4].slice(1)).toEqual([evil, "王浩然", "+1", "@SUM(A1)"]);
    expect(formulas(a, CONTACTS)[4].every((f) => f === "")).toBe(true);
    expect(values(a, SPONSORS)[32][0]).toBe(evil);
    expect(formulas(a, SPONSORS)[32].every((f) => f === "")).toBe(true);
  });

  test("a sheet without a contact log gets one, with its headers in the sheet's language", () => {
    const zh = asWang(sampleTabs().filter((t) => t.name !== CONTACTS));
    expect(run(zh, "saveContact", contact())).toMatchObject({ ok: true, sheet: CONTACTS, row: 2 });
    expect(values(zh, CONTACTS).map((r) => r.map(day))).toEqual([
      ["日期", "赞助商", "成员", "方式", "内容"],
      ["2026-11-23", "川味小厨", "王浩然", "面谈", "先签协议再谈金额"],
    ]);
    expect(tab(zh, CONTACTS).getFrozenRows()).toBe(1);

    const en: Tabs = [
      {
        name: "Members",
        rows: [
          ["Name", "Role", "Contact"],
          ["Amy", "Member", "amy@uni.edu"],
          ["Bo", "Head", ""],
        ],
      },
      {
        name: "Sponsors",
        rows: [
          ["Sponsor", "Owner", "Stage", "Last contact", "Next follow-up"],
          ["Star Books", "Amy", "Contacting", d("2026-11-01"), d("2026-11-10")],
        ],
      },
      { name: "Sponsorships", rows: [["Date", "Sponsor", "Cash"]] },
    ];
    const a = addon(en, "en_US", { user: "AMY@uni.edu" });
    expect(run(a, "sidebarFollowUpsData").me).toEqual({ name: "Amy", head: false, byEmail: true });
    const r = run(a, "saveContact", contact({ sponsor: "star books", channel: "Email", note: "Sent the deck", stage: "negotiating" }));
    expect(r).toEqual({ ok: true, sheet: "Contact log", row: 2, sponsorRow: 2 });
    expect(values(a, "Contact log").map((x) => x.map(day))).toEqual([
      ["Date", "Sponsor", "Member", "Channel", "Note"],
      ["2026-11-23", "Star Books", "Amy", "Email", "Sent the deck"],
    ]);
    expect(values(a, "Sponsors")[1].map(day)).toEqual(["Star Books", "Amy", "Negotiating", "2026-11-23", "2026-12-01"]);
  });

  test("each field's error in the user's language, and nothing written; no member chosen yet is said plainly", () => {
    const a = asWang(sampleTabs(), "zh_CN", "en");
    const before = values(a, SPONSORS);
    expect(run(a, "saveContact", contact({ date: "tomorrow", next: "2026-13-01", note: "x".repeat(501) }))).toEqual({
      ok: false,
      error: "3 fields need fixing; nothing was saved",
      fields: {
        date: expect.stringMatching(/^"tomorrow" is not a date/),
        next: expect.stringMatching(/^"2026-13-01" is not a date/),
        note: "Note can be at most 500 characters",
      },
    });
    expect(run(a, "saveContact", contact({ date: "" })).fields).toEqual({ date: "Date is required" });
    expect(run(a, "saveContact", contact({ stage: "won" }))).toEqual({ ok: false, error: expect.stringMatching(/^Invalid request/) });
    expect(values(a, SPONSORS)).toEqual(before);
    expect(run(addon(), "saveContact", contact())).toEqual({ ok: false, error: "请先选择你是哪位成员" });
  });
});

describe("久未联系: sponsors gone quiet", () => {
  test("the sidebar sends Settings' 跟进间隔 with the sponsors; on the sample the stale one is the look-alike row, never contacted since October", () => {
    const r = run(addon(), "sidebarFollowUpsData");
    expect(r.followUpDays).toBe(30);
    const stale = staleSponsors(r.sponsors as Sponsor[], r.today, r.followUpDays);
    expect(stale.map((x) => x.sponsor.name)).toContain(sampleFacts.staleSponsor);
    const found = stale.find((x) => x.sponsor.name === sampleFacts.staleSponsor)!;
    expect(found.days).toBeGreaterThan(30);
    expect(stale.every((x) => x.sponsor.stage === "contacting" || x.sponsor.stage === "negotiating")).toBe(true);
  });

  test("the interval is read from Settings", () => {
    const tabs = sampleTabs();
    const settings = rowsOf(tabs, "设置");
    const row = settings.find((x) => x[0] === "跟进间隔（天）");
    if (row) row[1] = 90;
    else settings.push(["跟进间隔（天）", 90]);
    expect(run(addon(tabs), "sidebarFollowUpsData").followUpDays).toBe(90);
  });
});
