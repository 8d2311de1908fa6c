import { CHECK_IDS, type SelfCheckResult, type Verdict } from "../../src/domain/self-check";
import { selfCheckReport } from "../../src/domain/self-check-report";

const run = (verdicts: Verdict[], lang: "zh" | "en" = "zh"): SelfCheckResult => ({
  lang,
  verdicts,
  spreadsheet: "外联部 2026",
  locale: "zh_CN",
  timeZone: "Asia/Shanghai",
  when: "2026-11-23 16:05",
});

const LOCK_BUSY: Verdict = { id: "lock", ok: false, detail: { key: "lockBusy", params: { seconds: 2 } }, fix: { key: "lockFix" } };
const SCOPES_OK: Verdict = { id: "scopes", ok: true, detail: { key: "scopesByStatus" } };

test("the report orders the checks, counts them and puts what to do under each ✗", () => {
  const verdicts: Verdict[] = [LOCK_BUSY, SCOPES_OK];
  const r = selfCheckReport(run(verdicts));
  expect(r).toMatchObject({ ok: false, passed: 1, total: 2 });
  expect(r.checks.map((c) => c.id)).toEqual(["scopes", "lock"]);
  expect(r.text.split("\n")).toEqual([
    "外联部助手 自检 2026-11-23 16:05（Asia/Shanghai）",
    "表格：外联部 2026 · 区域 zh_CN · 时区 Asia/Shanghai",
    "通过 1/2",
    "",
    "✓ 授权范围: 无法列出已授予的范围，但 Google 表示无需再授权",
    "✗ 文档锁: 2 秒内未取得：另一位成员的操作（保存、月报、初始化）正在进行",
    "    怎么办: 等一分钟再运行自检；若一直如此，说明有操作卡住了——锁会在该操作结束时（最长 6 分钟）自动释放",
  ]);
});

test("the same report in English", () => {
  const r = selfCheckReport(run([LOCK_BUSY, SCOPES_OK], "en"));
  expect(r.lang).toBe("en");
  expect(r.text.split("\n")).toEqual([
    "Outreach add-on self-check 2026-11-23 16:05 (Asia/Shanghai)",
    "Spreadsheet: 外联部 2026 · locale zh_CN · time zone Asia/Shanghai",
    "Passed 1/2",
    "",
    "✓ Permissions granted: The granted scopes could not be listed, but Google says no further authorisation is needed",
    "✗ Document lock: Not acquired within 2 s: another member's action (a save, a report, set-up) is running",
    "    What to do: Wait a minute and run the self-check again; if it stays like this, an action is stuck, and the lock is released when it ends (6 minutes at most)",
  ]);
});

test("each check line carries its name, what was found and, for a ✗ only, what to do", () => {
  const passedWithAdvice: Verdict = { id: "email", ok: true, detail: { key: "emailSeen", params: { email: "head@example.edu" } }, fix: { key: "emailFix" } };
  const failedWithout: Verdict = { id: "cleanup", ok: false, detail: { key: "cleanupFailed", params: { name: "自检 1", error: "busy" } } };
  const r = selfCheckReport(run([failedWithout, passedWithAdvice], "en"));
  expect(r.checks).toEqual([
    { id: "email", ok: true, name: "Your email", detail: "Visible: head@example.edu", fix: "" },
    { id: "cleanup", ok: false, name: "Scratch tab removed", detail: 'The scratch tab "自检 1" could not be removed: busy', fix: "" },
  ]);
  expect(r.text).not.toContain("What to do");
});

test("every check passing is a pass", () => {
  const r = selfCheckReport(run([SCOPES_OK, { id: "write", ok: true, detail: { key: "writeOk" } }], "en"));
  expect(r).toMatchObject({ ok: true, passed: 2, total: 2 });
  expect(r.text.split("\n")[2]).toBe("Passed 2/2");
});

test("verdicts arriving in any order are listed in the table's order", () => {
  const all: Verdict[] = CHECK_IDS.map((id) => ({ id, ok: true, detail: { key: "notRun", params: { error: id } } }));
  const r = selfCheckReport(run([...all].reverse()));
  expect(r.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
  expect(r.total).toBe(CHECK_IDS.length);
});
