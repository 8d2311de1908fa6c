import { currentUserEmail, rememberedMember, rememberMember, settingsEdit, userLang, userLocale, userText } from "../../src/sheets/identity";
import { active, session, sheetWith } from "../support/apps-script";

const SETTINGS = { name: "设置", rows: [["项目", "值"]] };

describe("who is at the keyboard", () => {
  test("the email Google shares, or '' when it hides it", () => {
    sheetWith([SETTINGS], {}, { user: "head@example.edu" });
    expect(currentUserEmail()).toBe("head@example.edu");
    sheetWith([SETTINGS], {}, { user: "" });
    expect(currentUserEmail()).toBe("");
  });

  test("outside Apps Script there is no user, and no failure", () => {
    expect(currentUserEmail()).toBe("");
    expect(userLocale()).toBe("");
  });

  test("a hidden email is shown as a sentence, in the reader's language; a shared one as it is", () => {
    expect(userText("", "zh")).toBe("—（Google 未提供用户邮箱）");
    expect(userText("", "en")).toBe("— (Google did not share the user's email)");
    expect(userText("head@example.edu", "zh")).toBe("head@example.edu");
  });
});

describe("the reader's language", () => {
  test("their own Google locale first: English for an en account on a zh sheet", () => {
    sheetWith([SETTINGS], { locale: "zh_CN" }, { userLocale: "en" });
    expect(userLang()).toBe("en");
  });

  test("the sheet's when the account's locale says nothing", () => {
    sheetWith([SETTINGS], { locale: "zh_CN" }, { userLocale: "" });
    expect(userLang()).toBe("zh");
  });
});

describe("the member a user said they are", () => {
  test("is remembered for that user only", () => {
    const first = sheetWith([SETTINGS], {}, { user: "" });
    expect(rememberedMember()).toBeNull();
    rememberMember("王浩然");
    expect(rememberedMember()).toBe("王浩然");
    session(first.book, { user: "" });
    expect(rememberedMember()).toBeNull();
  });
});

describe("settingsEdit: the head's proof without an email", () => {
  test("no Settings tab, or one guarded by a warning only, proves nothing", () => {
    sheetWith([{ name: "成员", rows: [["姓名"]] }]);
    expect(settingsEdit(active())).toBe("open");
    const rt = sheetWith([SETTINGS]);
    rt.book.getSheetByName("设置")!.protect().setWarningOnly(true);
    expect(settingsEdit(active())).toBe("open");
  });

  test("Settings restricted to the head: the head is an editor, a member is not", () => {
    const head = sheetWith([SETTINGS], {}, { user: "head@example.edu" });
    head.book.getSheetByName("设置")!.protect().setDomainEdit(false);
    expect(settingsEdit(active())).toBe("editor");
    session(head.book, { user: "", account: "member@gmail.com" });
    expect(settingsEdit(active())).toBe("notEditor");
  });

  test("a second Settings tab restricted by a member, beside an open one, proves nothing", () => {
    const head = sheetWith([{ name: "Settings", rows: [["Setting", "Value"]] }, SETTINGS], {}, { user: "head@example.edu" });
    session(head.book, { user: "", account: "member@gmail.com" });
    head.book.getSheetByName("Settings")!.protect().addEditor("member@gmail.com").setDomainEdit(false);
    expect(settingsEdit(active())).toBe("open");
  });
});
