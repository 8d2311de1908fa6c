import { buildReport } from "../../src/domain/report";
import { parseWorkbook, type RawTab } from "../../src/sheets/parse";
import { Builder, FORMAT, layoutReport } from "../../src/sheets/report-layout";
import type { TabKey } from "../../src/sheets/schema";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

function report(
  ledger: unknown[][],
  generatedBy = "head@example.edu",
  members: unknown[][] = [
    ["王浩然", "一组"],
    ["=HYPERLINK(1)", "二组"],
  ],
) {
  const tabs: Partial<Record<TabKey, RawTab>> = {
    members: { sheet: "成员", values: [["姓名", "小组"], ...members] as never },
    ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"], ...ledger] as never },
    settings: {
      sheet: "设置",
      values: [
        ["项目", "值"],
        ["部门名称", "外联部"],
      ],
    },
  };
  const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
  return buildReport(model, problems, { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy });
}

const RECEIVED = [d("2026-11-02"), "博文书店", "王浩然", 1000, "已到账"];

/** 王浩然's November with two leave requests decided and, unless `pending` is false, one still waiting. */
function withLeave(pending = true) {
  const tabs: Partial<Record<TabKey, RawTab>> = {
    members: {
      sheet: "成员",
      values: [
        ["姓名", "小组"],
        ["王浩然", "一组"],
        ["李欣怡", "二组"],
      ] as never,
    },
    ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"], RECEIVED] as never },
    leave: {
      sheet: "请假",
      values: [
        ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
        ["2026-11-03 12:00", "王浩然", d("2026-11-04"), "考试", "已批准", "部长", "2026-11-03 20:00", ""],
        ["2026-11-11 19:20", "王浩然", d("2026-11-11"), "堵车", "已驳回", "部长", "2026-11-11 21:00", "应提前请假"],
        ...(pending ? [["2026-11-24 09:05", "李欣怡", d("2026-11-25"), "省赛集训", "", "", "", ""]] : []),
      ] as never,
    },
  };
  const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
  return buildReport(model, problems, { month: "2026-11", today: "2026-11-23", generatedAt: "2026-11-23 10:00", generatedBy: "head@example.edu" });
}

const rowOf = (values: (string | number)[][], first: string) => values.findIndex((r) => r[0] === first);

