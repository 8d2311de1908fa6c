import { langFromLocale, render, renderBoth } from "../../src/domain/messages";

describe("render: every sentence in zh and en", () => {
  test("a value is quoted in each language's own marks", () => {
    expect(render({ key: "badMonth", params: { value: "11/2026" } }, "zh")).toBe("无法识别的月份“11/2026”：请写成 2026-11");
    expect(render({ key: "badMonth", params: { value: "11/2026" } }, "en")).toBe('"11/2026" is not a month: write it as 2026-11');
  });

  test("a sentence without parameters", () => {
    expect(render({ key: "noCredit" }, "zh")).toBe("已到账的赞助没有填写经办人：佣金计入“未分配”");
    expect(render({ key: "noCredit" }, "en")).toBe('A received sponsorship credits nobody: its commission goes to "unassigned"');
  });

  test("English counts rows and columns in the singular for one and the plural otherwise", () => {
    const params = {
      fn: "PENALTY",
      first: "B2:B3",
      firstZh: "状态",
      firstRows: 1,
      firstCols: 1,
      second: "C2:D4",
      secondZh: "罚款",
      secondRows: 3,
      secondCols: 2,
    };
    expect(render({ key: "rangeSizes", params }, "en")).toBe(
      "PENALTY has mismatched range sizes: B2:B3 has 1 row × 1 column but C2:D4 has 3 rows × 2 columns; they must be the same size",
    );
    expect(render({ key: "rangeSizes", params }, "zh")).toBe(
      "PENALTY 的区域大小不一致：状态（B2:B3）为 1 行 × 1 列，而罚款（C2:D4）为 3 行 × 2 列，两者必须相同",
    );
    expect(render({ key: "notOneCell", params: { fn: "COMMISSION", arg: "amount", argZh: "金额", rows: 2, cols: 1 } }, "en")).toBe(
      "COMMISSION's amount must be one cell or a number, not a range of 2 rows × 1 column",
    );
  });

  test("one time or several times, whether the count comes as a number or as text", () => {
    expect(render({ key: "warnAbsent", params: { count: 1 } }, "en")).toBe("absent 1 time");
    expect(render({ key: "warnAbsent", params: { count: "1" } }, "en")).toBe("absent 1 time");
    expect(render({ key: "warnAbsent", params: { count: 0 } }, "en")).toBe("absent 0 times");
    expect(render({ key: "warnLateOrEarly", params: { count: 2 } }, "en")).toBe("late or left early 2 times");
    expect(render({ key: "warnLateOrEarly", params: { count: 2 } }, "zh")).toBe("迟到/早退 2 次");
  });

  test("an English review sentence starts with a capital letter; Chinese has none to change", () => {
    expect(render({ key: "warnReview", params: { list: "absent 1 time" } }, "en")).toBe("Absent 1 time: for the head's review");
    expect(render({ key: "warnReview", params: { list: "缺席 1 次" } }, "zh")).toBe("缺席 1 次，需部长审议");
  });

  test("an optional part is left out cleanly when it is blank", () => {
    expect(render({ key: "noDeliverable", params: { sponsor: "书香书店", event: "迎新晚会" } }, "zh")).toBe(
      "已到账的赞助“书香书店”（迎新晚会）还没有登记赞助回报：请在“赞助回报”表中添加",
    );
    expect(render({ key: "noDeliverable", params: { sponsor: "书香书店", event: "" } }, "zh")).toBe(
      "已到账的赞助“书香书店”还没有登记赞助回报：请在“赞助回报”表中添加",
    );
    expect(render({ key: "noDeliverable", params: { sponsor: "Star Books", event: "" } }, "en")).toBe(
      'The received sponsorship from "Star Books" has no deliverable recorded: add one in the Deliverables tab',
    );
    expect(render({ key: "unknownMember", params: { value: "张叁", suggestion: "张三" } }, "zh")).toBe("成员表中没有“张叁”，是否是“张三”？");
    expect(render({ key: "unknownMember", params: { value: "张叁", suggestion: "" } }, "zh")).toBe("成员表中没有“张叁”");
    expect(render({ key: "unknownMember", params: { value: "Amy", suggestion: "Amy Li" } }, "en")).toBe(
      '"Amy" is not in the Members tab. Did you mean "Amy Li"?',
    );
  });

  test("a blank owner or a blank cell is named as such, not shown as nothing", () => {
    expect(render({ key: "notYourSponsor", params: { value: "书香书店", owner: "" } }, "zh")).toBe("“书香书店”由 （无人） 负责：只有负责人或部长可以记录联系");
    expect(render({ key: "notYourSponsor", params: { value: "书香书店", owner: "" } }, "en")).toBe(
      '"书香书店" is owned by nobody: only its owner or the head can log a contact',
    );
    const notCounted = (other: string) => ({ key: "notCounted" as const, params: { value: "500", zh: "现金", en: "Cash", first: "E", other } });
    expect(render(notCounted(""), "zh")).toBe("“500”未计入：同名的“现金”列出现两次，本行按 E（空白）计算");
    expect(render(notCounted(""), "en")).toBe('"500" is not counted: the "Cash" column appears twice, and this row is read from E (blank)');
    expect(render(notCounted("800"), "zh")).toBe("“500”未计入：同名的“现金”列出现两次，本行按 E（“800”）计算");
  });
});

describe("a long value is quoted by its start and end", () => {
  test("up to 200 characters a value is quoted whole", () => {
    const value = "额".repeat(200);
    expect(render({ key: "badAmount", params: { value } }, "en")).toContain(`"${value}"`);
  });

  test("from 201 characters: the first 100, an ellipsis and the last 20", () => {
    const value = `${"a".repeat(100)}${"b".repeat(81)}${"c".repeat(20)}`;
    expect(value).toHaveLength(201);
    expect(render({ key: "badAmount", params: { value } }, "en")).toBe(
      `"${"a".repeat(100)}…${"c".repeat(20)}" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)`,
    );
  });

  test("each long value is shortened on its own; short ones and numbers are left alone", () => {
    const long = "x".repeat(300);
    const text = render({ key: "unknown_member_suggest", params: { value: long, suggestion: "张三" } }, "zh");
    expect(text).toBe(`成员表中没有“${"x".repeat(100)}…${"x".repeat(20)}”，是否是“张三”？`);
    expect(render({ key: "warnAbsent", params: { count: 123456789 } }, "en")).toBe("absent 123456789 times");
  });
});

test("renderBoth: Chinese first, then English, for a reader whose language is unknown", () => {
  expect(renderBoth({ key: "badYear", params: { value: "26" } })).toBe('无法识别的年份“26”：请写成 2026 | "26" is not a year: write it as 2026');
});

describe("langFromLocale", () => {
  test.each(["zh_CN", "zh_TW", "zh-HK", "zh", "ZH_cn"])("%p reads Chinese", (locale) => {
    expect(langFromLocale(locale)).toBe("zh");
  });

  test.each(["en_US", "en_GB", "fr_FR", "ja_JP", "", null, undefined])("%p reads English", (locale) => {
    expect(langFromLocale(locale)).toBe("en");
  });
});
