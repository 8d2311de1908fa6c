import { runSelfCheck, selfCheck } from "../../src/app/self-check";
import { context } from "../../src/sheets/workbook";
import { d, sheetWith, snapshot, tabNames } from "../support/apps-script";

const TABS = () => [
  { name: "成员", rows: [["姓名"], ["王浩然"]] },
  {
    name: "赞助记录",
    rows: [
      ["日期", "赞助商"],
      [d("2026-11-02"), "博文书店"],
    ],
  },
];

const verdicts = (r: ReturnType<typeof runSelfCheck>) => Object.fromEntries(r.verdicts.map((v) => [v.id, v.ok]));

describe("runSelfCheck", () => {
  test("every check is answered, and no user cell changes", () => {
    const rt = sheetWith(TABS());
    const before = snapshot(rt);
    const r = runSelfCheck(context());
    expect(r.verdicts.map((v) => v.id)).toEqual(
      expect.arrayContaining([
        "scopes",
        "email",
        "locale",
        "timeZone",
        "tabs",
        "columns",
        "lock",
        "write",
        "formats",
        "dropdown",
        "protection",
        "cleanup",
        "activeTab",
      ]),
    );
    expect(verdicts(r)).toMatchObject({ email: true, lock: true, write: true, cleanup: true, tabs: false });
    expect(snapshot(rt)).toEqual(before);
    expect(rt.locks.isHeld()).toBe(false);
  });

  test("a hidden email is one ✗; the other checks still run", () => {
    sheetWith(TABS(), {}, { user: "" });
    expect(verdicts(runSelfCheck(context()))).toMatchObject({ email: false, lock: true, write: true });
  });

  test("with the lock held elsewhere no scratch tab is made and each scratch check says why", () => {
    const rt = sheetWith(TABS());
    rt.locks.holdDocumentLockElsewhere(true);
    const r = runSelfCheck(context());
    const scratch = r.verdicts.filter((v) => ["write", "formats", "dropdown", "protection", "commission", "attendance", "cleanup", "activeTab"].includes(v.id));
    expect(scratch).toHaveLength(8);
    expect(scratch.every((v) => !v.ok && v.detail.key === "notRunBusy")).toBe(true);
    expect(tabNames(rt)).toEqual(["成员", "赞助记录"]);
  });

  test("the sheet, its locale and time zone are named; selfCheck answers in the language asked", () => {
    sheetWith(TABS(), { name: "外联部 2026", locale: "zh_CN" });
    expect(selfCheck({ lang: "en" })).toMatchObject({ lang: "en", spreadsheet: "外联部 2026", locale: "zh_CN", timeZone: "Asia/Shanghai" });
  });
});
