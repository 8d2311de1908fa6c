import { detectColumns, previewSignins } from "../../src/domain/signin";
import {
  columnLetter,
  columnText,
  ignoredText,
  markText,
  previewProblems,
  roleLabel,
  SIGNIN_TEXT,
  statusText,
  unmatchedText,
  unsureText,
} from "../../src/domain/signin-text";
import { AMBIGUOUS_ROWS, SIGNIN_LEAVE, SIGNIN_MEETING, SIGNIN_MEMBER_NAMES, SIGNIN_MEMBERS, SIGNIN_TZ, WJX_ROWS } from "./signin-fixtures";

const paramsOf = (template: string) => [...template.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("SIGNIN_TEXT", () => {
  test("every text exists in both languages with the same parameters", () => {
    for (const [key, value] of Object.entries(SIGNIN_TEXT)) {
      expect([key, value.zh.length > 0, value.en.length > 0]).toEqual([key, true, true]);
      expect([key, paramsOf(value.zh)]).toEqual([key, [...new Set(paramsOf(value.en))]]);
    }
  });

  test("column roles as a picker labels them", () => {
    expect((["name", "time", "kind", "signOut"] as const).map((r) => roleLabel(r, "zh"))).toEqual(["姓名", "提交时间", "签到类型", "签退时间"]);
    expect((["name", "time", "kind", "signOut"] as const).map((r) => roleLabel(r, "en"))).toEqual([
      "Name",
      "Submission time",
      "Sign-in or sign-out",
      "Sign-out time",
    ]);
  });

  test("columns are named by letter and header", () => {
    expect([0, 5, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "F", "Z", "AA", "ZZ", "AAA"]);
    expect(columnText({ index: 5, header: "1、您的姓名" }, "zh")).toBe("F 列“1、您的姓名”");
    expect(columnText({ index: 5, header: "1、您的姓名" }, "en")).toBe('column F "1、您的姓名"');
    expect(columnText({ index: 2, header: "" }, "en")).toBe("column C");
  });

  test("statuses in the grid's own codes and in English", () => {
    expect(statusText(["late", "leftEarly"], "zh")).toBe("迟到+早退");
    expect(statusText(["late", "leftEarly"], "en")).toBe("late + left early");
    expect(statusText(["excused"], "zh")).toBe("请假");
    expect(statusText(["absent"], "en")).toBe("absent");
  });
});

describe("what the head reads in the preview", () => {
  const guess = detectColumns(WJX_ROWS, SIGNIN_MEMBER_NAMES, SIGNIN_TZ);
  const preview = previewSignins({
    rows: WJX_ROWS,
    headerRow: guess.headerRow,
    columns: guess.columns!,
    meeting: SIGNIN_MEETING,
    members: SIGNIN_MEMBERS,
    approvedLeave: SIGNIN_LEAVE,
    absentRest: false,
    timeZone: SIGNIN_TZ,
  });
  const mark = (name: string) => preview.marks.find((m) => m.name === name)!;

  test("a mark with its times", () => {
    expect(markText(mark("赵磊"), "zh")).toBe("赵磊：迟到+早退（19:20 签到，20:31 签退）");
    expect(markText(mark("赵磊"), "en")).toBe("赵磊: late + left early (signed in 19:20, signed out 20:31)");
    expect(markText(mark("刘洋"), "zh")).toBe("刘洋：迟到（19:12 签到）");
    expect(markText(mark("陈静"), "zh")).toBe("陈静：请假");
    expect(markText(mark("陈静"), "en")).toBe("陈静: approved leave");
  });

  test("every row not counted, in the export's order, then the repeats and who is left blank", () => {
    expect(previewProblems(preview, "zh", SIGNIN_MEETING.date)).toEqual([
      "第 7 行：吴昊 已离开外联部，不再记考勤，未计入",
      "第 8 行：成员表中没有“黄民”，是否是“黄敏”？未计入",
      "第 12 行（2026-11-04 19:30 提交）：没有填写姓名，未计入",
      "第 13 行（周杰）：提交于 2026-11-03 19:01，不是例会当天（2026-11-04），未计入",
      "2 次重复提交（30 分钟内再次扫码等）只算一次",
      "2 人既没有签到也没有请假，留空：黄敏、周杰",
    ]);
    expect(previewProblems(preview, "en", SIGNIN_MEETING.date)).toEqual([
      "Row 7: 吴昊 has left the department and is no longer marked; not counted",
      'Row 8: "黄民" is not in the Members tab. Did you mean "黄敏"? Not counted',
      "Row 12 (submitted 2026-11-04 19:30): no name given; not counted",
      "Row 13 (周杰): submitted 2026-11-03 19:01, not on the day of the meeting (2026-11-04); not counted",
      "2 repeated submissions (scanned again within 30 minutes, or the like) counted once",
      "2 members neither signed in nor had leave, left blank: 黄敏, 周杰",
    ]);
  });

  test("the other sentences: no time, an unknown name without a suggestion, a leaver with one, one repeat", () => {
    expect(ignoredText({ row: 4, value: "张伟", reason: "noTime", when: "昨天" }, "zh", "2026-11-04")).toBe("第 4 行（张伟）：无法识别提交时间“昨天”，未计入");
    expect(ignoredText({ row: 4, value: "张伟", reason: "noTime", when: "" }, "en", "2026-11-04")).toBe("Row 4 (张伟): no submission time; not counted");
    expect(ignoredText({ row: 5, value: "", reason: "noName", when: "" }, "en", "2026-11-04")).toBe("Row 5: no name given; not counted");
    expect(ignoredText({ row: 2, value: "张伟", reason: "tooEarly", when: "2026-11-04 08:15" }, "zh", "2026-11-04")).toBe(
      "第 2 行（张伟）：提交于 2026-11-04 08:15，早于例会开始 2 小时以上，未计入",
    );
    expect(ignoredText({ row: 2, value: "张伟", reason: "tooEarly", when: "2026-11-04 08:15" }, "en", "2026-11-04")).toBe(
      "Row 2 (张伟): submitted 2026-11-04 08:15, more than 2 hours before the meeting starts; not counted",
    );
    expect(unmatchedText({ row: 6, value: "张三丰", suggestion: null, reason: "unknown", when: "" }, "en")).toBe(
      'Row 6: "张三丰" is not in the Members tab; not counted',
    );
    expect(unmatchedText({ row: 7, value: "张玮", suggestion: "张伟", reason: "left", when: "" }, "zh")).toBe(
      "第 7 行：张玮 已离开外联部，未计入；是否是“张伟”？",
    );
    expect(previewProblems({ marks: [], blank: ["黄敏"], unmatched: [], ignored: [], repeats: 1 }, "en", "2026-11-04")).toEqual([
      "1 repeated submission (scanned again within 30 minutes, or the like) counted once",
      "1 member neither signed in nor had leave, left blank: 黄敏",
    ]);
  });

  test("columns the user must pick, with the columns to choose from", () => {
    const unsure = detectColumns(AMBIGUOUS_ROWS, SIGNIN_MEMBER_NAMES, SIGNIN_TZ);
    expect(unsureText(unsure, "zh")).toEqual(["不能确定哪一列是姓名（C 列“姓名”、B 列“提交者”）：请选择"]);
    expect(unsureText(unsure, "en")).toEqual(['Could not tell which column holds the name (column C "姓名", column B "提交者"): please choose one']);
    const nothing = detectColumns([["序号", "备注"]], SIGNIN_MEMBER_NAMES, SIGNIN_TZ);
    expect(unsureText(nothing, "zh")).toEqual(["找不到像是姓名的列：请选择", "找不到像是提交时间的列：请选择"]);
    expect(unsureText(guess, "en")).toEqual([]);
  });
});
