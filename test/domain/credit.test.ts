import { parseCredit } from "../../src/domain/credit";
import { render } from "../../src/domain/messages";

describe("parseCredit (经办人)", () => {
  test("one name", () => {
    expect(parseCredit("张三")).toEqual({ shares: [{ name: "张三", weight: 1n }], problems: [] });
  });

  test.each(["张三、李四", "张三,李四", "张三，李四", "张三;李四", "张三；李四", "张三/李四", " 张三 、 李四 "])(
    "%p → equal shares",
    (text) => {
      expect(parseCredit(text).shares).toEqual([
        { name: "张三", weight: 1n },
        { name: "李四", weight: 1n },
      ]);
    },
  );

  test.each(["张三 60%、李四 40%", "张三60%,李四40%", "张三(60%)、李四（40%）", "张三：60%；李四:40%"])(
    "%p → weighted shares",
    (text) => {
      const r = parseCredit(text);
      expect(r.problems).toEqual([]);
      expect(r.shares.map((s) => [s.name, s.weight])).toEqual([
        ["张三", 600000n],
        ["李四", 400000n],
      ]);
    },
  );

  test("a name without a weight shares what is left", () => {
    const r = parseCredit("张三 60%、李四、王五");
    expect(r.problems).toEqual([]);
    // 60% × 2 : 20% × 2 : 20% × 2 — proportional to 60/20/20.
    const [a, b, c] = r.shares.map((s) => Number(s.weight));
    expect(a / (a + b + c)).toBeCloseTo(0.6);
    expect(b).toBe(c);
  });

  test("weights not adding to 100% are reported and used in proportion", () => {
    const r = parseCredit("张三 50%、李四 40%");
    expect(r.problems).toHaveLength(1);
    expect(render(r.problems[0], "zh")).toContain("90%");
    expect(render(r.problems[0], "en")).toContain("not 100%");
    expect(r.shares.map((s) => s.weight)).toEqual([500000n, 400000n]);
  });

  test("English names with spaces stay whole; blank gives nobody", () => {
    expect(parseCredit("Li Lei, Han Meimei").shares.map((s) => s.name)).toEqual(["Li Lei", "Han Meimei"]);
    expect(parseCredit("  ").shares).toEqual([]);
  });

  test("a name repeated is credited once", () => {
    expect(parseCredit("张三、张三").shares).toEqual([{ name: "张三", weight: 1n }]);
  });
});
