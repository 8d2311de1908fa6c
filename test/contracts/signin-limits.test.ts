import { SIGNIN_LIMITS, SIGNIN_REFUSAL } from "../../src/contracts/signin-limits";
import { t } from "../../src/domain/text";

describe("the limits of an import, and why the server refuses one", () => {
  test("the numbers the page, the README and the server's schema share", () => {
    expect(SIGNIN_LIMITS).toMatchObject({ rows: 5000, columns: 50, cell: 500, fileBytes: 5 * 1024 * 1024 });
  });

  test("every refusal is a sentence in both languages, naming what it is about", () => {
    expect(t(SIGNIN_REFUSAL.tabTooLong, "zh", { tab: "Sheet1", rows: 6000, max: 5000 })).toBe(
      "“Sheet1”有 6000 行，最多只能导入 5000 行：请只保留这次例会的提交",
    );
    expect(t(SIGNIN_REFUSAL.noTab, "en", { tab: "Sheet1" })).toBe('There is no tab named "Sheet1": it may have been renamed or deleted');
    for (const msg of Object.values(SIGNIN_REFUSAL)) {
      expect(msg.zh).not.toBe("");
      expect(msg.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
