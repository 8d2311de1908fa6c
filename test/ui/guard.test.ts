import { UserError } from "../../src/domain/errors";
import { guard } from "../../src/ui/guard";
import { sheetWith } from "../support/apps-script";

const TABS = [{ name: "成员", rows: [["姓名"]] }];

describe("guard: every menu item runs inside it", () => {
  test("a refusal is an alert in the sheet's language, titled as an error", () => {
    const rt = sheetWith(TABS);
    guard(() => {
      throw new UserError({ key: "busy" });
    });
    expect(rt.ui.shown("alert")).toEqual([
      { kind: "alert", title: "出错了", message: "另一位成员正在修改表格（如生成月报或保存记录），请稍后再试", buttons: "OK", button: "OK" },
    ]);
  });

  test("in English on an English sheet", () => {
    const rt = sheetWith(TABS, { locale: "en_GB" });
    guard(() => {
      throw new UserError({ key: "badYear", params: { value: "26" } });
    });
    expect(rt.ui.shown("alert")[0]).toMatchObject({ title: "Something went wrong", message: '"26" is not a year: write it as 2026' });
  });

  test("a bug is shown and logged, never swallowed", () => {
    const rt = sheetWith(TABS);
    guard(() => {
      throw new TypeError("Cannot read properties of undefined");
    });
    expect(rt.ui.shown("alert")[0]).toMatchObject({ title: "出错了", message: "Cannot read properties of undefined" });
    expect(rt.logs.map((l) => l.message)).toEqual(["TypeError: Cannot read properties of undefined"]);
  });

  test("the action gets the sheet's context; no alert when it succeeds", () => {
    const rt = sheetWith(TABS, { locale: "en_US", timeZone: "Europe/London" });
    let seen = "";
    guard((ctx) => void (seen = `${ctx.lang} ${ctx.timeZone}`));
    expect(seen).toBe("en Europe/London");
    expect(rt.ui.log).toEqual([]);
  });
});
