import { saveSettings, sidebarSettingsData } from "../../src/app/settings";
import { d, day, logLines, session, sheetWith, tab, today, values } from "../support/apps-script";

const ROWS = [
  ["项目", "值", "说明"],
  ["佣金比例", 0.15, "我们的说明"],
  ["佣金基数", "仅现金", ""],
  ["迟到罚款", 5, ""],
  ["早退罚款", 5, ""],
  ["缺席罚款", 20, ""],
  ["迟到早退警告次数", 2, ""],
  ["缺席警告次数", 1, ""],
  ["学期开始", d("2026-09-01"), ""],
  ["部门名称", "外联部", ""],
  ["报告语言", "zh", ""],
  ["期初余额", 1286.5, "上学期移交的现金"],
  ["期初日期", "", ""],
];

const FORM = {
  rate: "15",
  basis: "cash",
  lateFee: "5",
  leftEarlyFee: "5",
  absentFee: "20",
  lateLimit: "2",
  absentLimit: "1",
  termStart: "2026-09-01",
  department: "外联部",
  reportLang: "zh",
  meetingStart: "19:00",
  graceMinutes: "5",
  meetingLength: "90",
  leaveNeedsApproval: "yes",
  openingBalance: "1286.50",
  openingDate: "",
};

function settings(rows: unknown[][] = ROWS, opts = {}) {
  today("2026-11-23");
  return sheetWith([{ name: "设置", rows: rows as never }], {}, opts);
}

describe("sidebarSettingsData", () => {
  test("the form as the Settings tab holds it", () => {
    settings();
    expect(sidebarSettingsData()).toEqual({ ok: true, lang: "zh", sheet: "设置", form: FORM, problems: [] });
  });

  test("a value it cannot read is named with its cell, and the form shows the default", () => {
    settings([...ROWS.slice(0, 3), ["迟到罚款", "五块", ""]]);
    const data = sidebarSettingsData();
    expect(data).toMatchObject({ ok: true, form: { lateFee: "5" }, problems: ["B4: 罚款金额“五块”无效：请填写不小于 0 的金额，如 5 或 ¥20"] });
  });
});

