/**
 * The sample department as 请假 / 审批 tests need it: emails in 成员 (陈思远 the head, 刘雨桐 a
 * co-head, 王浩然 a member), a meeting in the 考勤 grid two days from today, and a 请假 tab holding
 * the given rows. Dates are relative to the real clock: the bundle runs on it.
 */
import type { CellValue } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { rowsOf, type Tabs } from "./helpers";

export const LEAVE = "请假";
export const HEADER = ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"];
export const HEAD = "chen@uni.edu";
export const CO_HEAD = "liu@uni.edu";
export const MEMBER = "whr@uni.edu";

/** Today in the sheet's time zone, and n days from it. */
export const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
export const rel = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
/** A date cell, and a date-time cell, as Shanghai shows them. */
export const day = (s: string) => new Date(`${s}T00:00:00+08:00`);
export const at = (s: string, hhmm: string) => new Date(`${s}T${hhmm}:00+08:00`);
/** A date-time cell as the sheet shows it ("2026-11-23 16:05"); other values as they are. */
export const shown = (v: unknown) =>
  Object.prototype.toString.call(v) === "[object Date]" ? new Date((v as Date).getTime() + 8 * 3600e3).toISOString().slice(0, 16).replace("T", " ") : v;

export function leaveTabs(leave: CellValue[][] = []): Tabs {
  const t = sampleTabs();
  const members = rowsOf(t, "成员");
  const set = (name: string, col: number, v: string) => (members.find((r) => r[0] === name)![col] = v);
  set("陈思远", 4, HEAD);
  set("刘雨桐", 4, CO_HEAD);
  set("刘雨桐", 2, "部长");
  set("王浩然", 4, MEMBER);
  const grid = rowsOf(t, "考勤");
  grid[0].push(day(rel(2)));
  for (const r of grid.slice(1)) r.push("");
  t.splice(t.findIndex((x) => x.name === "考勤") + 1, 0, { name: LEAVE, rows: [HEADER, ...leave] });
  return t;
}

/** Two waiting requests: 王浩然's for the coming meeting, in time; 李欣怡's for yesterday's, made after it started. */
export function waitingRows(): CellValue[][] {
  return [
    [at(rel(-3), "10:00"), "王浩然", day(rel(2)), "期中考试", "待审批", "", "", ""],
    [at(rel(-1), "19:40"), "李欣怡", day(rel(-1)), "临时发烧", "待审批", "", "", ""],
  ];
}
