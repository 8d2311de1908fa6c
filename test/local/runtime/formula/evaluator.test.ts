/** Operators, array literals and how a range is read where one value is expected, as Sheets evaluates them. */
import { cellValue, formula } from "../fixtures/formula";

test("arithmetic, comparison and & with Sheets' precedence", () => {
  expect([cellValue("=1+2*3^2"), cellValue("=-2^2"), cellValue("=2^3^2"), cellValue("=50%*10"), cellValue("=(1+2)*3")]).toEqual([19, 4, 64, 5, 9]);
  expect([cellValue('="a"&1&TRUE'), cellValue('=0.1+0.2&""'), cellValue('="ABC"="abc"'), cellValue("=2>=3"), cellValue('=1<"a"')]).toEqual([
    "a1TRUE",
    "0.3",
    true,
    false,
    true,
  ]);
});

test("an empty cell is 0 in arithmetic and '' in text", () => {
  expect([cellValue("=A1+1", [[""]]), cellValue('=A1&"x"', [[""]]), cellValue('=A1=""', [[""]]), cellValue("=A1=0", [[""]])]).toEqual([1, "x", true, true]);
});

test("errors carry Sheets' messages, and the first error met is the answer", () => {
  expect(formula("=1/0")).toMatchObject({ value: "#DIV/0!", message: "Function DIVIDE parameter 2 cannot be zero." });
  expect(formula("=A1*2", [["text"]]).message).toBe(
    "Function MULTIPLY parameter 1 expects number values. But 'text' is a text and cannot be coerced to a number.",
  );
  expect(formula('=-"x"').message).toBe("Function UMINUS parameter 1 expects number values. But 'x' is a text and cannot be coerced to a number.");
  expect(formula("=(-1)^0.5")).toMatchObject({ value: "#NUM!", message: "Function POW produces a result that is not a number." });
  expect(cellValue("=1/0&A1*2", [["text"]])).toBe("#DIV/0!");
});

test("array literals: rows of equal width, spilled below and to the right; ragged rows are #VALUE!", () => {
  const { sheet } = formula('={1,"a";2,"b"}', [], "B2");
  expect(sheet.getRange("B2:C3").getValues()).toEqual([
    [1, "a"],
    [2, "b"],
  ]);
  expect(formula("={1,2;3}")).toMatchObject({ value: "#VALUE!", message: "In ARRAY_LITERAL, an Array Literal was missing values for one or more rows." });
  expect(formula("={1,2}*{1;2}", [], "A5").sheet.getRange("A5:B6").getValues()).toEqual([
    [1, 2],
    [2, 4],
  ]);
  expect(formula("={1,2,3}+{1,2}").message).toBe("Array arguments are of different size.");
});

test("outside ARRAYFORMULA a range is read at the formula's own row or column, or is #VALUE!", () => {
  const rows = [[1], [2], [3]];
  expect(cellValue("=A1:A3*10", rows, "B2")).toBe(20);
  expect(formula("=A1:A3*10", rows, "C9")).toMatchObject({ value: "#VALUE!", message: "An array value could not be found." });
  expect(cellValue('=A1:C1&""', [[1, 2, 3]], "B5")).toBe("2");
  expect(cellValue("=A2", rows, "B1")).toBe(2);
});

test("a function this runtime does not know leaves the cell without a value", () => {
  expect(formula("=VLOOKUP(1,A1:B2,2,FALSE)")).toMatchObject({ value: "", message: "" });
});
