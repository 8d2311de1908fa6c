/** 记账 / Record expense or fine, in-process on the sample department's workbook. */
import { saveAccount, sidebarAccountsData } from "../../src/app/record-account";
import type { CellValue } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { loadModel } from "../../src/sheets/workbook";
import { day, formulas, logLines, session, sheetWith, snapshot, tab, today, values } from "../support/apps-script";

const HEAD = "chen@uni.edu";
const MEMBER = "whr@uni.edu";
const ACCOUNTS = "收支";

/** The sample department, opened by its head (陈思远), who restricted Settings to themselves unless told. */
function department(opts: { restricted?: boolean; userLocale?: string; edit?: (tabs: ReturnType<typeof sampleTabs>) => void } = {}) {
  today("2026-11-23");
  const tabs = sampleTabs();
  const members = tabs.find((t) => t.name === "成员")!.rows;
  members.find((r) => r[0] === "陈思远")![4] = HEAD;
  members.find((r) => r[0] === "王浩然")![4] = MEMBER;
  opts.edit?.(tabs);
  const rt = sheetWith(tabs, {}, { user: HEAD, ...(opts.userLocale ? { userLocale: opts.userLocale } : {}) });
  if (opts.restricted ?? true) tab("设置").protect().setDomainEdit(false);
  return rt;
}

const form = (over: Record<string, unknown> = {}) => ({
  type: "expense",
  date: "2026-11-23",
  amount: "95.8",
  event: "秋季运动会",
  member: "吴佳琪",
  item: "奖牌",
  receipt: '=HYPERLINK("https://pan.example.edu/r/1123","小票")',
  paidBy: "member",
  notes: "",
  ...over,
});

const shown = (row: CellValue[]) => row.map(day);

describe("sidebarAccountsData", () => {
  test("events, active members, each member's fines owed and the reimbursements still owed, oldest first", () => {
    department();
    const data = sidebarAccountsData();
    if (!data.ok) throw new Error(data.error);
    expect(data.sheet).toBe(ACCOUNTS);
    expect(data.today).toBe("2026-11-23");
    expect(data.lists.events).toContain("秋季运动会");
    // The 14 active members, and 周晓雯, who left still owing ¥20.00 of fines.
    expect(data.lists.members).toHaveLength(15);
    expect(data.lists.members).toContain("周晓雯");
    expect(data.lists.waiverRefused).toBeNull();
    expect(data.owed).toEqual([
      { row: 12, date: "2026-11-02", member: "黄诗涵", event: "社团文化节", item: "展板租赁 4 块", amount: 32000, receipt: "收据照片" },
      { row: 17, date: "2026-11-14", member: "吴佳琪", event: "社团文化节", item: "摊位桌布、胶带", amount: 9580, receipt: "超市小票" },
    ]);
    expect(data.fines.map((f) => f.name)).toEqual(data.lists.members);
    // 马骁 paid the ¥20 of his one absence on the spot.
    expect(data.fines.find((f) => f.name === "马骁")?.owed).toBe(0);
  });

  test("without a 收支 tab: run Set up sheets, in the user's language", () => {
    department({
      edit: (tabs) =>
        tabs.splice(
          tabs.findIndex((t) => t.name === ACCOUNTS),
          1,
        ),
    });
    expect(sidebarAccountsData()).toEqual({ ok: false, error: expect.stringMatching(/^找不到“收支”工作表（查找了：收支, Accounts.*）。请运行“初始化表格”/) });
    department({
      userLocale: "en",
      edit: (tabs) =>
        tabs.splice(
          tabs.findIndex((t) => t.name === ACCOUNTS),
          1,
        ),
    });
    expect(sidebarAccountsData()).toEqual({ ok: false, error: expect.stringMatching(/^No "Accounts" tab .*Run "Set up sheets"/) });
  });
});

