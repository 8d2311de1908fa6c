import { STAGE_VALUES } from "../../src/contracts/contact-entry";
import { contactFormSchema, memberPickSchema } from "../../src/contracts/contact-schema";

const valid = { sponsor: "书香书店", date: "2026-11-20", channel: "微信", note: "", stage: "", next: "", clearNext: false };

describe("contactFormSchema: what the server accepts from the Log a contact page", () => {
  test("a form as the page sends it", () => {
    const r = contactFormSchema.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(valid);
  });

  test("every stage, or none (keep the stage as it is)", () => {
    for (const stage of ["", ...STAGE_VALUES]) expect(contactFormSchema.safeParse({ ...valid, stage }).success).toBe(true);
  });

  test.each(["won", "Signed", "签约", null])("stage %p is refused", (stage) => {
    expect(contactFormSchema.safeParse({ ...valid, stage }).success).toBe(false);
  });

  test("every field must be there, with its type", () => {
    for (const key of Object.keys(valid)) {
      const { [key as keyof typeof valid]: _, ...without } = valid;
      expect(contactFormSchema.safeParse(without).success).toBe(false);
    }
    expect(contactFormSchema.safeParse({ ...valid, clearNext: "false" }).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...valid, date: 46000 }).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...valid, note: null }).success).toBe(false);
    expect(contactFormSchema.safeParse(null).success).toBe(false);
    expect(contactFormSchema.safeParse("sponsor=书香书店").success).toBe(false);
  });

  test("a text of up to 5000 characters is passed on to the form's own checks; longer is refused", () => {
    expect(contactFormSchema.safeParse({ ...valid, note: "记".repeat(5000) }).success).toBe(true);
    expect(contactFormSchema.safeParse({ ...valid, note: "记".repeat(5001) }).success).toBe(false);
    expect(contactFormSchema.safeParse({ ...valid, sponsor: "x".repeat(5001) }).success).toBe(false);
  });

  test("anything else sent along is dropped", () => {
    const r = contactFormSchema.safeParse({ ...valid, owner: "张三" });
    expect(r.success).toBe(true);
    expect(r.data).toEqual(valid);
  });
});

describe('memberPickSchema: "I am this member", from every who-are-you sidebar', () => {
  test("a name as text, at most 5,000 characters; anything else is refused", () => {
    expect(memberPickSchema.safeParse({ name: "王浩然" }).success).toBe(true);
    expect(memberPickSchema.safeParse({ name: 3 }).success).toBe(false);
    expect(memberPickSchema.safeParse({ name: "x".repeat(5001) }).success).toBe(false);
  });
});
