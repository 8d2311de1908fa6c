import { context } from "../../src/sheets/workbook";
import { askMonth } from "../../src/ui/ask";
import { sheetWith, today } from "../support/apps-script";

function sheet(locale = "zh_CN") {
  today("2026-11-23");
  return sheetWith([{ name: "成员", rows: [["姓名"]] }], { locale });
}

describe("askMonth", () => {
  test("asks with the suggested month in the prompt; a blank answer takes it", () => {
    const rt = sheet();
    rt.ui.answer({ button: "OK", text: "" });
    expect(askMonth(context(), "生成月报")).toBe("2026-10");
    expect(rt.ui.log).toEqual([
      { kind: "prompt", title: "生成月报", message: "生成哪个月的月报？请输入 年-月，如 2026-10", buttons: "OK_CANCEL", button: "OK", text: "" },
    ]);
  });

  test("a typed month, spaces around it ignored", () => {
    const rt = sheet();
    rt.ui.answer({ button: "OK", text: " 2026-09 " });
    expect(askMonth(context(), "生成月报")).toBe("2026-09");
  });

  test("Cancel is null: nothing to do", () => {
    const rt = sheet();
    rt.ui.answer({ button: "CANCEL", text: "2026-09" });
    expect(askMonth(context(), "生成月报")).toBeNull();
  });

  test("a month it cannot read is refused with how to write it, in English on an English sheet", () => {
    const rt = sheet("en_US");
    rt.ui.answer({ button: "OK", text: "November" });
    expect(() => askMonth(context(), "Generate monthly report")).toThrow('"November" is not a month: write it as 2026-11');
    expect(rt.ui.log[0].message).toBe("Which month? Enter year-month, such as 2026-10");
  });
});