describe("saveAccount", () => {
  test("appends one row in the tab's column order, exact to the fen, the receipt kept as text, and logs it", () => {
    const rt = department();
    const before = values(rt, ACCOUNTS);
    const r = saveAccount(form());
    expect(r).toEqual({
      ok: true,
      sheet: ACCOUNTS,
      row: 20,
      summary: "吴佳琪 垫付 ¥95.80 (秋季运动会 · 奖牌) — 待报销",
      owed: { row: 20, date: "2026-11-23", member: "吴佳琪", event: "秋季运动会", item: "奖牌", amount: 9580, receipt: form().receipt },
    });
    const after = values(rt, ACCOUNTS);
    expect(after.slice(0, 19)).toEqual(before);
    expect(shown(after[19])).toEqual(["2026-11-23", "秋季运动会", "支出", 95.8, "吴佳琪", "奖牌", form().receipt, "待报销", "", ""]);
    expect(formulas(rt, ACCOUNTS)[19]).toEqual(Array(10).fill(""));
    expect(logLines(rt)).toEqual([[HEAD, "记账", ACCOUNTS, "20"]]);
    // Read back as the accounts read it: the same entry, owed to the member.
    const model = loadModel(undefined, ["accounts"]).model;
    expect(model.accounts.at(-1)).toMatchObject({ row: 20, type: "expense", amount: 9580, member: "吴佳琪", reimbursement: "owed", reimbursedOn: null });
  });

  test("a member who left may still pay the fine they owe", () => {
    const rt = department();
    const r = saveAccount(form({ type: "finePaid", member: "周晓雯", amount: "20", event: "", item: "10-14 旷会", receipt: "" }));
    expect(r).toMatchObject({ ok: true, row: 20, summary: "周晓雯 缴纳罚款 ¥20.00：尚欠 ¥20.00 → ¥0.00" });
    expect(shown(values(rt, ACCOUNTS)[19]).slice(0, 5)).toEqual(["2026-11-23", "", "罚款缴纳", 20, "周晓雯"]);
  });

  test("a line dated after today or before the cash book starts is refused at its field, and nothing is written", () => {
    const rt = department();
    const before = values(rt, ACCOUNTS);
    const late = saveAccount(form({ date: "2026-11-24" }));
    expect(late).toMatchObject({ ok: false, fields: { date: "日期 2026-11-24 在今天（2026-11-23）之后：请记已经发生的收支" } });
    const early = saveAccount(form({ date: "2026-08-31" }));
    expect(early).toMatchObject({ ok: false });
    expect(JSON.stringify(early)).toContain("早于收支账的开始 2026-09-01");
    expect(values(rt, ACCOUNTS)).toEqual(before);
  });

  test("columns found by their headers wherever the department moved them; a column it added stays empty", () => {
    const rt = department({
      edit: (tabs) => {
        const t = tabs.find((x) => x.name === ACCOUNTS)!;
        // 金额 first, 日期 last, and a column of the department's own between 类型 and 成员.
        const order = [3, 1, 2, -1, 4, 5, 6, 7, 8, 9, 0];
        t.rows = t.rows.map((row, i) => order.map((c) => (c < 0 ? (i === 0 ? "经手人签字" : "") : row[c])));
      },
    });
    expect(saveAccount(form({ paidBy: "cash", member: "", receipt: "" }))).toMatchObject({
      ok: true,
      row: 20,
      summary: "部门现金支出 ¥95.80 (秋季运动会 · 奖牌)",
    });
    expect(shown(values(rt, ACCOUNTS)[19])).toEqual([95.8, "秋季运动会", "支出", "", "", "奖牌", "", "", "", "", "2026-11-23"]);
  });

  test("an entry with mistakes is refused field by field, in Chinese, and nothing is written", () => {
    const rt = department();
    const before = snapshot(rt);
    expect(saveAccount(form({ amount: "95.805", member: "周小雯", event: "元旦", item: "" }))).toEqual({
      ok: false,
      error: "有 4 处需要修改，未保存任何内容",
      fields: {
        amount: "金额“95.805”超过两位小数：请精确到分，如 95.80",
        event: "活动表中没有“元旦”",
        member: "“周小雯”不是在部成员",
        item: "请填写“事由”",
      },
    });
    expect(snapshot(rt)).toEqual(before);
  });

  test("the same refusal in English for a reader whose Google account is in English", () => {
    department({ userLocale: "en" });
    expect(saveAccount(form({ type: "finePaid", member: "", amount: "0" }))).toEqual({
      ok: false,
      error: "2 fields need fixing; nothing was saved",
      fields: {
        amount: "The amount must be more than 0: an expense or a fine is positive too, the type says which way the money went",
        member: "A fine paid or waived needs the member (who paid it, or whose fine is waived)",
      },
    });
  });

  test("a fine paid: the member's fines before and after; paying more than owed is asked about first", () => {
    const rt = department();
    const owed = (name: string) => {
      const d = sidebarAccountsData();
      if (!d.ok) throw new Error(d.error);
      return d.fines.find((f) => f.name === name)!.owed;
    };
    // 赵一鸣 was late twice (¥10.00) and paid ¥5.00 in September.
    expect(owed("赵一鸣")).toBe(500);
    const paid = saveAccount(form({ type: "finePaid", member: "赵一鸣", amount: "5", item: "11-18 例会迟到", receipt: "", event: "" }));
    expect(paid).toMatchObject({ ok: true, row: 20, owed: null, summary: "赵一鸣 缴纳罚款 ¥5.00：尚欠 ¥5.00 → ¥0.00" });
    expect(shown(values(rt, ACCOUNTS)[19])).toEqual(["2026-11-23", "", "罚款缴纳", 5, "赵一鸣", "11-18 例会迟到", "", "", "", ""]);
    expect(owed("赵一鸣")).toBe(0);

    const tooMuch = form({ type: "finePaid", member: "马骁", amount: "10", item: "", receipt: "", event: "" });
    const asked = saveAccount(tooMuch);
    expect(asked).toMatchObject({
      ok: false,
      confirm: "overOwed",
      error: "马骁 目前尚欠罚款 ¥0.00，这次登记 ¥10.00，多出 ¥10.00：金额是否写错？如果没错，请点“仍然保存”",
    });
    expect(values(rt, ACCOUNTS)).toHaveLength(20);
    expect(saveAccount({ ...tooMuch, confirm: "马骁|500|0" })).toMatchObject({ ok: false, confirm: "overOwed" });
    if (asked.ok || !("token" in asked)) throw new Error("no question");
    expect(saveAccount({ ...tooMuch, confirm: asked.token })).toMatchObject({ ok: true, row: 21 });
  });

  test("a waiver by the head: written with the reason, and logged as a waiver", () => {
    const rt = department();
    const r = saveAccount(form({ type: "fineWaived", member: "赵一鸣", amount: "5", item: "11-18 迟到", receipt: "", event: "", notes: "校医院就诊，有证明" }));
    expect(r).toMatchObject({ ok: true, row: 20, summary: "减免 赵一鸣 的罚款 ¥5.00：尚欠 ¥5.00 → ¥0.00" });
    expect(shown(values(rt, ACCOUNTS)[19])).toEqual(["2026-11-23", "", "罚款减免", 5, "赵一鸣", "11-18 迟到", "", "", "", "校医院就诊，有证明"]);
    expect(logLines(rt)).toEqual([[HEAD, "罚款减免", ACCOUNTS, "20"]]);
  });

  test("a waiver is refused to anyone but the proven head, with the reason; other entries stay open to them", () => {
    const waiver = form({ type: "fineWaived", member: "赵一鸣", amount: "5", notes: "同意", paidBy: "cash" });
    const rt = department();
    session(rt.book, { user: MEMBER });
    const data = sidebarAccountsData();
    expect(data.ok && data.lists.waiverRefused).toEqual({ key: "waiverOnlyHead", params: { name: "王浩然" } });
    const before = snapshot(rt);
    expect(saveAccount(waiver)).toEqual({
      ok: false,
      error: "有 1 处需要修改，未保存任何内容",
      fields: { type: "只有部长可以登记罚款减免（你是 王浩然）" },
    });
    expect(snapshot(rt)).toEqual(before);
    expect(saveAccount(form({ type: "finePaid", member: "赵一鸣", amount: "5" }))).toMatchObject({ ok: true });

    // Someone the add-on cannot recognise, and the head before Settings is restricted.
    session(rt.book, { user: "stranger@uni.edu", userLocale: "en" });
    expect(saveAccount(waiver)).toMatchObject({
      fields: { type: expect.stringMatching(/^Only the head \(部长\) can record a fine waiver, and the add-on cannot tell which member you are/) },
    });
    department({ restricted: false });
    expect(saveAccount(waiver)).toMatchObject({ fields: { type: expect.stringMatching(/^登记罚款减免需要证明部长身份/) } });
  });

  test("a 收支 tab closed to the user is refused by name before anything is written", () => {
    const rt = department();
    rt.book.getSheetByName(ACCOUNTS)!.protect().setDomainEdit(false);
    session(rt.book, { user: MEMBER });
    const before = snapshot(rt);
    expect(saveAccount(form())).toEqual({ ok: false, error: expect.stringContaining("“收支”") });
    expect(snapshot(rt)).toEqual(before);
  });
});
