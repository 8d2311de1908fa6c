/** 经办人 shares that do not add up, through the built bundle: Check data names them, the report loses no fen. */
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon } from "./addon";

type P = { sheet: string; cell: string; message: string };
type Member = { name: string; commission: number };

// The sample's 2026-10-09 row: ¥2,000 from 新东方学校, 15% = ¥300, credited 张子涵 60%、何静怡 40%.
function withCredit(credit: string) {
  const tabs = sampleTabs();
  const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
  const i = ledger.findIndex((r) => r[1] === "新东方学校" && r[2] === "考研经验讲座");
  ledger[i][3] = credit;
  return { a: addon(tabs, { locale: "zh_CN" }), cell: `D${i + 1}` };
}

const fen = (yuan: number) => Math.round(yuan * 100);

function october(credit: string) {
  const { a, cell } = withCredit(credit);
  const problems = (a.fn.checkData({ mark: false }) as P[]).filter((p) => p.cell === cell);
  const report = a.fn.generateMonthlyReport({ month: "2026-10" }).report;
  const commission = new Map((report.members as Member[]).map((m) => [m.name, fen(m.commission)]));
  return { problems, report, commission };
}

describe("Credited to (经办人) shares in a workbook", () => {
  const clean = october("张子涵 60%、何静怡 40%");

  test("shares adding up to 90% are named in Check data and in the report, and the ¥300 is still paid out whole", () => {
    const r = october("张子涵 60%、何静怡 30%");
    const message = "分成合计 90%（张子涵 60%、何静怡 30%），应为 100%：佣金暂按所填比例分配，请改正";
    expect(r.problems).toEqual([{ sheet: "赞助记录", cell: expect.stringMatching(/^D\d+$/), message }]);
    expect(r.report.problems).toContainEqual({ sheet: "赞助记录", cell: r.problems[0].cell, message });
    // 60 : 30 of ¥300 → ¥200 and ¥100: the total and the unassigned part do not move.
    expect(r.commission.get("张子涵")! - clean.commission.get("张子涵")!).toBe(20000 - 18000);
    expect(r.commission.get("何静怡")! - clean.commission.get("何静怡")!).toBe(10000 - 12000);
    expect(fen(r.report.totals.commission)).toBe(fen(clean.report.totals.commission));
    expect(fen(r.report.totals.unassigned)).toBe(fen(clean.report.totals.unassigned));
  });

  test("a member left at 0% is named in English too, and the other keeps the whole ¥300", () => {
    const { a, cell } = withCredit("张子涵 100%、何静怡 0%");
    const en = (a.fn.checkData({ mark: false, lang: "en" }) as P[]).filter((p) => p.cell === cell);
    expect(en.map((p) => p.message)).toEqual(["何静怡 has a 0% share and gets no commission: give a share or remove the name"]);
    const r = october("张子涵 100%、何静怡 0%");
    expect(r.commission.get("张子涵")! - clean.commission.get("张子涵")!).toBe(30000 - 18000);
    expect(fen(r.report.totals.commission)).toBe(fen(clean.report.totals.commission));
  });

  test("everyone at 0% leaves the commission unassigned, and says so", () => {
    const r = october("张子涵 0%、何静怡 0%");
    expect(r.problems.map((p) => p.message)).toEqual([
      "经办人“张子涵”的比例为 0%，分不到佣金：请填写比例或删去这个名字",
      "经办人“何静怡”的比例为 0%，分不到佣金：请填写比例或删去这个名字",
      expect.stringMatching(/^已到账的赞助没有填写经办人：佣金计入“未分配”/),
    ]);
    expect(fen(r.report.totals.unassigned) - fen(clean.report.totals.unassigned)).toBe(30000);
    expect(fen(r.report.totals.commission)).toBe(fen(clean.report.totals.commission));
  });
});
