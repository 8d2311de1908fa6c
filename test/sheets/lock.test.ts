import { withDocumentLock } from "../../src/sheets/lock";
import { context } from "../../src/sheets/workbook";
import { session, sheetWith, tab, values } from "../support/apps-script";

const tabs = () => [
  { name: "赞助记录", rows: [["日期", "赞助商"]] },
  { name: "设置", rows: [["项目", "值"]] },
];

describe("withDocumentLock", () => {
  test("while another member's save holds the lock: the busy sentence, and the work is not done", () => {
    const rt = sheetWith(tabs());
    rt.locks.holdDocumentLockElsewhere(true);
    const work = jest.fn();
    expect(() => withDocumentLock(context(), work)).toThrow("另一位成员正在修改表格（如生成月报或保存记录），请稍后再试");
    expect(work).not.toHaveBeenCalled();
  });

  test("an action may say its own busy sentence (the report's 'already running')", () => {
    const rt = sheetWith(tabs());
    rt.locks.holdDocumentLockElsewhere(true);
    expect(() => withDocumentLock(context(), () => 1, 10, { key: "reportBusy" })).toThrow("月报正在由另一位成员生成，请稍候片刻再查看");
  });

  test("answers what the work answers, holding the lock during it and releasing it afterwards", () => {
    const rt = sheetWith(tabs());
    expect(withDocumentLock(context(), () => rt.locks.isHeld())).toBe(true);
    expect(rt.locks.isHeld()).toBe(false);
  });

  test("releases the lock when the work fails, and the failure reaches the caller unchanged", () => {
    const rt = sheetWith(tabs());
    expect(() =>
      withDocumentLock(context(), () => {
        throw new RangeError("boom");
      }),
    ).toThrow(RangeError);
    expect(rt.locks.isHeld()).toBe(false);
  });

  test("Sheets' English refusal of a protected cell becomes a sentence naming the tab", () => {
    const owner = sheetWith(tabs());
    owner.book.getSheetByName("赞助记录")!.getRange(1, 1, 1, 2).protect().setDomainEdit(false);
    const member = session(owner.book, { user: "member@example.edu" });
    expect(() => withDocumentLock(context(), () => tab("赞助记录").getRange("A1").setValue("x"))).toThrow(
      "表格中有你的 Google 帐号不能编辑的受保护单元格（赞助记录），操作未完成：请有权限的人（如部长）操作，或请部长把你加为编辑者",
    );
    expect(values(member, "赞助记录")[0][0]).toBe("日期");
    expect(member.locks.isHeld()).toBe(false);
  });
});
