import { addToTally, emptyTally, warnings } from "../../src/domain/attendance";
import { warningText } from "../../src/domain/warnings";
import { cell } from "./fixtures";

const tally = (...cells: string[]) => {
  const t = emptyTally();
  for (const c of cells) addToTally(t, cell(c));
  return t;
};

describe("warningText", () => {
  test("warning text in zh and en", () => {
    const w = warnings(tally("迟到", "早退", "缺席"));
    expect(warningText(w, "zh")).toBe("迟到/早退 2 次，缺席 1 次，需部长审议");
    expect(warningText(w, "en")).toBe("Late or left early 2 times, absent 1 time: for the head's review");
    expect(warningText([], "zh")).toBe("");
  });

  test("a member within the limits has no text in either language", () => {
    expect(warningText(warnings(tally("迟到", "请假")), "zh")).toBe("");
    expect(warningText([], "en")).toBe("");
  });

  test("one kind alone: the English sentence starts with a capital, and counts one time or several times", () => {
    expect(warningText([{ kind: "absent", count: 1, limit: 1 }], "en")).toBe("Absent 1 time: for the head's review");
    expect(warningText([{ kind: "absent", count: 3, limit: 1 }], "en")).toBe("Absent 3 times: for the head's review");
    expect(warningText([{ kind: "lateOrEarly", count: 1, limit: 1 }], "en")).toBe("Late or left early 1 time: for the head's review");
    expect(warningText([{ kind: "absent", count: 3, limit: 1 }], "zh")).toBe("缺席 3 次，需部长审议");
  });

  test("the warnings are said in the order given, with the language's own comma", () => {
    const w = [
      { kind: "absent" as const, count: 2, limit: 1 },
      { kind: "lateOrEarly" as const, count: 4, limit: 2 },
    ];
    expect(warningText(w, "zh")).toBe("缺席 2 次，迟到/早退 4 次，需部长审议");
    expect(warningText(w, "en")).toBe("Absent 2 times, late or left early 4 times: for the head's review");
  });

  test("a department's own limits decide who is flagged; the text gives the count reached", () => {
    const t = tally("迟到", "早退", "迟到+早退");
    expect(warningText(warnings(t, { lateOrEarly: 5, absent: 1 }), "zh")).toBe("");
    expect(warningText(warnings(t, { lateOrEarly: 3, absent: 1 }), "zh")).toBe("迟到/早退 4 次，需部长审议");
  });
});
