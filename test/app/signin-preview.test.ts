/** What an import would write, worked out from the sheet as it is now: the clock, the fingerprint, the view. */
import { loadCheckIn } from "../../src/app/check-in";
import { computeImport, previewView, readExport } from "../../src/app/signin-preview";
import { context } from "../../src/sheets/workbook";
import { d, sheetWith, type Tabs, today } from "../support/apps-script";

function department(header: unknown = "2026-11-04 19:30 例会", extra: Tabs = []) {
  today("2026-11-05");
  return sheetWith([
    {
      name: "成员",
      rows: [
        ["姓名", "小组"],
        ["张伟", "一组"],
        ["李娜", "二组"],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", "小组", header as string],
        ["张伟", "一组", "✓"],
      ],
    },
    ...extra,
  ]);
}

const ROWS = [
  ["提交时间", "姓名"],
  ["2026-11-04 19:33:00", "张伟"],
  ["2026-11-04 19:37:00", "李娜"],
  ["2026-11-03 19:00:00", "李娜"],
];

function run(req: { rows?: string[][]; meeting?: string; absentRest?: boolean; columns?: { name: number; time: number; kind: null; signOut: null } } = {}) {
  const ctx = context();
  const l = loadCheckIn(ctx);
  const request = { source: { rows: req.rows ?? ROWS }, meeting: req.meeting ?? "2026-11-04", absentRest: req.absentRest ?? false, columns: req.columns };
  const rows = readExport(ctx, "zh", request.source);
  if (!Array.isArray(rows)) throw new Error(rows.error);
  const c = computeImport(ctx, l, rows, request);
  return { c, view: previewView(ctx, "zh", l, c, request) };
}

describe("computeImport", () => {
  test("the meeting's start is its column header's time (19:30), else Settings' (19:00 by default)", () => {
    department();
    const { c, view } = run();
    expect(c.clock).toEqual({ date: "2026-11-04", start: 19 * 60 + 30, grace: 5, length: 90 });
    expect(view.preview!.marks.map((m) => [m.name, m.status])).toEqual([
      ["张伟", ["present"]],
      ["李娜", ["late"]],
    ]);
    department(d("2026-11-04"));
    expect(run().c.clock.start).toBe(19 * 60);
  });

  test("the fingerprint follows what the preview says, not how the request was spelled", () => {
    department();
    const a = run().c.confirm;
    expect(run().c.confirm).toBe(a);
    expect(run({ rows: ROWS.map((r) => [...r, ""]) }).c.confirm).toBe(a);
    expect(run({ absentRest: true, rows: ROWS.slice(0, 2) }).c.confirm).not.toBe(run({ rows: ROWS.slice(0, 2) }).c.confirm);
    expect(run({ meeting: "2026-11-03" }).c.confirm).not.toBe(a);
    expect(run({ rows: [...ROWS, ["2026-11-04 19:50:00", "王五"]] }).c.confirm).not.toBe(a);
  });

  test("text that is an .xlsx date-time serial is read as the number it is; other numbers stay text", () => {
    department();
    const rows = readExport(context(), "zh", { rows: [["46330.8125", "123", "46330", "4.6e4", "013800131001"]] });
    expect(rows).toEqual([[46330.8125, "123", 46330, "4.6e4", "013800131001"]]);
  });
});

describe("previewView", () => {
  test("what the grid holds for each member, the header texts for the pickers, and the days of the export", () => {
    department();
    const { view } = run();
    expect(view.column).toBe("C");
    expect(view.headers).toEqual(["提交时间", "姓名"]);
    expect(view.preview!.marks.map((m) => [m.name, m.group, m.current, m.change])).toEqual([
      ["张伟", "一组", "✓", "same"],
      ["李娜", "二组", "", "new"],
    ]);
    expect(view.days).toEqual([
      { date: "2026-11-04", rows: 2 },
      { date: "2026-11-03", rows: 1 },
    ]);
    // A meeting the export has nothing for: its days, most first, to offer instead.
    expect(run({ meeting: "2026-11-11" }).view.days).toEqual([
      { date: "2026-11-04", rows: 2 },
      { date: "2026-11-03", rows: 1 },
    ]);
  });
});
