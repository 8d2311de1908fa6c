/** 赞助反馈 and 生成赞助回报 as npm run bench measures them: their Sheets calls do not grow with the ledger. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionCalls } from "../../src/local/bench-actions";
import { syntheticTabs } from "../../src/local/sample/synthetic";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");
const measure = (ledgerRows: number) =>
  actionCalls(
    code,
    () => syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 }),
    (name) => name === "recap" || name === "deliverables",
  );

describe("bench: 赞助反馈 / Sponsor recap and 生成赞助回报 / Create deliverables", () => {
  test("the same Sheets calls at 500 and 20,000 ledger rows (a package on every tenth row)", () => {
    const small = measure(500);
    const large = measure(20000);
    expect(Object.keys(small)).toEqual(["recap", "deliverables"]);
    expect(large).toEqual(small);
    // The recap only reads; creating the deliverables appends them in one block.
    expect(small.recap.writes).toBe(0);
    expect(small.deliverables.writes).toBeGreaterThan(0);
    expect(small.deliverables.reads + small.deliverables.writes).toBeLessThan(40);
  }, 300000);
});
