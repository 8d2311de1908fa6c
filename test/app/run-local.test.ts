import { runLocal_ } from "../../src/app/run-local";
import { newWorkbook } from "../../src/local/runtime";
import { d, session, sheetWith, tabNames, today } from "../support/apps-script";

describe("runLocal_", () => {
  test("runs an action by its name with its options and answers its plain data", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    const setup = runLocal_("setupSheets") as { summary: string };
    expect(setup.summary).toMatch(/^• 新建工作表: 成员/);
    expect(tabNames(rt)).toContain("赞助记录");
  });

  test("passes the options through", () => {
    today("2026-11-23");
    sheetWith([
      { name: "成员", rows: [["姓名"], ["王浩然"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "经办人", "现金"],
          [d("2026-11-02"), "博文书店", "王浩然", "两千"],
        ],
      },
    ]);
    const problems = runLocal_("checkData", { mark: false, lang: "en" }) as { sheet: string; cell: string; message: string }[];
    expect(problems.find((p) => p.cell === "D2")).toEqual({
      sheet: "赞助记录",
      cell: "D2",
      message: '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)',
    });
  });

  test("an action it does not know is an invalid request naming it", () => {
    session(newWorkbook());
    expect(() => runLocal_("deleteEverything")).toThrow('请求无效：no action "deleteEverything"');
  });
});
