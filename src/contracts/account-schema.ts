// Apart from account-entry.ts so that the page, which bundles the rules for its live check, does not
// also bundle zod: only the server needs to distrust what google.script.run hands it.
import * as z from "zod/mini";
import type { AccountType } from "../domain/model";
import { ACCOUNT_TYPE_VALUES, PAID_BY_VALUES, type PaidBy } from "./account-entry";

const text = z.string().check(z.maxLength(5000));

/** What the server accepts from the 记账 page before checking it with checkAccount. */
export const accountFormSchema = z.object({
  type: z.enum(ACCOUNT_TYPE_VALUES as [AccountType, ...AccountType[]]),
  date: text,
  amount: text,
  event: text,
  member: text,
  item: text,
  receipt: text,
  paidBy: z.enum(PAID_BY_VALUES as [PaidBy, ...PaidBy[]]),
  notes: text,
  /** The question about a fine beyond what is owed, as the server asked it: only that very answer saves. */
  confirm: z.optional(text),
});

/** An expense to mark paid back, as the sidebar listed it. */
export const payBackSchema = z.object({
  row: z.int().check(z.minimum(2), z.maximum(10000000)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  member: text,
  amount: z.int(),
  item: text,
});
