/** 请假 / Request leave and 审批 / Approvals: the server handlers through the built bundle on the local runtime. */
import type { CellValue } from "../../src/local/runtime";
import { type Addon, addon, logLines, on, run, tab, values } from "./helpers";
import { at, CO_HEAD, day, HEAD, LEAVE, leaveTabs, MEMBER, rel, shown, today, waitingRows } from "./leave-fixture";

/** The head owns the file and restricted Settings to themselves and the co-head. */
function department(leave: CellValue[][] = [], userLocale?: string): Addon {
  const a = addon(leaveTabs(leave), "zh_CN", { user: HEAD, userLocale });
  tab(a, "设置").protect().setDomainEdit(false).addEditor(CO_HEAD);
  return a;
}
const as = (a: Addon, user: string, userLocale?: string) => on(a.book, { user, userLocale });

describe("请假 / Request leave", () => {
  test("a member sees the coming meetings, asks for one, and the row lands in 请假 under the lock, logged", () => {
    const a = department();
    const member = as(a, MEMBER);
    const data = run(member, "sidebarLeaveData");
    expect(data).toMatchObject({ ok: true, today: today(), me: { name: "王浩然", head: false, byEmail: true }, start: "19:00", upcoming: [], recent: [] });
    expect(data.meetings).toEqual([{ date: rel(2), start: "19:00" }]);

    const r = run(member, "saveLeaveRequest", { meeting: rel(2), reason: "=期中考试" });
    expect(r).toMatchObject({ ok: true, sheet: LEAVE, row: 2, start: "19:00", request: { name: "王浩然", meeting: rel(2), status: "pending", late: false } });
    // Crossed google.script.run: no Date in the answer (it would have arrived as null).
    expect(r.request.key.submittedAt).toEqual({ date: today(), seconds: expect.any(Number) });
    const row = values(a, LEAVE)[1].map(shown);
    expect(row.slice(1)).toEqual(["王浩然", `${rel(2)} 00:00`, "=期中考试", "待审批", "", "", ""]);
    expect(String(row[0]).slice(0, 10)).toBe(today());
    expect(logLines(a)).toEqual([[MEMBER, "请假申请", LEAVE, "2"]]);
    expect(a.runtime.locks.isHeld()).toBe(false);
    expect(run(member, "sidebarLeaveData").upcoming).toEqual([r.request]);

    expect(run(member, "saveLeaveRequest", { meeting: rel(2), reason: "再申请一次" })).toMatchObject({
      ok: false,
      fields: { meeting: `${rel(2)} 的例会你已有一条待审批的请假申请，无需重复提交` },
    });
    expect(values(a, LEAVE)).toHaveLength(2);
  });

  test("a request after the meeting started is recorded and said to be late", () => {
    const a = department();
    const r = run(as(a, MEMBER, "en"), "saveLeaveRequest", { meeting: rel(-1), reason: "Was ill" });
    expect(r).toMatchObject({ ok: true, row: 2, start: "19:00", request: { late: true, status: "pending" } });
    expect(values(a, LEAVE)[1][4]).toBe("待审批");
  });

  test("an unrecognised user picks who they are first; the pick holds for this user only", () => {
    const a = department();
    const stranger = as(a, "");
    expect(run(stranger, "saveLeaveRequest", { meeting: rel(2), reason: "考试" })).toEqual({ ok: false, error: "请先选择你是哪位成员" });
    expect(run(stranger, "setLeaveMember", { name: "李欣怡" })).toMatchObject({ ok: true, me: { name: "李欣怡", byEmail: false } });
    expect(run(stranger, "saveLeaveRequest", { meeting: rel(2), reason: "考试" })).toMatchObject({ ok: true, request: { name: "李欣怡" } });
  });
});

