import { NameIndex, nameKey } from "../../src/domain/names";

describe("nameKey", () => {
  test("surrounding spaces go, inner runs of spaces (half- or full-width) become one, English is lower-cased", () => {
    expect(nameKey(" 张三 ")).toBe("张三");
    expect(nameKey("\u3000张三\u3000")).toBe("张三");
    expect(nameKey("Li  Lei")).toBe("li lei");
    expect(nameKey("LI\u3000LEI")).toBe("li lei");
    expect(nameKey("Han \u3000\tMeimei")).toBe("han meimei");
  });
});

describe("NameIndex.find", () => {
  const index = new NameIndex(["Li Lei", "张三", "Han Meimei"]);

  test("gives the spelling the sheet uses, whatever the case and spacing typed", () => {
    expect(index.find(" li  LEI ")).toBe("Li Lei");
    expect(index.find("han\u3000meimei")).toBe("Han Meimei");
    expect(index.find("张三 ")).toBe("张三");
  });

  test("an unknown name, or blank, is not found", () => {
    expect(index.find("李雷")).toBeUndefined();
    expect(index.find("Li")).toBeUndefined();
    expect(index.find("")).toBeUndefined();
  });

  test("two spellings of one name count once, and the first one listed is the canonical one", () => {
    const twice = new NameIndex(["Amy", "AMY ", "Bo"]);
    expect(twice.size).toBe(2);
    expect(twice.find("amy")).toBe("Amy");
  });

  test("an empty list knows nobody", () => {
    const none = new NameIndex([]);
    expect(none.size).toBe(0);
    expect(none.find("张三")).toBeUndefined();
    expect(none.suggest("张三")).toBeNull();
  });
});

describe("NameIndex.suggest (did you mean)", () => {
  test("one wrong character in a two- or three-character Chinese name", () => {
    const index = new NameIndex(["张三丰", "李四"]);
    expect(index.suggest("张三风")).toBe("张三丰");
    expect(index.suggest("李思")).toBe("李四");
  });

  test("two wrong characters in a short name is another person, not a typo", () => {
    const index = new NameIndex(["张三丰", "李四"]);
    expect(index.suggest("张山峰")).toBeNull();
    expect(index.suggest("王五")).toBeNull();
  });

  test("a longer name allows more slips (a third of its length)", () => {
    const index = new NameIndex(["Han Meimei"]);
    expect(index.suggest("Han Meimie")).toBe("Han Meimei");
    expect(index.suggest("han  MEIMEI")).toBe("Han Meimei");
    expect(index.suggest("Hon Maimoi x")).toBeNull();
  });

  test("the closest name wins; on a tie, the one listed first", () => {
    expect(new NameIndex(["Zhang Wen", "Zhang Wei"]).suggest("zhang weii")).toBe("Zhang Wei");
    expect(new NameIndex(["张三丰", "张三峰"]).suggest("张三风")).toBe("张三丰");
    expect(new NameIndex(["张三峰", "张三丰"]).suggest("张三风")).toBe("张三峰");
  });

  test("asking again gives the same answer", () => {
    const index = new NameIndex(["张三丰"]);
    expect(index.suggest("张三风")).toBe("张三丰");
    expect(index.suggest(" 张三风 ")).toBe("张三丰");
    expect(index.suggest("张山峰")).toBeNull();
    expect(index.suggest("张山峰")).toBeNull();
  });
});
