/** Apps Script's enums: each member is its name, so a host may pass the name for the member. */
import { AuthMode, ButtonSet, ChartType, ProtectionType } from "../../../src/local/runtime/enums";
import { script } from "./fixtures/script";

test("a member is its own name, so String(member) and a host's string compare equal to it", () => {
  expect(String(AuthMode.NONE)).toBe("NONE");
  expect(ProtectionType.SHEET).toBe("SHEET");
  expect(Object.keys(ButtonSet)).toEqual(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
  expect(Object.entries(ChartType).every(([k, v]) => k === v)).toBe(true);
});

test("a script cannot change an enum: Apps Script's members are constants", () => {
  const { fn } = script(`function tamper() { ScriptApp.AuthMode.NONE = 'FULL'; return ScriptApp.AuthMode.NONE; }`);
  expect(fn.tamper()).toBe("NONE");
  expect(Object.isFrozen(AuthMode)).toBe(true);
});

test("an event's authMode as a host passes it equals the script's ScriptApp.AuthMode member", () => {
  const { fn } = script(`function isNone(e) { return e.authMode === ScriptApp.AuthMode.NONE; }`);
  expect(fn.isNone({ authMode: "NONE" })).toBe(true);
  expect(fn.isNone({ authMode: "LIMITED" })).toBe(false);
});
