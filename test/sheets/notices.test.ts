import { render } from "../../src/domain/messages";
import { notices } from "../../src/sheets/notices";
import { context, loadModel } from "../../src/sheets/workbook";
import { d, sheetWith, today } from "../support/apps-script";

function workbook(requireDeliverables: string, ledger: unknown[][], deliverables: unknown[][] = []) {
  today("2026-11-23");
  sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"], ["李欣怡"]] },
    {
      name: "赞助商",
      rows: [
        ["赞助商", "负责人", "阶段"],
        ["博文书店", "李欣怡", "已签约"],
        ["老王餐馆", "李欣怡", "已拒绝"],
      ],
    },
    { name: "赞助记录", rows: [["日期", "赞助商", "活动", "经办人", "现金", "状态"], ...ledger] as never },
    { name: "赞助回报", rows: [["赞助商", "活动", "回报内容"], ...deliverables] as never },
    {
      name: "设置",
      rows: [
        ["项目", "值"],
        ["需要登记回报", requireDeliverables],
      ],
    },
  ]);
  const loaded = loadModel(context());
  return notices(loaded.model, loaded.tables.ledger).map((p) => [p.sheet, p.cell, render(p.message, "zh")]);
}

describe("notices: what Check data points out without refusing anything", () => {
  test("a sponsor owned by one member but credited to another, at the credit cell", () => {
    expect(workbook("否", [[d("2026-11-02"), "博文书店", "迎新晚会", "王浩然", 1000, "已到账"]])).toEqual([
      ["赞助记录", "D2", "“博文书店”由 李欣怡 负责（阶段：已签约），这笔赞助却记在 王浩然 名下：请确认没有重复联系同一商家"],
    ]);
  });

  test("nothing when the owner is credited, the sponsor declined, or the row cancelled", () => {
    expect(
      workbook("否", [
        [d("2026-11-02"), "博文书店", "", "李欣怡、王浩然", 1000, "已到账"],
        [d("2026-11-02"), "老王餐馆", "", "王浩然", 1000, "已到账"],
        [d("2026-11-02"), "博文书店", "", "王浩然", 1000, "已取消"],
      ]),
    ).toEqual([]);
  });

  test("with 需要登记回报 = 是, a received sponsorship with no deliverable recorded, at the sponsor cell", () => {
    const rows = [
      [d("2026-11-02"), "博文书店", "迎新晚会", "李欣怡", 1000, "已到账"],
      [d("2026-11-03"), "博文书店", "运动会", "李欣怡", 500, "意向"],
    ];
    expect(workbook("是", rows)).toEqual([["赞助记录", "B2", "已到账的赞助“博文书店”（迎新晚会）还没有登记赞助回报：请在“赞助回报”表中添加"]]);
    expect(workbook("是", rows, [["博文书店", "迎新晚会", "横幅印 logo"]])).toEqual([]);
    expect(workbook("否", rows)).toEqual([]);
  });
});
