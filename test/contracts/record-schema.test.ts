import { LEDGER_STATUS_VALUES } from "../../src/contracts/record-entry";
import { recordFormSchema } from "../../src/contracts/record-schema";

const valid = {
  sponsor: "书香书店",
  addSponsor: false,
  category: "",
  owner: "",
  event: "迎新晚会",
  members: ["张三", "李四"],
  weights: ["60", "40"],
  cash: "1,200",
  items: "",
  inKind: "",
  status: "received",
  date: "2026-11-23",
  notes: "",
};

describe("recordFormSchema: what the server accepts from the Record sponsorship page", () => {
  test("a form as the page sends it, with or without a confirmed date", () => {
    expect(recordFormSchema.safeParse(valid)).toEqual({ success: true, data: valid });
    expect(recordFormSchema.safeParse({ ...valid, confirmDate: "2025-01-02" }).success).toBe(true);
  });

  test("a confirmed new sponsor name is text", () => {
    expect(recordFormSchema.safeParse({ ...valid, confirmSponsor: "蜜雪冰城 东门" }).success).toBe(true);
    expect(recordFormSchema.safeParse({ ...valid, confirmSponsor: true }).success).toBe(false);
  });

  test("received, pledged or cancelled; nothing else", () => {
    for (const status of LEDGER_STATUS_VALUES) expect(recordFormSchema.safeParse({ ...valid, status }).success).toBe(true);
    for (const status of ["paid", "已到账", "", null]) expect(recordFormSchema.safeParse({ ...valid, status }).success).toBe(false);
  });

  test("members and shares are lists of text, of at most 200", () => {
    const many = Array.from({ length: 200 }, (_, i) => `成员${i}`);
    expect(recordFormSchema.safeParse({ ...valid, members: many, weights: [] }).success).toBe(true);
    expect(recordFormSchema.safeParse({ ...valid, members: [...many, "多一个"], weights: [] }).success).toBe(false);
    expect(recordFormSchema.safeParse({ ...valid, members: [], weights: Array(201).fill("") }).success).toBe(false);
    expect(recordFormSchema.safeParse({ ...valid, members: "张三、李四" }).success).toBe(false);
    expect(recordFormSchema.safeParse({ ...valid, weights: [60, 40] }).success).toBe(false);
    expect(recordFormSchema.safeParse({ ...valid, members: ["x".repeat(5001)] }).success).toBe(false);
  });

  test("amounts arrive as the text typed, not as numbers", () => {
    expect(recordFormSchema.safeParse({ ...valid, cash: 1200 }).success).toBe(false);
    expect(recordFormSchema.safeParse({ ...valid, cash: "x".repeat(5000) }).success).toBe(true);
    expect(recordFormSchema.safeParse({ ...valid, notes: "x".repeat(5001) }).success).toBe(false);
  });

  test("every required field must be there; adding a sponsor is a yes or no", () => {
    for (const key of Object.keys(valid)) {
      const { [key as keyof typeof valid]: _, ...without } = valid;
      expect(recordFormSchema.safeParse(without).success).toBe(false);
    }
    expect(recordFormSchema.safeParse({ ...valid, addSponsor: "true" }).success).toBe(false);
    expect(recordFormSchema.safeParse({ ...valid, confirmDate: 46000 }).success).toBe(false);
  });

  test("anything else sent along is dropped", () => {
    expect(recordFormSchema.safeParse({ ...valid, paidOn: "2026-11-30" })).toEqual({ success: true, data: valid });
  });
});
