import { decisionFormSchema, leaveFormSchema } from "../../src/contracts/leave-schema";
import { validate } from "../../src/contracts/validate";

describe("the schemas: what the server accepts from a page", () => {
  test("text fields, a decision of approved or rejected, and a key whose time is null or a day with seconds", () => {
    expect(validate(leaveFormSchema, { meeting: "2026-11-25", reason: "x" })).toEqual({ meeting: "2026-11-25", reason: "x" });
    const key = { submittedAt: { date: "2026-11-23", seconds: 57942 }, name: "王浩然", meeting: "2026-11-25", reason: "期中考试" };
    expect(validate(decisionFormSchema, { key, decision: "approved", note: "" })).toEqual({ key, decision: "approved", note: "" });
    expect(validate(decisionFormSchema, { key: { ...key, submittedAt: null }, decision: "rejected", note: "" }).key.submittedAt).toBeNull();
    expect(() => validate(decisionFormSchema, { key, decision: "maybe", note: "" })).toThrow(/Invalid request|请求无效/);
    expect(() =>
      validate(decisionFormSchema, { key: { ...key, submittedAt: { date: "2026-11-23", seconds: 86400 } }, decision: "approved", note: "" }),
    ).toThrow();
    expect(() => validate(leaveFormSchema, { meeting: new Date(), reason: "x" })).toThrow();
    // The reason the head saw is part of the key: a request edited meanwhile is not decided unseen.
    const { reason: _, ...noReason } = key;
    expect(() => validate(decisionFormSchema, { key: noReason, decision: "approved", note: "" })).toThrow();
    expect(() => validate(leaveFormSchema, { meeting: "2026-11-25", reason: "x".repeat(5001) })).toThrow();
  });
});
