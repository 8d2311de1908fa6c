import { decideLeave, setApprovalsMember, sidebarApprovalsData } from "../../src/app/approve-leave";
import { d, logLines, session, sheetWith, tab, today, values } from "../support/apps-script";

const MEMBERS = [
  ["姓名", "职务", "联系方式"],
  ["陈思远", "部长", "head@example.edu"],
  ["王浩然", "干事", "whr@example.edu"],
  ["李欣怡", "干事", ""],
];
const ATTENDANCE = [["姓名", d("2026-11-18"), d("2026-11-25")]];
const HEADER = ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"];
/** Shanghai wall clock → the instant a date-time cell holds. */
const at = (s: string) => new Date(`${s}+08:00`);
const LEAVE = [
  HEADER,
  [at("2026-11-20T09:00:00"), "王浩然", d("2026-11-25"), "期中考试", "待审批", "", "", ""],
  [at("2026-11-18T19:20:00"), "李欣怡", d("2026-11-18"), "临时发烧", "待审批", "", "", ""],
  [at("2026-11-10T08:00:00"), "李欣怡", d("2026-11-11"), "比赛", "已批准", "陈思远", at("2026-11-10T12:00:00"), "加油"],
  [at("2026-09-01T08:00:00"), "王浩然", d("2026-09-02"), "旧的", "已驳回", "陈思远", at("2026-09-01T12:00:00"), ""],
];

/** The head owns the file; `restricted`: they turned Settings' protection into "only me". */
function department(opts: { restricted?: boolean; locale?: string } = {}) {
  today("2026-11-23");
  const rt = sheetWith(
    [
      { name: "成员", rows: MEMBERS },
      { name: "考勤", rows: ATTENDANCE },
      { name: "请假", rows: LEAVE.map((r) => [...r]) },
      { name: "设置", rows: [["项目", "值", "说明"]] },
    ] as never,
    { locale: opts.locale ?? "zh_CN" },
    { user: "head@example.edu" },
  );
  if (opts.restricted ?? true) tab("设置").protect().setDomainEdit(false);
  return rt;
}

const keyOf = (row: number) => {
  const r = LEAVE[row - 1] as [Date, string, Date, string];
  const local = new Date(r[0].getTime() + 8 * 3600e3);
  return {
    submittedAt: { date: local.toISOString().slice(0, 10), seconds: local.getUTCHours() * 3600 + local.getUTCMinutes() * 60 },
    name: r[1],
    meeting: new Date(r[2].getTime() + 8 * 3600e3).toISOString().slice(0, 10),
    reason: r[3],
  };
};
const shown = (v: unknown) => (v instanceof Date ? new Date(v.getTime() + 8 * 3600e3).toISOString().slice(0, 16).replace("T", " ") : v);
const row = (rt: ReturnType<typeof department>, n: number) => values(rt, "请假")[n - 1].map(shown);

