import { exportHandover, runHandover } from "../../src/app/handover";
import { context } from "../../src/sheets/workbook";
import { d, logLines, sheetWith, snapshot, tabNames, today, values } from "../support/apps-script";

function department(extra: { name: string; rows: unknown[][] }[] = []) {
  today("2026-12-20");
  return sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"]] },
    {
      name: "赞助商",
      rows: [
        ["赞助商", "负责人"],
        ["博文书店", "王浩然"],
        ["老王餐馆", ""],
      ],
    },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "经办人", "现金", "状态"],
        [d("2026-10-02"), "博文书店", "王浩然", 1000, "已到账"],
        [d("2026-11-02"), "老王餐馆", "王浩然", 500, "意向"],
      ],
    },
    ...(extra as never[]),
  ]);
}

describe("runHandover", () => {
  test("writes one new tab for the year and logs it; every other tab stays as it was", () => {
    const rt = department();
    const before = snapshot(rt);
    expect(runHandover(context(), "2026")).toEqual({ tab: "交接 2026", beside: null, notice: "", sponsors: 2, pledges: 1, deliverables: 0, unpaidMembers: 1 });
    expect(snapshot(rt).filter((t) => before.some((b) => b.name === t.name))).toEqual(before);
    expect(tabNames(rt)).toEqual(["成员", "赞助商", "赞助记录", "交接 2026", "日志"]);
    expect(logLines(rt)).toEqual([["officer@example.edu", "导出交接", "交接 2026", `1-${values(rt, "交接 2026").length}`]]);
  });

  test("a 交接 2026 the add-on did not make is never touched: the new one goes beside it, and the answer says so", () => {
    const rt = department([{ name: "交接 2026", rows: [["我们自己的交接表"]] }]);
    expect(runHandover(context(), "2026")).toMatchObject({
      tab: "交接 2026 (2)",
      beside: "交接 2026",
      notice: "已有一个不是本插件生成的“交接 2026”工作表，它保持原样；新内容写在“交接 2026 (2)”中",
    });
    expect(values(rt, "交接 2026")).toEqual([["我们自己的交接表"]]);
  });

  test("a ledger that cannot be read (its 赞助商 header renamed) is refused, and no tab is written", () => {
    const rt = department();
    rt.book.getSheetByName("赞助记录")!.getRange(1, 2).setValue("商户名称");
    expect(() => runHandover(context(), "2026")).toThrow(
      "“赞助记录”表缺少必需的列“赞助商”（或 “Sponsor”，表头行 A1），所以无法读取：请在表头行添加，或运行“初始化表格”",
    );
    expect(tabNames(rt)).toEqual(["成员", "赞助商", "赞助记录"]);
  });

  test("without a ledger it is refused", () => {
    today("2026-12-20");
    sheetWith([{ name: "成员", rows: [["姓名"]] }]);
    expect(() => runHandover(context(), "2026")).toThrow("找不到“赞助记录”工作表：请运行“初始化表格”或把工作表改回这个名字");
  });
});

describe("exportHandover (without dialogs)", () => {
  test("an English hand-over on request; a year that is not four digits is an invalid request", () => {
    department();
    expect(exportHandover({ year: "2026", lang: "en" }).tab).toBe("Hand-over 2026");
    expect(() => exportHandover({ year: "26" })).toThrow(/请求无效：year/);
  });
});
