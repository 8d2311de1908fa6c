/** The custom functions as a cell calls them: through the built bundle, restricted as Sheets runs them. */
import { callCustomFunction } from "../src/local/runtime";
import { addon } from "./e2e/addon";

const zh = addon(undefined, { locale: "zh_CN" });
const en = addon(undefined, { locale: "en_US" });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const commission = (...args: unknown[]): any => callCustomFunction(zh.runtime, "COMMISSION", ...args);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const meetingPenalty = (...args: unknown[]): any => callCustomFunction(zh.runtime, "MEETING_PENALTY", ...args);
/** MEETING_WARNING answers in the sheet's language: `lang` picks a zh or an en sheet. */
const meetingWarning = (range: unknown, lateOrEarly?: unknown, absent?: unknown, lang: "zh" | "en" = "zh") =>
  callCustomFunction((lang === "en" ? en : zh).runtime, "MEETING_WARNING", range, lateOrEarly, absent);

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("COMMISSION", () => {
  test("one cell", () => {
    expect(commission(1000)).toBe(150);
    expect(commission("¥1,234.56")).toBe(185.18);
    expect(commission(1.5)).toBe(0.23);
    expect(commission(-300)).toBe(-45);
    expect(commission("")).toBe("");
  });

  test("a rate as number, percent text or a 1×1 range; blank rate is 15%", () => {
    expect(commission(1000, 0.1)).toBe(100);
    expect(commission(1000, "10%")).toBe(100);
    expect(commission(1000, [[0.2]])).toBe(200);
    expect(commission(1000, "")).toBe(150);
  });

  test("in-kind value is added before the one rounding", () => {
    expect(commission(1000, 0.15, 500)).toBe(225);
    expect(commission([[1000], [""], [1]], "15%", [[500], [""], [0.5]])).toEqual([[225], [""], [0.23]]);
    expect(commission("", undefined, 100)).toBe(15);
  });

  test("a column in one call, same shape out, blanks stay blank", () => {
    expect(commission([[1000], [""], ["800元"], [-300]])).toEqual([[150], [""], [120], [-45]]);
    expect(commission([[100, 200]])).toEqual([[15, 30]]);
  });

  test("in a range one bad cell shows its message; the others still compute", () => {
    const out = commission([[1000], ["两千"], [2000]]) as unknown[][];
    expect(out[0][0]).toBe(150);
    expect(out[2][0]).toBe(300);
    expect(String(out[1][0])).toMatch(/^⚠ 无法识别的金额“两千”.*"两千" is not an amount/);
  });

  test("bad single value or rate → #ERROR! with a zh | en message naming it", () => {
    expect(errorOf(() => commission("abc"))).toBe(
      '无法识别的金额“abc”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款） | "abc" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)',
    );
    expect(errorOf(() => commission(100, 15))).toMatch(/比例“15”超出范围.*Rate "15" is out of range/);
    expect(errorOf(() => commission(100, "ten"))).toMatch(/“ten”.*"ten" is not a rate/);
  });
});

describe("MEETING_PENALTY", () => {
  test("one member's row", () => {
    expect(meetingPenalty([["出席", "迟到", "", "缺席", "请假"]])).toBe(25);
    expect(meetingPenalty([["✓", "√", "P"]])).toBe(0);
    expect(meetingPenalty([["未批假"]])).toBe(20);
    expect(meetingPenalty("迟到+早退")).toBe(10);
  });

  test("a whole grid gives one penalty per row; rows without records are blank", () => {
    expect(
      meetingPenalty([
        ["迟到", "出席"],
        ["", ""],
        ["旷会", "早退"],
      ]),
    ).toEqual([[5], [""], [25]]);
  });

  test("the column ends at the last row with a status, so the empty rows below stay empty cells", () => {
    // C2:N reaches the bottom of the tab: answering "" for each empty row would fill those cells.
    expect(meetingPenalty([["迟到"], [""], ["缺席"], [""], [""], [""]])).toEqual([[5], [""], [20]]);
    expect(meetingWarning([["缺席"], [""], [""]], undefined, undefined, "zh")).toEqual([["缺席 1 次，需部长审议"]]);
    expect(meetingPenalty([[""], [""]])).toEqual([[""]]);
  });

  test("fees override the defaults and accept ¥ text or a cell", () => {
    expect(meetingPenalty([["迟到", "早退", "缺席"]], 10, "¥2", [[50]])).toBe(62);
    expect(meetingPenalty([["迟到", "早退", "缺席"]], "", "", 0)).toBe(10);
  });

  test("errors: unknown code in a row, negative fee; in a grid only the bad row", () => {
    expect(errorOf(() => meetingPenalty([["出席", "睡过头"]]))).toMatch(/无法识别的考勤状态“睡过头”.*"睡过头" is not an attendance code/);
    expect(errorOf(() => meetingPenalty([["出席"]], -5))).toMatch(/罚款金额“-5”无效/);
    const out = meetingPenalty([["迟到"], ["睡过头"]]) as unknown[][];
    expect(out[0][0]).toBe(5);
    expect(String(out[1][0])).toMatch(/^⚠ 无法识别的考勤状态/);
  });
});

describe("MEETING_WARNING", () => {
  test("empty when fine, a warning in the sheet's language when a limit is reached", () => {
    expect(meetingWarning([["迟到", "出席"]], undefined, undefined, "zh")).toBe("");
    expect(meetingWarning([["迟到", "早退"]], undefined, undefined, "zh")).toBe("迟到/早退 2 次，需部长审议");
    expect(meetingWarning([["缺席"]], undefined, undefined, "en")).toBe("Absent 1 time: for the head's review");
  });

  test("limits are arguments", () => {
    expect(meetingWarning([["迟到", "早退"]], 3, 2, "zh")).toBe("");
    expect(meetingWarning([["迟到", "早退", "迟到"]], 3, 2, "zh")).toBe("迟到/早退 3 次，需部长审议");
    expect(errorOf(() => meetingWarning([["迟到"]], 0))).toMatch(/次数“0”无效.*Limit "0" is not valid/);
  });

  test("a grid gives one warning per row", () => {
    expect(meetingWarning([["缺席"], ["出席"]], undefined, undefined, "zh")).toEqual([["缺席 1 次，需部长审议"], [""]]);
  });
});
