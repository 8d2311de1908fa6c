/** 导入签到 / Import sign-ins: the server handlers through the built bundle, called as the page calls them. */
import { readFileSync } from "node:fs";
import { parseCsv } from "../../src/domain/csv";
import { runFromPage } from "../../src/local/runtime";
import { TENCENT_MEETING, TENCENT_SAMPLE, WJX_MEETING, wjxSampleRows } from "../../src/local/sample/signin-exports";
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, day, logLines, rowsOf, run, type Tabs, tab, values } from "./helpers";

const GRID = "考勤";
const tencentRows = () => parseCsv(readFileSync(TENCENT_SAMPLE, "utf8"));
/** The 问卷星 sheet as the page sends an .xlsx it read: every cell as text. */
const wjxText = () => wjxSampleRows().map((r) => r.map((v) => String(v).replace(/^'/, "")));
/** The 问卷星 sheet brought in with File → Import, which turns its times into date-time cells. */
const withExportTab = (rows = wjxText(), name = "问卷星导出"): Tabs => [...sampleTabs(), { name, rows }];

const marksOf = (p: { preview: { marks: { name: string; status: string[] }[] } }) =>
  Object.fromEntries(p.preview.marks.map((m) => [m.name, m.status.join("+")]));
const cellOf = (grid: unknown[][], name: string, col: number) => grid.find((r) => r[0] === name)![col];

describe("sidebarSigninData", () => {
  test("the tabs an export may be in (none of the department's own) and the grid's meetings, latest first", () => {
    const a = addon(withExportTab());
    const r = run(a, "sidebarSigninData");
    expect(r).toMatchObject({ ok: true, lang: "zh", today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), tabs: ["问卷星导出"] });
    expect(r.meetings).toHaveLength(11);
    expect(r.meetings.slice(0, 3)).toEqual([
      { date: "2026-11-18", column: "M" },
      { date: "2026-11-11", column: "L" },
      { date: "2026-11-04", column: "K" },
    ]);
    expect(run(addon(), "sidebarSigninData").tabs).toEqual([]);
  });
});

describe("问卷星: preview, then confirm", () => {
  const WJX_MARKS = {
    陈思远: "present",
    刘雨桐: "present",
    张子涵: "present",
    王浩然: "present",
    李欣怡: "present",
    吴佳琪: "present",
    郑宇轩: "present",
    黄诗涵: "late",
    林志鹏: "leftEarly",
    何静怡: "present",
    马骁: "late",
  };

  test("the file's rows and the imported tab give the same preview: on time, late, left early, repeats, typo, other day, no name, left member", () => {
    const a = addon(withExportTab());
    const fromFile = run(a, "previewSignins", { source: { rows: wjxText() }, meeting: WJX_MEETING, absentRest: false });
    expect(fromFile).toMatchObject({ ok: true, meeting: WJX_MEETING, column: null, rows: 20 });
    expect(fromFile.columns).toEqual({ name: 5, time: 1, kind: 6, signOut: null });
    expect(marksOf(fromFile)).toEqual(WJX_MARKS);
    expect(fromFile.preview.repeats).toBe(2);
    expect(fromFile.preview.blank).toEqual(["赵一鸣", "孙嘉豪", "许梦瑶"]);
    expect(fromFile.preview.unmatched).toEqual([
      { row: 8, value: "孙家豪", suggestion: "孙嘉豪", reason: "unknown", when: "2026-11-25 19:00" },
      { row: 11, value: "周晓雯", suggestion: null, reason: "left", when: "2026-11-25 19:02" },
    ]);
    expect(fromFile.preview.ignored).toEqual([
      { row: 16, value: "赵一鸣", reason: "otherDay", when: "2026-11-18 19:00" },
      { row: 17, value: "", reason: "noName", when: "2026-11-25 19:20" },
    ]);
    const fromTab = run(a, "previewSignins", { source: { tab: "问卷星导出" }, meeting: WJX_MEETING, absentRest: false });
    expect(fromTab.preview).toEqual(fromFile.preview);
    expect(fromTab.confirm).toBe(fromFile.confirm);
  });

  test("confirming writes the new meeting's column with its dropdown, the rest absent, and extends set-up's formulas", () => {
    const a = addon(withExportTab());
    a.fn.setupSheets();
    const req = { source: { tab: "问卷星导出" }, meeting: WJX_MEETING, absentRest: true };
    const p = run(a, "previewSignins", req);
    expect(marksOf(p)).toMatchObject({ ...WJX_MARKS, 赵一鸣: "absent", 孙嘉豪: "absent", 许梦瑶: "absent" });
    const r = run(a, "saveSignins", { ...req, confirm: p.confirm });
    expect(r).toEqual({ ok: true, sheet: GRID, column: "N", created: true, written: 14, added: [] });
    const grid = values(a, GRID);
    expect(day(grid[0][13])).toBe(WJX_MEETING);
    expect([cellOf(grid, "黄诗涵", 13), cellOf(grid, "林志鹏", 13), cellOf(grid, "孙嘉豪", 13), cellOf(grid, "陈思远", 13)]).toEqual([
      "迟到",
      "早退",
      "缺席",
      "出席",
    ]);
    expect(cellOf(grid, "周晓雯", 13)).toBe("");
    expect(tab(a, GRID).getRange("O2").getFormula()).toBe("=MEETING_PENALTY(C2:N,'设置'!$B$4,'设置'!$B$5,'设置'!$B$6)");
    expect(tab(a, GRID).getRange("N2").getDataValidation()?.getCriteriaValues()[0]).toContain("迟到+早退");
    expect(logLines(a).pop()).toEqual(["officer@example.edu", "导入签到", GRID, "N: 2-7, 9-16"]);
    // The report counts the imported meeting.
    expect(a.fn.generateMonthlyReport({ month: "2026-11" }).report.meetingsHeld).toBe(4);
  });
});

describe("腾讯文档 CSV on a meeting the grid already holds", () => {
  test("each differing entry is asked about before it is replaced; agreeing to them writes only those", () => {
    const a = addon();
    const req = { source: { rows: tencentRows() }, meeting: TENCENT_MEETING, absentRest: true };
    const p = run(a, "previewSignins", req);
    expect(p.column).toBe("M");
    expect(p.columns).toEqual({ name: 3, time: 2, kind: null, signOut: null });
    const changes = p.preview.marks.filter((m: { change: string }) => m.change !== "same").map((m: { name: string; current: string }) => [m.name, m.current]);
    expect(changes).toEqual([
      ["赵一鸣", "出席"],
      ["孙嘉豪", "出席"],
      ["马骁", "出席"],
      ["许梦瑶", "病假?"],
    ]);
    const before = values(a, GRID);
    const asked = run(a, "saveSignins", { ...req, confirm: p.confirm });
    expect(asked).toEqual({
      ok: false,
      conflicts: [
        { name: "赵一鸣", current: "出席", status: ["late"] },
        { name: "孙嘉豪", current: "出席", status: ["leftEarly"] },
        { name: "马骁", current: "出席", status: ["absent"] },
        { name: "许梦瑶", current: "病假?", status: ["absent"] },
      ],
    });
    expect(values(a, GRID)).toEqual(before);
    const confirmed = asked.conflicts.slice(0, 3).map((c: { name: string; current: string }) => ({ name: c.name, current: c.current }));
    const done = run(a, "saveSignins", { ...req, confirm: p.confirm, confirmed, keep: ["许梦瑶"] });
    expect(done).toEqual({ ok: true, sheet: GRID, column: "M", created: false, written: 3, added: [] });
    const grid = values(a, GRID);
    expect([cellOf(grid, "赵一鸣", 12), cellOf(grid, "孙嘉豪", 12), cellOf(grid, "马骁", 12), cellOf(grid, "许梦瑶", 12)]).toEqual([
      "迟到",
      "早退",
      "缺席",
      "病假?",
    ]);
    // Every cell the import did not change is as it was.
    grid.forEach((row, r) =>
      row.forEach((v, c) => (["赵一鸣", "孙嘉豪", "马骁"].includes(String(row[0])) && c === 12 ? null : expect(v).toEqual(before[r][c]))),
    );
  });

  test("a sheet changed between the preview and the confirmation is refused, and the new preview can be confirmed", () => {
    const a = addon();
    const req = { source: { rows: tencentRows() }, meeting: TENCENT_MEETING, absentRest: false };
    const p = run(a, "previewSignins", req);
    // Meanwhile the head moves the meeting's start to 19:10 in Settings: 赵一鸣 is no longer late.
    tab(a, "设置")
      .getRange(12, 1, 1, 2)
      .setValues([["例会开始时间", "'19:10"]]);
    const before = values(a, GRID);
    const refused = run(a, "saveSignins", { ...req, confirm: p.confirm, confirmed: [{ name: "赵一鸣", current: "出席" }] });
    expect(refused).toEqual({ ok: false, changed: true, error: expect.stringMatching(/^预览之后表格或导出有了变化.*未写入任何内容/) });
    expect(values(a, GRID)).toEqual(before);
    // The new preview: 赵一鸣 is on time, and 陈思远, who signed out at 20:35, now left before the end (20:40).
    const again = run(a, "previewSignins", req);
    expect(marksOf(again)).toMatchObject({ 赵一鸣: "present", 孙嘉豪: "leftEarly", 陈思远: "leftEarly" });
    const asked = run(a, "saveSignins", { ...req, confirm: again.confirm });
    expect(asked.conflicts.map((c: { name: string }) => c.name)).toEqual(["陈思远", "孙嘉豪"]);
    const confirmed = asked.conflicts.map((c: { name: string; current: string }) => ({ name: c.name, current: c.current }));
    expect(run(a, "saveSignins", { ...req, confirm: again.confirm, confirmed })).toMatchObject({ ok: true, written: 2 });
  });
});

describe("what crosses google.script.run", () => {
  test("a Date in the rows fails the call as in Sheets; the local-only action is not callable from a page", () => {
    const a = addon();
    expect(() => run(a, "previewSignins", { source: { rows: [["张三", new Date()]] }, meeting: "2026-11-18", absentRest: false })).toThrow();
    expect(() => runFromPage(a.runtime, "importSignins", {})).toThrow("Script function not found: importSignins");
    // The answer carries no Date: nothing in it turns into null on the way.
    const p = run(a, "previewSignins", { source: { rows: tencentRows() }, meeting: TENCENT_MEETING, absentRest: false });
    expect(JSON.stringify(p)).not.toContain("null,null");
    expect(p.clock).toEqual({ date: TENCENT_MEETING, start: 1140, grace: 5, length: 90 });
  });
});

describe("Sheets calls", () => {
  /** An export of `n` rows (a header and the submissions on the new meeting's day), in a tab. */
  function bigExport(n: number): string[][] {
    const names = rowsOf(sampleTabs(), "成员")
      .slice(1)
      .map((r) => String(r[0]));
    const rows = [["序号", "提交答卷时间", "1、您的姓名"]];
    for (let i = 0; i < n - 1; i++)
      rows.push([String(i + 1), `2026/11/25 ${18 + Math.floor((i % 120) / 60)}:${String(i % 60).padStart(2, "0")}:00`, names[i % names.length]]);
    return rows;
  }

  function calls(n: number) {
    const a = addon(withExportTab(bigExport(n), "导出"));
    const req = { source: { tab: "导出" }, meeting: WJX_MEETING, absentRest: true };
    a.runtime.resetStats();
    const p = run(a, "previewSignins", req);
    const preview = { ...a.runtime.stats, calls: { ...a.runtime.stats.calls } };
    a.runtime.resetStats();
    expect(run(a, "saveSignins", { ...req, confirm: p.confirm })).toMatchObject({ ok: true, written: 14 });
    return { preview, save: { ...a.runtime.stats, calls: { ...a.runtime.stats.calls } } };
  }

  test("previewing and saving cost the same calls for an export of 50 rows and of 5,000", () => {
    const small = calls(50);
    const large = calls(5000);
    expect(large.preview.calls.getValues).toBe(small.preview.calls.getValues);
    expect(large).toEqual(small);
    // One read per tab: 成员, 设置, 考勤 and the export (the 请假 tab is optional and absent here).
    expect(small.preview.calls.getValues).toBe(4);
    expect(small.preview.writes).toBe(0);
  }, 60000);
});
