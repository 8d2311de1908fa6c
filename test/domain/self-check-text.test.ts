import { CHECK_IDS } from "../../src/domain/self-check";
import { type SelfCheckTextKey, say } from "../../src/domain/self-check-text";

const both = (key: SelfCheckTextKey, params?: Record<string, unknown>) => [say({ key, params }, "zh"), say({ key, params }, "en")];

test("every check has a name in Chinese and in English", () => {
  for (const id of CHECK_IDS) {
    const [zh, en] = both(`name_${id}` as SelfCheckTextKey);
    expect(zh).not.toBe("");
    expect(en).not.toBe("");
    expect(zh).not.toBe(en);
  }
});

describe("permissions", () => {
  test("granted scopes are named by their short name", () => {
    expect(
      both("scopesAll", { scopes: ["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/userinfo.email"] }),
    ).toEqual(["已授予全部 2 项：spreadsheets.currentonly, userinfo.email", "All 2 granted: spreadsheets.currentonly, userinfo.email"]);
  });

  test("a missing scope says what it is for; one the add-on does not know is shown as it is", () => {
    const params = { missing: ["https://www.googleapis.com/auth/script.container.ui", "https://www.googleapis.com/auth/drive"], n: 4 };
    expect(both("scopesMissing", params)).toEqual([
      "缺少 2/4 项：script.container.ui（菜单、对话框和侧边栏）；drive（https://www.googleapis.com/auth/drive）",
      "2 of 4 not granted: script.container.ui (menus, dialogs and sidebars); drive (https://www.googleapis.com/auth/drive)",
    ]);
  });

  test("a list that did not arrive as a list counts as empty rather than breaking the table", () => {
    expect(both("scopesAll", { scopes: "spreadsheets" })).toEqual(["已授予全部 0 项：", "All 0 granted: "]);
    expect(say({ key: "cleanupLeftovers" }, "en")).toBe("An interrupted self-check left: ");
  });

  test("the fix offers the authorisation address only when there is one", () => {
    const [zh, en] = both("scopesFix", { url: "https://script.google.com/macros/d/x/authorize" });
    expect(zh).toContain("（或打开 https://script.google.com/macros/d/x/authorize）");
    expect(en).toContain("(or open https://script.google.com/macros/d/x/authorize)");
    const [zhNone, enNone] = both("scopesFix", { url: "" });
    expect(zhNone).not.toContain("或打开");
    expect(enNone).not.toContain("or open");
  });
});

describe("locale", () => {
  test("the sheet's language is named in the reader's", () => {
    expect(both("localeOk", { locale: "zh_CN", sheetLang: "zh" })).toEqual([
      "表格区域 zh_CN：菜单、对话框和新建的工作表与列名使用中文",
      "Sheet locale zh_CN: menus, dialogs and new tabs and columns are in Chinese",
    ]);
    expect(say({ key: "localeOk", params: { locale: "en_US", sheetLang: "en" } }, "zh")).toBe("表格区域 en_US：菜单、对话框和新建的工作表与列名使用英文");
  });

  test("the fix names the locale to choose for the other language; anything but zh is English", () => {
    expect(say({ key: "localeFix", params: { other: "zh" } }, "en")).toBe(
      "For Chinese: File → Settings → Locale, choose China, then reopen the sheet. Existing tab names keep working (zh and en names are both recognised)",
    );
    expect(say({ key: "localeFix", params: { other: "en" } }, "zh")).toBe(
      "如需英文：文件 → 设置 → 语言区域，选择“美国”或“英国”，然后重新打开表格。已有的工作表名不受影响（中英文名称都能识别）",
    );
    expect(say({ key: "localeFix", params: { other: "fr" } }, "en")).toContain("For English");
  });
});

describe("tabs and columns", () => {
  test("missing tabs are listed in both names, the reader's first", () => {
    const missing = [
      { zh: "考勤", en: "Attendance" },
      { zh: "成员", en: "Members" },
    ];
    expect(both("tabsMissing", { found: 3, required: 5, missing })).toEqual([
      "必需 3/5，缺少：考勤（Attendance）、成员（Members）",
      "Required 3/5; missing: Attendance (考勤), Members (成员)",
    ]);
  });

  test("a missing column is named with its tab and header row", () => {
    const missing = [
      { sheet: "赞助记录", row: 1, zh: "日期", en: "Date" },
      { sheet: "Members", row: 2, zh: "姓名", en: "Name" },
    ];
    expect(both("columnsMissing", { found: 10, required: 12, missing })).toEqual([
      "10/12，缺少：赞助记录 第 1 行缺“日期”；Members 第 2 行缺“姓名”",
      '10/12; missing: 赞助记录 row 1 lacks "Date"; Members row 2 lacks "Name"',
    ]);
  });
});

describe("the rest of the table", () => {
  test("time zones apart by hours, with a half hour kept", () => {
    const [zh, en] = both("tzMismatch", { sheet: "Asia/Kolkata", script: "Asia/Shanghai", hours: 2.5 });
    expect(zh).toMatch(/^表格时区 Asia\/Kolkata 与脚本时区 Asia\/Shanghai 相差 2.5 小时。/);
    expect(en).toMatch(/^The sheet's time zone Asia\/Kolkata is 2.5 h from the script's Asia\/Shanghai\./);
  });

  test("tabs an interrupted self-check left are listed with the language's separator", () => {
    expect(both("cleanupLeftovers", { tabs: ["自检 1", "自检 2"] })).toEqual([
      "之前中断的自检留下了：自检 1、自检 2",
      "An interrupted self-check left: 自检 1, 自检 2",
    ]);
  });

  test("read-back, formula and tab results quote what was seen and what was expected", () => {
    expect(both("readBackWrong", { got: "45000", expected: "2026-03-15" })).toEqual(["读回 45000，应为 2026-03-15", "Read back 45000, expected 2026-03-15"]);
    expect(both("formulaWrong", { formula: "=COMMISSION(1000)", got: 15, expected: 150 })).toEqual([
      "=COMMISSION(1000) 得到 15，应为 150",
      "=COMMISSION(1000) gave 15, expected 150",
    ]);
    expect(both("activeWrong", { got: "自检 1", expected: "赞助记录" })).toEqual(["当前是“自检 1”，原来是“赞助记录”", 'On "自检 1" instead of "赞助记录"']);
  });

  test("a check that could not run says why", () => {
    expect(both("notRun", { error: "Exception: timeout" })).toEqual(["未运行：Exception: timeout", "Not run: Exception: timeout"]);
    expect(both("threw", { error: "TypeError" })).toEqual(["检查时出错：TypeError", "The check failed: TypeError"]);
  });

  test("the copied report's title and headings", () => {
    expect(both("reportPassed", { passed: 14, total: 15 })).toEqual(["通过 14/15", "Passed 14/15"]);
    expect(both("reportFix")).toEqual(["怎么办", "What to do"]);
  });
});
