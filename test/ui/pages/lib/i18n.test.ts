import { COMMON, word } from "../../../../src/ui/pages/lib/i18n";

describe("word: a page's words in the reader's language", () => {
  test("a key in the dictionary in zh and en, with its named parameters filled", () => {
    expect(word(COMMON, "unexpected", "zh", { detail: "网络中断" })).toBe("出错了：网络中断");
    expect(word(COMMON, "unexpected", "en", { detail: "offline" })).toBe("Something went wrong: offline");
  });

  test("a key the dictionary lacks shows as itself, so a missing word is seen rather than blank", () => {
    expect(word(COMMON, "noSuchWord", "zh")).toBe("noSuchWord");
  });
});
