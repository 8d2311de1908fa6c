import { deliverablesSummary, menuDeliverables } from "../../../src/ui/dialogs/deliverables";
import { values } from "../../support/apps-script";
import { withPackage } from "../../support/package-sample";

describe("menuDeliverables", () => {
  test("what packages still owe → YES → the rows and a toast", () => {
    const { rt, ledgerRow } = withPackage();
    rt.ui.answer({ button: "YES" });
    menuDeliverables();
    const [question, done] = rt.ui.log;
    expect(question).toMatchObject({ kind: "alert", title: "为 1 笔赞助建立 4 项赞助回报？", buttons: "YES_NO" });
    expect(String(question.message).split("\n")).toEqual([
      `赞助记录第 ${ledgerRow} 行 · 中国联通(大学城营业厅) · 晚会冠名口播 · 截止 2026-12-30`,
      `赞助记录第 ${ledgerRow} 行 · 中国联通(大学城营业厅) · 横幅与背景板印 logo · 截止 2026-12-30`,
      `赞助记录第 ${ledgerRow} 行 · 中国联通(大学城营业厅) · 公众号推文鸣谢 · 截止 2027-01-06`,
      `赞助记录第 ${ledgerRow} 行 · 中国联通(大学城营业厅) · 活动照片反馈 · 截止 2027-01-13`,
    ]);
    expect(done).toMatchObject({ kind: "toast", title: "生成赞助回报", message: "已在“赞助回报”建立 4 项回报（第 10-13 行）" });
    expect(values(rt, "赞助回报")).toHaveLength(13);
  });

  test("NO writes nothing; with nothing owed it says so and asks nothing", () => {
    const { rt } = withPackage();
    rt.ui.answer({ button: "NO" });
    menuDeliverables();
    expect(values(rt, "赞助回报")).toHaveLength(9);
    expect(rt.ui.shown("toast")).toEqual([]);
    rt.ui.answer({ button: "YES" });
    menuDeliverables();
    menuDeliverables();
    expect(rt.ui.log.at(-1)).toMatchObject({
      kind: "alert",
      title: "生成赞助回报",
      message: "赞助记录中选了方案的赞助，回报都已建立，无需生成。",
    });
  });
});

describe("deliverablesSummary", () => {
  test("in English, at most twenty lines and then an ellipsis", () => {
    const one = { sponsor: "Bowen Books", event: "Gala", promised: "Logo", due: null, owner: "", source: "s", row: 7 };
    const plan = { planned: Array.from({ length: 21 }, () => one), rows: [7], fingerprint: "" };
    const lines = deliverablesSummary(plan, "en").split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe("Sponsorships row 7 · Bowen Books · Logo · due —");
    expect(lines[20]).toBe("…");
  });
});
