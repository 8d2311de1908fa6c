import { sameFormula, writeOwnFormula } from "../../src/sheets/own-formulas";
import { formulas, sheetWith, tab, values } from "../support/apps-script";

const OURS = "=MEETING_PENALTY(C2:E)";

function grid(penalty: string | number, below: (string | number)[] = []) {
  return sheetWith([{ name: "考勤", rows: [["姓名", "罚款合计"], ["王浩然", penalty], ...below.map((v) => ["李欣怡", v])] }]);
}

const write = (formula = OURS) => writeOwnFormula(tab("考勤").getRange("B2"), belowB2(), formula);
const belowB2 = () =>
  tab("考勤")
    .getRange("B2:B4")
    .getValues()
    .map((r) => r[0]);

describe("writeOwnFormula", () => {
  test("writes into an empty column", () => {
    const rt = grid("");
    expect(write()).toBe("written");
    expect(formulas(rt, "考勤")[1][1]).toBe(OURS);
  });

  test("refreshes a formula of its own that reads another range", () => {
    const rt = grid("=MEETING_PENALTY(C2:D)");
    expect(write()).toBe("written");
    expect(formulas(rt, "考勤")[1][1]).toBe(OURS);
  });

  test("leaves the same formula alone, however Sheets re-spaced or re-quoted it", () => {
    grid("=meeting_penalty( C2:E )");
    expect(write()).toBe("same");
    expect(sameFormula("='设置'!B2", "=设置!B2")).toBe(true);
    expect(sameFormula("=MEETING_PENALTY(C2:E)", "=MEETING_PENALTY(C2:F)")).toBe(false);
  });

  test("never writes over a formula a member wrote", () => {
    const rt = grid("=SUM(C2:E2)");
    expect(write()).toBe("skipped");
    expect(formulas(rt, "考勤")[1][1]).toBe("=SUM(C2:E2)");
  });

  test("never writes over values typed under an empty first cell", () => {
    const rt = grid("", [25]);
    expect(write()).toBe("skipped");
    expect(formulas(rt, "考勤")[1][1]).toBe("");
    expect(values(rt, "考勤")[2][1]).toBe(25);
  });
});
