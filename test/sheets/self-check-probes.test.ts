import { MANIFEST_SCOPES, type Verdict } from "../../src/domain/self-check";
import { guarded, SCRATCH_PREFIX, scopes, scratchChecks, structure, tryDocumentLock } from "../../src/sheets/self-check-probes";
import { context } from "../../src/sheets/workbook";
import { active, d, sheetWith, snapshot, tabNames } from "../support/apps-script";

const TABS = () => [
  {
    name: "成员",
    rows: [
      ["姓名", "小组"],
      ["王浩然", "一组"],
    ],
  },
  {
    name: "赞助记录",
    rows: [
      ["2026 秋季", ""],
      ["日期", "现金"],
      [d("2026-11-02"), 100],
    ],
  },
];

describe("structure", () => {
  test("each tab found by name, and the required columns missing from it with its header row", () => {
    sheetWith(TABS());
    const found = structure(context());
    expect(found.find((t) => t.zh === "成员")).toMatchObject({ found: "成员", missingColumns: [] });
    expect(found.find((t) => t.zh === "赞助记录")).toMatchObject({ found: "赞助记录", headerRow: 2, missingColumns: [{ zh: "赞助商", en: "Sponsor" }] });
    expect(found.find((t) => t.zh === "考勤")).toMatchObject({ found: null, optional: false });
    expect(found.find((t) => t.zh === "联系记录")).toMatchObject({ found: null, optional: true });
  });

  test("reads at most the first five rows of a tab, at 10 rows as at 5,000", () => {
    const calls = (n: number) => {
      const rt = sheetWith([{ name: "赞助记录", rows: [["日期", "赞助商"], ...Array.from({ length: n }, () => [d("2026-11-02"), "博文书店"])] }]);
      rt.resetStats();
      structure(context());
      return { ...rt.stats.calls };
    };
    expect(calls(10)).toEqual(calls(5000));
  });
});

describe("scratchChecks", () => {
  test("writing, formats, a dropdown and a protection work on a scratch tab that is removed again; no user cell changes", () => {
    const rt = sheetWith(TABS());
    active().setActiveSheet(active().getSheetByName("赞助记录")!);
    const before = snapshot(rt);
    const verdicts = scratchChecks(context());
    const ok = Object.fromEntries(verdicts.map((v) => [v.id, v.ok]));
    expect(ok).toMatchObject({ write: true, formats: true, dropdown: true, protection: true, cleanup: true, activeTab: true });
    expect(snapshot(rt)).toEqual(before);
    expect(active().getActiveSheet().getName()).toBe("赞助记录");
  });

  test("a scratch tab left by an interrupted run is reported, never deleted", () => {
    const rt = sheetWith([...TABS(), { name: `${SCRATCH_PREFIX}deadbeef`, rows: [["x"]] }]);
    const cleanup = scratchChecks(context()).find((v) => v.id === "cleanup")!;
    expect(cleanup).toMatchObject({ ok: false, detail: { params: { tabs: [`${SCRATCH_PREFIX}deadbeef`] } } });
    expect(tabNames(rt)).toEqual(["成员", "赞助记录", `${SCRATCH_PREFIX}deadbeef`]);
  });
});

describe("scopes", () => {
  test("every scope the manifest asks for granted: ✓; one unticked: ✗ naming it", () => {
    sheetWith(TABS(), {}, { oauthScopes: [...MANIFEST_SCOPES] });
    expect(scopes().ok).toBe(true);
    const missing = MANIFEST_SCOPES[MANIFEST_SCOPES.length - 1];
    sheetWith(TABS(), {}, { oauthScopes: [...MANIFEST_SCOPES], grantedScopes: MANIFEST_SCOPES.filter((s) => s !== missing) });
    const v = scopes();
    expect(v.ok).toBe(false);
    expect(JSON.stringify(v.detail)).toContain(missing);
  });
});

describe("tryDocumentLock and guarded", () => {
  test("the lock is taken when free and released by the answer; held elsewhere, there is none", () => {
    const rt = sheetWith(TABS());
    const release = tryDocumentLock(10);
    expect(rt.locks.isHeld()).toBe(true);
    release!();
    expect(rt.locks.isHeld()).toBe(false);
    rt.locks.holdDocumentLockElsewhere(true);
    expect(tryDocumentLock(10)).toBeNull();
  });

  test("a probe that throws is a failed verdict for each of its checks, and the next probe still runs", () => {
    const out: Verdict[] = [];
    guarded(out, ["write", "formats"], () => {
      throw new Error("Service unavailable");
    });
    guarded(out, "dropdown", () => ({ id: "dropdown", ok: true, detail: { key: "dropdownOk" } }));
    expect(out.map((v) => [v.id, v.ok])).toEqual([
      ["write", false],
      ["formats", false],
      ["dropdown", true],
    ]);
  });
});
