/** Menu: 初始化表格 / Set up sheets. */
import { describeChanges, runSetup } from "../../app/setup";
import { guard } from "../guard";
import { alert } from "../host";
import { label } from "../labels";

export function menuSetup(): void {
  guard((ctx) => {
    const changes = runSetup(ctx);
    alert(label("setupDone", ctx.lang), describeChanges(changes, ctx.lang));
  });
}
