import { appendLog, rowList } from "../../src/sheets/log";
import { context } from "../../src/sheets/workbook";
import { active, logLines, sheetWith, tabNames, values } from "../support/apps-script";

const BASE = [{ name: "赞助记录", rows: [["日期", "赞助商"]] }];

describe("appendLog", () => {
  test("one Log line per write, with who did it, the action, the tab and the rows", () => {
    const rt = sheetWith(BASE, {}, { user: "head@example.edu" });
    appendLog(context(), [{ action: "sponsorship", sheet: "赞助记录", rows: "12" }]);
    appendLog(context(), [{ action: "payout", sheet: "赞助记录", rows: "3, 5-7" }]);
    expect(logLines(rt)).toEqual([
      ["head@example.edu", "登记赞助", "赞助记录", "12"],
      ["head@example.edu", "发放佣金", "赞助记录", "3, 5-7"],
    ]);
  });

  test("the first line creates 日志 with its header, at the end, and the member stays on their tab", () => {
    const rt = sheetWith(BASE);
    appendLog(context(), [{ action: "setup", sheet: "赞助记录", rows: "" }]);
    expect(tabNames(rt)).toEqual(["赞助记录", "日志"]);
    expect(values(rt, "日志")[0]).toEqual(["时间", "用户", "操作", "工作表", "行"]);
    expect(active().getActiveSheet().getName()).toBe("赞助记录");
  });

  test("the time is a date-time cell of when the action ran", () => {
    const rt = sheetWith(BASE);
    const ctx = context();
    appendLog(ctx, [{ action: "check", sheet: "赞助记录", rows: "2 处批注" }]);
    const time = values(rt, "日志")[1][0] as Date;
    expect(time.getTime()).toBe(ctx.now.getTime());
  });

  test("when Google hides the email the user cell says so, in the sheet's language", () => {
    const zh = sheetWith(BASE, {}, { user: "" });
    appendLog(context(), [{ action: "report", sheet: "月报 2026-11", rows: "1-86" }]);
    expect(logLines(zh)[0][0]).toBe("—（Google 未提供用户邮箱）");

    const en = sheetWith([{ name: "Sponsorships", rows: [["Date", "Sponsor"]] }], { locale: "en_US" }, { user: "" });
    appendLog(context(), [{ action: "report", sheet: "Report 2026-11", rows: "1-86" }]);
    expect(tabNames(en)).toContain("Log");
    expect(logLines(en)[0]).toEqual(["— (Google did not share the user's email)", "Monthly report", "Report 2026-11", "1-86"]);
  });

  test("tab names and row lists that look like numbers or dates stay text", () => {
    const rt = sheetWith(BASE);
    appendLog(context(), [{ action: "checkIn", sheet: "2026-11", rows: "12" }]);
    expect(logLines(rt)[0].slice(2)).toEqual(["2026-11", "12"]);
  });

  test("several entries of one write are one block", () => {
    const rt = sheetWith(BASE);
    appendLog(context(), []);
    expect(tabNames(rt)).toEqual(["赞助记录"]);
    rt.resetStats();
    appendLog(context(), [
      { action: "sponsorship", sheet: "赞助记录", rows: "9" },
      { action: "sponsorAdded", sheet: "赞助商", rows: "31" },
    ]);
    expect(logLines(rt).map((l) => l[1])).toEqual(["登记赞助", "新增赞助商"]);
  });

  test("costs the same Sheets calls with 5 earlier lines as with 3,000", () => {
    const calls = (n: number) => {
      const rows = [["时间", "用户", "操作", "工作表", "行"], ...Array.from({ length: n }, () => [new Date(), "a@b.c", "登记赞助", "赞助记录", "2"])];
      const rt = sheetWith([...BASE, { name: "日志", rows }]);
      rt.book.getSheetByName("日志")!.insertRowsAfter(n + 1, 10);
      rt.resetStats();
      appendLog(context(), [{ action: "sponsorship", sheet: "赞助记录", rows: "9" }]);
      return { ...rt.stats.calls };
    };
    expect(calls(5)).toEqual(calls(3000));
  });
});

describe("rowList", () => {
  test("runs of rows are ranges, in order, each row once", () => {
    expect(rowList([12, 5, 3, 6, 7, 5])).toBe("3, 5-7, 12");
    expect(rowList([])).toBe("");
  });
});
