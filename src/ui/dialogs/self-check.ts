/**
 * Menu: 自检 / Self-check. The dialog opens at once with a busy line and its page asks the server
 * to run the check (app/self-check.ts), so the few seconds of checking pass in view.
 */
import { guard } from "../guard";
import { showPage } from "../host";
import { label } from "../labels";

export function menuSelfCheck(): void {
  guard((ctx) => showPage("selfcheck", label("selfCheck", ctx.lang), { width: 760, height: 560 }));
}
