/** Formula text in the en_US syntax Apps Script takes, split into tokens. */
import { ParseFailure, tokenize } from "../../../../src/local/runtime/formula/tokenizer";

test("numbers, strings with doubled quotes, words, operators; spaces between tokens are nothing", () => {
  expect(tokenize('SUM(1.5, .5e1) & "say ""hi"""')).toEqual([
    { t: "word", v: "SUM" },
    { t: "op", v: "(" },
    { t: "num", v: 1.5 },
    { t: "op", v: "," },
    { t: "num", v: 5 },
    { t: "op", v: ")" },
    { t: "op", v: "&" },
    { t: "str", v: 'say "hi"' },
  ]);
  expect(tokenize("1<>2<=3>=4").map((t) => t.v)).toEqual([1, "<>", 2, "<=", 3, ">=", 4]);
});

test("a tab name, bare or quoted with '' for an apostrophe, is one token before its !", () => {
  expect(tokenize("设置!B4")).toEqual([
    { t: "sheet", v: "设置" },
    { t: "word", v: "B4" },
  ]);
  expect(tokenize("'It''s here'!$A$1:A")).toEqual([
    { t: "sheet", v: "It's here" },
    { t: "word", v: "$A$1" },
    { t: "op", v: ":" },
    { t: "word", v: "A" },
  ]);
});

test("what is not en_US syntax fails to tokenize: a 1,5-style word, a backslash column separator, unclosed text", () => {
  for (const bad of ["1A", "2B3", "{1\\2}", '"open', "'Tab!A1", "'Tab'A1", "1 # 2"]) expect(() => tokenize(bad)).toThrow(ParseFailure);
});

test("a long formula is read in one pass", () => {
  const long = `${"1+".repeat(50_000)}1`;
  const started = Date.now();
  expect(tokenize(long)).toHaveLength(100_001);
  expect(Date.now() - started).toBeLessThan(1000);
});
