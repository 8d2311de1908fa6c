/** 开始续约 as npm run bench measures it: its Sheets calls do not grow with the ledger. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionCalls } from "../../src/local/bench-actions";
import { syntheticTabs } from "../../src/local/sample/synthetic";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");
const renewals = (ledgerRows: number) =>
  actionCalls(
    code,
    () => syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 }),
    (name) => name === "renewals",
  );

describe("bench: 开始续约 / Start renewals", () => {
  test("preview and start make the same Sheets calls at 500 and 50,000 ledger rows", () => {
    const small = renewals(500);
    const large = renewals(50000);
    expect(Object.keys(small)).toEqual(["renewals"]);
    expect(large).toEqual(small);
    // Two reads of each tab (preview, then under the lock), one block per column, the Settings cell, the Log line.
    expect(small.renewals.reads + small.renewals.writes).toBeLessThan(40);
  }, 300000);
});
