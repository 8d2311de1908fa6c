/** Every menu item runs inside guard: a UserError becomes an alert in the sheet's language; anything else is reported, never swallowed. */
import { UserError } from "../domain/errors";
import { render } from "../domain/messages";
import { type Context, context } from "../sheets/workbook";
import { alert } from "./host";
import { label } from "./labels";

export function guard(action: (ctx: Context) => void): void {
  const ctx = context();
  try {
    action(ctx);
  } catch (e) {
    if (e instanceof UserError) {
      alert(label("error", ctx.lang), render(e.msg, ctx.lang));
      return;
    }
    console.error(e);
    alert(label("error", ctx.lang), String((e as Error)?.message ?? e));
  }
}
