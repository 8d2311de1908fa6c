import { renderFields } from "../../src/contracts/messages";
import { checkSettings, formFromSettings, type SettingsForm } from "../../src/contracts/settings-form";
import { DEFAULT_SETTINGS, DEPARTMENT_MAX, type Settings } from "../../src/domain/settings";

const TZ = "Asia/Shanghai";
const form = (over: Partial<SettingsForm> = {}): SettingsForm => ({ ...formFromSettings(DEFAULT_SETTINGS), ...over });
const errorsOf = (f: SettingsForm, lang: "zh" | "en" = "zh") => renderFields(checkSettings(f, TZ).errors, lang);

describe("formFromSettings: the form pre-filled from the sheet", () => {
  test("the rate as a percentage without its sign, money in yuan without needless decimals, limits as text", () => {
    expect(formFromSettings(DEFAULT_SETTINGS)).toEqual({
      rate: "15",
      basis: "cash",
      lateFee: "5",
      leftEarlyFee: "5",
      absentFee: "20",
      lateLimit: "2",
      absentLimit: "1",
      termStart: "",
      department: "",
      reportLang: "zh",
      meetingStart: "19:00",
      graceMinutes: "5",
      meetingLength: "90",
      leaveNeedsApproval: "yes",
      openingBalance: "0",
      openingDate: "",
    });
  });

  test("fen are kept: ¥20.50 and ¥0.05 are shown with two decimals", () => {
    const s: Settings = { ...DEFAULT_SETTINGS, rate: { units: 125n, scale: 3 }, fees: { late: 2050, leftEarly: 5, absent: 0 } };
    expect(formFromSettings(s)).toMatchObject({ rate: "12.5", lateFee: "20.50", leftEarlyFee: "0.05", absentFee: "0" });
    expect(formFromSettings({ ...s, opening: { balance: 128650, date: "2026-09-01" } })).toMatchObject({
      openingBalance: "1286.50",
      openingDate: "2026-09-01",
    });
  });
});

