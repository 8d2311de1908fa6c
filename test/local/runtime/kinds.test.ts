/** Which objects the runtime hands to scripts as Apps Script objects, and how they name themselves. */
import { kindOf, service, tag, unwrap } from "../../../src/local/runtime/kinds";
import { LocalRange } from "../../../src/local/runtime/model/range";
import { newWorkbook } from "../../../src/local/runtime/workbook";
import { script } from "./fixtures/script";

test("a tagged class's instances and a service know their kind and print it, as String(range) prints 'Range' in Apps Script", () => {
  class Thing {}
  tag(Thing, "Lock");
  const svc = service("Utilities", { sleep: () => undefined });
  expect([kindOf(new Thing()), String(new Thing())]).toEqual(["Lock", "Lock"]);
  expect([kindOf(svc), String(svc)]).toEqual(["Utilities", "Utilities"]);
  expect(Object.keys(svc)).toEqual(["sleep"]);
  expect([kindOf({}), kindOf(null), kindOf("Range")]).toEqual([undefined, undefined, undefined]);
});

test("unwrap gives host code the model object behind a script's proxy, and leaves anything else alone", () => {
  const { fn } = script(`function cell() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B2'); }`);
  const proxy = fn.cell();
  const range = unwrap(proxy);
  expect(range).toBeInstanceOf(LocalRange);
  expect(range).not.toBe(proxy);
  expect([range.row, range.column]).toEqual([2, 2]);
  const plain = newWorkbook();
  expect(unwrap(plain)).toBe(plain);
  expect(unwrap(5)).toBe(5);
});
