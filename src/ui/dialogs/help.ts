/** Menu: 帮助 / Help: what each menu item does and the cell functions, in the sheet's language. */
import type { Lang } from "../../domain/messages";
import { guard } from "../guard";
import { showHtml } from "../host";
import { page } from "../html";
import { label } from "../labels";

export function helpPage(lang: Lang): string {
  return page(lang, label("helpBody", lang));
}

export function menuHelp(): void {
  guard((ctx) => showHtml(helpPage(ctx.lang), label("helpTitle", ctx.lang), { width: 520, height: 420 }));
}
