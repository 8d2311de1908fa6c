/** 导入签到 / Import sign-ins: the handlers in-process on the local runtime, with the department's real exports. */
import { previewSignins, saveSignins, sidebarSigninData } from "../../src/app/import-signins";
import type { SigninPreviewData } from "../../src/app/signin-preview";
import { previewProblems } from "../../src/domain/signin-text";
import type { CellValue } from "../../src/local/runtime";
import { AMBIGUOUS_ROWS, TENCENT_ROWS, WJX_ROWS } from "../domain/signin-fixtures";
import { d, day, logLines, sheetWith, snapshot, type Tabs, today, values } from "../support/apps-script";

const text = (rows: readonly unknown[][]): string[][] => rows.map((r) => r.map((v) => (v === null ? "" : v instanceof Date ? v.toISOString() : String(v))));

/** The fixtures' department: 19:00, 5 minutes' grace, 120 minutes; 2026-11-04 is not in the grid yet. */
function department(extra: Tabs = [], grid: CellValue[][] = [["张伟", "一组", "出席"]]) {
  today("2026-11-05");
  return sheetWith([
    {
      name: "成员",
      rows: [
        ["姓名", "小组", "状态"],
        ["张伟", "一组", "在部"],
        ["李娜", "一组", "在部"],
        ["王芳", "一组", "在部"],
        ["刘洋", "二组", "在部"],
        ["陈静", "二组", "在部"],
        ["杨帆", "二组", "在部"],
        ["赵磊", "三组", "在部"],
        ["黄敏", "三组", "在部"],
        ["周杰", "三组", "在部"],
        ["Amy Chen", "三组", "在部"],
        ["吴昊", "一组", "离部"],
      ],
    },
    { name: "考勤", rows: [["姓名", "小组", d("2026-10-28")], ...grid] },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["学期开始", d("2026-09-01")],
        ["例会开始时间", "'19:00"],
        ["迟到宽限（分钟）", 5],
        ["例会时长（分钟）", 120],
      ],
    },
    ...extra,
  ]);
}

const LEAVE: Tabs[number] = {
  name: "请假",
  rows: [
    ["提交时间", "姓名", "例会日期", "原因", "状态"],
    [d("2026-11-03"), "陈静", d("2026-11-04"), "回家", "已批准"],
    [d("2026-11-03"), "周杰", d("2026-11-04"), "考试", "待审批"],
    [d("2026-11-03"), "黄敏", d("2026-11-04"), "不舒服", "已驳回"],
  ],
};

type Preview = SigninPreviewData & { ok: true };
const preview = (request: object) => previewSignins(request) as Preview;
const statuses = (p: Preview) => Object.fromEntries(p.preview!.marks.map((m) => [m.name, m.status.join("+")]));
const wjx = (extra: object = {}) => ({ source: { rows: text(WJX_ROWS) }, meeting: "2026-11-04", absentRest: false, ...extra });
const column = (rt: ReturnType<typeof department>, c: number) =>
  Object.fromEntries(
    values(rt, "考勤")
      .slice(1)
      .map((r) => [r[0], r[c]]),
  );

