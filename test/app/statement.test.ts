import { memberStatement, runStatement } from "../../src/app/statement";
import { context } from "../../src/sheets/workbook";
import { d, sheetWith, snapshot, today } from "../support/apps-script";

function department() {
  today("2026-11-23");
  return sheetWith([
    {
      name: "成员",
      rows: [
        ["姓名", "小组"],
        ["王浩然", "一组"],
        ["李欣怡", "一组"],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "经办人", "现金", "状态"],
        [d("2026-11-02"), "博文书店", "王浩然、李欣怡", 1000.01, "已到账"],
      ],
    },
    {
      name: "考勤",
      rows: [
        ["姓名", d("2026-11-04")],
        ["王浩然", "迟到"],
      ],
    },
  ]);
}

describe("runStatement", () => {
  test("every line behind a member's numbers, read-only", () => {
    const rt = department();
    const before = snapshot(rt);
    const st = runStatement(context(), "王浩然", "2026-11");
    expect(st.title).toContain("王浩然");
    const shares = st.blocks[0].rows;
    expect(shares).toHaveLength(1);
    expect(shares[0].slice(0, 4)).toEqual(["2", "2026-11-02", "博文书店", "¥1,000.01 × 15% = ¥150.0015 → ¥150.00"]);
    expect(st.blocks[1].rows).toEqual([["2026-11-04", "迟到", "¥5.00"]]);
    expect(snapshot(rt)).toEqual(before);
  });

  test("the member's leave requests for the month, each with its outcome and the head's note", () => {
    const rt = department();
    rt.book
      .insertSheet("请假")
      .getRange(1, 1, 4, 8)
      .setValues([
        ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
        ["2026-11-04 19:20", "王浩然", d("2026-11-04"), "堵车", "已批准", "部长", "2026-11-04 21:00", "路上有事故，特批"],
        ["2026-11-10 12:00", "王浩然", d("2026-11-11"), "考试", "待审批", "", "", ""],
        ["2026-11-10 12:00", "李欣怡", d("2026-11-11"), "比赛", "已驳回", "部长", "2026-11-10 20:00", ""],
      ]);
    const zh = runStatement(context(), "王浩然", "2026-11");
    expect(zh.blocks[2]).toEqual({
      heading: "本月请假",
      header: ["例会日期", "原因", "结果", "审批意见"],
      rows: [
        ["2026-11-04", "堵车", "已批准（逾期）", "路上有事故，特批"],
        ["2026-11-11", "考试", "待审批", ""],
      ],
    });
    expect(runStatement(context(), "李欣怡", "2026-11", "en").blocks[2].rows).toEqual([["2026-11-11", "比赛", "rejected", ""]]);
  });

  test("a 请假 tab that cannot be read (its 姓名 header renamed) is refused, not shown as no requests", () => {
    const rt = department();
    rt.book
      .insertSheet("请假")
      .getRange(1, 1, 1, 3)
      .setValues([["提交时间", "成员", "例会日期"]]);
    expect(() => runStatement(context(), "王浩然", "2026-11")).toThrow("“请假”表缺少必需的列“姓名”（或 “Name”，表头行 A1），所以无法读取");
  });

  test("a ledger that cannot be read (its 赞助商 header renamed) is refused, not shown as ¥0.00", () => {
    const rt = department();
    rt.book.getSheetByName("赞助记录")!.getRange(1, 2).setValue("商户名称");
    expect(() => runStatement(context(), "王浩然", "2026-11")).toThrow(
      "“赞助记录”表缺少必需的列“赞助商”（或 “Sponsor”，表头行 A1），所以无法读取：请在表头行添加，或运行“初始化表格”",
    );
  });

  test("a name with a typo gets a did-you-mean", () => {
    department();
    expect(() => runStatement(context(), "王浩燃", "2026-11")).toThrow("成员表中没有“王浩燃”，是否是“王浩然”？");
  });

  test("in English on request", () => {
    department();
    expect(runStatement(context(), "王浩然", "2026-11", "en").blocks[1].rows).toEqual([["2026-11-04", "late", "¥5.00"]]);
  });
});

describe("runStatement: fines and reimbursements from 收支", () => {
  function withAccounts() {
    const rt = department();
    rt.book
      .insertSheet("收支")
      .getRange(1, 1, 5, 10)
      .setValues([
        ["日期", "活动", "类型", "金额", "成员", "事由", "凭证", "报销状态", "报销日期", "备注"],
        [d("2026-11-05"), "", "罚款减免", 5, "王浩然", "11-04 迟到", "", "", "", "地铁停运，部长同意"],
        [d("2026-11-06"), "迎新晚会", "支出", 88.8, "王浩然", "气球", "小票照片", "待报销", "", ""],
        [d("2026-10-20"), "", "支出", 120, "王浩然", "号码布", "发票", "已报销", d("2026-11-03"), ""],
        [d("2026-11-07"), "", "支出", 30, "李欣怡", "打印", "", "待报销", "", ""],
      ]);
    return rt;
  }

  test("the term's fines with the waiver's 收支 row and reason; what the member advanced, owed and paid back", () => {
    const rt = withAccounts();
    const before = snapshot(rt);
    const st = runStatement(context(), "王浩然", "2026-11");
    expect(st.lines[2]).toBe("罚款（截至 2026-11-30）：应缴 ¥5.00 − 已缴 ¥0.00 − 减免 ¥5.00 = 尚欠 ¥0.00");
    expect(st.lines[3]).toBe("报销：部门尚欠你垫付的 ¥88.80（1 笔）；本月已还你 ¥120.00");
    expect(st.blocks[4].rows).toEqual([
      ["", "2026-11-04", "例会：迟到", "¥5.00", "", "", ""],
      ["2", "2026-11-05", "罚款减免 · 11-04 迟到", "", "", "¥5.00", "地铁停运，部长同意"],
    ]);
    expect(st.blocks[5].rows).toEqual([["3", "2026-11-06", "迎新晚会", "气球", "¥88.80", "小票照片"]]);
    expect(st.blocks[6].rows).toEqual([["4", "2026-10-20", "", "号码布", "¥120.00", "发票", "2026-11-03"]]);
    expect(snapshot(rt)).toEqual(before);
  });

  test("without a 收支 tab: no fines paid, nothing advanced", () => {
    department();
    const st = runStatement(context(), "王浩然", "2026-11", "en");
    expect(st.lines[2]).toBe("Fines (to 2026-11-30): penalties ¥5.00 − paid ¥0.00 − waived ¥0.00 = still owed ¥5.00");
    expect(st.blocks[5].rows).toEqual([]);
  });

  test("a 收支 tab that cannot be read (its 金额 header renamed) is refused, not shown as nothing paid", () => {
    const rt = withAccounts();
    rt.book.getSheetByName("收支")!.getRange(1, 4).setValue("钱");
    expect(() => runStatement(context(), "王浩然", "2026-11")).toThrow("“收支”表缺少必需的列“金额”（或 “Amount”，表头行 A1），所以无法读取");
  });
});

describe("memberStatement (without dialogs)", () => {
  test("the name is trimmed; an empty one is an invalid request", () => {
    department();
    expect(memberStatement({ name: " 李欣怡 ", month: "2026-11" }).title).toContain("李欣怡");
    expect(() => memberStatement({ name: "", month: "2026-11" })).toThrow(/请求无效：name/);
  });
});
