import { addToTally, attendanceRate, CODES, emptyTally, parseStatus, penaltyFen, STATUSES, type Status, warnings } from "../../src/domain/attendance";
import { render } from "../../src/domain/messages";

const tally = (...cells: string[]) => {
  const t = emptyTally();
  for (const c of cells) {
    const s = parseStatus(c);
    if (!s.ok) throw new Error(render(s.error, "en"));
    addToTally(t, s.value);
  }
  return t;
};

describe("attendance codes", () => {
  const cases: [string, Status][] = [];
  for (const status of STATUSES) for (const code of CODES[status]) cases.push([code, status]);
  test.each(cases)("%p is %p", (code, status) => {
    expect(parseStatus(code)).toEqual({ ok: true, value: [status] });
    expect(parseStatus(` ${code.toUpperCase()} `)).toEqual({ ok: true, value: [status] });
  });

  test("every code departments are known to use is accepted", () => {
    for (const code of [
      "出席",
      "到",
      "已到",
      "✓",
      "√",
      "present",
      "P",
      "迟到",
      "late",
      "L",
      "早退",
      "left early",
      "E",
      "请假",
      "已批假",
      "leave",
      "excused",
      "缺席",
      "旷会",
      "缺勤",
      "absent",
      "A",
      "未批假",
      "请假未批",
      "unapproved",
    ]) {
      expect(parseStatus(code).ok).toBe(true);
    }
  });

  test("combined codes count both", () => {
    expect(parseStatus("迟到+早退")).toEqual({ ok: true, value: ["late", "leftEarly"] });
    expect(parseStatus("late + E")).toEqual({ ok: true, value: ["late", "leftEarly"] });
  });

  test("blank is no record", () => {
    expect(parseStatus("")).toEqual({ ok: true, value: [] });
    expect(parseStatus(null)).toEqual({ ok: true, value: [] });
  });

  test("unknown code names the value and lists accepted codes", () => {
    const r = parseStatus("病假?");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(render(r.error, "zh")).toContain("病假?");
    expect(render(r.error, "zh")).toContain("迟到");
    expect(render(r.error, "en")).toContain("is not an attendance code");
    expect(parseStatus("迟到+睡觉").ok).toBe(false);
  });
});

describe("tally, penalty and warnings", () => {
  test("fees: late 5, early 5, absent 20, leave free, unapproved as absent", () => {
    const t = tally("出席", "迟到", "早退", "请假", "缺席", "未批假", "迟到+早退", "");
    expect(t).toMatchObject({ meetings: 7, attended: 4, present: 1, late: 2, leftEarly: 2, excused: 1, absent: 2 });
    expect(penaltyFen(t)).toBe(2 * 500 + 2 * 500 + 2 * 2000);
    expect(penaltyFen(t, { late: 1000, leftEarly: 0, absent: 5000 })).toBe(2 * 1000 + 2 * 5000);
    expect(attendanceRate(t)).toBeCloseTo(4 / 7);
  });

  test("no records → no rate", () => {
    expect(attendanceRate(emptyTally())).toBeNull();
  });

  test("late or early twice, or absent once, flags for review", () => {
    expect(warnings(tally("迟到"))).toEqual([]);
    expect(warnings(tally("迟到", "早退"))).toEqual([{ kind: "lateOrEarly", count: 2, limit: 2 }]);
    expect(warnings(tally("旷会"))).toEqual([{ kind: "absent", count: 1, limit: 1 }]);
    expect(warnings(tally("请假", "请假", "请假"))).toEqual([]);
    expect(warnings(tally("旷会"), { lateOrEarly: 3, absent: 2 })).toEqual([]);
  });
});

describe("codes that contradict each other in one cell", () => {
  test.each([
    ["出席+缺席", "出席", "缺席"],
    ["请假+迟到", "请假", "迟到"],
    ["缺席+早退", "缺席", "早退"],
    ["P+A", "P", "A"],
    ["✓+请假", "✓", "请假"],
    ["请假+未批假", "请假", "未批假"],
    ["缺席+请假", "缺席", "请假"],
    ["迟到+早退+旷会", "迟到", "旷会"],
  ])("%p is an error naming the two codes", (cell, first, second) => {
    const r = parseStatus(cell);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(render(r.error, "zh")).toBe(`考勤状态“${cell}”自相矛盾：“${first}”和“${second}”不能同时成立，请只保留一种（能组合的只有 迟到+早退）`);
    expect(render(r.error, "en")).toBe(
      `"${cell}" contradicts itself: "${first}" and "${second}" cannot both be true. Keep one (only late and left early combine, as 迟到+早退)`,
    );
  });

  test.each([
    ["迟到+早退", ["late", "leftEarly"]],
    ["出席+迟到", ["present", "late"]],
    ["缺席+未批假", ["absent", "unapproved"]],
    ["迟到+迟到", ["late"]],
  ])("%p agrees with itself", (cell, statuses) => {
    expect(parseStatus(cell)).toEqual({ ok: true, value: statuses });
  });
});