describe("saveSettings", () => {
  test("writes only the field the user changed, into its row's value cell, and logs the row", () => {
    const rt = settings();
    expect(saveSettings({ ...FORM, rate: "12.5", base: FORM })).toMatchObject({ ok: true, sheet: "设置", form: { ...FORM, rate: "12.5" } });
    const tabValues = values(rt, "设置");
    expect(tabValues[1]).toEqual(["佣金比例", 0.125, "我们的说明"]);
    expect(tabValues.slice(2).map((r) => day(r[1]))).toEqual(ROWS.slice(2).map((r) => day(r[1])));
    expect(logLines(rt)).toEqual([["officer@example.edu", "修改设置", "设置", "2"]]);
  });

  test("refuses when someone else edited that field after the sidebar opened; their value stays", () => {
    const rt = settings();
    tab("设置").getRange("B2").setValue(0.2);
    expect(saveSettings({ ...FORM, rate: "12", base: FORM })).toEqual({ ok: false, error: "打开侧边栏后，设置表已被他人修改：请重新打开“设置”再改" });
    expect(values(rt, "设置")[1][1]).toBe(0.2);
    expect(logLines(rt)).toEqual([]);
  });

  test("someone else's edit of another field is kept, and this save still goes through", () => {
    const rt = settings();
    tab("设置").getRange("B4").setValue(10);
    expect(saveSettings({ ...FORM, rate: "12", base: FORM })).toMatchObject({ ok: true, form: { rate: "12", lateFee: "10" } });
    expect(values(rt, "设置")[3][1]).toBe(10);
  });

  test("the refusal in English for an English reader", () => {
    settings(ROWS, { userLocale: "en" });
    tab("设置").getRange("B2").setValue(0.2);
    expect(saveSettings({ ...FORM, rate: "12", base: FORM })).toEqual({
      ok: false,
      error: "Someone changed the Settings tab after this sidebar opened: reopen Settings and make your change again",
    });
  });

  test("invalid fields are refused one by one, nothing written", () => {
    const rt = settings();
    expect(saveSettings({ ...FORM, rate: "120", absentLimit: "0", base: FORM })).toEqual({
      ok: false,
      error: "有 2 处需要修改，未保存任何内容",
      fields: { rate: "佣金比例“120”无效：请填写 0 到 100 之间的百分数", absentLimit: "“缺席警告次数”无效：请填写不小于 1 的整数" },
    });
    expect(values(rt, "设置")[1][1]).toBe(0.15);
  });

  test("a setting with no row gets one at the end, as set-up would add it", () => {
    const rt = settings(ROWS.slice(0, 2));
    const base = { ...FORM, termStart: "", department: "" };
    expect(saveSettings({ ...base, department: "00123 外联", base })).toMatchObject({ ok: true, form: { department: "00123 外联" } });
    expect(values(rt, "设置")[2]).toEqual(["部门名称", "00123 外联", "显示在月报标题中"]);
  });

  test("a department name typed into a plain-text cell is kept exactly, with no apostrophe", () => {
    const rt = settings();
    tab("设置").getRange("B10").setNumberFormat("@");
    saveSettings({ ...FORM, department: "=外联部", base: FORM });
    expect(values(rt, "设置")[9][1]).toBe("=外联部");
  });

  test("the opening balance and date go to their rows as a number and a date; a blank date clears the cell", () => {
    const rt = settings();
    const form = { ...FORM, openingBalance: "¥2,000", openingDate: "2026/8/25" };
    expect(saveSettings({ ...form, base: FORM })).toMatchObject({ ok: true, form: { openingBalance: "2000", openingDate: "2026-08-25" } });
    expect(
      values(rt, "设置")
        .slice(11)
        .map((r) => [r[0], day(r[1]), r[2]]),
    ).toEqual([
      ["期初余额", 2000, "上学期移交的现金"],
      ["期初日期", "2026-08-25", ""],
    ]);
    expect(tab("设置").getRange("B12").getNumberFormat()).toBe("¥#,##0.00");
    expect(tab("设置").getRange("B13").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(logLines(rt)).toEqual([["officer@example.edu", "修改设置", "设置", "12-13"]]);
    const saved = { ...FORM, openingBalance: "2000", openingDate: "2026-08-25" };
    expect(saveSettings({ ...saved, openingBalance: "0", openingDate: "", base: saved })).toMatchObject({
      ok: true,
      form: { openingBalance: "0", openingDate: "" },
    });
    expect(
      values(rt, "设置")
        .slice(11)
        .map((r) => r[1]),
    ).toEqual([0, ""]);
  });

  test("an opening balance that is not an amount is named, and nothing is written", () => {
    const rt = settings();
    expect(saveSettings({ ...FORM, openingBalance: "一千", base: FORM })).toEqual({
      ok: false,
      error: "有 1 处需要修改，未保存任何内容",
      fields: { openingBalance: "“期初余额”无效：请填写金额，如 350 或 1,234.56" },
    });
    expect(values(rt, "设置")[11][1]).toBe(1286.5);
  });

  test("a Settings tab from before the accounts: the opening balance gets its row at the end, as set-up would add it", () => {
    const rt = settings(ROWS.slice(0, 11));
    const base = { ...FORM, openingBalance: "0" };
    expect(saveSettings({ ...base, openingBalance: "300", base })).toMatchObject({ ok: true, form: { openingBalance: "300", openingDate: "" } });
    expect(values(rt, "设置")[11]).toEqual(["期初余额", 300, "收支账开始那天部门手上的现金（元）"]);
    expect(values(rt, "设置")).toHaveLength(12);
    expect(tab("设置").getRange("B12").getNumberFormat()).toBe("¥#,##0.00");
  });

  test("Settings restricted to the head: a member is told only its editors may change them", () => {
    const head = settings(ROWS, { user: "head@example.edu" });
    head.book.getSheetByName("设置")!.protect().setDomainEdit(false);
    session(head.book, { user: "member@example.edu" });
    expect(saveSettings({ ...FORM, rate: "12", base: FORM })).toEqual({
      ok: false,
      error: "“设置”表受保护，只有它的编辑者（部长）可以修改设置。未做任何修改：请部长来改，或请部长把你加为该表的编辑者",
    });
  });
});
