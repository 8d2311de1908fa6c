import { parseCredit } from "../../src/domain/credit";
import { render } from "../../src/domain/messages";

describe("parseCredit (经办人)", () => {
  test("one name", () => {
    expect(parseCredit("张三")).toEqual({ shares: [{ name: "张三", weight: 1n }], problems: [] });
  });

  test.each(["张三、李四", "张三,李四", "张三，李四", "张三;李四", "张三；李四", "张三/李四", " 张三 、 李四 "])("%p → equal shares", (text) => {
    expect(parseCredit(text).shares).toEqual([
      { name: "张三", weight: 1n },
      { name: "李四", weight: 1n },
    ]);
  });

  test.each(["张三 60%、李四 40%", "张三60%,李四40%", "张三(60%)、李四（40%）", "张三：60%；李四:40%"])("%p → weighted shares", (text) => {
    const r = parseCredit(text);
    expect(r.problems).toEqual([]);
    expect(r.shares.map((s) => [s.name, s.weight])).toEqual([
      ["张三", 600000n],
      ["李四", 400000n],
    ]);
  });

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

describe("credit that does not add up is a problem, and no fen is dropped or made up", () => {
  const both = (text: string) => parseCredit(text).problems.map((p) => [render(p, "zh"), render(p, "en")]);
  const sharesOf = (text: string) => parseCredit(text).shares.map((s) => [s.name, s.weight]);

  test("under 100%: names the sum and each member's share; the commission goes out in proportion", () => {
    expect(both("张伟 60%, 李娜 30%")).toEqual([
      [
        "分成合计 90%（张伟 60%、李娜 30%），应为 100%：佣金暂按所填比例分配，请改正",
        "Shares add up to 90% (张伟 60%, 李娜 30%), not 100%: the commission is split in proportion until this is fixed",
      ],
    ]);
    expect(sharesOf("张伟 60%, 李娜 30%")).toEqual([
      ["张伟", 600000n],
      ["李娜", 300000n],
    ]);
  });

  test("over 100%: the same, with the real sum", () => {
    expect(both("张伟 70%、李娜 50%")[0][0]).toBe("分成合计 120%（张伟 70%、李娜 50%），应为 100%：佣金暂按所填比例分配，请改正");
    expect(both("张伟 33.5%、李娜 70%")[0][1]).toMatch(/^Shares add up to 103.5% \(张伟 33.5%, 李娜 70%\), not 100%/);
  });

  test("a member at 0% is named, and gets nothing while the others still add up", () => {
    expect(both("张伟 100%、李娜 0%")).toEqual([
      ["经办人“李娜”的比例为 0%，分不到佣金：请填写比例或删去这个名字", "李娜 has a 0% share and gets no commission: give a share or remove the name"],
    ]);
    expect(sharesOf("张伟 100%、李娜 0%")).toEqual([["张伟", 1000000n]]);
    // 0% next to a name without a share: the one without takes everything, and the 0% is still said.
    expect(sharesOf("张伟 0%、李娜")).toEqual([["李娜", 1000000n]]);
    expect(both("张伟 0%、李娜")).toHaveLength(1);
  });

  test("everyone at 0%: nobody is credited (the row stays unassigned) rather than an invented equal split", () => {
    const r = parseCredit("张伟 0%、李娜 0%");
    expect(r.shares).toEqual([]);
    expect(r.problems.map((p) => p.key)).toEqual(["creditZeroShare", "creditZeroShare"]);
  });

  test("a name left out of a split that is already 100% is named, with the sum that left them out", () => {
    expect(both("张伟 60%、李娜 40%、王芳")).toEqual([
      [
        "经办人“王芳”没有填比例，而其他人的比例已合计 100%，王芳 分不到佣金：请填写比例或删去这个名字",
        "王芳 has no share, but the others' shares already add up to 100%, so 王芳 gets no commission: give a share or remove the name",
      ],
    ]);
    expect(sharesOf("张伟 60%、李娜 40%、王芳")).toEqual([
      ["张伟", 600000n],
      ["李娜", 400000n],
    ]);
    // Over 100% and someone left out: both are said.
    expect(parseCredit("张伟 70%、李娜 50%、王芳").problems.map((p) => p.key)).toEqual(["creditLeftOut", "weightsNot100"]);
  });

  test("mixed weighted and unweighted under 100% is the documented rule, not a problem", () => {
    expect(parseCredit("张伟 50%、李娜、王芳").problems).toEqual([]);
  });

  test("a name written twice is said, counted once, and its shares are added", () => {
    expect(both("张伟、张伟")).toEqual([
      [
        "经办人“张伟”写了 2 次，只按一人计算：请确认是不是写错了别人的名字",
        "张伟 is named 2 times in Credited to and counts once: check that another member's name was not meant",
      ],
    ]);
    const r = parseCredit("张伟 30%、李娜 40%、张伟 30%");
    expect(r.shares.map((s) => [s.name, s.weight])).toEqual([
      ["张伟", 600000n],
      ["李娜", 400000n],
    ]);
    expect(r.problems.map((p) => p.key)).toEqual(["creditRepeated"]);
  });

  test("a share with no name is said, not silently dropped", () => {
    const r = parseCredit("张伟 60%、40%");
    expect(r.problems.map((p) => render(p, "zh"))).toEqual([
      "经办人中的“40%”没有姓名，未计入：请在比例前写上成员姓名",
      "分成合计 60%（张伟 60%），应为 100%：佣金暂按所填比例分配，请改正",
    ]);
  });

  test("a long cell of spaces is read at once (no backtracking)", () => {
    const start = Date.now();
    parseCredit(`张伟${" ".repeat(50000)}x`);
    parseCredit(`张伟 1${"0".repeat(50000)}%`);
    expect(Date.now() - start).toBeLessThan(500);
  });
});
