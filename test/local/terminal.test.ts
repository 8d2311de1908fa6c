/** The command line's tables, on cells as long as a sheet allows. */
import { buildReport } from "../../src/domain/report";
import { reportToJson } from "../../src/domain/report-json";
import { CELL_WIDTH, clipText, displayWidth, reportSummary, table } from "../../src/local/terminal";
import { parseWorkbook, type RawTab } from "../../src/sheets/parse";
import type { TabKey } from "../../src/sheets/schema";
import { finishes } from "../hang-guard";

test("a cell with a long run of spaces inside is cut to the column limit, and lines carry no trailing spaces", () => {
  const cell = `a${" ".repeat(50_000)}x`;
  const text = finishes(() =>
    table(
      ["姓名", "备注"],
      [
        ["张伟", cell],
        ["李娜", ""],
      ],
    ),
  );
  const lines = text.split("\n");
  expect(lines[2].startsWith("张伟  a")).toBe(true);
  expect(lines[2].endsWith("…")).toBe(true);
  expect(lines.every((l) => l === l.trimEnd())).toBe(true);
  expect(lines[3]).toBe("李娜");
});

test("long names are cut by terminal columns, two for each Chinese character, and end in …", () => {
  expect(clipText("张".repeat(50))).toBe(`${"张".repeat(39)}…`);
  expect(displayWidth(clipText("张".repeat(50)))).toBe(CELL_WIDTH - 1);
  expect(clipText("x".repeat(81))).toBe(`${"x".repeat(79)}…`);
  expect(clipText("x".repeat(80))).toBe("x".repeat(80));
  expect(clipText("博文书店(东门店)")).toBe("博文书店(东门店)");
});

test("tens of thousands of rows print without overflowing the call stack", () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => [`成员${i}`, String(i)]);
  const text = finishes(() => table(["姓名", "金额"], rows, [false, true]));
  expect(text.split("\n")).toHaveLength(200_002);
});

describe("reportSummary: one line on the accounts", () => {
  /** November of a small department: ¥100.00 opening, ¥1,000.00 in, ¥350.00 out; 李欣怡 owes a fine of ¥20.00. */
  function report(accountsTab = true) {
    const tabs: Partial<Record<TabKey, RawTab>> = {
      members: { sheet: "成员", values: [["姓名"], ["王浩然"], ["李欣怡"]] },
      ledger: {
        sheet: "赞助记录",
        values: [
          ["日期", "赞助商", "经办人", "现金", "状态"],
          ["2026-11-02", "博文书店", "王浩然", 1000, "已到账"],
        ],
      },
      attendance: {
        sheet: "考勤",
        values: [
          ["姓名", "2026-11-11"],
          ["李欣怡", "缺席"],
        ],
      },
      settings: {
        sheet: "设置",
        values: [
          ["项目", "值"],
          ["期初余额", 100],
          ["期初日期", "2026-11-01"],
        ],
      },
    };
    if (accountsTab) {
      tabs.accounts = {
        sheet: "收支",
        values: [
          ["日期", "类型", "金额", "成员", "报销状态"],
          ["2026-11-05", "支出", 350, "", ""],
          ["2026-11-06", "支出", 60, "王浩然", "待报销"],
        ],
      };
    }
    const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
    const opts = { month: "2026-11", today: "2026-11-23", generatedAt: "", generatedBy: "", accountsTab };
    return reportToJson(buildReport(model, problems, opts), "zh");
  }

  test("opening → closing, what is owed to members and what members owe, in zh and en", () => {
    const zh = reportSummary(report(), "zh", "月报 2026-11", "out.xlsx").split("\n");
    expect(zh).toContain("收支 2026-11：月初 ¥100.00 → 月末 ¥750.00；待报销 ¥60.00；欠罚款 1 人，共 ¥20.00");
    const en = reportSummary(report(), "en", "Report 2026-11", "out.xlsx").split("\n");
    expect(en).toContain("Accounts 2026-11: opening ¥100.00 → closing ¥750.00; reimbursements owed ¥60.00; 1 member owes ¥20.00 in fines");
  });

  test("without a 收支 tab the line says the cash is the ledger's only", () => {
    const zh = reportSummary(report(false), "zh", "月报 2026-11", "out.xlsx");
    expect(zh).toContain("收支 2026-11：月初 ¥100.00 → 月末 ¥1,100.00；待报销 ¥0.00；欠罚款 1 人，共 ¥20.00（没有“收支”工作表：只计赞助现金和佣金）");
  });
});

describe("reportSummary: the forecast per event and the sponsors gone quiet", () => {
  function report() {
    const tabs: Partial<Record<TabKey, RawTab>> = {
      members: { sheet: "成员", values: [["姓名"], ["王浩然"]] },
      sponsors: {
        sheet: "赞助商",
        values: [
          ["赞助商", "负责人", "阶段", "最近联系", "预计金额", "目标活动"],
          ["老王餐馆", "王浩然", "洽谈中", "2026-11-20", 1234.57, "迎新晚会"],
          ["鲜果时光", "王浩然", "联系中", "2026-10-01", "", ""],
        ],
      },
      events: {
        sheet: "活动",
        values: [
          ["活动", "赞助目标"],
          ["迎新晚会", 5000],
        ],
      },
      ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"]] },
    };
    const { model, problems } = parseWorkbook(tabs, "Asia/Shanghai", "2026-11-23");
    return reportToJson(buildReport(model, problems, { month: "2026-11", today: "2026-11-23", generatedAt: "", generatedBy: "" }), "zh");
  }

  test("each event's weighted forecast beside what is raised and pledged; the stale sponsors named in one line (zh and en)", () => {
    const zh = reportSummary(report(), "zh", "月报 2026-11", "out.xlsx").split("\n");
    const header = zh.findIndex((l) => l.startsWith("活动"));
    expect(zh[header].split(/ +/)).toEqual(["活动", "目标", "已到账", "意向", "加权预测", "完成度"]);
    // 50% of ¥1,234.57 = ¥617.285 → ¥617.29.
    expect(zh[header + 2].split(/ +/)).toEqual(["迎新晚会", "¥5,000.00", "¥0.00", "¥0.00", "¥617.29", "0.0%"]);
    expect(zh).toContain("久未联系（超过 30 天）：1 家：鲜果时光");
    const en = reportSummary(report(), "en", "Report 2026-11", "out.xlsx").split("\n");
    expect(en).toContain("No contact for more than 30 days: 1 sponsor: 鲜果时光");
  });
});
