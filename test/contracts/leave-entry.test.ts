import { checkDecision, checkLeave, viewOf } from "../../src/contracts/leave-entry";
import { renderFields } from "../../src/contracts/messages";
import type { LeaveRequest } from "../../src/domain/model";

const TODAY = "2026-11-23";
const form = (over: Partial<{ meeting: string; reason: string }> = {}) => ({ meeting: "2026-11-25", reason: " 期中考试 ", ...over });
const fields = (errors: Parameters<typeof renderFields>[0], lang: "zh" | "en" = "zh") => renderFields(errors, lang);

describe("checkLeave: the 请假 form, on the page and on the server", () => {
  test("a meeting and a reason: the entry, the reason trimmed", () => {
    expect(checkLeave(form(), TODAY)).toEqual({ entry: { meeting: "2026-11-25", reason: "期中考试" }, errors: {} });
    expect(checkLeave(form({ meeting: "2026/11/25" }), TODAY).entry?.meeting).toBe("2026-11-25");
  });

  test("both fields are required, and a reason is at most 500 characters", () => {
    const blank = checkLeave(form({ meeting: "", reason: "  " }), TODAY);
    expect(blank.entry).toBeNull();
    expect(fields(blank.errors)).toEqual({ meeting: "请填写“例会日期”", reason: "请填写“原因”" });
    expect(fields(checkLeave(form({ reason: "x".repeat(501) }), TODAY).errors, "en")).toEqual({ reason: "Reason can be at most 500 characters" });
    expect(checkLeave(form({ reason: "x".repeat(500) }), TODAY).entry).not.toBeNull();
  });

  test("a meeting that has passed is accepted up to 30 days back (it will be late); further back or a year ahead is a typo", () => {
    expect(checkLeave(form({ meeting: "2026-10-24" }), TODAY).entry).not.toBeNull();
    expect(fields(checkLeave(form({ meeting: "2026-10-23" }), TODAY).errors)).toEqual({
      meeting: "例会日期 2026-10-23 早于 2026-10-24：只能为最近 30 天内或以后的例会请假",
    });
    expect(fields(checkLeave(form({ meeting: "2027-11-25" }), TODAY).errors, "en")).toEqual({
      meeting: "The meeting date 2027-11-25 is after 2027-11-24: is the year right?",
    });
    expect(fields(checkLeave(form({ meeting: "下周三" }), TODAY).errors, "en").meeting).toMatch(/^"下周三" is not a date/);
  });

  test("a second request for a meeting while one waits or was approved is refused; after a rejection it may be asked again", () => {
    const pending = checkLeave(form(), TODAY, [{ meeting: "2026-11-25", status: "pending" }]);
    expect(pending.entry).toBeNull();
    expect(fields(pending.errors)).toEqual({ meeting: "2026-11-25 的例会你已有一条待审批的请假申请，无需重复提交" });
    expect(fields(checkLeave(form(), TODAY, [{ meeting: "2026-11-25", status: "approved" }]).errors, "en")).toEqual({
      meeting: "Your leave for the meeting of 2026-11-25 is already approved",
    });
    expect(checkLeave(form(), TODAY, [{ meeting: "2026-11-25", status: "rejected" }]).entry).not.toBeNull();
    expect(checkLeave(form(), TODAY, [{ meeting: "2026-12-02", status: "pending" }]).entry).not.toBeNull();
  });
});

describe("checkDecision: the head's note", () => {
  test("a request in time may be approved or rejected without a note", () => {
    expect(checkDecision({ decision: "approved", note: "" }, false)).toEqual({ note: "", errors: {} });
    expect(checkDecision({ decision: "rejected", note: " 理由不充分 " }, false)).toEqual({ note: "理由不充分", errors: {} });
  });

  test("a late request is approved only with a reason (the override); rejecting it needs none", () => {
    const r = checkDecision({ decision: "approved", note: "  " }, true);
    expect(fields(r.errors)).toEqual({ note: "这条申请在例会开始后才提交：批准属于特批，请在“审批意见”中写明理由" });
    expect(checkDecision({ decision: "approved", note: "突发急病，有医院证明" }, true).errors).toEqual({});
    expect(checkDecision({ decision: "rejected", note: "" }, true).errors).toEqual({});
  });

  test("a note is at most 500 characters", () => {
    expect(fields(checkDecision({ decision: "rejected", note: "x".repeat(501) }, false).errors, "en")).toEqual({ note: "Note can be at most 500 characters" });
  });
});

describe("viewOf: a request as the sidebars show it", () => {
  test("times as the sheet shows them, to the minute, and the key that finds the row again to the second", () => {
    const l: LeaveRequest = {
      row: 7,
      submittedAt: { date: "2026-11-23", seconds: 16 * 3600 + 5 * 60 + 42 },
      name: "王浩然",
      meeting: "2026-11-25",
      reason: "考试",
      status: "approved",
      decidedBy: "陈思远",
      decidedAt: { date: "2026-11-24", seconds: 9 * 3600 },
      note: "",
    };
    expect(viewOf(l, true)).toEqual({
      key: { submittedAt: { date: "2026-11-23", seconds: 16 * 3600 + 5 * 60 + 42 }, name: "王浩然", meeting: "2026-11-25", reason: "考试" },
      row: 7,
      name: "王浩然",
      meeting: "2026-11-25",
      submittedAt: "2026-11-23 16:05",
      reason: "考试",
      status: "approved",
      decidedBy: "陈思远",
      decidedAt: "2026-11-24 09:00",
      note: "",
      late: true,
    });
    expect(viewOf({ ...l, submittedAt: null, decidedAt: null }, false)).toMatchObject({ key: { submittedAt: null }, submittedAt: null, decidedAt: null });
  });
});
