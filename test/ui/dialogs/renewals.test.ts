import { context } from "../../../src/sheets/workbook";
import { askDate, menuRenewals, renewalsSummary } from "../../../src/ui/dialogs/renewals";
import { d, day, sheetWith, today, values } from "../../support/apps-script";

function department(locale = "zh_CN") {
  today("2026-09-01");
  const zh = locale === "zh_CN";
  return sheetWith(
    [
      { name: zh ? "成员" : "Members", rows: [[zh ? "姓名" : "Name"], ["陈思远"]] },
      {
        name: zh ? "赞助商" : "Sponsors",
        rows: [
          zh ? ["赞助商", "负责人", "阶段", "下次跟进", "续约"] : ["Sponsor", "Owner", "Stage", "Next follow-up", "Renewal"],
          ["新华书店", "陈思远", zh ? "长期合作" : "Partner", "", ""],
          ["博文书店", "陈思远", zh ? "已签约" : "Signed", "", "老板说九月再谈"],
        ],
      },
      {
        name: zh ? "赞助记录" : "Ledger",
        rows: [
          zh ? ["日期", "赞助商", "活动", "经办人", "现金", "状态"] : ["Date", "Sponsor", "Event", "Credited to", "Cash", "Status"],
          [d("2025-10-12"), "新华书店", "", "陈思远", 1500, zh ? "已到账" : "Received"],
          [d("2025-11-20"), "博文书店", "", "陈思远", 400, zh ? "已到账" : "Received"],
        ],
      },
      { name: zh ? "设置" : "Settings", rows: [zh ? ["项目", "值", "说明"] : ["Setting", "Value", "Description"]] },
    ],
    { locale },
  );
}

describe("menuRenewals", () => {
  test("blank means today → the summary → YES → written, and a toast", () => {
    const rt = department();
    rt.ui.answer({ button: "OK", text: "" }).answer({ button: "YES" });
    menuRenewals();
    const [asked, question, done] = rt.ui.log;
    expect(asked).toMatchObject({ kind: "prompt", title: "开始续约", message: "新赛季从哪天开始？请输入 年-月-日，留空为今天 2026-09-01" });
    expect(question).toMatchObject({
      kind: "alert",
      title: "从 2026-09-01 开始续约？",
      message: "上季（2025-09-01 至 2026-09-01 前）的赞助商 2 家：2 家将填入下次跟进 2026-09-01，1 家将写入续约备注。已有的日期和您自己写的备注不会改动。",
      buttons: "YES_NO",
    });
    expect(done).toMatchObject({ kind: "toast", title: "开始续约", message: "已开始续约：2 家填入下次跟进，1 家写入备注" });
    expect(
      values(rt, "赞助商")
        .slice(1)
        .map((r) => [day(r[3]), r[4]]),
    ).toEqual([
      ["2026-09-01", "【续约】2026-09-01 起：上季 ¥1,500"],
      ["2026-09-01", "老板说九月再谈"],
    ]);
  });

  test("NO writes nothing; a second run says there is nothing left", () => {
    const rt = department();
    rt.ui.answer({ button: "OK", text: "2026-09-01" }).answer({ button: "NO" });
    menuRenewals();
    expect(values(rt, "赞助商")[1][3]).toBe("");
    rt.ui.answer({ button: "OK", text: "2026-09-01" }).answer({ button: "YES" });
    menuRenewals();
    rt.ui.answer({ button: "OK", text: "2026/9/1" });
    menuRenewals();
    expect(rt.ui.log[rt.ui.log.length - 1]).toMatchObject({ kind: "alert", message: "2026-09-01 的续约已开始，没有需要再写的内容。" });
  });

  test("a season with no sponsors before it says so; a bad date is named", () => {
    const rt = department();
    rt.ui.answer({ button: "OK", text: "2024-01-01" });
    menuRenewals();
    expect(rt.ui.log[1]).toMatchObject({ kind: "alert", message: "2024-01-01 之前 12 个月内没有已到账的赞助商，无需续约。" });
    rt.ui.answer({ button: "OK", text: "九月" });
    expect(() => askDate(context(), "开始续约")).toThrow(/九月/);
  });

  test("in English", () => {
    const rt = department("en_US");
    rt.ui.answer({ button: "OK", text: "2026-09-01" }).answer({ button: "YES" });
    menuRenewals();
    expect(rt.ui.log[1]).toMatchObject({ title: "Start renewals from 2026-09-01?" });
    expect(rt.ui.log[1].message).toContain(
      "Last season's sponsors (2025-09-01 up to 2026-09-01): 2. 2 get the next follow-up 2026-09-01, 1 gets a renewal note.",
    );
    expect(values(rt, "Sponsors")[1][4]).toBe("[Renewal] from 2026-09-01: last season ¥1,500");
    expect(renewalsSummary({ start: "2027-02-20", sponsors: 1, followUps: 1, notes: 0, season: true, written: false }, "en")).toContain(
      "1 gets the next follow-up",
    );
  });
});
