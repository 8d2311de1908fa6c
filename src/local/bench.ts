/**
 * npm run bench [-- --json]: speed and Sheets-call counts, measured on synthetic workbooks.
 * - bundle size (the whole script is parsed on every custom-function call);
 * - COMMISSION over 10,000 cells and MEETING_PENALTY over a 200×100 grid, one call each, in the bundle;
 * - the report: core time (reading rows + the pure report, no I/O) and the Sheets calls the built
 *   bundle makes on the local runtime, which must not grow with the number of rows.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as vm from "node:vm";
import { buildReport } from "../domain/report";
import { parseWorkbook, type RawTab } from "../sheets/parse";
import { normaliseHeader, spellings, TAB_ORDER, TABS, type TabKey } from "../sheets/schema";
import { addonFunctions } from "./addon";
import { type ActionCalls, actionCalls } from "./bench-actions";
import { callCustomFunction, createRuntime, loadBundle, workbookFromTabs } from "./runtime";
import { syntheticTabs } from "./sample/synthetic";

const json = process.argv.includes("--json");
const log = (...a: unknown[]) => {
  if (!json) console.log(...a);
};

const code = readFileSync(join(__dirname, "..", "dist", "Code.js"), "utf8");
const bundleKB = Math.round((statSync(join(__dirname, "..", "dist", "Code.js")).size / 1024) * 10) / 10;

/** What every custom-function call pays before it computes anything: Sheets parses and runs the whole script. */
// 320 KB: the accounts, look-alike sponsors and forecast brought the bundle to 273 KB while a cold =COMMISSION
// call still measures about 18 ms of its 50 ms target; the ceiling keeps the size in view, the timing decides.
// 326 KB: the one-page summary (its page, SVG charts and texts in zh and en, about 11 KB) came on top of 313 KB.
// 330 KB: Check data's amounts below the fen and the cash-below-zero finding (about 1.5 KB) took it past 326;
// the cold call measured 18 ms after them.
const BUNDLE_CEILING_KB = 330;
// One read per tab the report counts (nine, the 请假 and 收支 tabs among them) and its fixed writes: none per row.
const REPORT_CALLS = 27;

function coldCustomFunctionMs(): number {
  return best(10, () => {
    // A new script each time: V8 would otherwise reuse what it compiled.
    const script = new vm.Script(`${code}\n//${Math.random()}`);
    const context = vm.createContext({});
    script.runInContext(context);
    if (context.COMMISSION(1000) !== 150) throw new Error("bench: COMMISSION(1000) is not 150");
  });
}

function best(times: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return Math.round(min * 100) / 100;
}

type Tabs = ReturnType<typeof syntheticTabs>;

/** A 收支 tab of `rows` rows over 2026 (expenses, income, fines paid and waived), so the report counts it too. */
function withAccounts(tabs: Tabs, rows: number): Tabs {
  const first = (tab: string) => tabs.find((t) => t.name === tab)!.rows[1][0];
  const header = ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"];
  const out: Tabs[number]["rows"] = [header];
  for (let i = 0; i < rows; i++) {
    const kind = i % 4;
    out.push([
      new Date(Date.UTC(2026, 0, 1 + Math.floor((i * 365) / rows))),
      kind === 0 ? first("活动") : "",
      ["支出", "其他收入", "罚款缴纳", "罚款减免"][kind],
      10 + (i % 7),
      first("成员"),
      "物料",
      "",
      kind === 0 && i % 8 === 0 ? "待报销" : "",
      "",
      kind === 3 ? "部长同意" : "",
    ]);
  }
  return [...tabs, { name: "收支", rows: out }];
}

function rawTabs(tabs: Tabs): Partial<Record<TabKey, RawTab>> {
  const out: Partial<Record<TabKey, RawTab>> = {};
  for (const t of tabs) {
    const key = TAB_ORDER.find((k) => spellings(TABS[k]).includes(normaliseHeader(t.name)));
    if (key) out[key] = { sheet: t.name, values: t.rows };
  }
  return out;
}

function customFunctions() {
  // As a cell calls them: restricted, through callCustomFunction.
  const runtime = createRuntime(workbookFromTabs([{ name: "Sheet1", rows: [[""]] }]));
  loadBundle(code, runtime);
  const call = (name: string, arg: unknown) => callCustomFunction(runtime, name, arg);
  const amounts = Array.from({ length: 10000 }, (_, i) => [i % 7 === 0 ? `¥${(i * 13.37).toFixed(2)}` : Math.round(i * 1234.5) / 100]);
  const codes = ["出席", "迟到", "早退", "请假", "缺席", "未批假", "✓", "", "迟到+早退"];
  const grid = Array.from({ length: 200 }, (_, r) => Array.from({ length: 100 }, (_, c) => codes[(r * 7 + c * 3) % codes.length]));
  const commissionMs = best(5, () => call("COMMISSION", amounts));
  const penaltyMs = best(5, () => call("MEETING_PENALTY", grid));
  const warningMs = best(5, () => call("MEETING_WARNING", grid));
  return { commission10kMs: commissionMs, meetingPenalty200x100Ms: penaltyMs, meetingWarning200x100Ms: warningMs };
}

function coreMs(tabs: Tabs): number {
  const raw = rawTabs(tabs);
  return best(3, () => {
    const parsed = parseWorkbook(raw, "Asia/Shanghai", "2026-11-23");
    buildReport(parsed.model, parsed.problems, { month: "2026-11", today: "2026-11-23", generatedAt: "", generatedBy: "" });
  });
}

