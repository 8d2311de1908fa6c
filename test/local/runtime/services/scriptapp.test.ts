/** ScriptApp.getAuthorizationInfo as a script sees it: what the manifest asks for against what the user granted. */
import { createRuntime, loadBundle, type RuntimeOptions } from "../../../../src/local/runtime/runtime";
import { newWorkbook } from "../../../../src/local/runtime/workbook";

const EMAIL = "https://www.googleapis.com/auth/userinfo.email";
const SHEET = "https://www.googleapis.com/auth/spreadsheets.currentonly";
const code = `
  function info(scopes) {
    var i = scopes ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes) : ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    var listed = i.getAuthorizedScopes();
    return { status: String(i.getAuthorizationStatus()), url: i.getAuthorizationUrl(), scopes: listed, isArray: Array.isArray(listed) };
  }
  function limited() { return String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED, ${JSON.stringify([EMAIL])}).getAuthorizationStatus()); }
  function wrong() { return ScriptApp.getAuthorizationInfo('FULLY'); }
`;
const load = (o: RuntimeOptions) => loadBundle(code, createRuntime(newWorkbook(), o));

describe("ScriptApp.getAuthorizationInfo", () => {
  test("by default every scope the manifest asks for is granted", () => {
    const ctx = load({ oauthScopes: [SHEET, EMAIL] });
    expect(ctx.info()).toEqual({ status: "NOT_REQUIRED", url: null, scopes: [SHEET, EMAIL], isArray: true });
    expect(ctx.info([EMAIL]).scopes).toEqual([EMAIL]);
  });

  test("a scope the user unticked makes FULL authorisation REQUIRED, with a URL, and is left out of the granted list", () => {
    const ctx = load({ oauthScopes: [SHEET, EMAIL], grantedScopes: [SHEET] });
    expect(ctx.info()).toMatchObject({ status: "REQUIRED", scopes: [SHEET] });
    expect(ctx.info().url).toMatch(/^https:\/\/script\.google\.com\/macros\/d\/.+\/authorize$/);
    expect(ctx.info([SHEET, EMAIL]).scopes).toEqual([SHEET]);
    expect(ctx.info([SHEET]).status).toBe("NOT_REQUIRED");
  });

  test("no mode but FULL asks the user for anything", () => {
    expect(load({ oauthScopes: [EMAIL], grantedScopes: [] }).limited()).toBe("NOT_REQUIRED");
  });

  test("an argument that is not an AuthMode is refused as Apps Script refuses it", () => {
    expect(() => load({}).wrong()).toThrow("The parameters (String) don't match the method signature for ScriptApp.getAuthorizationInfo.");
  });
});
