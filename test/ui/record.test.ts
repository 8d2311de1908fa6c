/** 登记赞助 / Record sponsorship: the server handlers through the built bundle on the local runtime. */
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { NEXT_LEDGER_ROW } from "../support/sample-ledger";
import { addon, d, day, formulas, logLines, on, run, type Tabs, tab, values } from "./helpers";

const form = (over: Record<string, unknown> = {}) => ({
  sponsor: "博文书店",
  addSponsor: true,
  category: "",
  owner: "",
  event: "社团文化节",
  members: ["王浩然", "李欣怡"],
  weights: ["60", "40"],
  cash: "¥1,200",
  items: "横幅 1 条",
  inKind: "150",
  status: "received",
  date: "2026-11-23",
  notes: "展位费",
  ...over,
});

const LEDGER = "赞助记录";

describe("sidebarRecordData", () => {
  test("offers the sheet's sponsors, events and active members, and the rate the report uses", () => {
    const a = addon();
    const r = run(a, "sidebarRecordData");
    expect(r.ok).toBe(true);
    expect(r.lang).toBe("zh");
    expect(r.lists.sponsors).toHaveLength(sampleFacts.sponsors);
    expect(r.lists.events).toContain("社团文化节");
    expect(r.lists.members).toHaveLength(14);
    expect(r.lists.members.map((m: { name: string }) => m.name)).not.toContain("周晓雯");
    expect(r.lists.members[0]).toEqual({ name: "陈思远", group: "一组" });
    expect([r.lists.rate, r.lists.basis, r.lists.sheetLang]).toEqual(["15%", "cash", "zh"]);
    expect(r.categories).toEqual(expect.arrayContaining(["书店", "餐饮", "通信"]));
  });

  test("sends each owned sponsor's owner and stage, the rule Check data applies to rows already written", () => {
    const a = addon();
    const owners = run(a, "sidebarRecordData").owners;
    expect(owners).toContainEqual({ name: "博文书店", owner: "李欣怡", stage: "signed" });
    // Declined sponsors are free to pitch.
    expect(owners.map((o: { name: string }) => o.name)).not.toContain("招商银行(高新支行)");
    expect(owners).toHaveLength(sampleFacts.sponsors - 3); // 3 declined
    // The same pair, once written, is what Check data points out.
    const row = run(a, "saveSponsorship", form({ members: ["王浩然"], weights: [""] })).row;
    const notices = a.fn.checkData({ mark: false }).filter((p: { cell: string }) => p.cell === `D${row}`);
    expect(notices).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^“博文书店”由 李欣怡 负责（阶段：已签约），这笔赞助却记在 王浩然 名下/) }),
    ]);
    expect(run(a, "saveSponsorship", form({ members: ["李欣怡", "王浩然"], weights: ["", ""] })).ok).toBe(true);
    expect(a.fn.checkData({ mark: false }).filter((p: { cell: string }) => p.cell === `D${row + 1}`)).toEqual([]);
  });

  test("answers in the user's own language, and says which tab is missing", () => {
    expect(run(addon(sampleTabs(), "zh_CN", { userLocale: "en" }), "sidebarRecordData").lang).toBe("en");
    const noLedger = sampleTabs().filter((t) => t.name !== LEDGER);
    expect(run(addon(noLedger, "zh_CN", { userLocale: "en" }), "sidebarRecordData")).toEqual({
      ok: false,
      error: expect.stringMatching(/^No "Sponsorships" tab/),
    });
  });
});

