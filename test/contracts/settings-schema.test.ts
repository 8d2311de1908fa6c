import { formFromSettings } from "../../src/contracts/settings-form";
import { settingsFormSchema } from "../../src/contracts/settings-schema";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";

const valid = {
  rate: "15",
  basis: "cash",
  lateFee: "5",
  leftEarlyFee: "5",
  absentFee: "20",
  lateLimit: "2",
  absentLimit: "1",
  termStart: "2026-09-01",
  department: "学生会外联部",
  reportLang: "zh",
  meetingStart: "19:00",
  graceMinutes: "5",
  meetingLength: "90",
  leaveNeedsApproval: "yes",
  openingBalance: "1286.50",
  openingDate: "",
};

describe("settingsFormSchema: what the server accepts from the Settings page", () => {
  test("a form as the page sends it, with or without the form as loaded", () => {
    expect(settingsFormSchema.safeParse(valid)).toEqual({ success: true, data: valid });
    expect(settingsFormSchema.safeParse({ ...valid, base: { ...valid, rate: "12" } })).toEqual({
      success: true,
      data: { ...valid, base: { ...valid, rate: "12" } },
    });
  });

  test("the form the server fills in for the page is one it accepts back", () => {
    const f = formFromSettings(DEFAULT_SETTINGS);
    expect(settingsFormSchema.safeParse({ ...f, base: f }).success).toBe(true);
  });

  test("only the two bases and the two report languages", () => {
    expect(settingsFormSchema.safeParse({ ...valid, basis: "cashAndInKind", reportLang: "en" }).success).toBe(true);
    for (const basis of ["现金", "Cash only", ""]) expect(settingsFormSchema.safeParse({ ...valid, basis }).success).toBe(false);
    for (const reportLang of ["中文", "zh-CN", "fr", ""]) expect(settingsFormSchema.safeParse({ ...valid, reportLang }).success).toBe(false);
  });

  test("values are text of at most 1000 characters; numbers are refused", () => {
    expect(settingsFormSchema.safeParse({ ...valid, department: "外".repeat(1000) }).success).toBe(true);
    expect(settingsFormSchema.safeParse({ ...valid, department: "外".repeat(1001) }).success).toBe(false);
    expect(settingsFormSchema.safeParse({ ...valid, rate: 15 }).success).toBe(false);
    expect(settingsFormSchema.safeParse({ ...valid, lateLimit: 2 }).success).toBe(false);
  });

  test("every field must be there, in the form and in the form as loaded", () => {
    for (const key of Object.keys(valid)) {
      const { [key as keyof typeof valid]: _, ...without } = valid;
      expect(settingsFormSchema.safeParse(without).success).toBe(false);
      expect(settingsFormSchema.safeParse({ ...valid, base: without }).success).toBe(false);
    }
    expect(settingsFormSchema.safeParse({ ...valid, base: { ...valid, basis: "all" } }).success).toBe(false);
    expect(settingsFormSchema.safeParse({ ...valid, base: "loaded" }).success).toBe(false);
  });

  test("anything else sent along is dropped (requireDeliverables is not this form's to change)", () => {
    expect(settingsFormSchema.safeParse({ ...valid, requireDeliverables: "是" })).toEqual({ success: true, data: valid });
  });
});
