import { generateMonthlyReport, runReport } from "../../src/app/generate-report";
import { context } from "../../src/sheets/workbook";
import { d, logLines, sheetWith, tabNames, today, values } from "../support/apps-script";

function department(reportLang = "zh", extra: { name: string; rows: unknown[][] }[] = []) {
  today("2026-11-23");
  return sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"]] },
    {
      name: "赞助记录",
      rows: [
        ["日期", "赞助商", "经办人", "现金", "状态"],
        [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账"],
      ],
    },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["报告语言", reportLang],
      ],
    },
    ...(extra as never[]),
  ]);
}

describe("runReport", () => {
  test("writes the month's tab, logs it and answers the report's numbers", () => {
    const rt = department();
    const run = runReport(context(), "2026-11");
    expect(run).toMatchObject({ tab: "月报 2026-11", lang: "zh", beside: null, notice: "" });
    expect(run.report.totals).toMatchObject({ cashReceived: 1000, commission: 150 });
    const rows = values(rt, "月报 2026-11").length;
    expect(logLines(rt)).toEqual([["officer@example.edu", "生成月报", "月报 2026-11", `1-${rows}`]]);
  });

  test("the report's language follows Settings' 报告语言", () => {
    const rt = department("en");
    expect(runReport(context(), "2026-11").tab).toBe("Report 2026-11");
    expect(tabNames(rt)).toContain("Report 2026-11");
  });

  test("the month defaults to the previous one before the 26th", () => {
    department();
    expect(runReport(context()).tab).toBe("月报 2026-10");
  });

  test("beside a tab of that name the add-on did not make, and says so", () => {
    department("zh", [{ name: "月报 2026-11", rows: [["自己的"]] }]);
    expect(runReport(context(), "2026-11")).toMatchObject({
      tab: "月报 2026-11 (2)",
      beside: "月报 2026-11",
      notice: "已有一个不是本插件生成的“月报 2026-11”工作表，它保持原样；新内容写在“月报 2026-11 (2)”中",
    });
  });

  test("a second officer pressing it meanwhile is told it is already running; no second tab", () => {
    const rt = department();
    rt.locks.holdDocumentLockElsewhere(true);
    expect(() => runReport(context(), "2026-11")).toThrow("月报正在由另一位成员生成，请稍候片刻再查看");
    expect(tabNames(rt)).toEqual(["成员", "赞助记录", "设置"]);
  });

  test("without a ledger there is nothing to report: the names looked for are given", () => {
    today("2026-11-23");
    sheetWith([{ name: "成员", rows: [["姓名"]] }]);
    expect(() => runReport(context(), "2026-11")).toThrow("找不到“赞助记录”工作表（查找了：赞助记录, Sponsorships, 赞助, 赞助明细, Ledger），无法生成月报");
  });
});

describe("generateMonthlyReport (without dialogs)", () => {
  test("month and language as options; a bad month is an invalid request", () => {
    department();
    expect(generateMonthlyReport({ month: "2026-11", lang: "en" }).tab).toBe("Report 2026-11");
    expect(() => generateMonthlyReport({ month: "2026-13" })).toThrow(/请求无效：month/);
  });
});