describe("saveSponsorship", () => {
  test("appends one ledger row below the last one and answers its number; the report counts it as the preview did", () => {
    const a = addon();
    const before = values(a, LEDGER);
    const r = run(a, "saveSponsorship", form());
    expect(r).toEqual({
      ok: true,
      sheet: LEDGER,
      row: NEXT_LEDGER_ROW,
      sponsorAdded: false,
      commission: 18000,
      deliverables: { sheet: "", rows: [], existing: 0 },
    });
    const after = values(a, LEDGER);
    expect(after.slice(0, NEXT_LEDGER_ROW - 1)).toEqual(before);
    expect(after[NEXT_LEDGER_ROW - 1].map(day)).toEqual([
      "2026-11-23",
      "博文书店",
      "社团文化节",
      "王浩然 60%、李欣怡 40%",
      1200,
      "横幅 1 条",
      150,
      "已到账",
      "",
      "",
      "展位费",
    ]);
    expect(a.fn.checkData({ mark: false }).filter((p: { cell: string }) => p.cell.replace(/^\D+/, "") === String(NEXT_LEDGER_ROW))).toEqual([]);

    const report = (m: string) => a.fn.generateMonthlyReport({ month: m }).report.members;
    const fresh = addon();
    const without = new Map(
      fresh.fn.generateMonthlyReport({ month: "2026-11" }).report.members.map((x: { name: string; commission: number }) => [x.name, x.commission]),
    );
    const withRow = new Map(report("2026-11").map((x: { name: string; commission: number }) => [x.name, x.commission]));
    // ¥1,200 × 15% = ¥180, split 60/40: exactly what the sidebar previewed.
    expect(Math.round(((withRow.get("王浩然") as number) - (without.get("王浩然") as number)) * 100)).toBe(10800);
    expect(Math.round(((withRow.get("李欣怡") as number) - (without.get("李欣怡") as number)) * 100)).toBe(7200);
  });

  test("nothing is written until the whole entry is valid; each field's error comes back in the user's language", () => {
    const a = addon(sampleTabs(), "zh_CN", { userLocale: "en" });
    const before = values(a, LEDGER);
    a.runtime.resetStats();
    const r = run(a, "saveSponsorship", form({ sponsor: " ", cash: "两千", inKind: "", weights: ["60", "30"], date: "" }));
    expect(r).toEqual({
      ok: false,
      error: "4 fields need fixing; nothing was saved",
      fields: {
        sponsor: "Sponsor is required",
        weights: "The shares add up to 90%; they must total exactly 100%",
        cash: expect.stringMatching(/^"两千" is not an amount/),
        date: "Date is required",
      },
    });
    expect(values(a, LEDGER)).toEqual(before);
  });

  test("a malformed call from a page is refused with a readable message, not a crash", () => {
    const a = addon();
    expect(run(a, "saveSponsorship", { sponsor: 1 })).toEqual({ ok: false, error: expect.stringMatching(/^请求无效：/) });
    expect(run(a, "saveSponsorship", undefined).ok).toBe(false);
  });

  test("two members saving at the same moment: both rows land, one below the other, nothing overwritten", () => {
    const a = addon();
    const b = on(a.book, { user: "deputy@example.edu" });
    // Both opened the sidebar on the same ledger…
    expect(run(a, "sidebarRecordData").ok && run(b, "sidebarRecordData").ok).toBe(true);
    // …then saved one after the other: each append reads the tab again under the lock.
    const first = run(a, "saveSponsorship", form({ sponsor: "老街麻辣烫", members: ["黄诗涵"], weights: [""], cash: "800" }));
    const second = run(b, "saveSponsorship", form({ sponsor: "川味小厨", members: ["王浩然"], weights: [""], cash: "500" }));
    expect([first.row, second.row]).toEqual([NEXT_LEDGER_ROW, NEXT_LEDGER_ROW + 1]);
    expect(logLines(a).map((l) => [l[0], l[3]])).toEqual([
      ["officer@example.edu", String(NEXT_LEDGER_ROW)],
      ["deputy@example.edu", String(NEXT_LEDGER_ROW + 1)],
    ]);
    const rows = values(a, LEDGER);
    expect(rows[NEXT_LEDGER_ROW - 1].slice(1, 5)).toEqual(["老街麻辣烫", "社团文化节", "黄诗涵", 800]);
    expect(rows[NEXT_LEDGER_ROW].slice(1, 5)).toEqual(["川味小厨", "社团文化节", "王浩然", 500]);
    expect(a.runtime.locks.isHeld() || b.runtime.locks.isHeld()).toBe(false);
  });

  test("while another save holds the document lock, this one writes nothing and says so; once the lock is free it lands", () => {
    const a = addon();
    const before = values(a, LEDGER);
    a.runtime.locks.holdDocumentLockElsewhere(true);
    expect(run(a, "saveSponsorship", form())).toEqual({ ok: false, error: "另一位成员正在修改表格（如生成月报或保存记录），请稍后再试" });
    expect(values(a, LEDGER)).toEqual(before);
    expect(logLines(a)).toEqual([]);
    a.runtime.locks.holdDocumentLockElsewhere(false);
    expect(run(a, "saveSponsorship", form()).row).toBe(NEXT_LEDGER_ROW);
    expect(a.runtime.locks.isHeld()).toBe(false);
  });

  test("text that looks like a formula, a number or a date is stored as the text typed", () => {
    const a = addon();
    const typed = {
      sponsor: '=HYPERLINK("http://evil.example","点我")',
      category: "+1",
      owner: "王浩然",
      items: "@SUM(A1)",
      notes: "-2",
      event: "",
    };
    const r = run(a, "saveSponsorship", form({ ...typed, members: ["王浩然"], weights: [""] }));
    expect(r).toMatchObject({ ok: true, row: NEXT_LEDGER_ROW, sponsorAdded: true });
    const row = values(a, LEDGER)[NEXT_LEDGER_ROW - 1];
    expect([row[1], row[5], row[10]]).toEqual([typed.sponsor, "@SUM(A1)", "-2"]);
    expect(formulas(a, LEDGER)[NEXT_LEDGER_ROW - 1].every((f) => f === "")).toBe(true);
    const sponsors = values(a, "赞助商");
    expect(sponsors[32].slice(0, 2)).toEqual([typed.sponsor, "+1"]);
    expect(formulas(a, "赞助商")[32].every((f) => f === "")).toBe(true);
  });

  test("a new sponsor goes into the customer file with its category, owner, stage and last contact, once", () => {
    const a = addon();
    const r = run(a, "saveSponsorship", form({ sponsor: "鲜果时光水果店", category: "餐饮", owner: "许梦瑶", status: "pledged" }));
    expect(r).toMatchObject({ ok: true, sponsorAdded: true, commission: 18000 });
    const added = values(a, "赞助商")[32].map(day);
    expect(added).toEqual(["鲜果时光水果店", "餐饮", "", "", "", "许梦瑶", "洽谈中", "2026-11-23", "", "", ""]);
    // Someone else added it meanwhile (the form still thinks it is new): it is not added twice.
    const again = run(a, "saveSponsorship", form({ sponsor: "鲜果时光水果店", category: "餐饮", owner: "许梦瑶" }));
    expect(again).toMatchObject({ ok: true, row: NEXT_LEDGER_ROW + 1, sponsorAdded: false });
    expect(values(a, "赞助商")).toHaveLength(33);
    expect(logLines(a)).toEqual([
      ["officer@example.edu", "登记赞助", LEDGER, String(NEXT_LEDGER_ROW)],
      ["officer@example.edu", "新增赞助商", "赞助商", "33"],
      ["officer@example.edu", "登记赞助", LEDGER, String(NEXT_LEDGER_ROW + 1)],
    ]);
    // Declining the offer records the row and leaves the customer file alone.
    expect(run(a, "saveSponsorship", form({ sponsor: "路边摊", addSponsor: false })).sponsorAdded).toBe(false);
    expect(values(a, "赞助商")).toHaveLength(33);
  });

  test("after set-up, the commission column's array formula is never written over", () => {
    const a = addon();
    a.fn.setupSheets();
    const formula = tab(a, LEDGER).getRange("I2").getFormula();
    expect(formula).toMatch(/^=ARRAYFORMULA\(/);
    const r = run(a, "saveSponsorship", form());
    expect(r.row).toBe(NEXT_LEDGER_ROW);
    expect(tab(a, LEDGER).getRange("I2").getFormula()).toBe(formula);
    expect(tab(a, LEDGER).getRange(`I${NEXT_LEDGER_ROW}`).getFormula()).toBe("");
    expect(tab(a, LEDGER).getRange(`H${NEXT_LEDGER_ROW}`).getValue()).toBe("已到账");
  });

  test("columns are found by name wherever members moved them, under a title row, in an English sheet", () => {
    const tabs: Tabs = [
      {
        name: "Members",
        rows: [
          ["Name", "Group", "Status"],
          ["Amy", "A", "Active"],
          ["Bo", "B", ""],
        ],
      },
      { name: "Sponsors", rows: [["Sponsor"], ["Star Books"]] },
      { name: "Events", rows: [["Event"], ["Fresher party"]] },
      {
        name: "Sponsorships",
        rows: [
          ["Autumn term sponsorships"],
          ["Notes", "Cash", "Sponsor", "Date", "Credited to", "Status", "In-kind value", "In-kind items", "Event", "Our own column"],
          ["", 100, "Star Books", d("2026-11-02"), "Amy", "Received", "", "", "", "kept"],
        ],
      },
    ];
    const a = addon(tabs, "en_US");
    const r = run(
      a,
      "saveSponsorship",
      form({ sponsor: "star books", event: "Fresher party", members: ["Amy", "Bo"], weights: ["", ""], cash: "300.5", items: "", inKind: "", notes: "" }),
    );
    expect(r).toEqual({ ok: true, sheet: "Sponsorships", row: 4, sponsorAdded: false, commission: 4508, deliverables: { sheet: "", rows: [], existing: 0 } });
    expect(values(a, "Sponsorships")[3].map(day)).toEqual(["", 300.5, "Star Books", "2026-11-23", "Amy, Bo", "Received", "", "", "Fresher party", ""]);
  });

  test("a value whose column was deleted is refused rather than dropped", () => {
    const tabs = sampleTabs();
    const ledger = tabs.find((t) => t.name === LEDGER)!;
    ledger.rows = ledger.rows.map((row) => row.filter((_, c) => c !== 6));
    const a = addon(tabs);
    const before = values(a, LEDGER);
    expect(run(a, "saveSponsorship", form())).toEqual({
      ok: false,
      error: expect.stringMatching(/^“赞助记录”表缺少必需的列“物资估值”（或 “In-kind value”，表头行 A1）/),
    });
    expect(values(a, LEDGER)).toEqual(before);
    expect(run(a, "saveSponsorship", form({ inKind: "" })).ok).toBe(true);
  });
});

describe("a new sponsor that looks like a known one", () => {
  const [known] = sampleFacts.lookAlike;
  const question = `“蜜雪冰城 东门”看起来就是赞助商表中已有的“${known}”：用已有的这家，还是作为新赞助商添加？`;

  test("is asked about and nothing is written, until the request confirms that very name", () => {
    const a = addon();
    const before = { ledger: values(a, LEDGER), sponsors: values(a, "赞助商") };
    const typed = form({ sponsor: " 蜜雪冰城 东门 ", category: "奶茶", owner: "王浩然" });
    expect(run(a, "saveSponsorship", typed)).toEqual({
      ok: false,
      confirm: "sponsor",
      sponsor: "蜜雪冰城 东门",
      known,
      error: question,
      fields: { sponsor: question },
    });
    expect({ ledger: values(a, LEDGER), sponsors: values(a, "赞助商") }).toEqual(before);
    expect(logLines(a)).toEqual([]);
    // Confirming another name does not count: the user never saw a question about this one.
    expect(run(a, "saveSponsorship", { ...typed, confirmSponsor: "蜜雪冰城" })).toMatchObject({ confirm: "sponsor" });

    expect(run(a, "saveSponsorship", { ...typed, confirmSponsor: "蜜雪冰城 东门" })).toMatchObject({ ok: true, row: NEXT_LEDGER_ROW, sponsorAdded: true });
    expect(values(a, "赞助商")[32].slice(0, 2)).toEqual(["蜜雪冰城 东门", "奶茶"]);
    expect(values(a, LEDGER)[NEXT_LEDGER_ROW - 1][1]).toBe("蜜雪冰城 东门");
  });

  test("is asked about even when it is not added to the customer file (the ledger would split the shop's history); in the user's language", () => {
    const a = addon(sampleTabs(), "zh_CN", { userLocale: "en" });
    expect(run(a, "saveSponsorship", form({ sponsor: "蜜雪冰城（东门店）", addSponsor: false })).error).toBe(
      `"蜜雪冰城（东门店）" looks like "${known}", already in the Sponsors tab: use that one, or add it as a new sponsor?`,
    );
  });

  test("the known name itself, a name nothing looks like, and a question about the date after the sponsor's", () => {
    const a = addon();
    expect(run(a, "saveSponsorship", form({ sponsor: known })).ok).toBe(true);
    expect(run(a, "saveSponsorship", form({ sponsor: "鲜果时光水果店" })).ok).toBe(true);
    const both = form({ sponsor: "蜜雪冰城东门分店", date: "2027-01-05" });
    expect(run(a, "saveSponsorship", both)).toMatchObject({ confirm: "sponsor" });
    expect(run(a, "saveSponsorship", { ...both, confirmSponsor: "蜜雪冰城东门分店" })).toMatchObject({ confirm: "date", date: "2027-01-05" });
    expect(run(a, "saveSponsorship", { ...both, confirmSponsor: "蜜雪冰城东门分店", confirmDate: "2027-01-05" })).toMatchObject({
      ok: true,
      row: NEXT_LEDGER_ROW + 2,
    });
  });
});
