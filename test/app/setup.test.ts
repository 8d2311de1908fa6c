import { describeChanges, runSetup, setupSheets } from "../../src/app/setup";
import { newWorkbook } from "../../src/local/runtime";
import { context } from "../../src/sheets/workbook";
import { logLines, session } from "../support/apps-script";

describe("runSetup", () => {
  test("logs each change it made, and nothing on a second run", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    const changes = runSetup(context());
    const lines = logLines(rt);
    expect(lines).toHaveLength(changes.length);
    expect(lines[0]).toEqual(["officer@example.edu", "初始化表格", "成员", ""]);
    expect(runSetup(context())).toEqual([]);
    expect(logLines(rt)).toHaveLength(changes.length);
  });

  test("held lock: the busy sentence, and no tab made", () => {
    const rt = session(newWorkbook());
    rt.locks.holdDocumentLockElsewhere(true);
    expect(() => runSetup(context())).toThrow("另一位成员正在修改表格");
    expect(rt.book.getSheets()).toHaveLength(1);
  });
});

describe("describeChanges", () => {
  test("one line per change in the sheet's language; nothing to change says so", () => {
    expect(
      describeChanges(
        [
          { kind: "tabCreated", sheet: "成员", detail: "" },
          { kind: "columnsAdded", sheet: "赞助记录", detail: "佣金, 备注" },
          { kind: "formulaSkipped", sheet: "赞助记录", detail: "佣金" },
        ],
        "zh",
      ),
    ).toBe("• 新建工作表: 成员\n• 添加列: 赞助记录 (佣金, 备注)\n• 未写入公式（该列已有手填内容）: 赞助记录 (佣金)");
    expect(describeChanges([], "zh")).toBe("表格已是最新，无需更改。");
    expect(describeChanges([{ kind: "protectedSkipped", sheet: "Settings", detail: "Term start" }], "en")).toBe(
      "• Not added (the tab is protected and your Google account is not one of its editors; ask the head to run Set up sheets): Settings (Term start)",
    );
  });
});

describe("setupSheets (without dialogs)", () => {
  test("answers the changes and their summary in the sheet's language", () => {
    session(newWorkbook({ locale: "en_US" }));
    const r = setupSheets();
    expect(r.summary.split("\n")[0]).toBe("• Created tab: Members");
    expect(setupSheets()).toEqual({ changes: [], summary: "The sheet is already set up: nothing to change." });
  });
});
