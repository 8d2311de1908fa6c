import { accountFormSchema, payBackSchema } from "../../src/contracts/account-schema";
import { validate } from "../../src/contracts/validate";
import { UserError } from "../../src/domain/errors";
import { render } from "../../src/domain/messages";

const form = {
  type: "fineWaived",
  date: "2026-11-20",
  amount: "20",
  event: "",
  member: "黄诗涵",
  item: "",
  receipt: "",
  paidBy: "cash",
  notes: "家中急事",
};

const refusal = (schema: Parameters<typeof validate>[0], value: unknown) => {
  try {
    validate(schema, value);
  } catch (e) {
    if (e instanceof UserError) return render(e.msg, "en");
    throw e;
  }
  return "accepted";
};

describe("what the 记账 page may send", () => {
  test("the form as the page sends it, with or without the answer to a question", () => {
    expect(validate(accountFormSchema, form)).toEqual(form);
    expect(validate(accountFormSchema, { ...form, confirm: "黄诗涵|2000|0" }).confirm).toBe("黄诗涵|2000|0");
  });

  test("a type or payer the sheet does not know, a missing field or a Date is refused before anything is read", () => {
    expect(refusal(accountFormSchema, { ...form, type: "refund" })).toMatch(/^.*type/);
    expect(refusal(accountFormSchema, { ...form, paidBy: "sponsor" })).toMatch(/paidBy/);
    const { notes: _, ...noNotes } = form;
    expect(refusal(accountFormSchema, noNotes)).toMatch(/notes/);
    expect(refusal(accountFormSchema, { ...form, date: new Date() })).toMatch(/date/);
    expect(refusal(accountFormSchema, { ...form, item: "x".repeat(5001) })).toMatch(/item/);
  });

  test("an expense to pay back: a data row, a calendar day and whole fen", () => {
    const key = { row: 12, date: "2026-11-14", member: "吴佳琪", amount: 9580, item: "摊位桌布、胶带" };
    expect(validate(payBackSchema, key)).toEqual(key);
    expect(refusal(payBackSchema, { ...key, amount: 95.8 })).toMatch(/amount/);
    expect(refusal(payBackSchema, { ...key, row: 1 })).toMatch(/row/);
    expect(refusal(payBackSchema, { ...key, date: "2026/11/14" })).toMatch(/date/);
    expect(refusal(payBackSchema, { ...key, amount: "9580" })).toMatch(/amount/);
  });
});
