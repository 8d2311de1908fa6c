// Apart from contact-entry.ts so that the page, which bundles the rules for its live check, does not
// also bundle zod: only the server needs to distrust what google.script.run hands it.
import * as z from "zod/mini";
import type { Stage } from "../domain/model";
import { STAGE_VALUES } from "./contact-entry";

const text = z.string().check(z.maxLength(5000));

/** "I am this member", from a user Google does not recognise by email (every who-are-you sidebar). */
export const memberPickSchema = z.object({ name: text });

/** What the server accepts from the page before checking it with checkContact. */
export const contactFormSchema = z.object({
  sponsor: text,
  date: text,
  channel: text,
  note: text,
  stage: z.enum(["", ...STAGE_VALUES] as ["", ...Stage[]]),
  next: text,
  clearNext: z.boolean(),
});
