/**
 * 个人明细 / Member statement: read-only; finds the member by name (with a "did you mean"). 收支 is
 * read for the member's fines and reimbursements: one more read, whatever its length.
 */
import * as z from "zod/mini";
import { langSchema, monthSchema, validate } from "../contracts/validate";
import type { Month } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Lang } from "../domain/messages";
import { NameIndex } from "../domain/names";
import { buildStatement } from "../domain/statement";
import { type StatementText, statementText } from "../domain/statement-text";
import { type Context, context, loadModel, requireReadable } from "../sheets/workbook";

export function runStatement(ctx: Context, name: string, month: Month, lang: Lang = ctx.lang): StatementText {
  const loaded = loadModel(ctx, ["members", "ledger", "accounts", "attendance", "leave", "settings"]);
  for (const key of ["members", "ledger", "accounts", "attendance", "leave"] as const) requireReadable(loaded, key);
  const index = new NameIndex(loaded.model.members.map((m) => m.name));
  const found = index.find(name);
  if (!found) throw new UserError({ key: "unknownMember", params: { value: name, suggestion: index.suggest(name) ?? "" } });
  return statementText(buildStatement(loaded.model, found, month)!, lang);
}

const statementOptions = z.object({ name: z.string().check(z.minLength(1)), month: monthSchema, lang: z.optional(langSchema) });

/**
 * A member's statement for a month: every line behind their commission and penalties.
 * @param {{name: string, month: string, lang?: "zh"|"en"}} options
 */
export function memberStatement(options: unknown): StatementText {
  const o = validate(statementOptions, options);
  const ctx = context();
  return runStatement(ctx, o.name.trim(), o.month, o.lang ?? ctx.lang);
}
