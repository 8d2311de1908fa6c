/** The built-in functions the add-on's formulas use, with Sheets' results and error messages. */
import { cellValue, formula } from "../fixtures/formula";

test("a wrong number of arguments is #N/A with Sheets' message", () => {
  expect(formula("=IF(1,2,3,4)")).toMatchObject({
    value: "#N/A",
    message: "Wrong number of arguments to IF. Expected between 2 and 3 arguments, but got 4 arguments.",
  });
  expect(formula("=LOWER()").message).toBe("Wrong number of arguments to LOWER. Expected 1 arguments, but got 0 arguments.");
  expect(formula("=SUM()").value).toBe("#N/A");
});

describe("IF", () => {
  test("picks a branch; without an else it is FALSE; only the branch taken is evaluated", () => {
    expect([cellValue('=IF(1>2,"yes","no")'), cellValue("=IF(FALSE,1)"), cellValue("=IF(TRUE,1,1/0)"), cellValue('=IF("true",1,2)')]).toEqual([
      "no",
      false,
      1,
      1,
    ]);
  });

  test("a condition that is not a boolean is #VALUE!; an error condition is that error", () => {
    expect(formula('=IF("maybe",1,2)').message).toBe(
      "Function IF parameter 1 expects boolean values. But 'maybe' is a text and cannot be coerced to a boolean.",
    );
    expect(cellValue("=IF(1/0,1,2)")).toBe("#DIV/0!");
  });

  test("inside ARRAYFORMULA it applies row by row", () => {
    const { sheet } = formula('=ARRAYFORMULA(IF(A1:A3>1,"big","small"))', [[1], [2], [3]], "B1");
    expect(sheet.getRange("B1:B3").getValues().flat()).toEqual(["small", "big", "big"]);
  });
});

test("IFERROR gives the fallback for any error, and nothing when there is none", () => {
  expect([cellValue("=IFERROR(1/0,7)"), cellValue("=IFERROR(3,7)"), cellValue("=IFERROR(1/0)"), cellValue('=IFERROR(A1*2,"?")', [["x"]])]).toEqual([
    7,
    3,
    "",
    "?",
  ]);
});

describe("SUM", () => {
  test("in a range only numbers count; a number typed as text counts when given directly", () => {
    expect(cellValue("=SUM(A1:A4)", [[1], ["'2"], [true], [4]])).toBe(5);
    expect(cellValue('=SUM("2",3,TRUE)')).toBe(6);
  });

  test("an error anywhere is the answer; text given directly is #VALUE!", () => {
    expect(cellValue("=SUM(A1:A2)", [[1], ["=1/0"]])).toBe("#DIV/0!");
    expect(formula('=SUM(1,"x")').message).toBe("Function SUM parameter 2 expects number values. But 'x' is a text and cannot be coerced to a number.");
  });
});

describe("REGEXMATCH", () => {
  test("matches text against an RE2 pattern", () => {
    expect([cellValue('=REGEXMATCH("已到账","^(received|已到账)$")'), cellValue('=REGEXMATCH("ab","^b")'), cellValue('=REGEXMATCH(A1,"^$")', [[""]])]).toEqual([
      true,
      false,
      true,
    ]);
  });

  test("a number is not text: #VALUE! with Sheets' message", () => {
    expect(formula('=REGEXMATCH(5,"5")').message).toBe(
      "Function REGEXMATCH parameter 1 expects text values. But '5' is a number and cannot be coerced to a text.",
    );
  });

  test("an invalid pattern is #REF! naming it; one that could backtrack for ever leaves the cell without a value", () => {
    expect(formula('=REGEXMATCH("a","(a")')).toMatchObject({
      value: "#REF!",
      message: 'Function REGEXMATCH parameter 2 value "(a" is not a valid regular expression.',
    });
    const started = Date.now();
    expect(cellValue('=REGEXMATCH(A1,"^(a+)+$")', [[`${"a".repeat(40)}!`]])).toBe("");
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

test("LOWER, SUBSTITUTE (every occurrence, or only the n-th) and TO_TEXT", () => {
  expect(cellValue('=LOWER(SUBSTITUTE(" Re ceived"," ",""))')).toBe("received");
  expect(cellValue('=SUBSTITUTE("a-b-c","-","+",2)')).toBe("a-b+c");
  expect(cellValue('=SUBSTITUTE("a-b","-","+",5)')).toBe("a-b");
  expect(cellValue('=SUBSTITUTE("abc","","x")')).toBe("abc");
  expect(cellValue('=TO_TEXT(12.50)&"元"')).toBe("12.5元");
  expect(cellValue("=TO_TEXT(TRUE)")).toBe("TRUE");
});

test("ARRAYFORMULA applies operators to every cell of a range and spills; of one value, that value", () => {
  expect(
    formula("=ARRAYFORMULA(A1:A2*10)", [[1], [2]], "B1")
      .sheet.getRange("B1:B2")
      .getValues(),
  ).toEqual([[10], [20]]);
  expect(
    formula("=ARRAYFORMULA(A1:B1)", [[1, "x"]], "A3")
      .sheet.getRange("A3:B3")
      .getValues(),
  ).toEqual([[1, "x"]]);
  expect(cellValue("=ARRAYFORMULA(5)")).toBe(5);
});
