// Apart from leave-entry.ts so that the pages, which bundle the rules for their live check, do not
// also bundle zod: only the server needs to distrust what google.script.run hands it.
import * as z from "zod/mini";

const text = z.string().check(z.maxLength(5000));

/** What the server accepts from the 请假 page before checking it with checkLeave. */
export const leaveFormSchema = z.object({ meeting: text, reason: text });

const clock = z.object({ date: text, seconds: z.number().check(z.minimum(0), z.maximum(86399)) });

/** What the server accepts from the 审批 page before checking it with checkDecision. */
export const decisionFormSchema = z.object({
  key: z.object({ submittedAt: z.nullable(clock), name: text, meeting: text, reason: text }),
  decision: z.enum(["approved", "rejected"]),
  note: text,
});
