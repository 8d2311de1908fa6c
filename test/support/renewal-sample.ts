/**
 * The sample workbook with a previous season: three 2025 sponsorships at the end of 赞助记录
 * (新华书店 and 博文书店 gave again from 2026-09-01, 一点点 has not), 续约季开始 2026-09-01 in 设置
 * and a 续约 column in 赞助商 — so its November report shows a renewal rate of 2/3.
 */
import type { CellValue } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";

const d = (s: string) => new Date(`${s}T00:00:00+08:00`);

export function renewalSample(lang: "zh" | "en" = "zh"): { name: string; rows: CellValue[][] }[] {
  const tabs = sampleTabs();
  const rows = (name: string) => tabs.find((t) => t.name === name)!.rows;
  // 日期, 赞助商, 活动, 经办人, 现金, 物资, 物资估值, 状态, 佣金, 佣金发放日期, 备注
  rows("赞助记录").push(
    [d("2025-10-12"), "新华书店(大学路店)", "迎新晚会", "陈思远", 1500, "", "", "已到账", "", d("2025-11-06"), ""],
    [d("2025-11-20"), "博文书店", "", "李欣怡", 400, "", "", "已到账", "", d("2025-12-08"), ""],
    [d("2025-12-01"), "一点点(北门店)", "", "郑宇轩", 300, "", "", "已到账", "", d("2026-01-08"), ""],
  );
  rows("赞助商").forEach((r, i) => r.push(i === 0 ? "续约" : ""));
  const notes: Record<string, string> =
    lang === "zh"
      ? { 新华书店: "【续约】2026-09-01 起：上季 ¥1,500（迎新晚会）", 博文书店: "【续约】2026-09-01 起：上季 ¥400", 一点点: "【续约】2026-09-01 起：上季 ¥300" }
      : {
          新华书店: "[Renewal] from 2026-09-01: last season ¥1,500 (迎新晚会)",
          博文书店: "[Renewal] from 2026-09-01: last season ¥400",
          一点点: "[Renewal] from 2026-09-01: last season ¥300",
        };
  for (const r of rows("赞助商")) {
    const key = Object.keys(notes).find((k) => String(r[0]).startsWith(k));
    if (key) r[r.length - 1] = notes[key];
  }
  rows("设置").push(["续约季开始", d("2026-09-01"), ""]);
  return tabs;
}
