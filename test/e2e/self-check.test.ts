/** 自检 / Self-check: the built bundle on the local runtime, as the menu and the command line run it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SelfCheckResult } from "../../src/domain/self-check";
import { type CheckLine, type SelfCheckReport, selfCheckReport } from "../../src/domain/self-check-report";
import { LocalRange, type RuntimeOptions, type WorkbookOptions, workbookFromTabs } from "../../src/local/runtime";
import { syntheticTabs } from "../../src/local/sample/synthetic";
import { sampleTabs } from "../../src/local/sample/workbook";
import { type Addon, shown, snapshot, withBook } from "./addon";

const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "dist", "appsscript.json"), "utf8")) as { oauthScopes: string[]; timeZone: string };
const page = readFileSync(join(__dirname, "..", "..", "dist", "selfcheck.html"), "utf8");
const SCRATCH = /^外联部自检 self-check /;

type Tabs = ReturnType<typeof sampleTabs>;

function open(tabs: Tabs = sampleTabs(), book: WorkbookOptions = {}, ropts: RuntimeOptions = {}): Addon {
  return withBook(workbookFromTabs(tabs, { locale: "zh_CN", ...book }), {
    oauthScopes: manifest.oauthScopes,
    scriptTimeZone: manifest.timeZone,
    htmlFiles: { selfcheck: page },
    ...ropts,
  });
}

/** The server's verdicts, worded as the dialog and the command line word them. */
const run = (a: Addon, options?: unknown): SelfCheckReport => selfCheckReport(a.fn.selfCheck(options) as SelfCheckResult);
const check = (r: SelfCheckReport, id: string): CheckLine => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};
const failed = (r: SelfCheckReport) => r.checks.filter((c) => !c.ok).map((c) => c.id);
const tabNames = (a: Addon) => a.book.getSheets().map((s) => s.getName());
/** Formulas already in the workbook get their values first, so a later flush cannot look like an edit. */
const settled = (a: Addon) => {
  (a.runtime.globals.SpreadsheetApp as { flush(): void }).flush();
  return snapshot(a.book);
};

describe("自检 / Self-check on the sample workbook", () => {
  test("every check passes, in the sheet's language, with a plain-text copy of the table", () => {
    const raw = open().fn.selfCheck() as SelfCheckResult;
    // What google.script.run can carry to the page: no Date, nothing but plain data.
    expect(JSON.parse(JSON.stringify(raw))).toEqual(raw);
    const r = selfCheckReport(raw);
    expect(failed(r)).toEqual([]);
    expect(r).toMatchObject({ ok: true, lang: "zh", passed: 15, total: 15 });
    expect(r.checks.map((c) => c.name)).toEqual([
      "授权范围",
      "用户邮箱",
      "语言区域",
      "时区",
      "工作表",
      "必需列",
      "文档锁",
      "写入与读回",
      "金额和日期格式",
      "下拉选项",
      "保护（仅警告）",
      "=COMMISSION 公式",
      "考勤公式",
      "临时工作表已删除",
      "恢复当前工作表",
    ]);
    expect(check(r, "tabs").detail).toBe("必需 5/5，可选 5/7");
    expect(check(r, "columns").detail).toBe("16/16（10 个工作表）");
    expect(check(r, "commission").detail).toBe("=COMMISSION(1000) = 150");
    expect(check(r, "attendance").detail).toBe(
      "=MEETING_PENALTY(A3:C4) · =MEETING_WARNING(A3:C4) = 25 / 10 / 缺席 1 次，需部长审议 / 迟到/早退 2 次，需部长审议",
    );
    expect(r.text.split("\n")[2]).toBe("通过 15/15");
    expect(r.text).toContain("✓ 授权范围: 已授予全部 3 项：spreadsheets.currentonly, script.container.ui, userinfo.email");
    expect(r.text).not.toContain("✗");
  });

  test("no user cell, format, note or rule changes, the scratch tab is gone and the member's tab is active again", () => {
    const a = open();
    a.book.setActiveSheet(a.book.getSheetByName("赞助记录")!);
    const before = settled(a);
    run(a);
    expect(snapshot(a.book)).toEqual(before);
    expect(tabNames(a).some((n) => SCRATCH.test(n))).toBe(false);
    expect(a.book.getActiveSheet().getName()).toBe("赞助记录");
    expect(a.runtime.locks.isHeld()).toBe(false);
  });

  test("an English sheet gets the table in English", () => {
    const r = run(open(sampleTabs(), { locale: "en_US" }, { userLocale: "en" }));
    expect(failed(r)).toEqual([]);
    expect(check(r, "attendance").detail).toContain("Absent 1 time: for the head's review");
    expect(r.text.split("\n")[2]).toBe("Passed 15/15");
  });

  test("the menu item opens the self-check page in a dialog titled in the sheet's language", () => {
    const a = open();
    a.fn.onOpen({ authMode: "FULL" });
    const item = (a.runtime.ui.menus as any[])[0].items.find((i: any) => i.functionName === "menuSelfCheck");
    expect(item.caption).toBe("自检");
    a.fn.menuSelfCheck();
    const dialog = shown(a, "dialog")[0];
    expect(dialog.title).toBe("自检");
    expect(dialog.html).toContain('id="copy"');
  });
});

