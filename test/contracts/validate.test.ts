import * as z from "zod/mini";
import { langSchema, monthSchema, validate } from "../../src/contracts/validate";
import { UserError } from "../../src/domain/errors";
import { render } from "../../src/domain/messages";

const refusal = (fn: () => unknown, lang: "zh" | "en" = "zh") => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return render(e.msg, lang);
    throw e;
  }
  throw new Error("not refused");
};

describe("validate: what a page or the command line sends is checked before it reaches the sheet", () => {
  const schema = z.object({ month: monthSchema, lang: z.optional(langSchema), rows: z.array(z.string()) });

  test("a valid request comes back as it was sent", () => {
    expect(validate(schema, { month: "2026-11", rows: ["a"] })).toEqual({ month: "2026-11", rows: ["a"] });
  });

  test("a refusal names every wrong field by its path, in the reader's language", () => {
    const bad = () => validate(schema, { month: "2026-13", lang: "fr", rows: ["a", 5] });
    expect(refusal(bad)).toMatch(/^请求无效：month: .+; lang: .+; rows\.1: .+$/);
    expect(refusal(bad, "en")).toMatch(/^Invalid request: month: /);
  });

  test("a request that is not an object at all is named as the argument", () => {
    expect(refusal(() => validate(schema, "2026-11"))).toMatch(/^请求无效：\(argument\): /);
  });

  test("months are YYYY-MM with a real month; languages are zh or en", () => {
    expect(["2026-01", "2026-12"].every((m) => monthSchema.safeParse(m).success)).toBe(true);
    expect(["2026-00", "2026-1", "26-11", "2026-11-01"].some((m) => monthSchema.safeParse(m).success)).toBe(false);
    expect(langSchema.safeParse("zh").success && !langSchema.safeParse("ZH").success).toBe(true);
  });
});
