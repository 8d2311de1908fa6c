/**
 * Menu: 赞助反馈 / Sponsor recap. Two prompts: the sponsor (with `|event` for one event only:
 * 博文书店|新生辩论赛; a full-width ｜ works too), then the language (blank for the sheet's). The
 * page opens in a dialog with 打印 Print and 复制 Copy. Read-only.
 */
import { runRecap } from "../../app/recap";
import type { Lang } from "../../domain/messages";
import { guard } from "../guard";
import { alert, prompt, showHtml } from "../host";
import { label } from "../labels";

/** "博文书店|新生辩论赛" → sponsor and event; no bar → every event. */
export function splitSponsorEvent(typed: string): { sponsor: string; event: string | null } {
  const half = typed.indexOf("|");
  const full = typed.indexOf("｜");
  const at = half < 0 ? full : full < 0 ? half : Math.min(half, full);
  if (at < 0) return { sponsor: typed.trim(), event: null };
  const event = typed.slice(at + 1).trim();
  return { sponsor: typed.slice(0, at).trim(), event: event === "" ? null : event };
}

const LANGS: Record<string, Lang> = { zh: "zh", "zh-cn": "zh", 中文: "zh", chinese: "zh", en: "en", english: "en", 英文: "en" };

/** The language typed at the second prompt: blank is the sheet's; undefined when not understood. */
export function chosenLang(typed: string, sheet: Lang): Lang | undefined {
  const v = typed.trim().toLowerCase();
  return v === "" ? sheet : LANGS[v];
}

/** A dialog title stays one short line, whatever the sponsor's name. */
const clip = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

export function menuRecap(): void {
  guard((ctx) => {
    const typed = prompt(label("recap", ctx.lang), label("recapPrompt", ctx.lang));
    if (typed === null || typed === "") return;
    const { sponsor, event } = splitSponsorEvent(typed);
    const langTyped = prompt(label("recap", ctx.lang), label("recapLangPrompt", ctx.lang, { lang: ctx.lang }));
    if (langTyped === null) return;
    const lang = chosenLang(langTyped, ctx.lang);
    if (!lang) {
      alert(label("error", ctx.lang), label("recapBadLang", ctx.lang, { value: clip(langTyped) }));
      return;
    }
    const run = runRecap(ctx, sponsor, event, lang);
    showHtml(run.html, `${label("recap", ctx.lang)} · ${clip(run.sponsor)}`, { width: 900, height: 640 });
  });
}
