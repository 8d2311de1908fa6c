/** REGEXMATCH patterns as RE2 reads them, and never one that could backtrack for ever. */
import { compileRe2 } from "../../../../src/local/runtime/formula/regex";

test("ordinary patterns compile, Unicode included", () => {
  const re = compileRe2("^(received|已到账|)$") as RegExp;
  expect([re.test("已到账"), re.test("")]).toEqual([true, true]);
  expect((compileRe2("^\\p{L}+$") as RegExp).test("张三")).toBe(true);
});

test("what RE2 refuses is not a pattern: backreferences and lookaround", () => {
  for (const p of ["(a)\\1", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(a"]) expect([p, compileRe2(p)]).toEqual([p, null]);
  expect(compileRe2("(?P<name>a)")).toBeNull();
});

test("a repeated group holding a repetition is flagged, not run; brackets and escapes do not confuse the scan", () => {
  for (const p of ["(a+)+", "(a*)*$", "((ab)+){2}", "(x|a+)+"]) expect([p, compileRe2(p)]).toEqual([p, "nested"]);
  for (const p of ["(ab)+", "(a+)b", "[(a+)]+", "\\(a+\\)+"]) expect([p, compileRe2(p) instanceof RegExp]).toEqual([p, true]);
});
