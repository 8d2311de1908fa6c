import { appendRequest, leaveTab, readLeaveTab, writeDecision } from "../../src/sheets/leave-tab";
import { context } from "../../src/sheets/workbook";
import { active, d, formulas, sheetWith, tab, tabNames, today, values } from "../support/apps-script";

const MEMBERS = { name: "成员", rows: [["姓名"], ["王浩然"]] };
const ATTENDANCE = { name: "考勤", rows: [["姓名", "小组"]] };
const SETTINGS = { name: "设置", rows: [["项目", "值", "说明"]] };

const HEADERS_ZH = ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"];

/** A date-time cell as the sheet's zone (Shanghai) shows it. */
const shown = (v: unknown) => (v instanceof Date ? new Date(v.getTime() + 8 * 3600e3).toISOString().slice(0, 19).replace("T", " ") : v);

describe("leaveTab", () => {
  test("a department without one gets 请假 right after 考勤, as set-up makes it; the member stays on their tab", () => {
    const rt = sheetWith([MEMBERS, ATTENDANCE, SETTINGS]);
    const sheet = leaveTab(context());
    expect(tabNames(rt)).toEqual(["成员", "考勤", "请假", "设置"]);
    expect(values(rt, "请假")[0]).toEqual(HEADERS_ZH);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getRange("A2").getNumberFormat(), sheet.getRange("C2").getNumberFormat(), sheet.getRange("G2").getNumberFormat()]).toEqual([
      "yyyy-mm-dd hh:mm",
      "yyyy-mm-dd",
      "yyyy-mm-dd hh:mm",
    ]);
    const rule = sheet.getRange("E2").getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(["待审批", "已批准", "已驳回"]);
    // Other spellings the add-on reads (待批, 同意) may still be typed: the dropdown warns, it does not refuse.
    sheet.getRange("E2").setValue("同意");
    expect(sheet.getRange("E2").getValue()).toBe("同意");
    expect(sheet.getColumnWidth(4)).toBe(200);
    expect(active().getActiveSheet().getName()).toBe("成员");
  });

  test("an English sheet gets Leave in English, with the English statuses", () => {
    const rt = sheetWith([{ name: "Members", rows: [["Name"]] }], { locale: "en_GB" });
    const sheet = leaveTab(context());
    expect(tabNames(rt)).toEqual(["Members", "Leave"]);
    expect(values(rt, "Leave")[0]).toEqual(["Submitted at", "Name", "Meeting date", "Reason", "Status", "Decided by", "Decided at", "Note"]);
    expect(sheet.getRange("E2").getDataValidation()?.getCriteriaValues()[0]).toEqual(["Pending", "Approved", "Rejected"]);
  });

  test("the department's own tab, under an alias, is used and not duplicated; two are refused, naming both", () => {
    const rt = sheetWith([MEMBERS, { name: "请假记录", rows: [["姓名", "请假日期"]] }]);
    expect(leaveTab(context()).getName()).toBe("请假记录");
    expect(tabNames(rt)).toHaveLength(2);
    sheetWith([MEMBERS, { name: "请假", rows: [["姓名"]] }, { name: "Leave", rows: [["Name"]] }]);
    expect(() => leaveTab(context())).toThrow("“请假”和“Leave”都是“请假”工作表");
  });
});

describe("appendRequest / readLeaveTab / writeDecision", () => {
  test("a request: the time to the second, the name and reason as text, the meeting a date cell, 待审批; read back as the model reads it", () => {
    today("2026-11-23", "16:05:42");
    const rt = sheetWith([MEMBERS, ATTENDANCE]);
    const ctx = context();
    const sheet = leaveTab(ctx);
    const row = appendRequest(ctx, readLeaveTab(ctx, sheet), "王浩然", { meeting: "2026-11-25", reason: "=1+1 期中考试" });
    expect(row).toBe(2);
    expect(values(rt, "请假")[1].map(shown)).toEqual(["2026-11-23 16:05:42", "王浩然", "2026-11-25 00:00:00", "=1+1 期中考试", "待审批", "", "", ""]);
    expect(formulas(rt, "请假")[1][3]).toBe("");
    expect(readLeaveTab(ctx, sheet).requests).toEqual([
      {
        row: 2,
        submittedAt: { date: "2026-11-23", seconds: 16 * 3600 + 5 * 60 + 42 },
        name: "王浩然",
        meeting: "2026-11-25",
        reason: "=1+1 期中考试",
        status: "pending",
        decidedBy: "",
        decidedAt: null,
        note: "",
      },
    ]);
  });

  test("a decision writes only 状态, 审批人, 审批时间 and a given 审批意见, wherever those columns are", () => {
    today("2026-11-24", "09:30:00");
    const rt = sheetWith([
      MEMBERS,
      {
        name: "请假",
        rows: [
          ["审批意见", "姓名", "例会日期", "原因", "备注（自己的列）", "状态", "审批人", "审批时间"],
          ["部长正在写…", "王浩然", d("2026-11-25"), "考试", "x", "", "", ""],
          ["", "李欣怡", d("2026-11-25"), "生病", "y", "待审批", "", ""],
        ],
      },
    ]);
    const ctx = context();
    const leave = readLeaveTab(ctx, tab("请假"));
    expect(leave.requests.map((l) => [l.row, l.name, l.status])).toEqual([
      [2, "王浩然", "pending"],
      [3, "李欣怡", "pending"],
    ]);
    writeDecision(ctx, leave, 2, { status: "approved", by: "陈思远", note: "" });
    writeDecision(ctx, leave, 3, { status: "rejected", by: "陈思远", note: "请补交假条" });
    const rows = values(rt, "请假").map((r) => r.map(shown));
    expect(rows[1]).toEqual(["部长正在写…", "王浩然", "2026-11-25 00:00:00", "考试", "x", "已批准", "陈思远", "2026-11-24 09:30:00"]);
    expect(rows[2]).toEqual(["请补交假条", "李欣怡", "2026-11-25 00:00:00", "生病", "y", "已驳回", "陈思远", "2026-11-24 09:30:00"]);
  });

  test("a tab without the decision's columns is refused, naming the column, before anything is written", () => {
    sheetWith([
      MEMBERS,
      {
        name: "请假",
        rows: [
          ["姓名", "例会日期", "状态"],
          ["王浩然", d("2026-11-25"), ""],
        ],
      },
    ]);
    const ctx = context();
    const leave = readLeaveTab(ctx, tab("请假"));
    expect(() => writeDecision(ctx, leave, 2, { status: "approved", by: "陈思远", note: "" })).toThrow(
      "“请假”表缺少必需的列“审批人”（或 “Decided by”，表头行 A1），所以无法读取：请在表头行添加，或运行“初始化表格”",
    );
    expect(tab("请假").getRange("C2").getValue()).toBe("");
  });

  test("the refusal names the tab as the department called it and the header row below a title row", () => {
    sheetWith([
      MEMBERS,
      {
        name: "Leave",
        rows: [["十一月请假"], ["Name", "Meeting", "Status", "Decided by"], ["王浩然", d("2026-11-25"), ""]],
      },
    ]);
    const ctx = context();
    const leave = readLeaveTab(ctx, tab("Leave"));
    expect(() => writeDecision(ctx, leave, 3, { status: "approved", by: "陈思远", note: "" })).toThrow(
      /^“Leave”表缺少必需的列“审批时间”（或 “Decided at”，表头行 A2）/,
    );
    expect(tab("Leave").getRange("C3").getValue()).toBe("");
  });
});
