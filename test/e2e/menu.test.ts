import { callCustomFunction } from "../../src/local/runtime";
import { addon, menus, shown } from "./addon";

const authMode = (a: ReturnType<typeof addon>, mode: string) => (a.runtime.globals.ScriptApp as any).AuthMode[mode];

describe("the menu", () => {
  test("a zh sheet gets 外联部 with every item pointing at a function the bundle defines", () => {
    const a = addon(undefined, { locale: "zh_CN" });
    a.fn.onOpen({ authMode: authMode(a, "FULL") });
    const [menu] = menus(a);
    expect(menu.caption).toBe("外联部");
    const items = menu.items.filter((i: any) => !i.separator);
    expect(items.map((i: any) => i.caption)).toEqual(expect.arrayContaining(["生成月报", "检查数据", "初始化表格", "帮助"]));
    for (const i of items) expect(typeof a.fn[i.functionName!]).toBe("function");
  });

  test("any other locale gets Outreach in English", () => {
    const a = addon(undefined, { locale: "en_US" });
    a.fn.onInstall({ authMode: authMode(a, "FULL") });
    expect(menus(a)[0].caption).toBe("Outreach");
    expect(menus(a)[0].items.map((i: any) => i.caption)).toEqual(expect.arrayContaining(["Generate monthly report", "Check data", "Set up sheets"]));
  });

  test("before authorisation (AuthMode.NONE) the menu still appears, in both languages", () => {
    const a = addon(undefined, { locale: "zh_CN" }, { authMode: "NONE" });
    expect(() => a.fn.onOpen({ authMode: authMode(a, "NONE") })).not.toThrow();
    expect(menus(a)[0].caption).toBe("外联部 Outreach");
    expect(menus(a)[0].items.find((i) => i.functionName === "menuReport")?.caption).toBe("生成月报 Generate monthly report");
  });

  test("MEETING_WARNING answers in the sheet's language", () => {
    expect(callCustomFunction(addon(undefined, { locale: "en_US" }).runtime, "MEETING_WARNING", [["late", "E"]])).toBe(
      "Late or left early 2 times: for the head's review",
    );
    expect(callCustomFunction(addon(undefined, { locale: "zh_TW" }).runtime, "MEETING_WARNING", [["迟到", "早退"]])).toBe("迟到/早退 2 次，需部长审议");
  });

  test("help opens a dialog in the sheet's language", () => {
    const a = addon(undefined, { locale: "en_GB" });
    a.fn.menuHelp();
    const dialog = shown(a, "dialog")[0];
    expect(dialog.title).toBe("Outreach add-on · Help");
    expect(dialog.html).toContain("=COMMISSION(E2)");
  });
});