describe("sidebarApprovalsData", () => {
  test("for the head: waiting requests oldest first, a late one flagged; decisions of the last 30 days", () => {
    department();
    const data = sidebarApprovalsData();
    if (!data.ok) throw new Error(data.error);
    expect(data.me).toEqual({ name: "陈思远", head: true, byEmail: true });
    expect(data.waiting.map((l) => [l.row, l.name, l.meeting, l.submittedAt, l.late])).toEqual([
      [3, "李欣怡", "2026-11-18", "2026-11-18 19:20", true],
      [2, "王浩然", "2026-11-25", "2026-11-20 09:00", false],
    ]);
    expect(data.decided.map((l) => [l.row, l.status, l.decidedBy, l.decidedAt, l.note])).toEqual([[4, "approved", "陈思远", "2026-11-10 12:00", "加油"]]);
  });

  test("a member who is not the head is refused with a sentence, in their language", () => {
    const rt = department();
    session(rt.book, { user: "whr@example.edu" });
    expect(sidebarApprovalsData()).toEqual({ ok: false, error: "只有部长可以审批请假（你是 王浩然）" });
    session(rt.book, { user: "whr@example.edu", userLocale: "en" });
    expect(sidebarApprovalsData()).toEqual({ ok: false, error: "Only the head (部长) can decide leave requests (you are 王浩然)" });
  });

  test("the head's email alone proves nothing while anyone may edit Settings: the refusal says how to restrict it", () => {
    department({ restricted: false });
    expect(sidebarApprovalsData()).toEqual({
      ok: false,
      error: "审批请假需要证明部长身份：请部长在“数据 → 保护工作表和范围”中把“设置”表的保护改为“限制可以修改此范围的用户”，只留自己。在此之前无法审批",
    });
  });

  test("someone who wrote the head's email into 成员 for themselves is refused: Google says they may not edit Settings", () => {
    const rt = department();
    tab("成员").getRange("C2").setValue("head@example.edu; mallory@example.edu");
    session(rt.book, { user: "mallory@example.edu" });
    expect(sidebarApprovalsData()).toEqual({ ok: false, error: "你的 Google 帐号不能编辑受保护的“设置”表，所以不能以部长身份审批请假" });
  });

  test("a user Google does not name is asked who they are; a picked head decides only with the Settings proof", () => {
    const rt = department();
    tab("成员").getRange("C2").setValue("");
    session(rt.book, { user: "", account: "head@example.edu" });
    expect(sidebarApprovalsData()).toMatchObject({ ok: true, me: null, emailHidden: true, waiting: [] });
    expect(setApprovalsMember({ name: "陈思远" })).toMatchObject({ ok: true, me: { name: "陈思远", head: true, byEmail: false }, waiting: [{}, {}] });
    session(rt.book, { user: "", account: "someone@gmail.com" });
    expect(setApprovalsMember({ name: "陈思远" })).toEqual({ ok: false, error: "你的 Google 帐号不能编辑受保护的“设置”表，所以不能以部长身份审批请假" });
  });
});

