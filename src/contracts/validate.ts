import * as z from "zod/mini";
import { UserError } from "../domain/errors";

/**
 * Everything a sidebar or the command line sends is checked before it reaches the sheet:
 * google.script.run will call any top-level function with any argument a page sends.
 */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const detail = r.error.issues.map((i) => `${i.path.join(".") || "(argument)"}: ${i.message}`).join("; ");
  throw new UserError({ key: "badRequest", params: { detail } });
}

export const langSchema = z.enum(["zh", "en"]);
export const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
