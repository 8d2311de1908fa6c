import { closedToMe, isProtectedEdit, protectedEditError, requireEditable } from "../../src/sheets/edit-rights";
import { context } from "../../src/sheets/workbook";
import { session, sheetWith, tab } from "../support/apps-script";

const tabs = () => [
  { name: "赞助记录", rows: [["日期", "赞助商"]] },
  { name: "设置", rows: [["项目", "值"]] },
  { name: "日志", rows: [["时间", "用户"]] },
];

/** The head's book with `name` restricted to the head, and a member's session on it. */
function restricted(...names: string[]) {
  const head = sheetWith(tabs(), {}, { user: "head@example.edu" });
  for (const n of names) head.book.getSheetByName(n)!.protect().setDomainEdit(false);
  return session(head.book, { user: "member@example.edu" });
}

describe("closedToMe", () => {
  test("a tab restricted to the head is closed to a member, not to the head", () => {
    const head = sheetWith(tabs(), {}, { user: "head@example.edu" });
    head.book.getSheetByName("设置")!.protect().setDomainEdit(false);
    expect(closedToMe(tab("设置"))).toBe(false);
    session(head.book, { user: "member@example.edu" });
    expect(closedToMe(tab("设置"))).toBe(true);
    expect(closedToMe(tab("赞助记录"))).toBe(false);
  });

  test("a warning-only protection closes nothing", () => {
    const head = sheetWith(tabs(), {}, { user: "head@example.edu" });
    head.book.getSheetByName("设置")!.protect().setWarningOnly(true);
    session(head.book, { user: "member@example.edu" });
    expect(closedToMe(tab("设置"))).toBe(false);
  });
});

describe("requireEditable", () => {
  test("Settings closed to the member: the sentence says only its editors (the head) may change it", () => {
    restricted("设置");
    expect(() => requireEditable(context(), [tab("设置")])).toThrow(
      "“设置”表受保护，只有它的编辑者（部长）可以修改设置。未做任何修改：请部长来改，或请部长把你加为该表的编辑者",
    );
  });

  test("another tab closed to the member is named, in English on an English sheet", () => {
    const head = sheetWith([{ name: "Sponsorships", rows: [["Date", "Sponsor"]] }], { locale: "en_US" }, { user: "head@example.edu" });
    head.book.getSheetByName("Sponsorships")!.protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    expect(() => requireEditable(context(), [tab("Sponsorships")])).toThrow(
      'The "Sponsorships" tab is protected and your Google account is not one of its editors. Nothing was changed',
    );
  });

  test("the Log every write leaves a line in counts too, even when the action does not name it", () => {
    restricted("日志");
    expect(() => requireEditable(context(), [tab("赞助记录")])).toThrow(/“日志”表受保护/);
  });

  test("tabs open to the member pass, and so do missing ones", () => {
    restricted("设置");
    expect(() => requireEditable(context(), [tab("赞助记录"), null, undefined])).not.toThrow();
  });
});

describe("Sheets' refusal", () => {
  test("is recognised by its English text", () => {
    expect(isProtectedEdit(new Error("You are trying to edit a protected cell or object. Please contact the spreadsheet owner…"))).toBe(true);
    expect(isProtectedEdit(new Error("Range not found"))).toBe(false);
    expect(isProtectedEdit("x")).toBe(false);
  });

  test("a protected range inside a tab is named as protected cells", () => {
    const head = sheetWith(tabs(), {}, { user: "head@example.edu" });
    head.book.getSheetByName("赞助记录")!.getRange(1, 1, 1, 1).protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    expect(protectedEditError(context()).message).toContain("表格中有你的 Google 帐号不能编辑的受保护单元格（赞助记录）");
  });

  test("with no protected range, the one tab closed to the member is named", () => {
    restricted("赞助记录");
    expect(protectedEditError(context()).message).toContain("“赞助记录”表受保护，你的 Google 帐号不是它的编辑者");
  });
});
