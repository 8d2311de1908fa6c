import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  expectedFormulaValues,
  formulaVerdict,
  localeVerdict,
  MANIFEST_SCOPES,
  scopesVerdict,
  structureVerdicts,
  type TabFinding,
  timeZoneVerdict,
  type Verdict,
  zoneOffsetMinutes,
} from "../../src/domain/self-check";
import { say } from "../../src/domain/self-check-text";

const text = (v: Verdict, lang: "zh" | "en" = "zh") => say(v.detail, lang);
const fix = (v: Verdict, lang: "zh" | "en" = "zh") => (v.fix ? say(v.fix, lang) : "");

test("the scopes checked are exactly appsscript.json's", () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "appsscript.json"), "utf8"));
  expect([...MANIFEST_SCOPES]).toEqual(manifest.oauthScopes);
});

describe("scopesVerdict", () => {
  test("all granted", () => {
    const v = scopesVerdict(MANIFEST_SCOPES, [...MANIFEST_SCOPES], "NOT_REQUIRED", null);
    expect(v.ok).toBe(true);
    expect(text(v, "en")).toBe("All 3 granted: spreadsheets.currentonly, script.container.ui, userinfo.email");
  });

  test("an unticked scope is named with what it serves, and the authorisation URL is offered", () => {
    const v = scopesVerdict(MANIFEST_SCOPES, [MANIFEST_SCOPES[0]], "REQUIRED", "https://script.google.com/macros/d/x/authorize");
    expect(v.ok).toBe(false);
    expect(text(v, "en")).toBe(
      "2 of 3 not granted: script.container.ui (menus, dialogs and sidebars); userinfo.email (your email address (the Log, My follow-ups, the head's rights))",
    );
    expect(fix(v, "en")).toContain("https://script.google.com/macros/d/x/authorize");
  });

  test("when the scopes cannot be listed, the status decides", () => {
    expect(scopesVerdict(MANIFEST_SCOPES, null, "NOT_REQUIRED", null).ok).toBe(true);
    const v = scopesVerdict(MANIFEST_SCOPES, null, "REQUIRED", null);
    expect(v.ok).toBe(false);
    expect(text(v)).toBe("Google 表示还需要授权");
    expect(fix(v)).not.toContain("（或打开");
  });
});

describe("timeZoneVerdict", () => {
  const now = new Date("2026-11-23T08:00:00Z");

  test("offsets come from the zone's rules on that day", () => {
    expect(zoneOffsetMinutes(now, "Asia/Shanghai")).toBe(480);
    expect(zoneOffsetMinutes(now, "America/New_York")).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-07-01T08:00:00Z"), "America/New_York")).toBe(-240);
    expect(zoneOffsetMinutes(now, "Asia/Kolkata")).toBe(330);
  });

  test("the same zone, or another name with the same offset, passes", () => {
    expect(timeZoneVerdict("Asia/Shanghai", "Asia/Shanghai", now).ok).toBe(true);
    expect(text(timeZoneVerdict("Asia/Taipei", "Asia/Shanghai", now))).toContain("时差为 0");
  });

  test("a different offset says by how much, what it shifts and where to fix it", () => {
    const v = timeZoneVerdict("America/New_York", "Asia/Shanghai", now);
    expect(v.ok).toBe(false);
    expect(text(v, "en")).toMatch(/^The sheet's time zone America\/New_York is 13 h from the script's Asia\/Shanghai\./);
    expect(text(v, "en")).toContain("other month");
    expect(fix(v, "en")).toBe(
      "In the sheet open File → Settings → Time zone, choose Asia/Shanghai (where the department is), save, and run the self-check again",
    );
    expect(text(timeZoneVerdict("Asia/Kolkata", "Asia/Shanghai", now))).toContain("相差 2.5 小时");
  });
});

describe("localeVerdict", () => {
  test("the reader's language matches the sheet's, or is unknown", () => {
    expect(localeVerdict("zh_CN", "zh-CN").ok).toBe(true);
    expect(localeVerdict("zh_TW", "").ok).toBe(true);
    expect(localeVerdict("en_GB", "en").ok).toBe(true);
  });

  test("a zh reader of an English sheet is told how to get Chinese", () => {
    const v = localeVerdict("en_US", "zh-CN");
    expect(v.ok).toBe(false);
    expect(text(v, "en")).toContain("in English, while your Google account's language is zh-CN");
    expect(fix(v, "en")).toBe(
      "For Chinese: File → Settings → Locale, choose China, then reopen the sheet. Existing tab names keep working (zh and en names are both recognised)",
    );
  });
});

describe("structureVerdicts", () => {
  const tab = (over: Partial<TabFinding>): TabFinding => ({
    zh: "成员",
    en: "Members",
    optional: false,
    found: "成员",
    requiredColumns: 1,
    missingColumns: [],
    headerRow: 1,
    ...over,
  });

  test("counts required and optional tabs, and required columns of the tabs found", () => {
    const [tabs, columns] = structureVerdicts([tab({}), tab({ zh: "赞助回报", en: "Deliverables", optional: true, found: null, requiredColumns: 2 })]);
    expect([tabs.ok, text(tabs)]).toEqual([true, "必需 1/1，可选 0/1"]);
    expect([columns.ok, text(columns)]).toEqual([true, "1/1（1 个工作表）"]);
  });

  test("a missing tab and a missing column are each listed with where to look", () => {
    const [tabs, columns] = structureVerdicts([
      tab({ zh: "考勤", en: "Attendance", found: null }),
      tab({ zh: "赞助记录", en: "Sponsorships", found: "Ledger", requiredColumns: 2, missingColumns: [{ zh: "日期", en: "Date" }], headerRow: 2 }),
    ]);
    expect(text(tabs, "en")).toBe("Required 1/2; missing: Attendance (考勤)");
    expect(fix(tabs, "en")).toContain("Set up sheets");
    expect(text(columns, "en")).toBe('1/2; missing: Ledger row 2 lacks "Date"');
  });
});

describe("formulaVerdict and the expected values", () => {
  test("the scratch grid's results are the department's rules", () => {
    expect(expectedFormulaValues("zh")).toEqual({ commission: 150, penalty: [25, 10], warning: ["缺席 1 次，需部长审议", "迟到/早退 2 次，需部长审议"] });
    expect(expectedFormulaValues("en").warning).toEqual(["Absent 1 time: for the head's review", "Late or left early 2 times: for the head's review"]);
  });

  test("no value after the wait, an error value and a wrong value are three different ✗", () => {
    expect(text(formulaVerdict("commission", "=COMMISSION(1000)", [150], ["Loading..."], 3000))).toBe("=COMMISSION(1000) 等待 3.0 秒后仍没有结果");
    expect(text(formulaVerdict("commission", "=COMMISSION(1000)", [150], ["#NAME?"], 0))).toBe("=COMMISSION(1000) 显示 #NAME?");
    expect(text(formulaVerdict("commission", "=COMMISSION(1000)", [150], [15], 0))).toBe("=COMMISSION(1000) 得到 15，应为 150");
    const ok = formulaVerdict("commission", "=COMMISSION(1000)", [150], [150], 500);
    expect([ok.ok, text(ok)]).toEqual([true, "=COMMISSION(1000) = 150"]);
  });
});
