// Apart from signin-limits.ts so that the page, which checks the limits before sending, does not
// bundle zod: only the server needs to distrust what google.script.run hands it.
import * as z from "zod/mini";
import { SIGNIN_LIMITS } from "./signin-limits";

const column = z.number().check(z.minimum(0), z.maximum(SIGNIN_LIMITS.columns - 1));
const name = z.string().check(z.maxLength(200));
const rows = z
  .array(z.array(z.string().check(z.maxLength(SIGNIN_LIMITS.cell))).check(z.maxLength(SIGNIN_LIMITS.columns)))
  .check(z.maxLength(SIGNIN_LIMITS.rows));

/** What the page sends to preview an import; a save sends the same with the preview's fingerprint. */
export const signinPreviewSchema = z.object({
  /** The export: a tab of this spreadsheet by name, or the rows of a file the page read (text only). One of the two. */
  source: z.object({ tab: z.optional(z.string().check(z.minLength(1), z.maxLength(200))), rows: z.optional(rows) }),
  meeting: z.string().check(z.maxLength(40)),
  absentRest: z.boolean(),
  /** The columns the user picked when the add-on could not tell (0-based). */
  columns: z.optional(z.object({ name: column, time: column, kind: z.nullable(column), signOut: z.nullable(column) })),
});

export const signinSaveSchema = z.object({
  ...signinPreviewSchema.shape,
  /** The fingerprint of the preview the user saw: a different one under the lock is refused. */
  confirm: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Entries the user agreed to replace, each with the text they saw. */
  confirmed: z.optional(z.array(z.object({ name, current: z.string().check(z.maxLength(5000)) })).check(z.maxLength(500))),
  /** Members whose entry the user chose to keep: the import skips them. */
  keep: z.optional(z.array(name).check(z.maxLength(500))),
});

export type SigninPreviewRequest = z.infer<typeof signinPreviewSchema>;
export type SigninSaveRequest = z.infer<typeof signinSaveSchema>;