describe("自检 / Self-check finds what is wrong and says what to do", () => {
  test("a missing tab is named, with Set up sheets as the remedy", () => {
    const r = run(open(sampleTabs().filter((t) => t.name !== "考勤")));
    expect(failed(r)).toEqual(["tabs"]);
    expect(check(r, "tabs").detail).toBe("必需 4/5，缺少：考勤（Attendance）");
    expect(check(r, "tabs").fix).toContain("初始化表格");
  });

  test("a missing required column names the tab and the header row", () => {
    const tabs = sampleTabs();
    tabs.find((t) => t.name === "赞助记录")!.rows[0][0] = "日子";
    const r = run(open(tabs));
    expect(failed(r)).toEqual(["columns"]);
    expect(check(r, "columns").detail).toBe("15/16，缺少：赞助记录 第 1 行缺“日期”");
    expect(check(r, "columns").fix).toContain("表头行");
  });

  test("a blank email is one ✗ with its consequence, and every other check still runs", () => {
    const r = run(open(sampleTabs(), {}, { user: "" }));
    expect(failed(r)).toEqual(["email"]);
    expect(r.passed).toBe(14);
    expect(check(r, "email").detail).toContain("我的跟进");
    expect(check(r, "email").fix).toContain("其他功能不受影响");
  });

  test("a document lock held by someone else is a ✗, and without the lock no scratch tab is written", () => {
    const a = open();
    const tabs = a.book.getSheets().map((s) => s.getName());
    a.runtime.locks.holdDocumentLockElsewhere(true);
    const r = run(a);
    expect(failed(r)).toEqual(["lock", "write", "formats", "dropdown", "protection", "commission", "attendance", "cleanup", "activeTab"]);
    expect(check(r, "lock").detail).toContain("未取得");
    expect(check(r, "write").detail).toBe("未运行：另一项操作正在修改表格，自检此时不写临时工作表");
    expect(a.book.getSheets().map((s) => s.getName())).toEqual(tabs);
    a.runtime.locks.holdDocumentLockElsewhere(false);
    expect(a.runtime.locks.isHeld()).toBe(false);
  });

  test("a sheet in another time zone is a ✗ saying a day (and a month) can shift, and where to fix it", () => {
    const r = run(open(sampleTabs(), { timeZone: "America/Los_Angeles" }));
    expect(failed(r)).toEqual(["timeZone"]);
    expect(check(r, "timeZone").detail).toMatch(/^表格时区 America\/Los_Angeles 与脚本时区 Asia\/Shanghai 相差 1[56] 小时/);
    expect(check(r, "timeZone").detail).toContain("另一个月");
    expect(check(r, "timeZone").fix).toContain("文件 → 设置 → 时区");
  });

  test("a zone with another name but the same offset is fine", () => {
    expect(failed(run(open(sampleTabs(), { timeZone: "Asia/Hong_Kong" })))).toEqual([]);
  });

  test("a sheet locale in another language than the member's account is a ✗ with the setting to change", () => {
    const r = run(open(sampleTabs(), { locale: "en_US" }, { userLocale: "zh-CN" }));
    expect(failed(r)).toEqual(["locale"]);
    expect(check(r, "locale").detail).toContain("en_US");
    expect(check(r, "locale").fix).toContain("Locale");
  });

  test("a permission unticked on the consent screen is named with what it is for", () => {
    const r = run(open(sampleTabs(), {}, { grantedScopes: manifest.oauthScopes.filter((s) => !s.endsWith("userinfo.email")) }));
    expect(failed(r)).toEqual(["scopes"]);
    expect(check(r, "scopes").detail).toBe("缺少 1/3 项：userinfo.email（读取你的邮箱（日志、我的跟进、部长权限））");
    expect(check(r, "scopes").fix).toContain("/authorize");
  });
});

