/** 个人明细 on the sample workbook through the built bundle: the accounts part, and what it costs in Sheets calls. */
import type { CellValue } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon } from "./addon";

/** The sample with its 收支 and 赞助记录 rows repeated `times` over, or without 收支 at all (times 0). */
function sampleWith(times: number) {
  const tabs = sampleTabs().filter((t) => times > 0 || t.name !== "收支");
  for (const name of ["收支", "赞助记录"]) {
    const tab = tabs.find((t) => t.name === name);
    if (!tab) continue;
    const [header, ...rows] = tab.rows;
    tab.rows = [header, ...Array.from({ length: times }, () => rows.map((r) => [...r]) as CellValue[][]).flat()];
  }
  return tabs;
}

describe("个人明细 on the sample workbook", () => {
  const a = addon(sampleTabs(), { locale: "zh_CN" });

  test("黄诗涵's November: the 未批假 of 11-04 fined ¥20.00 and waived with the head's reason, nothing owed; her ¥320.00 展板 still owed to her", () => {
    const st = a.fn.memberStatement({ name: "黄诗涵", month: "2026-11" });
    expect(st.lines).toEqual(
      expect.arrayContaining([
        "罚款（学期开始 2026-09-01 至 2026-11-30）：应缴 ¥20.00 − 已缴 ¥0.00 − 减免 ¥20.00 = 尚欠 ¥0.00",
        "报销：部门尚欠你垫付的 ¥320.00（1 笔）；本月已还你 ¥0.00",
      ]),
    );
    const block = (heading: string) => st.blocks.find((b: { heading: string }) => b.heading === heading);
    // Row 16 of 收支 is the waiver; the penalty itself comes from the 考勤 grid, so it has no 收支 row.
    expect(block("本学期罚款明细").rows).toEqual([
      ["", "2026-11-04", "例会：未批假", "¥20.00", "", "", ""],
      ["16", "2026-11-11", "罚款减免 · 11-04 未批假", "", "", "¥20.00", "家中急事, 事后补交证明, 部长同意免罚"],
    ]);
    expect(block("你垫付、尚未报销的支出（截至月底）").rows).toEqual([["12", "2026-11-02", "社团文化节", "展板租赁 4 块", "¥320.00", "收据照片"]]);
    expect(block("本月已报销给你的支出").rows).toEqual([]);
  });

  test("in English, a member paid back in the month: 张子涵's ¥246.00 of 10-21, paid back on 10-30", () => {
    const st = a.fn.memberStatement({ name: "张子涵", month: "2026-10", lang: "en" });
    expect(st.lines).toContain("Reimbursements: the department still owes you ¥0.00 for what you advanced (0 items); paid back to you this month ¥246.00");
    expect(st.blocks.find((b: { heading: string }) => b.heading === "Expenses paid back to you this month").rows).toEqual([
      ["10", "2026-10-21", "秋季运动会", "奖牌挂绳、号码布", "¥246.00", "发票 No.04478821", "2026-10-30"],
    ]);
  });
});

describe("个人明细's Sheets calls", () => {
  const calls = (times: number) => {
    const a = addon(sampleWith(times), { locale: "zh_CN" });
    a.runtime.resetStats();
    a.fn.memberStatement({ name: "黄诗涵", month: "2026-11" });
    return { reads: a.runtime.stats.reads, writes: a.runtime.stats.writes };
  };

  test("do not grow with 收支 and 赞助记录; reading 收支 is one read more; nothing is written", () => {
    const small = calls(1);
    expect(calls(200)).toEqual(small);
    expect(small).toEqual({ reads: calls(0).reads + 1, writes: 0 });
    // One read per tab: 成员, 赞助记录, 收支, 考勤 and 设置 (the sample has no 请假 tab).
    expect(small).toEqual({ reads: 5, writes: 0 });
  });
});