describe("previewSignins", () => {
  test("a 问卷星 export sent as rows: each member's status, the rows not counted and why, the repeats; nothing is written", () => {
    const rt = department([LEAVE]);
    const before = snapshot(rt);
    const p = preview(wjx());
    expect(p).toMatchObject({ ok: true, lang: "zh", meeting: "2026-11-04", column: null, rows: 18, picked: false });
    expect(p.clock).toEqual({ date: "2026-11-04", start: 1140, grace: 5, length: 120 });
    expect(p.columns).toEqual({ name: 5, time: 1, kind: 6, signOut: null });
    expect(p.headers).toEqual(["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的姓名", "2、签到类型"]);
    expect(statuses(p)).toEqual({
      张伟: "present",
      李娜: "present",
      王芳: "present",
      刘洋: "late",
      陈静: "excused",
      杨帆: "leftEarly",
      赵磊: "late+leftEarly",
      "Amy Chen": "present",
    });
    const zhao = p.preview!.marks.find((m) => m.name === "赵磊")!;
    expect(zhao).toMatchObject({ group: "三组", signedIn: "19:20", signedOut: "20:31", rows: [11, 15], current: "", change: "new" });
    expect(previewProblems(p.preview!, "zh", p.meeting)).toEqual([
      "第 7 行：吴昊 已离开外联部，不再记考勤，未计入",
      "第 8 行：成员表中没有“黄民”，是否是“黄敏”？未计入",
      "第 12 行（2026-11-04 19:30 提交）：没有填写姓名，未计入",
      "第 13 行（周杰）：提交于 2026-11-03 19:01，不是例会当天（2026-11-04），未计入",
      "2 次重复提交（30 分钟内再次扫码等）只算一次",
      "2 人既没有签到也没有请假，留空：黄敏、周杰",
    ]);
    expect(p.days).toEqual([
      { date: "2026-11-04", rows: 16 },
      { date: "2026-11-03", rows: 1 },
    ]);
    expect(p.confirm).toMatch(/^[0-9a-z]+$/);
    expect(snapshot(rt)).toEqual(before);
  });

  test("leave not approved counts as absence: with 'mark the rest absent', pending and refused requests are 未批假, the others 缺席", () => {
    department([LEAVE]);
    const p = preview(wjx({ absentRest: true }));
    expect(statuses(p)).toMatchObject({ 陈静: "excused", 周杰: "unapproved", 黄敏: "unapproved" });
    const q = preview({ ...wjx({ absentRest: true }), source: { rows: text(WJX_ROWS.filter((r) => r[5] !== "张伟")) } });
    expect(statuses(q).张伟).toBe("absent");
  });

  test("a 腾讯文档 export brought in with File → Import: the tab is offered, its Date cells are read in the sheet's zone", () => {
    department([{ name: "腾讯文档导出", rows: TENCENT_ROWS.map((r) => r.map((v) => v ?? "")) }]);
    const data = sidebarSigninData();
    expect(data).toEqual({ ok: true, lang: "zh", today: "2026-11-05", tabs: ["腾讯文档导出"], meetings: [{ date: "2026-10-28", column: "C" }] });
    const p = preview({ source: { tab: "腾讯文档导出" }, meeting: "2026-11-04", absentRest: false });
    expect(p.guess.headerRow).toBe(1);
    expect(p.columns).toEqual({ name: 2, time: 0, kind: null, signOut: null });
    expect(statuses(p)).toEqual({
      张伟: "present",
      李娜: "present",
      王芳: "late+leftEarly",
      刘洋: "present",
      杨帆: "present",
      赵磊: "late",
      "Amy Chen": "present",
    });
    expect(p.preview!.ignored.map((i) => [i.row, i.reason])).toEqual([
      [14, "otherDay"],
      [15, "noTime"],
    ]);
  });

  test("columns it cannot tell apart: no marks until the user picks; the picked columns are read", () => {
    department();
    const unsure = preview({ source: { rows: text(AMBIGUOUS_ROWS) }, meeting: "2026-11-04", absentRest: false });
    expect(unsure.preview).toBeNull();
    expect(unsure.confirm).toBeNull();
    expect(unsure.guess.unsure).toEqual(["name"]);
    expect(unsure.guess.candidates.name.map((c) => c.header)).toEqual(["姓名", "提交者"]);
    const picked = preview({
      source: { rows: text(AMBIGUOUS_ROWS) },
      meeting: "2026-11-04",
      absentRest: false,
      columns: { name: 2, time: 0, kind: null, signOut: null },
    });
    expect(picked.picked).toBe(true);
    expect(statuses(picked)).toMatchObject({ 王芳: "present", 杨帆: "late+leftEarly" });
  });

  test("what cannot be read is said on its field or in a sentence: the date, a tab that is gone, a tab too long", () => {
    department([{ name: "长导出", rows: Array.from({ length: 5001 }, (_, i) => [`r${i}`]) }]);
    expect(previewSignins({ ...wjx(), meeting: "下周三" })).toEqual({
      ok: false,
      error: expect.stringMatching(/^无法识别的日期“下周三”/),
      fields: { meeting: expect.stringMatching(/^无法识别的日期/) },
    });
    expect(previewSignins({ ...wjx(), source: { tab: "Sheet9" } })).toEqual({ ok: false, error: "没有名为“Sheet9”的工作表：它可能已被改名或删除" });
    expect(previewSignins({ ...wjx(), source: { tab: "长导出" } })).toEqual({
      ok: false,
      error: "“长导出”有 5001 行，最多只能导入 5000 行：请只保留这次例会的提交",
    });
  });

  test("a tab the page does not offer (日志, 设置, 成员…) is refused with a sentence; nothing is read from it or written", () => {
    const rt = department();
    const before = snapshot(rt);
    const refusal = (tab: string) => `“${tab}”是本部门自己的工作表，不是签到导出，不能从中导入：请选择用“文件 → 导入”插入的导出工作表`;
    for (const tab of ["设置", "成员", "考勤"]) expect(previewSignins({ ...wjx(), source: { tab } })).toEqual({ ok: false, error: refusal(tab) });
    expect(saveSignins({ ...wjx(), source: { tab: "设置" }, confirm: "x" })).toEqual({ ok: false, error: refusal("设置") });
    expect(snapshot(rt)).toEqual(before);
    expect(logLines(rt)).toEqual([]);
  });

  test("rows from the browser are untrusted: too many rows, columns or characters, non-text cells, two sources are refused", () => {
    department();
    const refused = (source: unknown) => previewSignins({ source, meeting: "2026-11-04", absentRest: false });
    const bad = { ok: false, error: expect.stringMatching(/^请求无效：/) };
    expect(refused({ rows: Array.from({ length: 5001 }, () => ["张伟"]) })).toEqual(bad);
    expect(refused({ rows: [Array.from({ length: 51 }, () => "x")] })).toEqual(bad);
    expect(refused({ rows: [["x".repeat(501)]] })).toEqual(bad);
    expect(refused({ rows: [[46330.79375]] })).toEqual(bad);
    expect(refused({ rows: [["张伟"]], tab: "考勤" })).toEqual(bad);
    expect(refused({})).toEqual(bad);
    expect(previewSignins({ ...wjx(), columns: { name: 1.5, time: 1, kind: null, signOut: null } })).toEqual(bad);
    expect(previewSignins({ ...wjx(), columns: { name: 60, time: 1, kind: null, signOut: null } })).toEqual(bad);
    // At the limits it is read.
    expect(refused({ rows: [Array.from({ length: 50 }, () => "x".repeat(500))] })).toMatchObject({ ok: true });
  });

  test("an .xlsx's date-time cells arrive as serial numbers in text and are read as the wall clock", () => {
    department();
    const rows = [
      ["姓名", "提交时间"],
      ["张伟", "46330.79375"],
      ["李娜", "46330.7875"],
    ];
    const p = preview({ source: { rows }, meeting: "2026-11-04", absentRest: false });
    expect(p.preview!.marks.map((m) => [m.name, m.status[0], m.signedIn])).toEqual([
      ["张伟", "present", "19:03"],
      ["李娜", "present", "18:54"],
    ]);
  });
});

