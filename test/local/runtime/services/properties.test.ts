/** PropertiesService's user properties: strings only, one store per signed-in user. */
import { newWorkbook } from "../../../../src/local/runtime/workbook";
import { script } from "../fixtures/script";

const code = `
  function save() { var p = PropertiesService.getUserProperties(); return p.setProperty('rate', 0.15).setProperty('on', true) === p; }
  function read(k) { return PropertiesService.getUserProperties().getProperty(k); }`;

test("values are kept as strings, as Apps Script keeps them; setProperty chains; a missing key is null", () => {
  const { fn, rt } = script(code);
  expect(fn.save()).toBe(true);
  expect([fn.read("rate"), fn.read("on"), fn.read("missing")]).toEqual(["0.15", "true", null]);
  expect([...rt.properties.user]).toEqual([
    ["rate", "0.15"],
    ["on", "true"],
  ]);
});

test("each user has their own: another session on the same spreadsheet does not see them", () => {
  const book = newWorkbook();
  script(code, book).fn.save();
  expect(script(code, book, { user: "other@example.edu" }).fn.read("rate")).toBeNull();
});
