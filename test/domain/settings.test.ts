import { formatRate } from "../../src/domain/commission";
import type { Lang } from "../../src/domain/messages";
import { render } from "../../src/domain/messages";
import { BASIS_LABELS, DEFAULT_SETTINGS, parseSettings, SETTING_DEFS, type SettingCell, type SettingKey } from "../../src/domain/settings";

const TZ = "Asia/Shanghai";
const read = (key: SettingKey, value: unknown) => parseSettings([{ key, value, cell: "B2" }], TZ);
const said = (key: SettingKey, value: unknown, lang: Lang = "zh") => read(key, value).problems.map((p) => render(p.message, lang));

describe("parseSettings", () => {
  test("meeting times: 19:00 as text, as a time cell or as a fraction of a day; grace and length in whole minutes", () => {
    expect(read("meetingStart", "19:30").settings.meeting.start).toBe(19 * 60 + 30);
    expect(read("meetingStart", "下午7:00").settings.meeting.start).toBe(19 * 60);
    // A time cell comes back as a Date on 1899-12-30, made in the sheet's zone: read back in that zone.
    expect(parseSettings([{ key: "meetingStart", value: new Date("1899-12-30T18:45:00Z"), cell: "B2" }], "UTC").settings.meeting.start).toBe(18 * 60 + 45);
    expect(read("meetingStart", 0.75).settings.meeting.start).toBe(18 * 60);
    expect(read("graceMinutes", 10).settings.meeting.grace).toBe(10);
    expect(read("meetingLength", "120").settings.meeting.length).toBe(120);
  });

  test("a meeting time or minutes that cannot be read keep the default and say what to write", () => {
    expect(read("meetingStart", "晚上").settings.meeting.start).toBe(19 * 60);
    expect(read("meetingStart", "晚上").problems.map((p) => render(p.message, "zh"))).toEqual(["无法识别的时间“晚上”：请写成 19:00"]);
    expect(read("graceMinutes", -5).problems.map((p) => render(p.message, "en"))).toEqual([
      'Grace minutes "-5" is not valid: use a whole number from 0 to 180',
    ]);
    expect(read("meetingLength", 0).settings.meeting.length).toBe(90);
  });

  test("a department name longer than 100 characters is cut for the titles, and said", () => {
    const r = read("department", "外".repeat(50_000));
    expect(r.settings.department).toBe("外".repeat(100));
    expect(r.problems.map((p) => render(p.message, "zh"))).toEqual(["部门名称有 50000 个字，太长：标题中只用前 100 个字"]);
  });

  test("leave needs approval: 是 / 否 / yes / no, default yes", () => {
    expect(parseSettings([], TZ).settings.leaveNeedsApproval).toBe(true);
    expect(read("leaveNeedsApproval", "否").settings.leaveNeedsApproval).toBe(false);
    expect(read("leaveNeedsApproval", "yes").settings.leaveNeedsApproval).toBe(true);
    expect(read("leaveNeedsApproval", "也许").problems).toHaveLength(1);
  });

  test("no rows at all: the department's defaults (15% of cash, ¥5 / ¥5 / ¥20, 2 lates or 1 absence)", () => {
    const { settings, problems } = parseSettings([], TZ);
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.rate).toEqual({ units: 15n, scale: 2 });
    expect(settings.fees).toEqual({ late: 500, leftEarly: 500, absent: 2000 });
    expect(settings.limits).toEqual({ lateOrEarly: 2, absent: 1 });
  });

  test("the values set-up writes read back as the defaults, in either language", () => {
    for (const lang of ["zh", "en"] as const) {
      const cells: SettingCell[] = SETTING_DEFS.map((d, i) => ({ key: d.key, value: d.initial(lang), cell: `B${i + 2}` }));
      const { settings, problems } = parseSettings(cells, TZ);
      expect(problems).toEqual([]);
      // 0.1 read back is 10%, whatever the digits it is kept with.
      const odds = (o: typeof settings.odds) => Object.fromEntries(Object.entries(o).map(([k, r]) => [k, formatRate(r)]));
      expect(odds(settings.odds)).toEqual({ potential: "10%", contacting: "25%", negotiating: "50%", signed: "90%", partner: "90%", declined: "0%" });
      expect({ ...settings, odds: null }).toEqual({
        ...DEFAULT_SETTINGS,
        odds: null,
        department: lang === "zh" ? "学生会外联部" : "Outreach Department",
        reportLang: lang,
      });
    }
  });

  test("跟进间隔（天）: whole days from 1 to 366, typed or as text; anything else keeps 30 and is named", () => {
    expect(parseSettings([], TZ).settings.followUpDays).toBe(30);
    expect(read("followUpDays", 14).settings.followUpDays).toBe(14);
    expect(read("followUpDays", " 45 ").settings.followUpDays).toBe(45);
    for (const bad of [0, 2.5, 400, "两周", -7]) {
      expect(read("followUpDays", bad).settings.followUpDays).toBe(30);
      expect(said("followUpDays", bad)).toEqual([`跟进间隔“${bad}”无效：请填写 1 到 366 的整数（天）`]);
    }
    expect(read("followUpDays", "两周").problems[0].cell).toBe("B2");
    expect(read("followUpDays", "").problems).toEqual([]);
  });

  test("成功率 per stage as a fraction or a percentage; a bad one keeps its default and is named, the others still count", () => {
    const r = parseSettings(
      [
        { key: "oddsContacting", value: "40%", cell: "B3" },
        { key: "oddsNegotiating", value: 0.7, cell: "B4" },
        { key: "oddsSigned", value: "很高", cell: "B5" },
        { key: "oddsPartner", value: 1.5, cell: "B6" },
      ],
      TZ,
    );
    expect(formatRate(r.settings.odds.contacting)).toBe("40%");
    expect(formatRate(r.settings.odds.negotiating)).toBe("70%");
    expect(r.settings.odds.signed).toEqual(DEFAULT_SETTINGS.odds.signed);
    expect(r.settings.odds.partner).toEqual(DEFAULT_SETTINGS.odds.partner);
    expect(r.settings.odds.potential).toEqual(DEFAULT_SETTINGS.odds.potential);
    expect(r.problems.map((p) => `${p.cell} ${render(p.message, "zh")}`)).toEqual([
      "B5 无法识别的比例“很高”：请填写 0 到 1 之间的小数（如 0.15）或百分比（如 15%）",
      "B6 比例“1.5”超出范围：必须在 0 到 1（0% 到 100%）之间",
    ]);
    // Another sheet's reading starts from the department's defaults again.
    expect(formatRate(parseSettings([], TZ).settings.odds.contacting)).toBe("25%");
  });

  test("the rate as a fraction or a percentage, kept exact", () => {
    expect(read("rate", 0.1).settings.rate).toEqual({ units: 1n, scale: 1 });
    expect(read("rate", "12.5%").settings.rate).toEqual({ units: 125n, scale: 3 });
    expect(read("rate", " 20 ％ ").settings.rate).toEqual({ units: 20n, scale: 2 });
  });

  test("a bad rate keeps 15% and is reported at its cell", () => {
    const r = read("rate", "150%");
    expect(r.settings.rate).toEqual(DEFAULT_SETTINGS.rate);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].cell).toBe("B2");
    expect(render(r.problems[0].message, "zh")).toBe("比例“150%”超出范围：必须在 0 到 1（0% 到 100%）之间");
    expect(said("rate", "十五")).toEqual(["无法识别的比例“十五”：请填写 0 到 1 之间的小数（如 0.15）或百分比（如 15%）"]);
  });

  test.each([
    ["现金+物资", "cashAndInKind"],
    ["现金 + 物资", "cashAndInKind"],
    ["Cash and in-kind", "cashAndInKind"],
    ["cash + in kind", "cashAndInKind"],
    ["仅现金", "cash"],
    ["现金", "cash"],
    ["Cash only", "cash"],
    ["CASH", "cash"],
  ])("basis %p is %p", (value, basis) => {
    expect(read("basis", value)).toEqual({ settings: { ...DEFAULT_SETTINGS, basis }, problems: [] });
  });

  test("each basis label, in either language, reads back as its basis", () => {
    for (const basis of ["cash", "cashAndInKind"] as const) {
      for (const lang of ["zh", "en"] as const) expect(read("basis", BASIS_LABELS[basis][lang]).settings.basis).toBe(basis);
    }
  });

  test("an unknown basis keeps cash only and names the two choices", () => {
    expect(read("basis", "全部").settings.basis).toBe("cash");
    expect(said("basis", "全部")).toEqual(["无法识别的佣金基数“全部”：请填写 仅现金 或 现金+物资"]);
    expect(said("basis", "all", "en")).toEqual(['"all" is not a commission basis: use Cash only or Cash and in-kind']);
  });

  test("fees in yuan, as numbers or text with ¥, to the fen", () => {
    const { settings, problems } = parseSettings(
      [
        { key: "lateFee", value: 10, cell: "B4" },
        { key: "leftEarlyFee", value: "¥2.5", cell: "B5" },
        { key: "absentFee", value: "0", cell: "B6" },
      ],
      TZ,
    );
    expect(problems).toEqual([]);
    expect(settings.fees).toEqual({ late: 1000, leftEarly: 250, absent: 0 });
  });

  test("a negative or unreadable fee keeps its default and is reported", () => {
    expect(read("lateFee", -5).settings.fees.late).toBe(500);
    expect(said("lateFee", -5)).toEqual(["罚款金额“-5”无效：请填写不小于 0 的金额，如 5 或 ¥20"]);
    expect(said("absentFee", "二十", "en")).toEqual(['Fee "二十" is not valid: use an amount of 0 or more, such as 5 or ¥20']);
  });

  test("limits are whole numbers of 1 or more, typed or as text", () => {
    expect(read("lateLimit", 3).settings.limits.lateOrEarly).toBe(3);
    expect(read("absentLimit", " 2 ").settings.limits.absent).toBe(2);
    for (const bad of [0, 2.5, "两次", -1, true]) {
      const r = read("lateLimit", bad);
      expect(r.settings.limits.lateOrEarly).toBe(2);
      expect(r.problems.map((p) => render(p.message, "zh"))).toEqual([`次数“${String(bad)}”无效：请填写不小于 1 的整数`]);
    }
  });

  test("a blank value keeps the default quietly", () => {
    for (const key of ["rate", "basis", "lateFee", "lateLimit", "reportLang", "requireDeliverables"] as const) {
      expect(read(key, "")).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
      expect(read(key, null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    }
  });

  test("the term start as a date cell (read in the sheet's zone) or text; blank is no term start", () => {
    expect(read("termStart", new Date("2026-09-01T00:00:00+08:00")).settings.termStart).toBe("2026-09-01");
    expect(read("termStart", "2026年9月1日").settings.termStart).toBe("2026-09-01");
    expect(read("termStart", "").settings.termStart).toBeNull();
    expect(said("termStart", "九月")).toEqual(["无法识别的日期“九月”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日"]);
  });

  test("the department name is trimmed; blank is blank", () => {
    expect(read("department", "  经管学院学生会外联部 ").settings.department).toBe("经管学院学生会外联部");
    expect(read("department", "").settings.department).toBe("");
  });

  test.each([
    ["zh", "zh"],
    ["中文", "zh"],
    ["ZH-CN", "zh"],
    ["Chinese", "zh"],
    ["en", "en"],
    ["English", "en"],
    ["英文", "en"],
    ["英语", "en"],
  ])("report language %p is %p", (value, lang) => {
    expect(read("reportLang", value).settings.reportLang).toBe(lang);
  });

  test("an unknown report language keeps zh and asks for zh or en", () => {
    expect(read("reportLang", "fr").settings.reportLang).toBe("zh");
    expect(said("reportLang", "fr", "en")).toEqual(['"fr" is not a report language: use zh or en']);
  });

  test.each([
    ["是", true],
    ["yes", true],
    ["Y", true],
    [true, true],
    [1, true],
    ["否", false],
    ["不需要", false],
    ["No", false],
    [false, false],
  ])("require deliverables %p is %p", (value, yes) => {
    expect(read("requireDeliverables", value)).toEqual({ settings: { ...DEFAULT_SETTINGS, requireDeliverables: yes }, problems: [] });
  });

  test("neither yes nor no is reported", () => {
    expect(said("requireDeliverables", "看情况")).toEqual(["无法识别的“看情况”：请填写 是 或 否"]);
  });

  test("several problems are each reported at their own cell; the good values still count", () => {
    const { settings, problems } = parseSettings(
      [
        { key: "rate", value: "abc", cell: "B2" },
        { key: "lateFee", value: 8, cell: "B4" },
        { key: "absentLimit", value: 0, cell: "B8" },
      ],
      TZ,
    );
    expect(problems.map((p) => p.cell)).toEqual(["B2", "B8"]);
    expect(settings.fees.late).toBe(800);
  });

  test("reading one sheet's settings never changes the defaults another sheet starts from", () => {
    parseSettings(
      [
        { key: "lateFee", value: 50, cell: "B4" },
        { key: "lateLimit", value: 9, cell: "B7" },
      ],
      TZ,
    );
    expect(DEFAULT_SETTINGS.fees.late).toBe(500);
    expect(DEFAULT_SETTINGS.limits.lateOrEarly).toBe(2);
    expect(parseSettings([], TZ).settings).toEqual(DEFAULT_SETTINGS);
  });
});