describe("saveSignins", () => {
  test("the confirmed preview is written through check-in: the meeting's column after the last meeting, the sheet's codes, the Log", () => {
    const rt = department([LEAVE]);
    const p = preview(wjx({ absentRest: true }));
    const r = saveSignins({ ...wjx({ absentRest: true }), confirm: p.confirm });
    expect(r).toEqual({
      ok: true,
      sheet: "考勤",
      column: "D",
      created: true,
      written: 10,
      added: ["李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "Amy Chen"],
    });
    expect(day(values(rt, "考勤")[0][3])).toBe("2026-11-04");
    expect(column(rt, 3)).toEqual({
      张伟: "出席",
      李娜: "出席",
      王芳: "出席",
      刘洋: "迟到",
      陈静: "请假",
      杨帆: "早退",
      赵磊: "迟到+早退",
      黄敏: "未批假",
      周杰: "未批假",
      "Amy Chen": "出席",
    });
    expect(rt.book.getSheetByName("考勤")!.getRange("D2").getDataValidation()?.getCriteriaValues()[0]).toContain("迟到+早退");
    expect(logLines(rt)).toEqual([["officer@example.edu", "导入签到", "考勤", "D: 2-11"]]);
  });

  test("an entry already in the grid is asked about first; replaced once agreed to, or kept when the user keeps it", () => {
    const grid: CellValue[][] = [
      ["张伟", "一组", "", "缺席"],
      ["赵磊", "三组", "", "迟到"],
      ["刘洋", "二组", "", "迟到"],
    ];
    const rt = department([], grid);
    rt.book.getSheetByName("考勤")!.getRange("D1").setValue(d("2026-11-04"));
    const p = preview(wjx());
    expect(p.column).toBe("D");
    expect(p.preview!.marks.filter((m) => m.change !== "new").map((m) => [m.name, m.current, m.change])).toEqual([
      ["张伟", "缺席", "replace"],
      ["刘洋", "迟到", "same"],
      ["赵磊", "迟到", "replace"],
    ]);
    const asked = saveSignins({ ...wjx(), confirm: p.confirm });
    expect(asked).toEqual({
      ok: false,
      conflicts: [
        { name: "张伟", current: "缺席", status: ["present"] },
        { name: "赵磊", current: "迟到", status: ["late", "leftEarly"] },
      ],
    });
    expect(column(rt, 3)).toEqual({ 张伟: "缺席", 赵磊: "迟到", 刘洋: "迟到" });
    expect(logLines(rt)).toEqual([]);

    // Someone types 出席 for 刘洋 after the preview: that entry is asked about too, not replaced.
    rt.book.getSheetByName("考勤")!.getRange("D4").setValue("出席");
    const kept = saveSignins({ ...wjx(), confirm: p.confirm, confirmed: [{ name: "赵磊", current: "迟到" }], keep: ["张伟"] });
    expect(kept).toEqual({ ok: false, conflicts: [{ name: "刘洋", current: "出席", status: ["late"] }] });
    const done = saveSignins({
      ...wjx(),
      confirm: p.confirm,
      confirmed: [
        { name: "赵磊", current: "迟到" },
        { name: "刘洋", current: "出席" },
      ],
      keep: ["张伟"],
    });
    expect(done).toMatchObject({ ok: true, column: "D", created: false, written: 6 });
    expect(column(rt, 3)).toMatchObject({ 张伟: "缺席", 赵磊: "迟到+早退", 刘洋: "迟到", 李娜: "出席" });
  });

  test("refused when what the preview showed changed under the lock: a member added, leave approved, another row; nothing written", () => {
    const rt = department([{ name: "导出", rows: TENCENT_ROWS.map((r) => r.map((v) => v ?? "")) }, LEAVE]);
    const req = { source: { tab: "导出" }, meeting: "2026-11-04", absentRest: true };
    const changed = { ok: false, changed: true, error: expect.stringMatching(/^预览之后表格或导出有了变化/) };
    const before = snapshot(rt);

    let p = preview(req);
    rt.book.getSheetByName("请假")!.getRange("E3").setValue("已批准");
    expect(saveSignins({ ...req, confirm: p.confirm })).toEqual(changed);

    p = preview(req);
    rt.book
      .getSheetByName("导出")!
      .getRange(20, 1, 1, 3)
      .setValues([[new Date("2026-11-04T12:30:00Z"), "敏", "黄敏"]]);
    expect(saveSignins({ ...req, confirm: p.confirm })).toEqual(changed);

    p = preview(req);
    rt.book
      .getSheetByName("成员")!
      .getRange(13, 1, 1, 3)
      .setValues([["沈一帆", "一组", "在部"]]);
    expect(saveSignins({ ...req, confirm: p.confirm })).toEqual(changed);

    expect(values(rt, "考勤")).toEqual(before.find((t) => t.name === "考勤")!.values);
    expect(logLines(rt)).toEqual([]);
    p = preview(req);
    expect(saveSignins({ ...req, confirm: p.confirm })).toMatchObject({ ok: true, created: true });
  });

  test("a save needs the columns the preview used, a preview to confirm, and the document lock", () => {
    const rt = department();
    const ambiguous = { source: { rows: text(AMBIGUOUS_ROWS) }, meeting: "2026-11-04", absentRest: false };
    expect(saveSignins({ ...ambiguous, confirm: "x" })).toEqual({ ok: false, error: "请先选择哪一列是姓名、哪一列是提交时间" });
    expect(saveSignins({ ...wjx() })).toEqual({ ok: false, error: expect.stringMatching(/^请求无效：confirm/) });
    const p = preview(wjx());
    rt.locks.holdDocumentLockElsewhere(true);
    expect(saveSignins({ ...wjx(), confirm: p.confirm })).toEqual({ ok: false, error: expect.stringMatching(/^另一位成员正在修改表格/) });
    rt.locks.holdDocumentLockElsewhere(false);
    const nobody = {
      source: {
        rows: [
          ["姓名", "提交时间"],
          ["路人甲", "2026-11-04 19:00"],
        ],
      },
      meeting: "2026-11-04",
      absentRest: false,
    };
    const q = preview(nobody);
    expect(q.preview!.marks).toEqual([]);
    expect(saveSignins({ ...nobody, confirm: q.confirm })).toEqual({ ok: false, error: "没有需要写入的签到：预览中没有可以记录的成员" });
    expect(values(rt, "考勤")[0]).toHaveLength(3);
  });

  test("an English sheet gets English codes, and a reader of English gets English sentences", () => {
    today("2026-11-05");
    const rt = sheetWith(
      [
        {
          name: "Members",
          rows: [
            ["Name", "Group"],
            ["Amy Chen", "A"],
            ["Li Na", "A"],
          ],
        },
        { name: "Attendance", rows: [["Name", "Group"]] },
      ],
      { locale: "en_US" },
    );
    const req = {
      source: {
        rows: [
          ["Timestamp", "Name"],
          ["11/4/2026 19:20:00", "Amy Chen"],
          ["11/4/2026 19:00:30", "Li Na"],
        ],
      },
      meeting: "2026-11-04",
      absentRest: false,
    };
    const p = preview(req);
    expect(p.lang).toBe("en");
    expect(saveSignins({ ...req, confirm: "stale" })).toEqual({
      ok: false,
      changed: true,
      error: expect.stringMatching(/^The sheet or the export changed since the preview/),
    });
    expect(saveSignins({ ...req, confirm: p.confirm })).toMatchObject({ ok: true, written: 2 });
    expect(values(rt, "Attendance").slice(1)).toEqual([
      ["Amy Chen", "A", "late"],
      ["Li Na", "A", "present"],
    ]);
  });
});
