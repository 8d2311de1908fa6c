/** Session: who is signed in, what the script is told of them, and their locale. */
import { userLocaleOf } from "../../../../src/local/runtime/services/session";
import { newWorkbook } from "../../../../src/local/runtime/workbook";
import { script } from "../fixtures/script";

const code = `function who() {
  return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getActiveUserLocale(), Session.getScriptTimeZone(), Session.getTemporaryActiveUserKey()];
}`;

test("the signed-in user's e-mail, locale and the script's time zone", () => {
  const [active, effective, locale, zone] = script(code, newWorkbook(), {
    user: "部长@example.edu",
    scriptTimeZone: "Europe/Berlin",
    userLocale: "en",
  }).fn.who();
  expect([active, effective, locale, zone]).toEqual(["部长@example.edu", "部长@example.edu", "en", "Europe/Berlin"]);
});

test("by default the user's locale follows the spreadsheet's: zh-CN, or the language alone", () => {
  expect(script(code).fn.who()[2]).toBe("zh-CN");
  expect(script(code, newWorkbook({ locale: "en_GB" })).fn.who()[2]).toBe("en");
  expect([userLocaleOf("zh_TW"), userLocaleOf("de_DE"), userLocaleOf("ja")]).toEqual(["zh-TW", "de", "ja"]);
});

test("when Google hides the e-mail both users are '', yet the temporary key stays unique to the account and the script", () => {
  const book = newWorkbook();
  const hidden = script(code, book, { user: "", account: "head@gmail.com" }).fn.who();
  const again = script(code, book, { user: "", account: "head@gmail.com" }).fn.who();
  const other = script(code, book, { user: "", account: "member@gmail.com" }).fn.who();
  expect(hidden.slice(0, 2)).toEqual(["", ""]);
  expect(hidden[4]).toMatch(/^[\w-]{40,}$/);
  expect(again[4]).toBe(hidden[4]);
  expect(other[4]).not.toBe(hidden[4]);
  expect(script(code, newWorkbook(), { user: "", account: "head@gmail.com" }).fn.who()[4]).not.toBe(hidden[4]);
});
