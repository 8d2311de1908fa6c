// Apart from settings-form.ts so that the page, which bundles the rules for its live check, does not
// also bundle zod: only the server needs to distrust what google.script.run hands it.
import * as z from "zod/mini";

const text = z.string().check(z.maxLength(1000));
/** What the server accepts from the page before checking it with checkSettings. */
export const settingsFormFields = {
  rate: text,
  basis: z.enum(["cash", "cashAndInKind"]),
  lateFee: text,
  leftEarlyFee: text,
  absentFee: text,
  lateLimit: text,
  absentLimit: text,
  termStart: text,
  department: text,
  reportLang: z.enum(["zh", "en"]),
  meetingStart: text,
  graceMinutes: text,
  meetingLength: text,
  leaveNeedsApproval: z.enum(["yes", "no"]),
  openingBalance: text,
  openingDate: text,
};
/** `base`: the form as loaded. With it, only changed fields are written, and only if nobody changed them meanwhile. */
export const settingsFormSchema = z.object({ ...settingsFormFields, base: z.optional(z.object(settingsFormFields)) });