describe("layoutReport", () => {
  test("the title, who generated it and when, and the rules it applied", () => {
    const { values } = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    expect(values[0][0]).toBe("'外联部 2026-11 月报");
    expect(values[1][0]).toBe("'生成于 2026-11-23 10:00（Asia/Shanghai），生成人 head@example.edu。本表为数值快照，修改原始数据后请重新生成。");
    expect(String(values[2][0])).toMatch(/^'规则：佣金比例 15%，基数 仅现金；罚款 迟到 ¥5\.00/);
  });

  test("a hidden email is said as such, in the report's language", () => {
    expect(layoutReport(report([RECEIVED], ""), "zh", "Asia/Shanghai").values[1][0]).toContain("生成人 —（Google 未提供用户邮箱）");
    expect(layoutReport(report([RECEIVED], ""), "en", "Asia/Shanghai").values[1][0]).toContain("by — (Google did not share the user's email)");
  });

  test("sections in order, each titled in the report's language", () => {
    const zh = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    const titles = Object.entries(zh.sections).map(([, row]) => zh.values[row - 1][0]);
    expect(titles).toEqual(["一、汇总", "二、成员", "三、小组", "四、活动", "五、赞助商", "六、待完成的赞助回报（截止 ≤ 月底）", "七、未能计入的数据"]);
    const en = layoutReport(report([RECEIVED]), "en", "Asia/Shanghai");
    expect(en.values[en.sections.summary - 1][0]).toBe("1. Summary");
  });

  test("money is a number of yuan in the ¥ format, the member's line right under the header", () => {
    const l = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    const i = rowOf(l.values, "本月到账现金");
    expect(l.values[i][1]).toBe(1000);
    expect(l.formats[i][1]).toBe(FORMAT.money);
    const member = l.values.findIndex((r) => r[0] === "'王浩然");
    expect(l.values[member].slice(2, 5)).toEqual([1, 1000, 150]);
  });

  test("each member's leave requests: approved, rejected and late, after the attendance rate", () => {
    for (const [lang, header] of [
      ["zh", ["出勤率", "请假批准", "请假驳回", "逾期申请", "罚款"]],
      ["en", ["Attendance", "Leave approved", "Leave rejected", "Late requests", "Penalty"]],
    ] as const) {
      const l = layoutReport(withLeave(), lang, "Asia/Shanghai");
      const h = l.sections.members;
      expect(l.values[h].slice(11, 16)).toEqual(header);
      const member = l.values.findIndex((r) => r[0] === "'王浩然");
      expect(l.values[member].slice(12, 15)).toEqual([1, 1, 1]);
      expect(l.formats[member].slice(12, 15)).toEqual([FORMAT.int, FORMAT.int, FORMAT.int]);
    }
  });

  test("leave still pending at the month's end, under the members' table: name, meeting, reason, time of asking; 无 when none", () => {
    const l = layoutReport(withLeave(), "zh", "Asia/Shanghai");
    const title = rowOf(l.values, "待审批的请假（截至月底）");
    expect(title).toBeGreaterThan(l.sections.members);
    expect(title).toBeLessThan(l.sections.groups - 1);
    expect(l.bold[title][0]).toBe(true);
    expect(l.values[title + 1].slice(0, 5)).toEqual(["姓名", "例会日期", "原因", "提交时间", "逾期申请"]);
    expect(l.values[title + 2].slice(0, 5)).toEqual(["'李欣怡", "'2026-11-25", "'省赛集训", "'2026-11-24 09:05", ""]);
    const none = layoutReport(withLeave(false), "en", "Asia/Shanghai");
    const at = rowOf(none.values, "Leave requests pending at month end");
    expect(none.values[at + 1][0]).toBe("None");
  });

  test("a name that looks like a formula is written as text", () => {
    const l = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    expect(l.values.some((r) => r[0] === "'=HYPERLINK(1)")).toBe(true);
    expect(l.values.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });

  test("what could not be counted is listed with sheet, cell and message; a clean sheet says so", () => {
    const bad = layoutReport(report([RECEIVED, [d("2026-11-03"), "老王餐馆", "王浩然", "两千", "已到账"]]), "zh", "Asia/Shanghai");
    const header = bad.sections.problems;
    expect(bad.values[header]).toEqual(["工作表", "单元格", "问题", ...Array(bad.width - 3).fill("")]);
    expect(bad.values[header + 1].slice(0, 3)).toEqual(["'赞助记录", "D3", "'无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）"]);
    const clean = layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai");
    expect(clean.values[clean.sections.problems][0]).toBe("没有问题：所有数据均已计入。");
  });

  test("the member chart is there only when there are members; the stage chart always", () => {
    expect(layoutReport(report([RECEIVED]), "zh", "Asia/Shanghai").charts.map((c) => c.title)).toEqual(["成员佣金与经手现金", "赞助商阶段分布"]);
    expect(layoutReport(report([], "x", []), "zh", "Asia/Shanghai").charts.map((c) => c.title)).toEqual(["赞助商阶段分布"]);
  });
});

describe("Builder", () => {
  test("pads every row to the widest, plain format by default, numbers right-aligned and headers aligned like their column", () => {
    const b = new Builder();
    b.section("一、汇总");
    b.header(["项目", "数值"]);
    b.add(["现金", 12.5], ["", FORMAT.money]);
    const l = b.build();
    expect(l.width).toBe(2);
    expect(l.values).toEqual([
      ["一、汇总", ""],
      ["项目", "数值"],
      ["现金", 12.5],
    ]);
    expect(l.formats[2]).toEqual([FORMAT.plain, FORMAT.money]);
    expect(l.align[1]).toEqual(["left", "right"]);
    expect(l.bold.map((r) => r[0])).toEqual([true, true, false]);
    expect(l.shaded.map((r) => r[0])).toEqual([true, false, false]);
  });
});
