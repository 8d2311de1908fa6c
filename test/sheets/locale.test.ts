import { newWorkbook } from "../../src/local/runtime";
import { mayReadSheet, sheetLang, sheetLangOrNull } from "../../src/sheets/locale";
import { session } from "../support/apps-script";

describe("the sheet's language", () => {
  test("zh for a Chinese sheet, en for any other locale", () => {
    session(newWorkbook({ locale: "zh_TW" }));
    expect(sheetLang()).toBe("zh");
    session(newWorkbook({ locale: "de_DE" }));
    expect(sheetLang()).toBe("en");
  });

  test("unknown outside Apps Script, where the department's first language is used", () => {
    expect(sheetLangOrNull()).toBeNull();
    expect(sheetLang()).toBe("zh");
  });

  test("unknown before the add-on is authorised (AuthMode.NONE), without failing", () => {
    session(newWorkbook({ locale: "en_US" }), { authMode: "NONE" });
    expect(sheetLangOrNull()).toBeNull();
  });
});

describe("mayReadSheet", () => {
  test("a simple onOpen in AuthMode.NONE may not read the sheet; FULL, LIMITED and no event may", () => {
    session(newWorkbook());
    expect(mayReadSheet({ authMode: ScriptApp.AuthMode.NONE })).toBe(false);
    expect(mayReadSheet({ authMode: ScriptApp.AuthMode.FULL })).toBe(true);
    expect(mayReadSheet({ authMode: ScriptApp.AuthMode.LIMITED })).toBe(true);
    expect(mayReadSheet()).toBe(true);
  });
});