function calls(tabs: Tabs) {
  const runtime = createRuntime(workbookFromTabs(tabs));
  const ctx = addonFunctions(loadBundle(code, runtime));
  // A department's sheet has been set up (Log tab, formats) before its monthly reports.
  ctx.setupSheets();
  runtime.resetStats();
  ctx.generateMonthlyReport({ month: "2026-11" });
  return { reads: runtime.stats.reads, writes: runtime.stats.writes, total: runtime.stats.total };
}

interface Run {
  ledgerRows: number;
  members: number;
  meetings: number;
  reads: number | null;
  writes: number | null;
  totalCalls: number | null;
  coreMs: number;
}
const runs: Run[] = [];
const functions = customFunctions();
const coldMs = coldCustomFunctionMs();
log(`bundle: dist/Code.js ${bundleKB} KB (ceiling ${BUNDLE_CEILING_KB} KB)`);
log(`cold custom-function call (parse the whole file, run it, =COMMISSION(1000)): ${coldMs} ms (target < 50 ms)`);
log(`COMMISSION over 10,000 cells, one call: ${functions.commission10kMs} ms (target < 50 ms)`);
log(`MEETING_PENALTY over 200×100, one call: ${functions.meetingPenalty200x100Ms} ms (target < 50 ms)`);
log(`MEETING_WARNING over 200×100, one call: ${functions.meetingWarning200x100Ms} ms`);
log("");
log("report: ledger rows  members  meetings  reads  writes  all calls  core ms");
for (const ledgerRows of [500, 5000, 50000, 100000]) {
  const tabs = withAccounts(syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 }), ledgerRows / 10);
  const core = coreMs(tabs);
  // Counting calls runs the whole bundle with writes; 100,000 rows only time the core (the target is about it).
  const c = ledgerRows <= 50000 ? calls(tabs) : { reads: null, writes: null, total: null };
  runs.push({ ledgerRows, members: 200, meetings: 100, reads: c.reads, writes: c.writes, totalCalls: c.total, coreMs: core });
  log(
    `        ${String(ledgerRows).padStart(10)}  ${"200".padStart(7)}  ${"100".padStart(8)}  ${String(c.reads ?? "-").padStart(5)}  ${String(c.writes ?? "-").padStart(6)}  ${String(c.total ?? "-").padStart(9)}  ${String(core).padStart(7)}`,
  );
}
const at = (n: number) => runs.find((r) => r.ledgerRows === n)!;
const sum = (r: Run) => (r.reads ?? 0) + (r.writes ?? 0);
const callsRatio = Math.round((sum(at(50000)) / sum(at(500))) * 1000) / 1000;
const verdict = (ok: boolean) => (ok ? "OK" : "OVER TARGET");
const targets = {
  bundle: bundleKB <= BUNDLE_CEILING_KB,
  cold: coldMs < 50,
  commission: functions.commission10kMs < 50,
  penalty: functions.meetingPenalty200x100Ms < 50,
  // 9 reads and 16 writes (six charts among them: members, attendance per meeting, cash per group, events,
  // budget against spending, stages),
  // plus the tag that marks the tab as the add-on's and the one call that sizes it to what it holds.
  calls: sum(at(50000)) <= REPORT_CALLS,
  ratio: callsRatio === 1,
  core: at(100000).coreMs < 1000,
};
log("");
log(`reads + writes per report: ${sum(at(500))} (target ≤ ${REPORT_CALLS}) ${verdict(targets.calls)}`);
log(`calls at 50,000 rows / calls at 500 rows: ${callsRatio} (target exactly 1.0: no call per row) ${verdict(targets.ratio)}`);
log(`core at 100,000 rows: ${at(100000).coreMs} ms (target < 1000 ms) ${verdict(targets.core)}`);
log(
  `bundle ${verdict(targets.bundle)} · cold call ${verdict(targets.cold)} · COMMISSION ${verdict(targets.commission)} · MEETING_PENALTY ${verdict(targets.penalty)}`,
);

// Every action a user can start, at two ledger sizes: the counts must be equal.
const SIZES = [500, 50000] as const;
const perSize = SIZES.map((ledgerRows) => actionCalls(code, () => syntheticTabs({ ledgerRows, members: 200, meetings: 100, seed: 1 })));
const actions: Record<string, { rows500: ActionCalls; rows50000: ActionCalls; constant: boolean }> = {};
log("");
log(`Sheets calls per action (reads + writes; all calls incl. getters) at ${SIZES.map((n) => n.toLocaleString("en-US")).join(" and ")} ledger rows:`);
for (const name of Object.keys(perSize[0])) {
  const [small, large] = perSize.map((p) => p[name]);
  const constant = small.total === large?.total;
  actions[name] = { rows500: small, rows50000: large, constant };
  const cell = (c: ActionCalls) => `${c.reads} + ${c.writes}; ${c.total}`.padStart(16);
  log(`  ${name.padEnd(26)}${cell(small)}${large ? cell(large) : "".padStart(16)}  ${constant ? "constant" : "GROWS WITH ROWS"}`);
}
const actionsConstant = Object.values(actions).every((a) => a.constant);
log(`every action's calls are the same at both sizes: ${verdict(actionsConstant)}`);
if (json) {
  process.stdout.write(
    `${JSON.stringify({ bundleKB, coldCustomFunctionMs: coldMs, callsRatio, functions, targetsMet: { ...targets, actionsConstant }, runs, actions })}\n`,
  );
}
