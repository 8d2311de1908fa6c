import { fileProblem, fitRows, rowsProblem } from "../../src/contracts/signin-file";
import { SIGNIN_LIMITS } from "../../src/contracts/signin-limits";

describe("the limits the page checks before sending an export", () => {
  test("rows: 5,000 is read, one more is refused with the count, in the reader's language", () => {
    expect(rowsProblem(SIGNIN_LIMITS.rows, "zh")).toBeNull();
    expect(rowsProblem(5001, "zh")).toBe("导出共有 5001 行，最多只能导入 5000 行：请只导出这次例会的提交");
    expect(rowsProblem(5001, "en")).toBe("The export has 5001 rows; at most 5000 can be imported. Export only this meeting's submissions");
  });

  test("file size: 5 MB is read, more is refused saying how big it is", () => {
    expect(fileProblem(5 * 1024 * 1024, "zh")).toBeNull();
    expect(fileProblem(7.3 * 1024 * 1024, "zh")).toBe("文件有 7.3 MB，最多 5 MB：请只导出这次例会的提交，或删去不需要的列");
    expect(fileProblem(7.3 * 1024 * 1024, "en")).toMatch(/^The file is 7\.3 MB; at most 5 MB\./);
  });

  test("rows are cut to 50 columns and 500 characters a cell; blank rows at the end are dropped", () => {
    const wide = Array.from({ length: 53 }, (_, i) => `c${i}`);
    const fitted = fitRows([wide, ["张伟", "x".repeat(600)], ["", " "], []]);
    expect(fitted.droppedColumns).toBe(3);
    expect(fitted.rows).toHaveLength(2);
    expect(fitted.rows[0]).toHaveLength(50);
    expect(fitted.rows[1]).toEqual(["张伟", "x".repeat(500)]);
    expect(fitRows([["", ""], ["a"], ["", ""]]).rows).toEqual([["", ""], ["a"]]);
  });
});
