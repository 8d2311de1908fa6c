/** 提醒 as npm run bench measures it: through the built bundle, its Sheets calls do not grow with the sheet. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionCalls } from "../../src/local/bench-actions";
import { syntheticTabs } from "../../src/local/sample/synthetic";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");
const reminders = (ledgerRows: number) =>
  actionCalls(
    code,
    () => syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 }),
    (name) => name === "reminders",
  );

describe("bench: 提醒 / Reminders", () => {
  test("the same Sheets calls at 500 and 50,000 ledger rows, and none of them a write", () => {
    const small = reminders(500);
    const large = reminders(50000);
    expect(Object.keys(small)).toEqual(["reminders"]);
    expect(large).toEqual(small);
    expect(small.reminders.writes).toBe(0);
    expect(small.reminders.total).toBeLessThan(40);
  }, 300000);
});
