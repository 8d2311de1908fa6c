import { newWorkbook } from "../../src/local/runtime";
import * as main from "../../src/main";
import { MENU_ITEMS, onInstall, onOpen } from "../../src/ui/menu";
import { session } from "../support/apps-script";

const captions = (rt: ReturnType<typeof session>) => rt.ui.menus.map((m) => [m.caption, ...m.items.map((i) => ("caption" in i ? i.caption : "—"))]);

describe("the 外联部 / Outreach menu", () => {
  test("a zh sheet gets 外联部 with the items in Chinese", () => {
    const rt = session(newWorkbook({ locale: "zh_CN" }));
    onOpen({ authMode: ScriptApp.AuthMode.FULL });
    expect(captions(rt)).toEqual([
      [
        "外联部",
        "登记赞助",
        "记账",
        "例会签到",
        "导入签到",
        "请假",
        "审批",
        "我的跟进",
        "赞助反馈",
        "开始续约",
        "提醒",
        "—",
        "生成月报",
        "分享月报",
        "检查数据",
        "—",
        "发放佣金",
        "生成赞助回报",
        "个人明细",
        "导出交接",
        "—",
        "初始化表格",
        "设置",
        "自检",
        "帮助",
      ],
    ]);
  });

  test("any other locale gets Outreach in English", () => {
    const rt = session(newWorkbook({ locale: "fr_FR" }));
    onInstall({ authMode: ScriptApp.AuthMode.FULL });
    expect(captions(rt)[0].slice(0, 4)).toEqual(["Outreach", "Record sponsorship", "Record expense / fine", "Meeting check-in"]);
  });

  test("before authorisation (AuthMode.NONE) it still appears, with both languages in each label", () => {
    const rt = session(newWorkbook({ locale: "en_US" }), { authMode: "NONE" });
    onOpen({ authMode: ScriptApp.AuthMode.NONE });
    expect(captions(rt)[0].slice(0, 4)).toEqual(["外联部 Outreach", "登记赞助 Record sponsorship", "记账 Record expense / fine", "例会签到 Meeting check-in"]);
    expect(captions(rt)[0]).toContain("帮助 Help / About");
  });

  test("every item runs a top-level function the add-on exports", () => {
    const exported = main as unknown as Record<string, unknown>;
    const fns = MENU_ITEMS.flatMap((i) => (i === "separator" ? [] : [i.fn]));
    expect(fns.filter((fn) => typeof exported[fn] !== "function")).toEqual([]);
    expect(new Set(fns).size).toBe(fns.length);
  });
});
