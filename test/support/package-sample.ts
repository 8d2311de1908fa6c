/** The sample with a 方案 typed by hand into 赞助记录, for the create-deliverables tests. */
import { sampleTabs } from "../../src/local/sample/workbook";
import { sheetWith, today } from "./apps-script";

export const DELIVERABLES = "赞助回报";

/** The sample, its ledger and deliverables given 方案 and 来源 columns, and 中国联通's 元旦晚会 row typed with 冠名. */
export function withPackage(extraRows = 0) {
  today("2026-11-23");
  const tabs = sampleTabs();
  const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
  ledger[0].push("方案");
  for (const r of ledger.slice(1)) r.push("");
  const i = ledger.findIndex((r) => r[1] === "中国联通(大学城营业厅)" && r[2] === "元旦晚会");
  ledger[i][11] = "冠名";
  const delivered = tabs.find((t) => t.name === DELIVERABLES)!.rows;
  delivered[0].push("来源");
  for (const r of delivered.slice(1)) r.push("");
  for (let k = 0; k < extraRows; k++) {
    ledger.push([ledger[2][0], "博文书店", "迎新晚会", "李欣怡", 1, "", "", "已到账", "", "", "", ""]);
    delivered.push(["博文书店", "迎新晚会", `鸣谢 ${k}`, "", "李欣怡", "已完成", "", ""]);
  }
  return { rt: sheetWith(tabs), ledgerRow: i + 1 };
}
