import {
  type AccountForm,
  type AccountLists,
  checkAccount,
  checkAmount,
  describeAccount,
  expenseToPayBack,
  fineOverOwed,
} from "../../src/contracts/account-entry";
import { renderFields, renderMsg } from "../../src/contracts/messages";
import type { AccountEntry } from "../../src/domain/model";

const lists = (over: Partial<AccountLists> = {}): AccountLists => ({
  events: ["秋季运动会", "社团文化节"],
  members: ["张三", "李四", "Amy Chen"],
  timeZone: "Asia/Shanghai",
  today: "2026-11-23",
  bookStart: "2026-09-01",
  termStart: "2026-09-01",
  waiverRefused: null,
  ...over,
});

const form = (over: Partial<AccountForm> = {}): AccountForm => ({
  type: "expense",
  date: "2026-11-20",
  amount: "95.8",
  event: "秋季运动会",
  member: "张三",
  item: "奖牌",
  receipt: "",
  paidBy: "member",
  notes: "",
  ...over,
});

const errorsOf = (f: AccountForm, l = lists(), lang: "zh" | "en" = "zh") => renderFields(checkAccount(f, l).errors, lang);

describe("checkAccount: an entry the page and the server both accept", () => {
  test("an expense a member advanced: the amount exact in fen, owed to them", () => {
    expect(checkAccount(form(), lists())).toEqual({
      entry: { type: "expense", date: "2026-11-20", amount: 9580, event: "秋季运动会", member: "张三", item: "奖牌", receipt: "", owed: true, notes: "" },
      errors: {},
    });
  });

  test("paid from the department's cash: owed to nobody, and the member is optional", () => {
    expect(checkAccount(form({ paidBy: "cash", member: "" }), lists()).entry).toMatchObject({ owed: false, member: "" });
  });

  test("names are matched as the sheet spells them; text is trimmed; a receipt that looks like a formula is kept as typed", () => {
    const { entry } = checkAccount(form({ member: " amy  chen ", event: "", item: "  横幅 ", receipt: '=HYPERLINK("https://pan.example.edu/r/1")' }), lists());
    expect(entry).toMatchObject({ member: "Amy Chen", event: "", item: "横幅", receipt: '=HYPERLINK("https://pan.example.edu/r/1")' });
  });

  test("only an expense is owed: income and fines ignore who paid", () => {
    expect(checkAccount(form({ type: "income", paidBy: "member", member: "" }), lists()).entry).toMatchObject({ type: "income", owed: false });
    expect(checkAccount(form({ type: "finePaid", item: "" }), lists()).entry).toMatchObject({ type: "finePaid", owed: false, item: "" });
  });
});

