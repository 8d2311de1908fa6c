/** 分享月报 as npm run bench measures it: its Sheets calls do not grow with the ledger. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionCalls } from "../../src/local/bench-actions";
import { syntheticTabs } from "../../src/local/sample/synthetic";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");
const summary = (ledgerRows: number) =>
  actionCalls(
    code,
    () => syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 }),
    (name) => name === "summary",
  );

describe("bench: 分享月报 / Share summary", () => {
  test("the same Sheets calls at 500 and 50,000 ledger rows, and nothing written", () => {
    const small = summary(500);
    const large = summary(50000);
    expect(Object.keys(small)).toEqual(["summary"]);
    expect(large).toEqual(small);
    expect(small.summary.writes).toBe(0);
    // One read per tab the report counts, and the tab list.
    expect(small.summary.reads).toBeLessThan(25);
  }, 300000);
});
