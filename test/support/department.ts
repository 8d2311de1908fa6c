/** A small department's workbook for the menu dialogs' tests: two members, a month of sponsorships and meetings. */
import type { Runtime, RuntimeOptions } from "../../src/local/runtime";
import { d, sheetWith, type Tabs, today } from "./apps-script";

export function smallDepartment(opts: { locale?: string; runtime?: RuntimeOptions; extra?: Tabs; today?: string } = {}): Runtime {
  today(opts.today ?? "2026-11-23");
  return sheetWith(
    [
      {
        name: "成员",
        rows: [
          ["姓名", "小组"],
          ["王浩然", "一组"],
          ["李欣怡", "二组"],
        ],
      },
      {
        name: "赞助商",
        rows: [
          ["赞助商", "负责人", "阶段"],
          ["博文书店", "王浩然", "已签约"],
          ["<b>老王</b>餐馆", "李欣怡", "已签约"],
        ],
      },
      { name: "活动", rows: [["活动"], ["社团文化节"]] },
      {
        name: "赞助记录",
        rows: [
          ["日期", "赞助商", "活动", "经办人", "现金", "状态", "佣金发放日期"],
          [d("2026-10-02"), "博文书店", "社团文化节", "王浩然", 1000, "已到账", ""],
          [d("2026-10-09"), "<b>老王</b>餐馆", "", "李欣怡", 400, "已到账", ""],
        ],
      },
      {
        name: "考勤",
        rows: [
          ["姓名", d("2026-10-14")],
          ["王浩然", "迟到"],
          ["李欣怡", "出席"],
        ],
      },
      {
        name: "设置",
        rows: [
          ["项目", "值"],
          ["学期开始", d("2026-09-01")],
        ],
      },
      ...(opts.extra ?? []),
    ],
    { locale: opts.locale ?? "zh_CN" },
    opts.runtime ?? {},
  );
}
