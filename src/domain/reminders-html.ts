/**
 * 提醒 / Reminders as the dialog's page: the group's text and the head's, each in a read-only box
 * with its own 复制 Copy button. Every text from the sheet is escaped; the buttons' script is built
 * here from constants (no sheet text in it). Nothing is sent anywhere: the officer pastes the text
 * into WeChat.
 */
import type { RemindersText } from "./reminders-text";
import { REMINDERS_TEXT } from "./reminders-text";
import { type Lang, type Text, t, text } from "./text";

export const REMINDERS_PAGE_TEXT = {
  copy: text("复制", "Copy"),
  copied: text("已复制", "Copied"),
  selected: text("已选中：请按 Ctrl+C（Mac 上 ⌘+C）复制", "Selected: press Ctrl+C (⌘+C on a Mac) to copy"),
  hint: text("复制后粘贴到微信群；插件不会发送任何消息。", "Copy, then paste into WeChat; the add-on sends nothing itself."),
} satisfies Record<string, Text>;

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = [
  "*{box-sizing:border-box}",
  "body{font:14px/1.5 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',Arial,sans-serif;color:#202124;margin:0;padding:12px 16px}",
  "h2{font-size:15px;margin:12px 0 6px}p{margin:4px 0;color:#3c4043}",
  "section{margin-bottom:8px}.bar{display:flex;gap:8px;align-items:center;margin-top:4px}",
  "textarea{width:100%;font:inherit;padding:6px;border:1px solid #c4c7c5;border-radius:4px;resize:vertical;white-space:pre-wrap}",
  "button{font:inherit;padding:4px 14px;border:1px solid #1a73e8;border-radius:4px;background:#1a73e8;color:#fff;cursor:pointer}",
  ".status{color:#137333}",
].join("");

/** The buttons' script: constants only, made safe to sit inside <script>. */
function script(lang: Lang): string {
  const s = (x: Text) => JSON.stringify(t(x, lang)).replace(/</g, "\\u003c");
  return (
    "(function(){document.querySelectorAll('button[data-copy]').forEach(function(b){" +
    "var box=document.getElementById(b.getAttribute('data-copy'));var status=document.getElementById(b.getAttribute('data-copy')+'-status');" +
    "function say(x){status.textContent=x;}" +
    `function fallback(){box.focus();box.select();var ok=false;try{ok=document.execCommand('copy');}catch(e){ok=false;}say(ok?${s(REMINDERS_PAGE_TEXT.copied)}:${s(REMINDERS_PAGE_TEXT.selected)});}` +
    "b.addEventListener('click',function(){" +
    `if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(box.value).then(function(){say(${s(REMINDERS_PAGE_TEXT.copied)});},fallback);}else{fallback();}` +
    "});});})();"
  );
}

function box(id: string, heading: Text, value: string, lang: Lang): string {
  const rows = Math.min(Math.max(value.split("\n").length + 1, 4), 18);
  const L = (x: Text) => escapeText(t(x, lang));
  return (
    `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${L(heading)}</h2>` +
    `<textarea id="${id}" rows="${rows}" readonly aria-labelledby="${id}-h">${escapeText(value)}</textarea>` +
    `<div class="bar"><button type="button" data-copy="${id}">${L(REMINDERS_PAGE_TEXT.copy)}</button>` +
    `<span id="${id}-status" class="status" role="status" aria-live="polite"></span></div></section>`
  );
}

export function remindersHtml(texts: RemindersText, lang: Lang): string {
  return (
    `<!DOCTYPE html><html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(t(REMINDERS_TEXT.title, lang))}</title>` +
    `<style>${STYLE}</style></head><body><main><p>${escapeText(t(REMINDERS_PAGE_TEXT.hint, lang))}</p>` +
    box("group", REMINDERS_TEXT.groupHeading, texts.group, lang) +
    box("head", REMINDERS_TEXT.headHeading, texts.head, lang) +
    `</main><script>${script(lang)}</script></body></html>`
  );
}
