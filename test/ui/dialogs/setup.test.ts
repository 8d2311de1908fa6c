import { newWorkbook } from "../../../src/local/runtime";
import { menuSetup } from "../../../src/ui/dialogs/setup";
import { session } from "../../support/apps-script";

describe("menuSetup", () => {
  test("sets up and lists what it changed in an alert; the second time, that nothing needed changing", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    menuSetup();
    const [first] = rt.ui.shown("alert");
    expect(first.title).toBe("初始化完成");
    expect(first.message!.split("\n")[0]).toBe("• 新建工作表: 成员");
    menuSetup();
    expect(rt.ui.shown("alert")[1]).toMatchObject({ title: "初始化完成", message: "表格已是最新，无需更改。" });
  });

  test("while someone else holds the lock: the error alert, and nothing made", () => {
    const rt = session(newWorkbook({ locale: "en_US" }));
    rt.locks.holdDocumentLockElsewhere(true);
    menuSetup();
    expect(rt.ui.log).toEqual([
      expect.objectContaining({
        kind: "alert",
        title: "Something went wrong",
        message: "Someone else is changing the sheet right now (a report or a save is running). Please try again in a moment",
      }),
    ]);
    expect(rt.book.getSheets()).toHaveLength(1);
  });
});