describe("checkAccount: every field's mistake, in the user's language", () => {
  test("type", () => {
    const bad = form({ type: "refund" as never });
    expect(errorsOf(bad).type).toBe("请选择类型：支出、其他收入、罚款缴纳或罚款减免");
    expect(errorsOf(bad, lists(), "en").type).toBe("Choose a type: expense, other income, fine paid or fine waived");
  });

  test("date: blank, or not a date", () => {
    expect(errorsOf(form({ date: "" })).date).toBe("请填写“日期”");
    expect(errorsOf(form({ date: "" }), lists(), "en").date).toBe("Date is required");
    expect(errorsOf(form({ date: "下周一" })).date).toMatch(/^无法识别的日期“下周一”/);
    expect(errorsOf(form({ date: "next monday" }), lists(), "en").date).toMatch(/^"next monday" is not a date/);
  });

  test("amount: blank, not a number, zero or negative, more than two decimals", () => {
    const zh = (amount: string) => errorsOf(form({ amount })).amount;
    const en = (amount: string) => errorsOf(form({ amount }), lists(), "en").amount;
    expect(zh("")).toBe("请填写“金额”");
    expect(en("  ")).toBe("Amount is required");
    expect(zh("九十五")).toMatch(/^无法识别的金额“九十五”/);
    expect(en("95,8")).toMatch(/^"95,8" is not an amount/);
    expect(zh("0")).toBe("金额须大于 0：支出和罚款也填正数，类型已说明钱的去向");
    expect(en("-95.80")).toBe("The amount must be more than 0: an expense or a fine is positive too, the type says which way the money went");
    expect(zh("95.805")).toBe("金额“95.805”超过两位小数：请精确到分，如 95.80");
    expect(en("¥1,234.567")).toBe('The amount "¥1,234.567" has more than two decimals: enter it to the fen, such as 95.80');
  });

  test("amount: exact to the fen whatever way it is typed; trailing zeros are no extra precision", () => {
    expect(checkAmount("95.8")).toEqual({ fen: 9580 });
    expect(checkAmount(" ¥1,200.50 ")).toEqual({ fen: 120050 });
    expect(checkAmount("300元")).toEqual({ fen: 30000 });
    expect(checkAmount("95.800")).toEqual({ fen: 9580 });
    expect(checkAmount("0.01")).toEqual({ fen: 1 });
    expect(checkAmount("0.001")).toEqual({ error: { key: "amountTooPrecise", params: { value: "0.001" } } });
  });

  test("event: only one of the Events tab", () => {
    expect(errorsOf(form({ event: "元旦晚会" })).event).toBe("活动表中没有“元旦晚会”");
    expect(errorsOf(form({ event: "元旦晚会" }), lists(), "en").event).toBe('"元旦晚会" is not in the Events tab');
  });

  test("member: an active member; required for a fine and for an expense a member advanced", () => {
    expect(errorsOf(form({ member: "周晓雯" })).member).toBe("“周晓雯”不是在部成员");
    expect(errorsOf(form({ member: "" })).member).toBe("成员垫付的支出须选择垫付的成员，否则不知道还给谁");
    expect(errorsOf(form({ member: "" }), lists(), "en").member).toBe("An expense a member advanced needs that member, or nobody knows whom to pay back");
    expect(errorsOf(form({ type: "finePaid", member: "" })).member).toBe("罚款缴纳和减免须选择成员（谁交的，或谁被减免）");
    expect(errorsOf(form({ type: "fineWaived", member: "", notes: "x" }), lists(), "en").member).toBe(
      "A fine paid or waived needs the member (who paid it, or whose fine is waived)",
    );
    expect(errorsOf(form({ type: "income", member: "" })).member).toBeUndefined();
  });

  test("paid by: an expense says who paid", () => {
    expect(errorsOf(form({ paidBy: "" as never })).paidBy).toBe("请选择由谁支付：部门现金或成员垫付");
    expect(errorsOf(form({ paidBy: "" as never }), lists(), "en").paidBy).toBe("Choose who paid: the department's cash, or a member who advanced it");
    expect(errorsOf(form({ type: "income", paidBy: "" as never })).paidBy).toBeUndefined();
  });

  test("item: required for an expense and for income, optional for a fine; at most 500 characters", () => {
    expect(errorsOf(form({ item: " " })).item).toBe("请填写“事由”");
    expect(errorsOf(form({ type: "income", item: "" }), lists(), "en").item).toBe("Item is required");
    expect(errorsOf(form({ type: "finePaid", item: "" })).item).toBeUndefined();
    expect(errorsOf(form({ item: "x".repeat(501) })).item).toBe("“事由”最多 500 个字");
  });

  test("receipt and notes: at most 2000 and 500 characters", () => {
    expect(errorsOf(form({ receipt: "x".repeat(2000) })).receipt).toBeUndefined();
    expect(errorsOf(form({ receipt: "x".repeat(2001) }), lists(), "en").receipt).toBe("Receipt can be at most 2000 characters");
    expect(errorsOf(form({ notes: "x".repeat(501) })).notes).toBe("“备注”最多 500 个字");
  });

  test("a waiver needs the head's reason in Notes", () => {
    const waiver = form({ type: "fineWaived", item: "", notes: "" });
    expect(errorsOf(waiver).notes).toBe("罚款减免由部长决定：请在“备注”中写明理由");
    expect(errorsOf(waiver, lists(), "en").notes).toBe("A waiver is the head's decision: write the reason in Notes");
    expect(checkAccount({ ...waiver, notes: "家中急事，部长同意" }, lists()).entry).toMatchObject({ type: "fineWaived", notes: "家中急事，部长同意" });
  });

  test("a waiver from someone who is not the head is refused on the type, with the reason the page shows", () => {
    const waiver = form({ type: "fineWaived", notes: "同意" });
    const l = lists({ waiverRefused: { key: "waiverOnlyHead", params: { name: "李四" } } });
    expect(checkAccount(waiver, l).entry).toBeNull();
    expect(errorsOf(waiver, l).type).toBe("只有部长可以登记罚款减免（你是 李四）");
    expect(errorsOf(waiver, l, "en").type).toBe("Only the head (部长) can record a fine waiver (you are 李四)");
    // Everything else stays open to them.
    expect(checkAccount(form({ type: "finePaid" }), l).entry).not.toBeNull();
  });

  test("every mistake at once, one per field", () => {
    const f = form({ date: "x", amount: "0", event: "无", member: "无名", item: "", paidBy: "" as never, notes: "y".repeat(501) });
    expect(Object.keys(checkAccount(f, lists()).errors).sort()).toEqual(["amount", "date", "event", "item", "member", "notes", "paidBy"]);
  });
});

