import { text } from "../../../domain/text";
import { COMMON, type Dict } from "../lib/i18n";

export const L: Dict = {
  ...COMMON,
  title: text("自检", "Self-check"),
  running: text(
    "正在检查，需要几秒钟…（会新建一个临时工作表，检查完即删除）",
    "Checking, this takes a few seconds… (a scratch tab appears and is removed when done)",
  ),
  colResult: text("结果", "Result"),
  colCheck: text("检查项", "Check"),
  colFound: text("发现", "Found"),
  colFix: text("怎么办", "What to do"),
  pass: text("通过", "passed"),
  fail: text("未通过", "failed"),
  allPassed: text("全部 {total} 项通过", "All {total} checks passed"),
  someFailed: text("{failed} 项未通过（共 {total} 项）", "{failed} of {total} checks failed"),
  copy: text("复制结果", "Copy result"),
  again: text("再检查一次", "Check again"),
  close: text("关闭", "Close"),
  plainText: text("纯文本结果（报告问题时粘贴）", "The result as text (paste it into a bug report)"),
  copied: text("已复制，可以粘贴到微信或邮件中。", "Copied: paste it into WeChat or an email."),
  selectToCopy: text(
    "浏览器不允许这个窗口直接复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
    "The browser does not let this window copy: the text is selected, press Ctrl+C (⌘C on a Mac).",
  ),
};
