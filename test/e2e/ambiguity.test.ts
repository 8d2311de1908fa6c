/**
 * Two places that both claim to be the same thing — two cash columns, two ledger tabs, two columns for
 * one meeting — are a problem naming both, in check data, the report and the command line. No money
 * and no meeting is counted twice or dropped without one.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runFromPage, saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { type CellValue, d } from "../../src/local/sample/workbook";
import { addon } from "./addon";

type P = { sheet: string; cell: string; message: string };
const MONTH = "2026-11";

const members = {
  name: "成员",
  rows: [
    ["姓名", "小组"],
    ["张伟", "一组"],
    ["李娜", "一组"],
    ["王芳", "二组"],
  ] as CellValue[][],
};

function ledger(name: string, header: string[], rows: CellValue[][]) {
  return { name, rows: [header, ...rows] };
}

function outcome(tabs: { name: string; rows: CellValue[][] }[], locale = "zh_CN") {
  const a = addon(tabs, { locale });
  const run = a.fn.generateMonthlyReport({ month: MONTH });
  const checked: P[] = a.fn.checkData({ mark: false });
  return { a, report: run.report, problems: run.report.problems as P[], checked };
}

describe("two columns for one field", () => {
  const tabs = () => [
    members,
    ledger(
      "赞助记录",
      ["日期", "赞助商", "经办人", "现金", "状态", "Cash"],
      [
        [d("2026-11-03"), "博文书店", "张伟", 1000, "已到账", 1000],
        [d("2026-11-04"), "星光餐饮", "李娜", 500, "已到账", 800],
        [d("2026-11-05"), "新东方", "张伟", "", "已到账", 300],
      ],
    ),
  ];

  test("现金 and Cash: the first is read, and each different cell of the other is named", () => {
    const { report, problems, checked } = outcome(tabs());
    expect(report.totals.cashReceived).toBe(1500);
    for (const list of [problems, checked]) {
      expect(list).toContainEqual({
        sheet: "赞助记录",
        cell: "F1",
        message: "D1 和 F1 都是“现金”列：只读取 D1；F1 中与之不同的内容不计入（已逐格标出）。请合并为一列",
      });
      expect(list).toContainEqual({ sheet: "赞助记录", cell: "F3", message: "“800”未计入：同名的“现金”列出现两次，本行按 D3（“500”）计算" });
      expect(list).toContainEqual({ sheet: "赞助记录", cell: "F4", message: "“300”未计入：同名的“现金”列出现两次，本行按 D4（空白）计算" });
      // The row where both say the same is not a problem.
      expect(list.some((p) => p.cell === "F2")).toBe(false);
    }
  });

  test("金额 twice, in an English sheet: the same, in English", () => {
    const t = [
      members,
      ledger("Sponsorships", ["Date", "Sponsor", "Credited to", "金额", "Status", "金额"], [[d("2026-11-03"), "Bowen Books", "张伟", 200, "Received", 250]]),
    ];
    const { report, problems } = outcome(t, "en_US");
    expect(report.totals.cashReceived).toBe(200);
    expect(problems).toContainEqual({
      sheet: "Sponsorships",
      cell: "F1",
      message:
        'D1 and F1 are both the "Cash" column: only D1 is read; where F1 says something else it is not counted (each such cell is marked). Merge them into one column',
    });
    expect(problems).toContainEqual({
      sheet: "Sponsorships",
      cell: "F2",
      message: '"250" is not counted: the "Cash" column appears twice, and this row is read from D2 ("200")',
    });
  });
});

describe("two tabs for one tab", () => {
  test("赞助记录 and Sponsorships: only the first is read, and the problem names both", () => {
    const t = [
      members,
      ledger("赞助记录", ["日期", "赞助商", "经办人", "现金", "状态"], [[d("2026-11-03"), "博文书店", "张伟", 1000, "已到账"]]),
      ledger("Sponsorships", ["Date", "Sponsor", "Credited to", "Cash", "Status"], [[d("2026-11-04"), "星光餐饮", "李娜", 700, "Received"]]),
    ];
    const { report, problems, checked } = outcome(t);
    expect(report.totals.cashReceived).toBe(1000);
    const expected = {
      sheet: "Sponsorships",
      cell: "",
      message: "“赞助记录”和“Sponsorships”都是“赞助记录”工作表：只读取“赞助记录”，“Sponsorships”中的内容都未计入。请把两者合并，再删除或重命名其中一个",
    };
    expect(problems).toContainEqual(expected);
    expect(checked).toContainEqual(expected);
  });

  const sponsorship = {
    sponsor: "博文书店",
    addSponsor: false,
    category: "",
    owner: "",
    event: "",
    members: ["张伟"],
    weights: [""],
    cash: "300",
    items: "",
    inKind: "",
    status: "received",
    date: "2026-11-06",
    notes: "",
  };
  const sponsors = {
    name: "赞助商",
    rows: [
      ["赞助商", "负责人", "阶段"],
      ["博文书店", "张伟", "已签约"],
    ] as CellValue[][],
  };

  test("赞助记录 and Sponsorships: recording a sponsorship is refused, naming both, and nothing is written", () => {
    const t = [
      members,
      sponsors,
      ledger("赞助记录", ["日期", "赞助商", "经办人", "现金", "状态"], [[d("2026-11-03"), "博文书店", "张伟", 1000, "已到账"]]),
      ledger("Sponsorships", ["Date", "Sponsor", "Credited to", "Cash", "Status"], [[d("2026-11-04"), "星光餐饮", "李娜", 700, "Received"]]),
    ];
    const a = addon(t, { locale: "zh_CN" });
    const before = [a.book.getSheetByName("赞助记录")!.getDataRange().getValues(), a.book.getSheetByName("Sponsorships")!.getDataRange().getValues()];
    expect(runFromPage(a.runtime, "saveSponsorship", sponsorship)).toEqual({
      ok: false,
      error: "“赞助记录”和“Sponsorships”都是“赞助记录”工作表，不知道该写到哪一个，所以什么都没有写。请把两者合并，再删除或重命名其中一个",
    });
    expect([a.book.getSheetByName("赞助记录")!.getDataRange().getValues(), a.book.getSheetByName("Sponsorships")!.getDataRange().getValues()]).toEqual(before);
  });

  test("a backup tab such as 赞助记录（2025备份） is another tab: never read or written as the ledger", () => {
    const t = [
      members,
      sponsors,
      ledger("赞助记录（2025备份）", ["日期", "赞助商", "经办人", "现金", "状态"], [[d("2026-11-02"), "旧账", "李娜", 9999, "已到账"]]),
      ledger("赞助记录", ["日期", "赞助商", "经办人", "现金", "状态"], [[d("2026-11-03"), "博文书店", "张伟", 1000, "已到账"]]),
    ];
    const { a, report, problems } = outcome(t);
    expect(report.totals.cashReceived).toBe(1000);
    expect(problems.filter((p) => p.sheet.startsWith("赞助记录"))).toEqual([]);
    expect(runFromPage(a.runtime, "saveSponsorship", sponsorship)).toMatchObject({ ok: true, sheet: "赞助记录", row: 3 });
    expect(a.book.getSheetByName("赞助记录（2025备份）")!.getDataRange().getValues()).toHaveLength(2);
  });
});

describe("two columns for one meeting", () => {
  const tabs = () => [
    members,
    ledger("赞助记录", ["日期", "赞助商", "经办人", "现金", "状态"], []),
    {
      name: "考勤",
      rows: [
        ["姓名", "小组", d("2026-11-04"), "2026-11-04 例会", d("2026-11-11")],
        ["张伟", "一组", "缺席", "旷会", "出席"],
        ["李娜", "一组", "", "迟到", "出席"],
        ["王芳", "二组", "出席", "缺席", ""],
      ] as CellValue[][],
    },
  ];

  test("the meeting counts once, a blank cell is filled from its twin, and a disagreement is named", () => {
    const { report, problems, checked } = outcome(tabs());
    const m = (name: string) => report.members.find((x: { name: string }) => x.name === name);
    // 缺席 and 旷会 are the same record: one absence, not two.
    expect(m("张伟")).toMatchObject({ absent: 1, present: 1 });
    expect(m("李娜")).toMatchObject({ late: 1, present: 1 });
    expect(m("王芳")).toMatchObject({ absent: 0, present: 1 });
    for (const list of [problems, checked]) {
      expect(list).toContainEqual({
        sheet: "考勤",
        cell: "D1",
        message: "C1 和 D1 都是 2026-11-04 的例会：这次例会只算一次，每人取有记录的那一格；两格不同时按 C1 计算（已逐格标出）",
      });
      expect(list).toContainEqual({ sheet: "考勤", cell: "D4", message: "“缺席”与 C4 的“出席”不一致（同一次例会 2026-11-04）：按 C4 计算" });
      expect(list.filter((p) => p.sheet === "考勤" && /^D[23]$/.test(p.cell))).toEqual([]);
    }
  });

  test("the command line's check prints every such problem with both places", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outreach-ambiguity-"));
    const file = join(dir, "twins.xlsx");
    const t = [...tabs(), ledger("Sponsorships", ["Date", "Sponsor", "Cash"], [[d("2026-11-04"), "星光餐饮", 700]])];
    await saveXlsx(workbookFromTabs(t, { locale: "zh_CN" }), file);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, "..", "..", "build", "cli.cjs"), "--workbook", file, "--check"], {
      cwd: dir,
    });
    expect(stdout).toContain("C1 和 D1 都是 2026-11-04 的例会");
    expect(stdout).toContain("“赞助记录”和“Sponsorships”都是“赞助记录”工作表");
  });
});