describe("describeAccount: the sentence saying what will be written", () => {
  const e = { type: "expense" as const, amount: 9580, event: "运动会", member: "张三", item: "奖牌", owed: true };
  test("an expense a member advanced, or paid from cash", () => {
    expect(describeAccount(e, 0, "zh")).toBe("张三 垫付 ¥95.80 (运动会 · 奖牌) — 待报销");
    expect(describeAccount(e, 0, "en")).toBe("张三 advanced ¥95.80 (运动会 · 奖牌) — to reimburse");
    expect(describeAccount({ ...e, owed: false, event: "" }, 0, "zh")).toBe("部门现金支出 ¥95.80 (奖牌)");
    expect(describeAccount({ ...e, type: "income", event: "", item: "" }, 0, "en")).toBe("Other income of ¥95.80");
  });

  test("a fine: what the member owes before and after", () => {
    expect(describeAccount({ ...e, type: "finePaid", amount: 1000 }, 2500, "zh")).toBe("张三 缴纳罚款 ¥10.00：尚欠 ¥25.00 → ¥15.00");
    expect(describeAccount({ ...e, type: "fineWaived", amount: 2500 }, 2500, "en")).toBe("¥25.00 of 张三's fines waived: owed ¥25.00 → ¥0.00");
  });

  test("a fine beyond what is owed is asked about, an expense never", () => {
    expect(fineOverOwed({ type: "finePaid", amount: 3000, member: "张三" }, 2500)).toEqual({
      key: "fineOverOwed",
      params: { name: "张三", owed: "¥25.00", amount: "¥30.00", over: "¥5.00" },
    });
    expect(renderMsg(fineOverOwed({ type: "fineWaived", amount: 500, member: "李四" }, -200)!, "zh")).toBe(
      "李四 目前尚欠罚款 ¥0.00，这次登记 ¥5.00，多出 ¥5.00：金额是否写错？如果没错，请点“仍然保存”",
    );
    expect(fineOverOwed({ type: "finePaid", amount: 2500, member: "张三" }, 2500)).toBeNull();
    expect(fineOverOwed({ type: "expense", amount: 9999, member: "张三" }, 0)).toBeNull();
  });
});

describe("expenseToPayBack: the expense the sidebar listed, read again", () => {
  const row = (over: Partial<AccountEntry> = {}): AccountEntry => ({
    row: 12,
    date: "2026-11-14",
    event: "社团文化节",
    type: "expense",
    amount: 9580,
    member: "吴佳琪",
    item: "摊位桌布、胶带",
    receipt: "超市小票",
    reimbursement: "owed",
    reimbursedOn: null,
    notes: "",
    ...over,
  });
  const key = { row: 12, date: "2026-11-14", member: "吴佳琪", amount: 9580, item: "摊位桌布、胶带" };

  test("the same row, still owed", () => {
    expect(expenseToPayBack([row({ row: 11, amount: 1 }), row()], key)).toEqual({ owed: row() });
  });

  test("already paid back by someone else", () => {
    const done = row({ reimbursement: "done", reimbursedOn: "2026-11-20" });
    expect(expenseToPayBack([done], key)).toEqual({ done });
  });

  test("moved, changed or gone: never guessed at, even when an identical expense sits elsewhere", () => {
    expect(expenseToPayBack([row({ row: 13 })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([row({ amount: 9500 })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([row({ member: "黄诗涵" })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([row({ item: "桌布" })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([row({ date: "2026-11-15" })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([row({ type: "income", reimbursement: null })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([row({ reimbursement: null })], key)).toEqual({ changed: true });
    expect(expenseToPayBack([], key)).toEqual({ changed: true });
  });
});

describe("the date of a line", () => {
  const dateError = (date: string, type: AccountForm["type"] = "expense", over: Partial<AccountLists> = {}) =>
    renderFields(checkAccount(form({ date, type, member: "张三", notes: "部长同意" }), lists(over)).errors, "en").date;

  test("a day after today is refused: money is recorded once it has moved", () => {
    expect(dateError("2026-11-24")).toBe("2026-11-24 is after today (2026-11-23): record money that has already moved");
    expect(dateError("2026-11-23")).toBeUndefined();
  });

  test("a day before the cash book starts is refused, since it would not be counted", () => {
    expect(dateError("2026-08-31")).toContain("before the cash book starts on 2026-09-01");
    expect(dateError("2026-08-31", "expense", { bookStart: null, termStart: null })).toBeUndefined();
  });

  test("a fine before the term is refused even when the book started earlier", () => {
    expect(dateError("2026-08-20", "finePaid", { bookStart: "2026-08-01" })).toContain("before the term starts on 2026-09-01");
    expect(dateError("2026-08-20", "expense", { bookStart: "2026-08-01" })).toBeUndefined();
  });
});
