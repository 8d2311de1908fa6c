// Apart from record-entry.ts so that the page, which bundles the rules for its live check, does not
// also bundle zod: only the server needs to distrust what google.script.run hands it.
import * as z from "zod/mini";
import { LEDGER_STATUS_VALUES } from "./record-entry";

const text = z.string().check(z.maxLength(5000));
/** What the server accepts from the page before checking it with checkRecord. */
export const recordFormSchema = z.object({
  sponsor: text,
  addSponsor: z.boolean(),
  category: text,
  owner: text,
  event: text,
  members: z.array(text).check(z.maxLength(200)),
  weights: z.array(text).check(z.maxLength(200)),
  cash: text,
  items: text,
  inKind: text,
  status: z.enum(LEDGER_STATUS_VALUES as ["received", "pledged", "cancelled"]),
  date: text,
  notes: text,
  /** The unusual date the user has seen the question about and confirmed. */
  confirmDate: z.optional(text),
  /** The new sponsor name the user was asked about (it looks like a known one) and chose to add. */
  confirmSponsor: z.optional(text),
  /** 方案: a package name, or "" for none. */
  package: z.optional(text),
});
