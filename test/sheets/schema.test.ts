/** Header names as the add-on compares them, including headers a cell's worth of brackets long. */
import { normaliseHeader } from "../../src/sheets/schema";
import { finishes } from "../hang-guard";

const N = 50_000;

describe("normaliseHeader", () => {
  test("case, spaces and a trailing unit in brackets do not matter", () => {
    expect(normaliseHeader("金额（元）")).toBe("金额");
    expect(normaliseHeader(" Cash (CNY) ")).toBe("cash");
    expect(normaliseHeader("金额((元)")).toBe("金额");
    expect(normaliseHeader("a(b)c(d)")).toBe("a(b)c");
    expect(normaliseHeader("现金 : ")).toBe("现金");
  });

  test("a header of 50,000 opening brackets is read in one pass", () => {
    const open = "(".repeat(N);
    expect(finishes(() => normaliseHeader(open))).toBe(open);
    expect(finishes(() => normaliseHeader(`${"（".repeat(N)}）`))).toBe("");
    expect(finishes(() => normaliseHeader(`金额${"(".repeat(N)}元)`))).toBe("金额");
    expect(finishes(() => normaliseHeader(`a${" ".repeat(N)}(b`))).toBe("a(b");
  });
});
