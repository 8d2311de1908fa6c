import { COMMON, type Dict } from "../lib/i18n";

export const L: Dict = {
  ...COMMON,
  title: { zh: "自检", en: "Self-check" },
  running: {
    zh: "正在检查，需要几秒钟…（会新建一个临时工作表，检查完即删除）",
    en: "Checking, this takes a few seconds… (a scratch tab appears and is removed when done)",
  },
  colResult: { zh: "结果", en: "Result" },
  colCheck: { zh: "检查项", en: "Check" },
  colFound: { zh: "发现", en: "Found" },
  colFix: { zh: "怎么办", en: "What to do" },
  pass: { zh: "通过", en: "passed" },
  fail: { zh: "未通过", en: "failed" },
  allPassed: { zh: "全部 {total} 项通过", en: "All {total} checks passed" },
  someFailed: { zh: "{failed} 项未通过（共 {total} 项）", en: "{failed} of {total} checks failed" },
  copy: { zh: "复制结果", en: "Copy result" },
  again: { zh: "再检查一次", en: "Check again" },
  close: { zh: "关闭", en: "Close" },
  plainText: { zh: "纯文本结果（报告问题时粘贴）", en: "The result as text (paste it into a bug report)" },
  copied: { zh: "已复制，可以粘贴到微信或邮件中。", en: "Copied: paste it into WeChat or an email." },
  selectToCopy: {
    zh: "浏览器不允许这个窗口直接复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
    en: "The browser does not let this window copy: the text is selected, press Ctrl+C (⌘C on a Mac).",
  },
};
