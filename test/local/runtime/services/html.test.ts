/** HtmlService: pages from the project's HTML files or from a string, with a title and a size. */
import { newWorkbook } from "../../../../src/local/runtime/workbook";
import { script } from "../fixtures/script";

const code = `
  function fromFile(name) { var o = HtmlService.createHtmlOutputFromFile(name).setTitle('设置').setWidth(760).setHeight(560); return [o.getContent(), o.getTitle()]; }
  function fromText(t) { return HtmlService.createHtmlOutput(t).getContent(); }`;

test("a project file by name, with or without .html; a missing one is Apps Script's error", () => {
  const { fn } = script(code, newWorkbook(), { htmlFiles: { settings: "<p>设置</p>" } });
  expect(fn.fromFile("settings")).toEqual(["<p>设置</p>", "设置"]);
  expect(fn.fromFile("settings.html")[0]).toBe("<p>设置</p>");
  expect(() => fn.fromFile("nope")).toThrow("No HTML file named nope was found.");
});

test("a page from a string is that string; nothing is an empty page", () => {
  const { fn } = script(code);
  expect([fn.fromText("<b>x</b>"), fn.fromText(undefined), fn.fromText(12)]).toEqual(["<b>x</b>", "", "12"]);
});
