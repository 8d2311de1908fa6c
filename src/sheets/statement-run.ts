/** 个人明细 / Member statement: read-only; finds the member by name (with a "did you mean"). */
import type { Month } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import { NameIndex } from "../domain/names";
import { buildStatement } from "../domain/statement";
import { type StatementText, statementText } from "../domain/statement-text";
import { type Context, loadModel } from "./workbook";

export function runStatement(ctx: Context, name: string, month: Month, lang: Lang = ctx.lang): StatementText {
  const loaded = loadModel(ctx, ["members", "ledger", "attendance", "settings"]);
  const index = new NameIndex(loaded.model.members.map((m) => m.name));
  const found = index.find(name);
  if (!found) throw new UserError({ key: "unknownMember", params: { value: name, suggestion: index.suggest(name) ?? "" } });
  return statementText(buildStatement(loaded.model, found, month)!, lang);
}
