import { signinPreviewSchema, signinSaveSchema } from "../../src/contracts/signin-schema";

const ok = (schema: typeof signinPreviewSchema | typeof signinSaveSchema, value: unknown) => schema.safeParse(value).success;
const base = { meeting: "2026-11-04", absentRest: false };

describe("what the server accepts from the page", () => {
  test("a tab by name or rows of text, with the columns the user picked", () => {
    expect(ok(signinPreviewSchema, { ...base, source: { tab: "问卷星导出" } })).toBe(true);
    expect(
      ok(signinPreviewSchema, {
        ...base,
        source: {
          rows: [
            ["姓名", "提交时间"],
            ["张伟", "46330.79375"],
          ],
        },
      }),
    ).toBe(true);
    expect(ok(signinPreviewSchema, { ...base, source: { tab: "x" }, columns: { name: 5, time: 1, kind: null, signOut: 49 } })).toBe(true);
  });

  test("at most 5,000 rows of 50 columns of 500 characters, text only", () => {
    const rows = (n: number, cols = 1, cell = "x") => Array.from({ length: n }, () => Array.from({ length: cols }, () => cell));
    expect(ok(signinPreviewSchema, { ...base, source: { rows: rows(5000, 50, "x".repeat(500)) } })).toBe(true);
    expect(ok(signinPreviewSchema, { ...base, source: { rows: rows(5001) } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { rows: rows(1, 51) } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { rows: rows(1, 1, "x".repeat(501)) } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { rows: [[46330.79375]] } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { rows: [[new Date()]] } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { tab: "" } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { tab: "x" }, columns: { name: 50, time: 1, kind: null, signOut: null } })).toBe(false);
    expect(ok(signinPreviewSchema, { ...base, source: { tab: "x" }, columns: { name: -1, time: 1, kind: null, signOut: null } })).toBe(false);
  });

  test("a save brings the preview's fingerprint, and what the user agreed to replace or keep", () => {
    const save = { ...base, source: { tab: "x" }, confirm: "abc" };
    expect(ok(signinSaveSchema, save)).toBe(true);
    expect(ok(signinSaveSchema, { ...save, confirmed: [{ name: "张伟", current: "迟到" }], keep: ["李娜"] })).toBe(true);
    expect(ok(signinSaveSchema, { ...save, confirm: "" })).toBe(false);
    expect(ok(signinSaveSchema, { ...base, source: { tab: "x" } })).toBe(false);
    expect(ok(signinSaveSchema, { ...save, keep: Array.from({ length: 501 }, () => "x") })).toBe(false);
  });
});
