/** 记账's actions as npm run bench measures them: their Sheets calls do not grow with the tabs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionCalls } from "../../src/local/bench-actions";
import { syntheticTabs } from "../../src/local/sample/synthetic";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");
const accounts = (ledgerRows: number) =>
  actionCalls(
    code,
    () => syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 }),
    (name) => name.startsWith("accounts"),
  );

describe("bench: 记账 / Record expense or fine", () => {
  test("load, save and pay back make the same Sheets calls at 500 and 5,000 rows of ledger and 收支 (npm run bench: 50,000)", () => {
    const small = accounts(500);
    const large = accounts(5000);
    expect(Object.keys(small)).toEqual(["accounts: load", "accounts: save", "accounts: pay back"]);
    expect(large).toEqual(small);
    // One read per tab, one append (or two cells), one Log line: a handful of calls, not one per row.
    for (const c of Object.values(small)) expect(c.reads + c.writes).toBeLessThan(30);
  }, 120000);
});