describe("审批 / Approvals", () => {
  const waiting = waitingRows;

  test("the head sees waiting requests oldest first with the late one flagged, and decides one", () => {
    const a = department(waiting());
    const data = run(a, "sidebarApprovalsData");
    expect(data.me).toEqual({ name: "陈思远", head: true, byEmail: true });
    expect(data.waiting.map((l: { name: string; late: boolean }) => [l.name, l.late])).toEqual([
      ["王浩然", false],
      ["李欣怡", true],
    ]);
    const r = run(a, "decideLeave", { key: data.waiting[0].key, decision: "approved", note: "" });
    expect(r).toMatchObject({ ok: true, row: 2, status: "approved", override: false, request: { status: "approved", decidedBy: "陈思远" } });
    expect(values(a, LEAVE)[1].slice(4, 6)).toEqual(["已批准", "陈思远"]);
    expect(String(shown(values(a, LEAVE)[1][6])).slice(0, 10)).toBe(today());
    expect(run(a, "sidebarApprovalsData").decided.map((l: { name: string }) => l.name)).toEqual(["王浩然"]);
  });

  test("a late request is approved only with an override note, and the Log says it was an override", () => {
    const a = department(waiting());
    const key = run(a, "sidebarApprovalsData").waiting[1].key;
    expect(run(a, "decideLeave", { key, decision: "approved", note: "" })).toEqual({
      ok: false,
      error: "有 1 处需要修改，未保存任何内容",
      fields: { note: "这条申请在例会开始后才提交：批准属于特批，请在“审批意见”中写明理由" },
    });
    expect(values(a, LEAVE)[2][4]).toBe("待审批");
    expect(run(a, "decideLeave", { key, decision: "approved", note: "有校医院证明" })).toMatchObject({ ok: true, override: true, row: 3 });
    expect(values(a, LEAVE)[2].slice(4, 6)).toEqual(["已批准", "陈思远"]);
    expect(values(a, LEAVE)[2][7]).toBe("有校医院证明");
    expect(logLines(a)).toEqual([[HEAD, "批准请假（逾期特批）", LEAVE, "3"]]);
  });

  test("two heads deciding the same request at once: one wins, the other is refused and overwrites nothing", () => {
    const a = department(waiting());
    const coHead = as(a, CO_HEAD);
    const mine = run(a, "sidebarApprovalsData").waiting[0];
    const theirs = run(coHead, "sidebarApprovalsData").waiting[0];
    expect(theirs.key).toEqual(mine.key);
    expect(run(a, "decideLeave", { key: mine.key, decision: "approved", note: "同意" }).ok).toBe(true);
    expect(run(coHead, "decideLeave", { key: theirs.key, decision: "rejected", note: "不同意" })).toEqual({
      ok: false,
      stale: true,
      error: `王浩然 ${rel(2)} 的申请已由 陈思远 审批为“已批准”，未做任何修改`,
    });
    expect(values(a, LEAVE)[1].slice(4, 6)).toEqual(["已批准", "陈思远"]);
    expect(values(a, LEAVE)[1][7]).toBe("同意");
    expect(logLines(a)).toEqual([[HEAD, "批准请假", LEAVE, "2"]]);
  });

  test("a member who is not the head is refused, in their language, and nothing is written", () => {
    const a = department(waiting());
    const key = run(a, "sidebarApprovalsData").waiting[0].key;
    const member = as(a, MEMBER, "en");
    expect(run(member, "sidebarApprovalsData")).toEqual({ ok: false, error: "Only the head (部长) can decide leave requests (you are 王浩然)" });
    const before = values(a, LEAVE);
    expect(run(member, "decideLeave", { key, decision: "approved", note: "" })).toEqual({
      ok: false,
      error: "Only the head (部长) can decide leave requests (you are 王浩然)",
    });
    expect(values(a, LEAVE)).toEqual(before);
    expect(logLines(a)).toEqual([]);
  });

  test("a request deleted after the sidebar loaded is refused; rows inserted above are followed", () => {
    const a = department(waiting());
    const [first, second] = run(a, "sidebarApprovalsData").waiting;
    tab(a, LEAVE).insertRowsBefore(2, 2);
    tab(a, LEAVE).deleteRow(5);
    expect(run(a, "decideLeave", { key: second.key, decision: "rejected", note: "" })).toMatchObject({ ok: false, stale: true });
    expect(run(a, "decideLeave", { key: first.key, decision: "rejected", note: "" })).toMatchObject({ ok: true, row: 4 });
  });
});

describe("Sheets calls do not grow with the 请假 tab", () => {
  /** `n` requests from other members, half decided; the tab has room below its last row either way. */
  function sized(n: number): Addon {
    const names = ["李欣怡", "赵一鸣", "孙嘉豪", "吴佳琪"];
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [
      at(rel(-20 + (i % 20)), "09:00"),
      names[i % names.length],
      day(rel(-19 + (i % 25))),
      `原因 ${i}`,
      i % 2 ? "已批准" : "待审批",
      i % 2 ? "陈思远" : "",
      i % 2 ? at(rel(-1), "12:00") : "",
      "",
    ]);
    const a = department(rows);
    tab(a, LEAVE).insertRowsAfter(tab(a, LEAVE).getMaxRows(), 50);
    return a;
  }

  function calls(n: number): Record<string, Record<string, number>> {
    const a = sized(n);
    const member = as(a, MEMBER);
    const out: Record<string, Record<string, number>> = {};
    const measure = (name: string, who: Addon, fn: string, ...args: unknown[]) => {
      who.runtime.resetStats();
      const r = run(who, fn, ...args);
      expect(r.ok).toBe(true);
      out[name] = { ...who.runtime.stats.calls };
      return r;
    };
    measure("sidebarLeaveData", member, "sidebarLeaveData");
    measure("saveLeaveRequest", member, "saveLeaveRequest", { meeting: rel(2), reason: "考试" });
    const data = measure("sidebarApprovalsData", a, "sidebarApprovalsData");
    measure("decideLeave", a, "decideLeave", { key: data.waiting[0].key, decision: "rejected", note: "" });
    return out;
  }

  test("each handler makes the same calls at 10 and at 2,000 rows", () => {
    const small = calls(10);
    const large = calls(2000);
    expect(large).toEqual(small);
    // One read per tab it needs (成员, 考勤, 请假, 设置; a save reads 请假 again under the lock instead of before).
    for (const c of Object.values(small)) expect(c.getValues).toBe(4);
    expect(small.saveLeaveRequest.setValues).toBeLessThanOrEqual(3);
    expect(small.decideLeave.setValues).toBe(2);
  });
});
