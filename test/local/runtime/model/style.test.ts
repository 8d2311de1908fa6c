/** Cell styles a script sets, kept in the form Sheets reports them. */
import { normalizeColor, STYLES, writeStyle } from "../../../../src/local/runtime/model/style";

test("colours are lower-case #rrggbb whatever form they were given in; empty resets", () => {
  expect(["#FF9900", "#f90", "Red", " grey ", "rgb(255, 153, 0)"].map(normalizeColor)).toEqual(["#ff9900", "#ff9900", "#ff0000", "#808080", "#ff9900"]);
  expect([normalizeColor(null), normalizeColor(""), normalizeColor(undefined)]).toEqual([undefined, undefined, undefined]);
});

test("font weight is bold or normal: anything but 'bold' is normal", () => {
  const cell = {};
  writeStyle(cell, STYLES.fontWeight, "Bold");
  expect(cell).toEqual({ bold: true });
  writeStyle(cell, STYLES.fontWeight, "heavy");
  expect(cell).toEqual({});
});

test("horizontal alignment is left, center or right; normal and general are the default; anything else is Apps Script's invalid argument", () => {
  const cell = {};
  writeStyle(cell, STYLES.horizontalAlignment, "RIGHT");
  expect(cell).toEqual({ hAlign: "right" });
  writeStyle(cell, STYLES.horizontalAlignment, "general");
  expect(cell).toEqual({});
  expect(() => writeStyle(cell, STYLES.horizontalAlignment, "justify")).toThrow("Invalid argument: justify");
});
