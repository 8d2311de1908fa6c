/** Menu: 帮助 / Help: what each menu item does and the cell functions, in the sheet's language. */
import type { Lang } from "../../domain/messages";
import { guard } from "../guard";
import { showHtml } from "../host";
import { page } from "../html";
import { label } from "../labels";

export function helpPage(lang: Lang): string {
  const zh = lang === "zh";
  const body = zh
    ? `<h2>外联部助手</h2>
<p>把外联部的共享表格变成工作系统：赞助记录、15% 佣金、例会考勤罚款和月报。</p>
<ul>
<li><b>初始化表格</b>：创建缺少的工作表和列、格式、下拉选项和公式；不会删除或覆盖已填写的内容。</li>
<li><b>检查数据</b>：列出所有无法识别的金额、日期、姓名和考勤状态，并在单元格上加批注；不修改任何数值。</li>
<li><b>生成月报</b>：按月汇总到账赞助、成员佣金、考勤罚款、小组、活动进度、赞助商跟进和未计入的数据。</li>
</ul>
<p>单元格函数：<code>=COMMISSION(E2)</code>、<code>=COMMISSION(E2:E500, "10%")</code>、<code>=MEETING_PENALTY(C2:Z2)</code>、<code>=MEETING_WARNING(C2:Z2)</code>。</p>
<p>警告只提示部长审议，从不自动移除任何成员。</p>`
    : `<h2>Outreach add-on</h2>
<p>Turns the department's shared sheet into its working system: the sponsorship ledger, the 15% commission, meeting penalties and the monthly report.</p>
<ul>
<li><b>Set up sheets</b>: creates missing tabs and columns, formats, dropdowns and formulas; never deletes or overwrites what you typed.</li>
<li><b>Check data</b>: lists every amount, date, name or attendance code it cannot read and marks the cells with a note; changes no value.</li>
<li><b>Generate monthly report</b>: sponsorship received, each member's commission, meeting penalties, groups, event progress, follow-ups due and what could not be counted.</li>
</ul>
<p>Cell functions: <code>=COMMISSION(E2)</code>, <code>=COMMISSION(E2:E500, "10%")</code>, <code>=MEETING_PENALTY(C2:Z2)</code>, <code>=MEETING_WARNING(C2:Z2)</code>.</p>
<p>Warnings only flag a member for the head's review; nobody is ever removed automatically.</p>`;
  return page(lang, body);
}

export function menuHelp(): void {
  guard((ctx) => showHtml(helpPage(ctx.lang), label("helpTitle", ctx.lang), { width: 520, height: 420 }));
}
