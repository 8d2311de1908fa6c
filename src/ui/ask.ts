/** The questions several menu items ask before they act. */
import { defaultReportMonth, type Month, parseMonth } from "../domain/dates";
import { UserError } from "../domain/errors";
import type { Context } from "../sheets/workbook";
import { prompt } from "./host";
import { label } from "./labels";

/** Which month: blank means the suggested one (last month in the first days of a month); null when cancelled. */
export function askMonth(ctx: Context, title: string, question: "monthPrompt" | "payoutMonthPrompt" = "monthPrompt"): Month | null {
  const suggested = defaultReportMonth(ctx.today);
  const typed = prompt(title, label(question, ctx.lang, { month: suggested }));
  if (typed === null) return null;
  if (typed === "") return suggested;
  const m = parseMonth(typed);
  if (!m.ok) throw new UserError(m.error);
  return m.value;
}
