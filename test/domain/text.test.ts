import { LIST, t, text } from "../../src/domain/text";

describe("t", () => {
  test("fills named parameters in the reader's language", () => {
    const hello = text("你好，{name}！共 {n} 条", "Hello, {name}! {n} in all");
    expect(t(hello, "zh", { name: "张三", n: 3 })).toBe("你好，张三！共 3 条");
    expect(t(hello, "en", { name: "Amy", n: 3 })).toBe("Hello, Amy! 3 in all");
  });

  test("a parameter used twice is filled twice; one not used is ignored", () => {
    expect(t(text("{a}-{a}", "{a}+{a}"), "en", { a: "x", b: "y" })).toBe("x+x");
  });

  test("a missing parameter renders as nothing", () => {
    const line = text("“{value}”无效", '"{value}" is not valid');
    expect(t(line, "zh")).toBe("“”无效");
    expect(t(line, "en", {})).toBe('"" is not valid');
  });

  test("a parameter's value is never read as a template", () => {
    expect(t(text("{a}", "{a}"), "en", { a: "{b}", b: "no" })).toBe("{b}");
  });

  test("plural words: singular for 1, plural for 0, 2 and anything else", () => {
    const times = text("{count} 次", "{count} {count|time|times}");
    expect(t(times, "en", { count: 1 })).toBe("1 time");
    expect(t(times, "en", { count: 2 })).toBe("2 times");
    expect(t(times, "en", { count: 0 })).toBe("0 times");
    expect(t(times, "en", { count: "1" })).toBe("1 time");
    expect(t(times, "en")).toBe(" times");
    expect(t(times, "zh", { count: 1 })).toBe("1 次");
  });

  test("a plural form may be several words or empty", () => {
    const fix = text("", "{n} {n|field needs|fields need} fixing, {n} {n||more}");
    expect(t(fix, "en", { n: 1 })).toBe("1 field needs fixing, 1 ");
    expect(t(fix, "en", { n: 3 })).toBe("3 fields need fixing, 3 more");
  });

  test("a brace not followed by a name (and a closing brace) is left as it is", () => {
    const odd = text("{ } {} {-x} {a b} {x|y} {x|y|z|w} {{a}} {a", "same");
    expect(t(odd, "zh", { a: "A", x: 1 })).toBe("{ } {} {-x} {a b} {x|y} {x|y|z|w} {A} {a");
  });

  test("100,000 braces render quickly", () => {
    const hostile = "{".repeat(100_000);
    expect(t(text(hostile, hostile), "en", { a: "x" })).toBe(hostile);
    const names = `{${"a".repeat(100_000)}`;
    expect(t(text(names, names), "en")).toBe(names);
    const pipes = `{a|${"{a|".repeat(30_000)}`;
    expect(t(text(pipes, pipes), "en")).toBe(pipes);
  });

  test("the list separator follows the language", () => {
    expect(["甲", "乙"].join(t(LIST, "zh"))).toBe("甲、乙");
    expect(["A", "B"].join(t(LIST, "en"))).toBe("A, B");
  });
});