describe("checkSettings", () => {
  test("the pre-filled form saves back exactly the settings it came from", () => {
    const s: Settings = {
      rate: { units: 125n, scale: 3 },
      basis: "cashAndInKind",
      fees: { late: 1999, leftEarly: 250, absent: 5000 },
      limits: { lateOrEarly: 3, absent: 2 },
      termStart: "2026-09-01",
      department: "经管学院学生会外联部",
      reportLang: "en",
      meeting: { start: 19 * 60 + 30, grace: 10, length: 120 },
      leaveNeedsApproval: false,
      opening: { balance: 128650, date: "2026-08-25" },
      // Not on the form: the defaults come back and are never written (see test/app/settings.test.ts).
      followUpDays: DEFAULT_SETTINGS.followUpDays,
      odds: DEFAULT_SETTINGS.odds,
    };
    expect(checkSettings(formFromSettings(s), TZ)).toEqual({ settings: s, errors: {} });
  });

  test("the rate is a percentage from 0 to 100, with or without its sign (half- or full-width)", () => {
    expect(checkSettings(form({ rate: "15%" }), TZ).settings?.rate).toEqual({ units: 15n, scale: 2 });
    expect(checkSettings(form({ rate: " 12.5％ " }), TZ).settings?.rate).toEqual({ units: 125n, scale: 3 });
    expect(checkSettings(form({ rate: "0" }), TZ).settings?.rate).toEqual({ units: 0n, scale: 2 });
    expect(checkSettings(form({ rate: "100" }), TZ).settings?.rate).toEqual({ units: 100n, scale: 2 });
  });

  test.each(["", "101", "-1", "百分之十五", "%", "15%%"])("rate %p is refused, quoting what was typed", (rate) => {
    const { settings, errors } = checkSettings(form({ rate }), TZ);
    expect(settings).toBeNull();
    expect(renderFields(errors, "zh")).toEqual({ rate: `佣金比例“${rate}”无效：请填写 0 到 100 之间的百分数` });
    expect(renderFields(errors, "en")).toEqual({ rate: `"${rate}" is not a commission rate: use a percentage from 0 to 100` });
  });

  test("fees in yuan, with or without ¥, rounded half up to the fen; zero is allowed", () => {
    const { settings } = checkSettings(form({ lateFee: "¥10", leftEarlyFee: "2.005", absentFee: "0" }), TZ);
    expect(settings?.fees).toEqual({ late: 1000, leftEarly: 201, absent: 0 });
  });

  test("a fee that is blank, negative or not an amount is named by its field", () => {
    expect(errorsOf(form({ lateFee: "", leftEarlyFee: "-5", absentFee: "二十" }))).toEqual({
      lateFee: "“迟到罚款”无效：请填写不小于 0 的金额，如 5 或 20.50",
      leftEarlyFee: "“早退罚款”无效：请填写不小于 0 的金额，如 5 或 20.50",
      absentFee: "“缺席罚款”无效：请填写不小于 0 的金额，如 5 或 20.50",
    });
    expect(errorsOf(form({ absentFee: "-¥20" }), "en")).toEqual({ absentFee: "Absence fee is not valid: use an amount of 0 or more, such as 5 or 20.50" });
  });

  test("limits are whole numbers from 1 to 9999", () => {
    expect(checkSettings(form({ lateLimit: " 1 ", absentLimit: "9999" }), TZ).settings?.limits).toEqual({ lateOrEarly: 1, absent: 9999 });
    for (const bad of ["0", "1.5", "", "10000", "-1", "两"]) {
      expect(errorsOf(form({ lateLimit: bad }))).toEqual({ lateLimit: "“迟到早退警告次数”无效：请填写不小于 1 的整数" });
    }
    expect(errorsOf(form({ absentLimit: "0" }), "en")).toEqual({ absentLimit: "Absence limit is not valid: use a whole number of 1 or more" });
  });

  test("the term start is optional; typed, it must be a date", () => {
    expect(checkSettings(form({ termStart: "" }), TZ).settings?.termStart).toBeNull();
    expect(checkSettings(form({ termStart: "2026/9/1" }), TZ).settings?.termStart).toBe("2026-09-01");
    expect(errorsOf(form({ termStart: "九月一日" }))).toEqual({ termStart: expect.stringContaining("无法识别的日期“九月一日”") });
  });

  test("the opening balance is an amount in yuan (blank or 0 is 0); the opening date is optional, blank meaning the term start", () => {
    expect(checkSettings(form({ openingBalance: "¥1,286.50", openingDate: "2026/8/25" }), TZ).settings?.opening).toEqual({
      balance: 128650,
      date: "2026-08-25",
    });
    expect(checkSettings(form({ openingBalance: "0", openingDate: "" }), TZ).settings?.opening).toEqual({ balance: 0, date: null });
    expect(checkSettings(form({ openingBalance: "" }), TZ).settings?.opening.balance).toBe(0);
    expect(errorsOf(form({ openingBalance: "一千", openingDate: "开学那天" }))).toEqual({
      openingBalance: "“期初余额”无效：请填写金额，如 350 或 1,234.56",
      openingDate: expect.stringContaining("无法识别的日期“开学那天”"),
    });
    expect(errorsOf(form({ openingBalance: "1 000 yuan" }), "en")).toEqual({
      openingBalance: "Opening balance is not valid: use an amount such as 350 or 1,234.56",
    });
  });

  test("the department name is trimmed and at most 100 characters", () => {
    expect(checkSettings(form({ department: `  ${"外".repeat(DEPARTMENT_MAX)}  ` }), TZ).settings?.department).toBe("外".repeat(DEPARTMENT_MAX));
    expect(errorsOf(form({ department: "外".repeat(DEPARTMENT_MAX + 1) }))).toEqual({ department: "“部门名称”最多 100 个字" });
    expect(errorsOf(form({ department: "x".repeat(DEPARTMENT_MAX + 1) }), "en")).toEqual({ department: "Department name can be at most 100 characters" });
  });

  test("a basis or report language the page cannot have sent is asked for again", () => {
    const f = form({ basis: "all" as SettingsForm["basis"], reportLang: "fr" as SettingsForm["reportLang"] });
    expect(errorsOf(f)).toEqual({ basis: "请填写“佣金基数”", reportLang: "请填写“报告语言”" });
    expect(errorsOf(f, "en")).toEqual({ basis: "Commission basis is required", reportLang: "Report language is required" });
  });

  test("every wrong field is named at once, and nothing comes back to be saved", () => {
    const { settings, errors } = checkSettings(form({ rate: "200", lateFee: "x", absentLimit: "0", termStart: "x" }), TZ);
    expect(settings).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["absentLimit", "lateFee", "rate", "termStart"]);
  });
});
