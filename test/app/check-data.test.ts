import { checkData, runCheck } from "../../src/app/check-data";
import { context } from "../../src/sheets/workbook";
import { d, logLines, session, sheetWith, snapshot, tab, today } from "../support/apps-script";

function department(user = "head@example.edu") {
  today("2026-11-23");
  return sheetWith(
    [
      { name: "成员", rows: [["姓名"], ["王浩然"]] },
      { name: "赞助商", rows: [["赞助商"], ["博文书店"]] },
      { name: "活动", rows: [["活动"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金"],
          [d("2026-11-02"), "博文书店", "王浩然", "两千"],
        ],
      },
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-11-04")],
          ["王浩然", "迟 到了"],
        ],
      },
      { name: "设置", rows: [["项目", "值"]] },
    ],
    {},
    { user },
  );
}

const values = (rt: ReturnType<typeof department>) => snapshot(rt).map(({ name, values, formulas }) => ({ name, values, formulas }));

describe("runCheck", () => {
  test("lists every problem, marks each cell with a note, logs one line per tab, and changes no value", () => {
    const rt = department();
    const before = values(rt);
    const { problems } = runCheck(context());
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["赞助记录!D2", "考勤!B2"]);
    expect(tab("赞助记录").getRange("D2").getNote()).toContain("无法识别的金额“两千”");
    expect(tab("考勤").getRange("B2").getNote()).toContain("无法识别的考勤状态“迟 到了”");
    expect(values(rt).filter((t) => t.name !== "日志")).toEqual(before);
    expect(logLines(rt)).toEqual([
      ["head@example.edu", "检查数据（批注）", "赞助记录", "1 处批注"],
      ["head@example.edu", "检查数据（批注）", "考勤", "1 处批注"],
    ]);
  });

  test("without marking, nothing at all is written", () => {
    const rt = department();
    const before = snapshot(rt);
    expect(runCheck(context(), false).problems).toHaveLength(2);
    expect(snapshot(rt)).toEqual(before);
  });

  test("a tab closed to the member gets no notes, but its problems are still listed and it is named", () => {
    const head = department();
    head.book.getSheetByName("考勤")!.protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    const check = runCheck(context());
    expect(check.problems).toHaveLength(2);
    expect(check.unnoted).toEqual(["考勤"]);
    expect(tab("考勤").getRange("B2").getNote()).toBe("");
    expect(tab("赞助记录").getRange("D2").getNote()).not.toBe("");
  });

  test("a Log closed to the member: no notes anywhere, since none could be logged; every problem still listed", () => {
    const head = department();
    head.book
      .insertSheet("日志")
      .getRange(1, 1, 1, 2)
      .setValues([["时间", "用户"]]);
    head.book.getSheetByName("日志")!.protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    const check = runCheck(context());
    expect(check.logClosed).toBe("日志");
    expect(check.problems).toHaveLength(2);
    expect(tab("赞助记录").getRange("D2").getNote()).toBe("");
  });
});

describe("checkData", () => {
  test("answers {sheet, cell, message} in the language asked for", () => {
    department();
    expect(checkData({ mark: false, lang: "en" })).toEqual([
      { sheet: "赞助记录", cell: "D2", message: '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)' },
      { sheet: "考勤", cell: "B2", message: expect.stringMatching(/^"迟 到了" is not an attendance code\. Accepted: /) },
    ]);
  });
});