describe("decideLeave", () => {
  test("approving writes only that row's 状态, 审批人, 审批时间 (and a given 审批意见), under the lock, logged", () => {
    const rt = department();
    const before = values(rt, "请假");
    const r = decideLeave({ key: keyOf(2), decision: "approved", note: "" });
    expect(r).toMatchObject({ ok: true, sheet: "请假", row: 2, status: "approved", override: false });
    expect(r).toMatchObject({ request: { status: "approved", decidedBy: "陈思远", decidedAt: "2026-11-23 10:00", note: "", late: false } });
    expect(row(rt, 2)).toEqual(["2026-11-20 09:00", "王浩然", "2026-11-25 00:00", "期中考试", "已批准", "陈思远", "2026-11-23 10:00", ""]);
    expect(values(rt, "请假").filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    expect(logLines(rt)).toEqual([["head@example.edu", "批准请假", "请假", "2"]]);
    expect(decideLeave({ key: keyOf(2), decision: "rejected", note: "" })).toMatchObject({ ok: false, stale: true });
  });

  test("rejecting with a note", () => {
    const rt = department();
    expect(decideLeave({ key: keyOf(2), decision: "rejected", note: " 考试时间不冲突 " })).toMatchObject({ ok: true, status: "rejected" });
    expect(row(rt, 2).slice(4)).toEqual(["已驳回", "陈思远", "2026-11-23 10:00", "考试时间不冲突"]);
    expect(logLines(rt)).toEqual([["head@example.edu", "驳回请假", "请假", "2"]]);
  });

  test("a late request is approved only with an override reason, and the Log says it was an override", () => {
    const rt = department();
    expect(decideLeave({ key: keyOf(3), decision: "approved", note: " " })).toEqual({
      ok: false,
      error: "有 1 处需要修改，未保存任何内容",
      fields: { note: "这条申请在例会开始后才提交：批准属于特批，请在“审批意见”中写明理由" },
    });
    expect(values(rt, "请假")[2][4]).toBe("待审批");
    expect(logLines(rt)).toEqual([]);
    expect(decideLeave({ key: keyOf(3), decision: "approved", note: "发烧有校医院证明" })).toMatchObject({ ok: true, override: true, row: 3 });
    expect(row(rt, 3).slice(4)).toEqual(["已批准", "陈思远", "2026-11-23 10:00", "发烧有校医院证明"]);
    expect(logLines(rt)).toEqual([["head@example.edu", "批准请假（逾期特批）", "请假", "3"]]);
  });

  test("rows moved meanwhile are followed; a request deleted or already decided is refused and nothing is written", () => {
    const rt = department();
    tab("请假").insertRowsBefore(2, 3);
    expect(decideLeave({ key: keyOf(2), decision: "approved", note: "" })).toMatchObject({ ok: true, row: 5 });
    expect(values(rt, "请假")[4][4]).toBe("已批准");

    tab("请假").deleteRow(6);
    const before = values(rt, "请假");
    expect(decideLeave({ key: keyOf(3), decision: "rejected", note: "" })).toEqual({
      ok: false,
      stale: true,
      error: "请假表中已找不到 李欣怡 2026-11-18 的这条申请（可能被删除或修改），未做任何修改",
    });
    expect(decideLeave({ key: keyOf(2), decision: "rejected", note: "" })).toEqual({
      ok: false,
      stale: true,
      error: "王浩然 2026-11-25 的申请已由 陈思远 审批为“已批准”，未做任何修改",
    });
    expect(values(rt, "请假")).toEqual(before);
    expect(logLines(rt)).toHaveLength(1);
  });

  test("a request whose 原因 was edited after the head saw it is refused as changed, and nothing is written", () => {
    const rt = department();
    const seen = sidebarApprovalsData();
    if (!seen.ok) throw new Error(seen.error);
    const key = seen.waiting.find((l) => l.row === 2)!.key;
    expect(key).toEqual(keyOf(2));
    tab("请假").getRange("D2").setValue("期中考试（其实是去旅游）");
    const before = values(rt, "请假");
    expect(decideLeave({ key, decision: "approved", note: "" })).toEqual({
      ok: false,
      stale: true,
      error: "请假表中已找不到 王浩然 2026-11-25 的这条申请（可能被删除或修改），未做任何修改",
    });
    expect(values(rt, "请假")).toEqual(before);
    expect(logLines(rt)).toEqual([]);
    // Reloaded, the head sees the new reason and may decide it.
    const again = sidebarApprovalsData();
    if (!again.ok) throw new Error(again.error);
    const fresh = again.waiting.find((l) => l.row === 2)!;
    expect(fresh.reason).toBe("期中考试（其实是去旅游）");
    expect(decideLeave({ key: fresh.key, decision: "rejected", note: "" })).toMatchObject({ ok: true, row: 2, status: "rejected" });
  });

  test("a key without the reason the head saw is not accepted", () => {
    const rt = department();
    const { reason: _, ...old } = keyOf(2);
    expect(decideLeave({ key: old, decision: "approved", note: "" })).toMatchObject({ ok: false });
    expect(values(rt, "请假")[1][4]).toBe("待审批");
    expect(logLines(rt)).toEqual([]);
  });

  test("only the head decides: a member's call is refused and writes nothing", () => {
    const rt = department();
    session(rt.book, { user: "whr@example.edu", userLocale: "en" });
    expect(decideLeave({ key: keyOf(2), decision: "approved", note: "" })).toEqual({
      ok: false,
      error: "Only the head (部长) can decide leave requests (you are 王浩然)",
    });
    expect(values(rt, "请假")[1][4]).toBe("待审批");
  });

  test("an English sheet is written in English", () => {
    const rt = department({ locale: "en_US" });
    expect(decideLeave({ key: keyOf(2), decision: "rejected", note: "" })).toMatchObject({ ok: true });
    expect(values(rt, "请假")[1][4]).toBe("Rejected");
    expect(logLines(rt)[0].slice(1)).toEqual(["Leave rejected", "请假", "2"]);
  });
});
