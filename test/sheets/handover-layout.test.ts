import { buildHandover } from "../../src/domain/handover";
import { handoverTabName, layoutHandover } from "../../src/sheets/handover-layout";
import { parseWorkbook } from "../../src/sheets/parse";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

function handover(ledger: unknown[][]) {
  const { model } = parseWorkbook(
    {
      members: {
        sheet: "成员",
        values: [
          ["姓名", "小组"],
          ["王浩然", "一组"],
        ],
      },
      sponsors: {
        sheet: "赞助商",
        values: [
          ["赞助商", "负责人", "阶段"],
          ["=博文书店", "王浩然", "长期合作"],
        ] as never,
      },
      ledger: { sheet: "赞助记录", values: [["日期", "赞助商", "经办人", "现金", "状态"], ...ledger] as never },
    },
    "Asia/Shanghai",
    "2026-12-20",
  );
  return buildHandover(model, "2026");
}

describe("handoverTabName", () => {
  test("交接 2026 in a zh sheet, Hand-over 2026 otherwise", () => {
    expect(handoverTabName("2026", "zh")).toBe("交接 2026");
    expect(handoverTabName("2026", "en")).toBe("Hand-over 2026");
  });
});

describe("layoutHandover", () => {
  test("the title with the department, then every section; empty ones say 无", () => {
    const l = layoutHandover(handover([[d("2026-10-02"), "=博文书店", "王浩然", 1000, "已到账"]]), "zh", "外联部", "2026-12-20 10:00");
    expect(l.values[0][0]).toBe("'外联部 2026 换届交接");
    const col = l.values.map((r) => r[0]);
    const next = (title: string) => col[col.indexOf(title) + 1];
    expect(next("二、未到账的意向赞助")).toBe("无");
    expect(next("三、未完成的赞助回报")).toBe("无");
    expect(col).toContain("六、成员 2026 年合计");
  });

  test("sponsor names are text, with what each gave per year in yuan", () => {
    const l = layoutHandover(handover([[d("2026-10-02"), "=博文书店", "王浩然", 1000, "已到账"]]), "zh", "", "2026-12-20 10:00");
    const header = l.values.findIndex((r) => r[0] === "赞助商");
    expect(l.values[header]).toContain("到账 2026");
    const row = l.values[header + 1];
    expect(row[0]).toBe("'=博文书店");
    expect(row[l.values[header].indexOf("到账 2026")]).toBe(1000);
    expect(row[l.values[header].indexOf("阶段")]).toBe("长期合作");
  });

  test("unpaid commission credited to names not in Members is one 'unassigned' line", () => {
    const l = layoutHandover(handover([[d("2026-10-02"), "=博文书店", "陌生人", 1000, "已到账"]]), "en", "", "2026-12-20 10:00");
    const col = l.values.map((r) => r[0]);
    const i = col.indexOf("4. Unpaid commission (at the year's end)");
    expect(l.values[i + 2].slice(0, 3)).toEqual(["Unassigned (names not in Members)", 1, 150]);
  });
});
