/** Formula text → tree, with Sheets' precedence, in the en_US syntax whatever the spreadsheet's locale. */

import { parseFormula } from "../../../../src/local/runtime/formula/parser";
import { ParseFailure } from "../../../../src/local/runtime/formula/tokenizer";
import { createRuntime } from "../../../../src/local/runtime/runtime";
import { workbookFromTabs } from "../../../../src/local/runtime/workbook";

/** The tree as a short expression, to compare shapes. */
function shape(formula: string): string {
  const show = (n: ReturnType<typeof parseFormula>): string => {
    switch (n.t) {
      case "num":
      case "str":
      case "bool":
        return JSON.stringify(n.v);
      case "empty":
        return "_";
      case "ref":
        return `${n.sheet ? `${n.sheet}!` : ""}R${n.row1 ?? ""}C${n.col1}:R${n.row2 ?? ""}C${n.col2}`;
      case "array":
        return `{${n.rows.map((r) => r.map(show).join(",")).join(";")}}`;
      case "call":
        return `${n.name}(${n.args.map(show).join(",")})`;
      case "neg":
        return `-(${show(n.arg)})`;
      case "pct":
        return `%(${show(n.arg)})`;
      case "bin":
        return `(${show(n.left)}${n.op}${show(n.right)})`;
    }
  };
  return show(parseFormula(formula));
}

test("precedence as in Sheets: unary minus before ^, then %, * /, + -, &, comparisons", () => {
  expect(shape("=-2^2")).toBe("(-(2)^2)");
  expect(shape("=1+2*3^2")).toBe("(1+(2*(3^2)))");
  expect(shape("=50%*10")).toBe("(%(50)*10)");
  expect(shape('="a"&1+2=3')).toBe('(("a"&(1+2))=3)');
  expect(shape("=2^3^2")).toBe("((2^3)^2)");
});

test("references: cells, blocks, whole columns, a column from a row down, on another tab; booleans are not references", () => {
  expect(shape("=B2")).toBe("R2C2:R2C2");
  expect(shape("=$A$1:c3")).toBe("R1C1:R3C3");
  expect(shape("=A:B")).toBe("RC1:RC2");
  expect(shape("=E2:E")).toBe("R2C5:RC5");
  expect(shape("='设置'!$B$2")).toBe("设置!R2C2:R2C2");
  expect(shape("=true")).toBe("true");
});

test("calls take empty arguments and upper-case their names; array literals use , between columns and ; between rows", () => {
  expect(shape("=if(A1,,1)")).toBe("IF(R1C1:R1C1,_,1)");
  expect(shape("=NOW()")).toBe("NOW()");
  expect(shape('={1,"a";2,"b"}')).toBe('{1,"a";2,"b"}');
});

test.each(["", "1+1", "=", "=1+", "=(1", "=SUM(1;2)", "=A0", "=2:5", "=A1:1", "=1 2", "=Tab!", "=notaref"])("%j does not parse", (text) => {
  expect(() => parseFormula(text)).toThrow(ParseFailure);
});

describe("formula syntax is en_US in every locale", () => {
  test.each(["en_US", "zh_CN", "de_DE"])("%s: `,` between arguments and `.` decimals; `;` arguments or `1,5` decimals are #ERROR!", (locale) => {
    const book = workbookFromTabs([{ name: "数据", rows: [[1]] }], { locale });
    const sheet = book.getSheetByName("数据")!;
    sheet.getRange("B1").setFormula("=IF(A1>0.5,1.5,0)");
    sheet.getRange("B2").setFormula("=IF(A1>0,5;1;0)");
    sheet.getRange("B3").setValue("=SUM(1,5)");
    sheet.getRange("B4").setFormula("={1\\2}");
    (createRuntime(book).globals.SpreadsheetApp as { flush(): void }).flush();
    expect(sheet.getRange("B1:B4").getValues().flat()).toEqual([1.5, "#ERROR!", 6, "#ERROR!"]);
    // Sheets keeps a formula it cannot parse, as typed.
    expect(sheet.getRange("B2").getFormula()).toBe("=IF(A1>0,5;1;0)");
  });
});