describe("自检 / Self-check always cleans up", () => {
  const patched: [object, string, unknown][] = [];
  const breakMethod = (proto: object, name: string, message: string) => {
    patched.push([proto, name, (proto as any)[name]]);
    (proto as any)[name] = () => {
      throw new Error(message);
    };
  };
  afterEach(() => {
    for (const [proto, name, original] of patched.splice(0)) (proto as any)[name] = original;
  });

  test("a step that throws midway is a ✗ with its message; later steps run and the scratch tab is still removed", () => {
    const a = open();
    a.book.setActiveSheet(a.book.getSheetByName("考勤")!);
    const before = settled(a);
    breakMethod(LocalRange.prototype, "setDataValidation", "Service Spreadsheets failed while accessing document");
    const r = run(a);
    expect(failed(r)).toEqual(["dropdown"]);
    expect(check(r, "dropdown").detail).toBe("检查时出错：Service Spreadsheets failed while accessing document");
    expect(snapshot(a.book)).toEqual(before);
    expect(a.book.getActiveSheet().getName()).toBe("考勤");
  });

  test("when the scratch tab cannot be written at all, every scratch check says so and the tab is still removed", () => {
    const a = open();
    const before = tabNames(a);
    breakMethod(LocalRange.prototype, "setValues", "Exceeded maximum execution time");
    const r = run(a);
    expect(failed(r)).toEqual(expect.arrayContaining(["write", "formats", "commission", "attendance"]));
    expect(check(r, "cleanup").ok).toBe(true);
    expect(tabNames(a)).toEqual(before);
  });

  test("a scratch tab left by an interrupted run is reported, not deleted", () => {
    const tabs = sampleTabs();
    tabs.push({ name: "外联部自检 self-check 0badc0de", rows: [["x"]] });
    const a = open(tabs);
    const r = run(a);
    expect(failed(r)).toEqual(["cleanup"]);
    expect(check(r, "cleanup").detail).toBe("之前中断的自检留下了：外联部自检 self-check 0badc0de");
    expect(tabNames(a)).toContain("外联部自检 self-check 0badc0de");
  });
});

describe("自检 / Self-check's Sheets calls do not grow with the ledger", () => {
  const calls = (ledgerRows: number) => {
    const a = open(syntheticTabs({ ledgerRows, members: 30, meetings: 20 }));
    a.runtime.resetStats();
    const r = run(a);
    return { stats: { ...a.runtime.stats, calls: { ...a.runtime.stats.calls } }, r };
  };

  test("the same calls at 500 and at 5,000 ledger rows", () => {
    const small = calls(500);
    const large = calls(5000);
    expect(large.stats.total).toBe(small.stats.total);
    expect(large.stats.calls).toEqual(small.stats.calls);
    expect(small.stats.calls.getValues).toBeLessThanOrEqual(20);
  });
});
