/** How Sheets turns one kind of value into another inside a formula, and orders values. */
import { compare, numberText, toBool, toNumber, toText } from "../../../../src/local/runtime/formula/coerce";
import { FormulaError } from "../../../../src/local/runtime/formula/errors";
import { CellError } from "../../../../src/local/runtime/values";

test("numbers: an empty cell is 0, TRUE is 1, numeric text counts; other text is #VALUE! naming the function and parameter", () => {
  expect([toNumber(null, "ADD", 1), toNumber(true, "ADD", 1), toNumber(" 1.5e2 ", "ADD", 1), toNumber("", "ADD", 1), toNumber("-.5", "ADD", 1)]).toEqual([
    0, 1, 150, 0, -0.5,
  ]);
  const e = toNumber("两千", "MULTIPLY", 2) as FormulaError;
  expect([e.code, e.message]).toEqual([
    "#VALUE!",
    "Function MULTIPLY parameter 2 expects number values. But '两千' is a text and cannot be coerced to a number.",
  ]);
  expect(toNumber("1,000", "ADD", 1)).toBeInstanceOf(FormulaError);
  expect(toNumber(`${"0".repeat(500)}1`, "ADD", 1)).toBeInstanceOf(FormulaError);
});

test("an error passes through every coercion unchanged", () => {
  const na = new CellError("#N/A");
  expect([toNumber(na, "ADD", 1), toText(na), toBool(na, "IF", 1)]).toEqual([na, na, na]);
});

test("text: numbers in the automatic format (15 significant digits, no float noise), booleans as TRUE/FALSE, empty as ''", () => {
  expect([toText(0.1 + 0.2), toText(12.5), toText(1e21), toText(true), toText(null)]).toEqual(["0.3", "12.5", "1e+21", "TRUE", ""]);
  expect(numberText(1 / 3)).toBe("0.333333333333333");
});

test("booleans: 0 and empty are FALSE; 'true' in any case is TRUE; other text is #VALUE!", () => {
  expect([toBool(0, "IF", 1), toBool(2, "IF", 1), toBool(null, "IF", 1), toBool(" true ", "IF", 1), toBool("", "IF", 1)]).toEqual([
    false,
    true,
    false,
    true,
    false,
  ]);
  const e = toBool("yes", "IF", 1) as FormulaError;
  expect(e.message).toBe("Function IF parameter 1 expects boolean values. But 'yes' is a text and cannot be coerced to a boolean.");
});

test("comparison: numbers before text before booleans; text without case; an empty cell is 0, '' or FALSE as its partner needs", () => {
  expect([compare(99, "a"), compare("z", true), compare("ABC", "abc"), compare("a", "b")]).toEqual([-1, -1, 0, -1]);
  expect([compare(null, 0), compare(null, ""), compare(null, false), compare(null, -1)]).toEqual([0, 0, 0, 1]);
});
