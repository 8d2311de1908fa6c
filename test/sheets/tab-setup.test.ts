import { newWorkbook } from "../../src/local/runtime";
import { setUpTabs } from "../../src/sheets/tab-setup";
import { context } from "../../src/sheets/workbook";
import { d, formulas, session, sheetWith, snapshot, tab, tabNames, values } from "../support/apps-script";

describe("setUpTabs", () => {
  test("an empty zh workbook gets every tab in Chinese, Settings with defaults", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    const changes = setUpTabs(context());
    expect(tabNames(rt)).toEqual(["工作表1", "成员", "赞助商", "活动", "赞助记录", "考勤", "请假", "赞助回报", "联系记录", "设置", "日志"]);
    expect(changes.filter((c) => c.kind === "tabCreated")).toHaveLength(10);
    expect(
      values(rt, "设置")
        .slice(1, 3)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ["佣金比例", 0.15],
      ["佣金基数", "仅现金"],
    ]);
    expect(tab("赞助记录").getFrozenRows()).toBe(1);
  });

  test("the 请假 tab: its columns, the status dropdown, times to the minute, and the new meeting settings", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    setUpTabs(context());
    expect(values(rt, "请假")[0]).toEqual(["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"]);
    const status = tab("请假").getRange(2, 5).getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual(["待审批", "已批准", "已驳回"]);
    expect(tab("请假").getRange(2, 1).getNumberFormat()).toBe("yyyy-mm-dd hh:mm");
    expect(tab("请假").getRange(2, 3).getNumberFormat()).toBe("yyyy-mm-dd");
    const settings = values(rt, "设置").map((r) => r.slice(0, 2));
    expect(settings).toEqual(
      expect.arrayContaining([
        ["例会开始时间", "19:00"],
        ["迟到宽限（分钟）", 5],
        ["例会时长（分钟）", 90],
        ["请假需审批", "是"],
      ]),
    );
  });

  test("running it twice: the second run reports nothing and changes nothing", () => {
    const rt = session(newWorkbook({ locale: "en_US" }));
    setUpTabs(context());
    const before = snapshot(rt);
    expect(setUpTabs(context())).toEqual([]);
    expect(snapshot(rt)).toEqual(before);
  });

  test("a setting the department typed is never overwritten; only missing ones are added", () => {
    const rt = sheetWith([
      {
        name: "设置",
        rows: [
          ["项目", "值", "说明"],
          ["佣金比例", "10%", "我们的比例"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    const settings = values(rt, "设置");
    expect(settings[1]).toEqual(["佣金比例", 0.1, "我们的比例"]);
    expect(settings.filter((r) => r[0] === "佣金比例")).toHaveLength(1);
    expect(changes.find((c) => c.kind === "settingsAdded")!.detail).toMatch(/^佣金基数, 迟到罚款/);
  });

  test("a missing column is appended at the right; the department's columns stay where they were", () => {
    const rt = sheetWith([
      {
        name: "成员",
        rows: [
          ["我的备注", "姓名"],
          ["组长", "王浩然"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(values(rt, "成员")[0]).toEqual(["我的备注", "姓名", "小组", "职务", "状态", "联系方式", "备注"]);
    expect(values(rt, "成员")[1].slice(0, 2)).toEqual(["组长", "王浩然"]);
    expect(changes).toContainEqual({ kind: "columnsAdded", sheet: "成员", detail: "小组, 职务, 状态, 联系方式, 备注" });
  });

  test("a commission column holding typed amounts keeps them, and no formula is written over them", () => {
    const rt = sheetWith([
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金", "状态", "佣金"],
          [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账", 150],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(values(rt, "赞助记录")[1][5]).toBe(150);
    expect(formulas(rt, "赞助记录")[1][5]).toBe("");
    expect(changes).toContainEqual({ kind: "formulaSkipped", sheet: "赞助记录", detail: "佣金" });
  });

  test("attendance formulas are not written when another column sits between the meetings", () => {
    const rt = sheetWith([
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-11-04"), "备注", d("2026-11-11")],
          ["王浩然", "出席", "", "迟到"],
        ],
      },
    ]);
    const changes = setUpTabs(context());
    expect(changes.filter((c) => c.kind === "formulaBlocked")).toEqual([{ kind: "formulaBlocked", sheet: "考勤", detail: "罚款合计, 警告" }]);
    expect(formulas(rt, "考勤")[1].filter((f) => f !== "")).toEqual([]);
  });

  test("with contiguous meetings it writes the penalty and warning formulas over them", () => {
    const rt = sheetWith([
      {
        name: "考勤",
        rows: [
          ["姓名", "小组", d("2026-11-04"), d("2026-11-11")],
          ["王浩然", "一组", "出席", "迟到"],
        ],
      },
    ]);
    setUpTabs(context());
    const header = values(rt, "考勤")[0];
    const row = formulas(rt, "考勤")[1];
    expect(row[header.indexOf("罚款合计")]).toMatch(/^=MEETING_PENALTY\(C2:D,'设置'!\$B\$\d+,'设置'!\$B\$\d+,'设置'!\$B\$\d+\)$/);
    expect(row[header.indexOf("警告")]).toMatch(/^=MEETING_WARNING\(C2:D,/);
  });

  test("costs the same Sheets calls with 10 ledger rows as with 3,000", () => {
    const calls = (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => [d("2026-11-02"), `商家${i}`, "王浩然", 100, "已到账"]);
      const rt = sheetWith([{ name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金", "状态"], ...rows] }]);
      rt.resetStats();
      setUpTabs(context());
      return { ...rt.stats.calls };
    };
    expect(calls(10)).toEqual(calls(3000));
  });

  test("a tab closed to the member is left as it is, and what was not added there is said", () => {
    const head = sheetWith([{ name: "设置", rows: [["项目", "值", "说明"]] }], {}, { user: "head@example.edu" });
    head.book.getSheetByName("设置")!.protect().setDomainEdit(false);
    const member = session(head.book, { user: "member@example.edu" });
    const changes = setUpTabs(context());
    expect(values(member, "设置")).toEqual([["项目", "值", "说明"]]);
    expect(changes.find((c) => c.kind === "protectedSkipped")).toMatchObject({ sheet: "设置" });
    expect(tabNames(member)).toContain("赞助记录");
  });
});
