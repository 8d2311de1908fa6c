import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addonFunctions } from "../../src/local/addon";
import { createRuntime, loadBundle, pageFunctions, workbookFromTabs } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";

const code = readFileSync(join(__dirname, "..", "..", "dist", "Code.js"), "utf8");

describe("addonFunctions: the bundle as the command line and the tests call it", () => {
  const runtime = createRuntime(workbookFromTabs(sampleTabs()));
  const bundle = loadBundle(code, runtime);
  const fn = addonFunctions(bundle);

  test("a local-only action is called by its own name and reaches the bundle through its private runLocal_", () => {
    const run = fn.generateMonthlyReport({ month: "2026-11" });
    expect(run.tab).toBe("月报 2026-11");
    expect(bundle.generateMonthlyReport).toBeUndefined();
  });

  test("no local-only action is a function a page could call", () => {
    const callable = pageFunctions(runtime);
    for (const name of ["setupSheets", "checkData", "generateMonthlyReport", "markCommissionsPaid", "memberStatement", "exportHandover", "runLocal_"])
      expect(callable).not.toContain(name);
  });

  test("everything else is the bundle's own function", () => {
    expect(fn.COMMISSION).toBe(bundle.COMMISSION);
    expect(fn.COMMISSION(1000)).toBe(150);
  });
});
