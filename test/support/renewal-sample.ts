/**
 * The sample workbook, whose last season (three 2025 sponsorships at the end of 赞助记录, 续约季开始
 * 2026-09-01, the 续约 notes in 赞助商) gives a renewal rate of 2/3 — with the notes in English when
 * the department works in English.
 */
import type { CellValue } from "../../src/local/runtime";
import { sampleTabs } from "../../src/local/sample/workbook";

const EN: Record<string, string> = {
  "【续约】2026-09-01 起：上季 ¥1,500（迎新晚会）": "[Renewal] from 2026-09-01: last season ¥1,500 (迎新晚会)",
  "【续约】2026-09-01 起：上季 ¥400": "[Renewal] from 2026-09-01: last season ¥400",
  "【续约】2026-09-01 起：上季 ¥300": "[Renewal] from 2026-09-01: last season ¥300",
};

export function renewalSample(lang: "zh" | "en" = "zh"): { name: string; rows: CellValue[][] }[] {
  const tabs = sampleTabs();
  if (lang === "en") {
    const sponsors = tabs.find((t) => t.name === "赞助商")!.rows;
    for (const r of sponsors) {
      const note = EN[String(r[r.length - 1])];
      if (note) r[r.length - 1] = note;
    }
  }
  return tabs;
}

/** The sample as a department that never started a season: no 续约季开始 in 设置. */
export function noSeasonSample(): { name: string; rows: CellValue[][] }[] {
  const tabs = sampleTabs();
  const settings = tabs.find((t) => t.name === "设置")!;
  settings.rows = settings.rows.filter((r) => r[0] !== "续约季开始");
  return tabs;
}
