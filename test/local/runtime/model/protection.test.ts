/** Protections and who may edit under them (Protection.canEdit() for the account whose script runs). */
import { setActingAccount } from "../../../../src/local/runtime/model/protection";
import type { LocalSpreadsheet } from "../../../../src/local/runtime/model/spreadsheet";
import { newWorkbook } from "../../../../src/local/runtime/workbook";

function book(owner = "owner@school.edu"): LocalSpreadsheet {
  const b = newWorkbook();
  b.owner = owner;
  return b;
}
const emails = (users: { getEmail(): string }[]) => users.map((u) => u.getEmail());

test("a sheet has one sheet protection: protect() again returns it", () => {
  const s = book().getSheets()[0];
  const p = s.protect();
  expect(s.protect()).toBe(p);
  expect([p.type, p.range]).toEqual(["SHEET", { row: 1, column: 1, numRows: 1000, numColumns: 26 }]);
});

test("until its editors or domain setting change, a protection mirrors the spreadsheet: everyone may edit", () => {
  const b = book();
  const p = b.getSheets()[0].protect();
  setActingAccount(b, "member@school.edu");
  expect(p.canEdit()).toBe(true);
  p.setDescription("公式区");
  expect(p.canEdit()).toBe(true);
});

test("restricted: the owner and the listed editors may edit; with domain edit on, the owner's Workspace domain too", () => {
  const b = book();
  const p = b.getSheets()[0].getRange("A1").protect();
  p.addEditor("head@gmail.com");
  const can = (who: string) => {
    setActingAccount(b, who);
    return p.canEdit();
  };
  expect([can("owner@school.edu"), can("head@gmail.com"), can("member@school.edu"), can("stranger@gmail.com")]).toEqual([true, true, true, false]);
  p.setDomainEdit(false);
  expect([can("owner@school.edu"), can("head@gmail.com"), can("member@school.edu")]).toEqual([true, true, false]);
});

test("a consumer account's 'domain' covers nobody: gmail.com is not a Workspace domain", () => {
  const b = book("owner@gmail.com");
  const p = b.getSheets()[0].protect().removeEditors([]);
  setActingAccount(b, "anyone@gmail.com");
  expect(p.canEdit()).toBe(false);
});

test("a warning-only protection lets everyone edit; turned off without naming editors it mirrors the spreadsheet again", () => {
  const b = book();
  const p = b.getSheets()[0].protect().setDomainEdit(false);
  setActingAccount(b, "member@gmail.com");
  expect(p.canEdit()).toBe(false);
  p.setWarningOnly(true);
  expect([p.isWarningOnly(), p.canEdit()]).toEqual([true, true]);
  p.setWarningOnly(false);
  expect([p.isWarningOnly(), p.canEdit()]).toEqual([false, true]);
});

test("the spreadsheet's owner is always an editor: removing everyone leaves the owner", () => {
  const b = book();
  const p = b.getSheets()[0].protect();
  p.addEditor("head@gmail.com").addEditor("head@gmail.com");
  expect(emails(p.getEditors())).toEqual(["owner@school.edu", "head@gmail.com"]);
  p.removeEditors(p.getEditors());
  expect(emails(p.getEditors())).toEqual(["owner@school.edu"]);
  p.addEditor("owner@school.edu");
  expect(emails(p.getEditors())).toEqual(["owner@school.edu"]);
});

test("editors are named by e-mail or by User", () => {
  const b = book();
  const p = b.getSheets()[0].protect();
  p.addEditor("a@gmail.com").addEditor("b@gmail.com");
  p.removeEditor(p.getEditors()[1]);
  expect(emails(p.getEditors())).toEqual(["owner@school.edu", "b@gmail.com"]);
});

test("no protection here has unprotected ranges", () => {
  expect(book().getSheets()[0].protect().getUnprotectedRanges()).toEqual([]);
});
