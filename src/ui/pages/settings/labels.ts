import { text } from "../../../domain/text";
import { COMMON, type Dict } from "../lib/i18n";

export const L: Dict = {
  ...COMMON,
  title: text("设置", "Settings"),
  commission: text("佣金", "Commission"),
  rate: text("佣金比例（%）", "Commission rate (%)"),
  rateHint: text("拉到赞助的成员获得赞助金额的此比例，0–100", "Share of a sponsorship paid to whoever brought it in, 0–100"),
  basis: text("佣金基数", "Commission basis"),
  cash: text("仅现金", "Cash only"),
  cashAndInKind: text("现金+物资（物资按估值计）", "Cash and in-kind (goods at their value)"),
  meetings: text("例会罚款与警告", "Meeting fees and warnings"),
  lateFee: text("迟到罚款（元）", "Late fee (yuan)"),
  leftEarlyFee: text("早退罚款（元）", "Left-early fee (yuan)"),
  absentFee: text("缺席罚款（元）", "Absence fee (yuan)"),
  feeHint: text("已批准的请假不罚款；未批假按缺席计", "Approved leave is free; unapproved leave counts as absent"),
  lateLimit: text("迟到早退警告次数", "Late/early limit"),
  absentLimit: text("缺席警告次数", "Absence limit"),
  limitHint: text(
    "本学期达到次数即提示部长审议，从不自动移除成员",
    "Reaching a limit this term flags the member for the head's review; nobody is removed automatically",
  ),
  termStart: text("学期开始", "Term start"),
  termHint: text("警告次数从这一天起计算", "Warnings count from this day"),
  general: text("部门与月报", "Department and report"),
  department: text("部门名称", "Department name"),
  reportLang: text("报告语言", "Report language"),
  zh: text("中文", "Chinese (中文)"),
  en: text("英文（English）", "English"),
  problems: text("设置表中有无法识别的值，下方显示的是默认值：", "Some values in the Settings tab could not be read; the form shows the defaults instead:"),
  save: text("保存设置", "Save settings"),
  saved: text("已保存到“{sheet}”工作表。", "Saved to the {sheet} tab."),
};
