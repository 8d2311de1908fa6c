import { NameIndex } from "../../src/domain/names";
import { addMeetingColumn, attendanceCodeList, cellText, codeOf, readGrid } from "../../src/sheets/attendance-grid";
import { context } from "../../src/sheets/workbook";
import { d, day, formulas, sheetWith, tab, values } from "../support/apps-script";

const MEMBERS = new NameIndex(["王浩然", "李欣怡", "Li Na"]);

function grid(header: unknown[], ...rows: unknown[][]) {
  return sheetWith([{ name: "考勤", rows: [header, ...rows] as never }]);
}

describe("readGrid", () => {
  test("meetings are the columns headed by a date, as a date cell or text starting with one", () => {
    grid(["姓名", "小组", d("2026-11-04"), "2026-11-11 例会", "11/18", "备注", "罚款合计"], ["王浩然", "一组", "出席", "", "", "", ""]);
    const g = readGrid(context(), tab("考勤"), MEMBERS, "2026-09-01");
    expect([...g.meetings]).toEqual([
      ["2026-11-04", 2],
      ["2026-11-11", 3],
      ["2026-11-18", 4],
    ]);
  });

  test("a date given twice is the first of its columns", () => {
    grid(["姓名", d("2026-11-04"), "2026-11-04 补签"], ["王浩然", "出席", ""]);
    expect(readGrid(context(), tab("考勤"), MEMBERS, "2026-09-01").meetings.get("2026-11-04")).toBe(1);
  });

  test("rows by the member's name as 成员 spells it, the first row of a name winning", () => {
    grid(["姓名", d("2026-11-04")], [" 王浩然", "出席"], ["li  na", "迟到"], ["王浩然", "缺席"], ["", ""], ["陌生人", "出席"]);
    const g = readGrid(context(), tab("考勤"), MEMBERS, "2026-09-01");
    expect([...g.rows]).toEqual([
      ["王浩然", 1],
      ["Li Na", 2],
      ["陌生人", 5],
    ]);
  });

  test("a grid without a 姓名 column is refused with what to add", () => {
    grid(["成员", d("2026-11-04")]);
    expect(() => readGrid(context(), tab("考勤"), MEMBERS, "2026-09-01")).toThrow("缺少必需的列“姓名”（或 “Name”）");
  });
});

describe("addMeetingColumn", () => {
  test("puts the new meeting right after the last one, before the totals, dated and with the codes' dropdown", () => {
    const rt = grid(["姓名", "小组", d("2026-11-04"), "罚款合计", "警告"], ["王浩然", "一组", "出席", "", ""]);
    const ctx = context();
    const g = addMeetingColumn(ctx, tab("考勤"), readGrid(ctx, tab("考勤"), MEMBERS, "2026-09-01"), MEMBERS, "2026-09-01", "2026-11-11");
    const header = values(rt, "考勤")[0];
    expect(header.map(day)).toEqual(["姓名", "小组", "2026-11-04", "2026-11-11", "罚款合计", "警告"]);
    expect(tab("考勤").getRange(1, 4).getNumberFormat()).toBe("yyyy-mm-dd");
    const rule = tab("考勤").getRange(2, 4).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(attendanceCodeList("zh"));
    expect(g.meetings.get("2026-11-11")).toBe(3);
    expect(values(rt, "考勤")[1].slice(0, 3)).toEqual(["王浩然", "一组", "出席"]);
  });

  test("the add-on's penalty and warning formulas are widened to cover it", () => {
    const rt = grid(["姓名", d("2026-11-04"), "罚款合计", "警告"], ["王浩然", "出席", "=MEETING_PENALTY(B2:B)", "=MEETING_WARNING(B2:B)"]);
    const ctx = context();
    addMeetingColumn(ctx, tab("考勤"), readGrid(ctx, tab("考勤"), MEMBERS, "2026-09-01"), MEMBERS, "2026-09-01", "2026-11-11");
    expect(formulas(rt, "考勤")[1].slice(3)).toEqual(["=MEETING_PENALTY(B2:C)", "=MEETING_WARNING(B2:C)"]);
  });

  test("the first meeting of a fresh grid goes right after the name and group", () => {
    const rt = grid(["姓名", "小组", "备注"], ["王浩然", "一组", "组长"]);
    const ctx = context();
    addMeetingColumn(ctx, tab("考勤"), readGrid(ctx, tab("考勤"), MEMBERS, "2026-09-01"), MEMBERS, "2026-09-01", "2026-11-04");
    expect(values(rt, "考勤")[0].map(day)).toEqual(["姓名", "小组", "2026-11-04", "备注"]);
    expect(values(rt, "考勤")[1]).toEqual(["王浩然", "一组", "", "组长"]);
  });
});

describe("the codes check-in writes", () => {
  test("the first code of each status, in the sheet's language", () => {
    expect(attendanceCodeList("zh")).toEqual(["出席", "迟到", "早退", "请假", "缺席", "未批假", "迟到+早退"]);
    expect(attendanceCodeList("en")).toEqual(["present", "late", "left early", "leave", "absent", "unapproved", "late+left early"]);
    expect(codeOf("late", "zh")).toBe("迟到");
    expect(codeOf("unapproved", "en")).toBe("unapproved");
  });

  test("a cell's text: a date as its day, anything else trimmed", () => {
    expect(cellText(d("2026-11-04"), "Asia/Shanghai")).toBe("2026-11-04");
    expect(cellText(" 出席 ", "Asia/Shanghai")).toBe("出席");
  });
});
