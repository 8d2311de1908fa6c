/** 设置 / Settings: the server handlers through the built bundle on the local runtime. */
import { SETTING_DEFS } from "../../src/domain/settings";
import { sampleTabs } from "../../src/local/sample/workbook";
import { addon, day, formulas, logLines, rowsOf, run, SAMPLE_SETTINGS_FORM, type Tabs, tab, values } from "./helpers";

/** The sample's Settings as the sidebar shows them: 期初余额 ¥1,286.50, 期初日期 blank (the term start). */
const SAMPLE_FORM = { ...SAMPLE_SETTINGS_FORM, openingBalance: "1286.50", openingDate: "" };

describe("sidebarSettingsData", () => {
  test("fills the form from the Settings tab", () => {
    const r = run(addon(), "sidebarSettingsData");
    expect(r).toEqual({ ok: true, lang: "zh", sheet: "设置", form: SAMPLE_FORM, problems: [] });
  });

  test("a value the tab holds that cannot be read is listed, with the default shown in its place", () => {
    const tabs = sampleTabs();
    rowsOf(tabs, "设置")[1][1] = "十五";
    const r = run(addon(tabs, "zh_CN", { userLocale: "en" }), "sidebarSettingsData");
    expect(r.form.rate).toBe("15");
    expect(r.problems).toEqual([expect.stringMatching(/^B2: "十五" is not a rate/)]);
  });
});

describe("saveSettings", () => {
  test("writes every value where it belongs, as numbers, a date and plain text; reading it back gives the same form", () => {
    const a = addon();
    const form = {
      rate: "12.5",
      basis: "cashAndInKind",
      lateFee: "10",
      leftEarlyFee: "7.50",
      absentFee: "¥50",
      lateLimit: "3",
      absentLimit: "2",
      termStart: "2027-02-20",
      department: '=IMPORTXML("http://x","//a")',
      reportLang: "en",
      meetingStart: "19:00",
      graceMinutes: "5",
      meetingLength: "90",
      leaveNeedsApproval: "yes",
      openingBalance: "¥1,500.5",
      openingDate: "2027-02-25",
    };
    const r = run(a, "saveSettings", form);
    expect(r).toEqual({ ok: true, sheet: "设置", form: { ...form, absentFee: "50", openingBalance: "1500.50" } });
    const rows = values(a, "设置");
    expect(rows.slice(1).map((row) => [row[0], day(row[1]), row[2]])).toEqual([
      ["佣金比例", 0.125, "赞助成功者获得赞助金额的 15% 作为奖励"],
      ["佣金基数", "现金+物资", "佣金只按现金计算, 物资不计佣金"],
      ["迟到罚款", 10, "每次迟到罚款 (元)"],
      ["早退罚款", 7.5, "每次早退罚款 (元)"],
      ["缺席罚款", 50, "无故缺席或未经批准请假, 每次罚款 (元)"],
      ["迟到早退警告次数", 3, "本学期迟到、早退累计达到此次数, 提醒部长审核"],
      ["缺席警告次数", 2, "本学期缺席例会达到此次数, 提醒部长审核"],
      ["学期开始", "2027-02-20", "本学期第一天, 统计从这天开始"],
      ["部门名称", form.department, "显示在月报标题中"],
      ["报告语言", "en", "月报语言: zh 中文, en 英文"],
      ["期初余额", 1500.5, "上学期末移交的部门现金"],
      ["期初日期", "2027-02-25", "留空: 从学期开始记账"],
      // The sample's own row, which the form does not show, is left as it was.
      ["续约季开始", "2026-09-01", "新一季赞助从这天开始; 此前十二个月的赞助商是续约对象"],
      ["例会开始时间", "19:00", "如 19:00；例会列的表头写了时间（2026-11-04 19:30 例会）时以表头为准"],
      ["迟到宽限（分钟）", 5, "开始后这么多分钟内签到不算迟到"],
      ["例会时长（分钟）", 90, "在开始后这么多分钟内签退算早退"],
      ["请假需审批", "是", "是：考勤表中的“请假”须在请假表中有已批准的申请，检查数据时会提示"],
    ]);
    expect(
      formulas(a, "设置")
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
    // The formats set-up gives these rows.
    expect(tab(a, "设置").getRange("B2").getNumberFormat()).toBe(SETTING_DEFS.find((x) => x.key === "rate")!.format);
    expect(tab(a, "设置").getRange("B9").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(tab(a, "设置").getRange("B12").getNumberFormat()).toBe("¥#,##0.00");
    expect(tab(a, "设置").getRange("B13").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(run(a, "sidebarSettingsData").form).toEqual(r.form);
    // The report reads the new rules.
    expect(a.fn.generateMonthlyReport({ month: "2026-11" }).report.settings).toMatchObject({ commissionRate: "12.5%" });
    // A blank opening date clears its cell: the cash book starts at the term start again.
    expect(run(a, "saveSettings", { ...r.form, openingDate: "", base: r.form })).toMatchObject({ ok: true, form: { openingDate: "" } });
    expect(values(a, "设置")[12][1]).toBe("");
  });

  test("rate 0–100%, fees of 0 or more, limits of 1 or more: anything else is named and nothing is written", () => {
    const a = addon(sampleTabs(), "zh_CN", { userLocale: "en" });
    const before = values(a, "设置");
    const r = run(a, "saveSettings", {
      ...SAMPLE_FORM,
      rate: "150",
      lateFee: "-5",
      absentFee: "",
      lateLimit: "0",
      absentLimit: "1.5",
      termStart: "2026-13-01",
      openingBalance: "a lot",
      openingDate: "2026-02-30",
    });
    expect(r).toEqual({
      ok: false,
      error: "8 fields need fixing; nothing was saved",
      fields: {
        rate: '"150" is not a commission rate: use a percentage from 0 to 100',
        lateFee: "Late fee is not valid: use an amount of 0 or more, such as 5 or 20.50",
        absentFee: "Absence fee is not valid: use an amount of 0 or more, such as 5 or 20.50",
        lateLimit: "Late/early limit is not valid: use a whole number of 1 or more",
        absentLimit: "Absence limit is not valid: use a whole number of 1 or more",
        termStart: expect.stringMatching(/^"2026-13-01" is not a date/),
        openingBalance: "Opening balance is not valid: use an amount such as 350 or 1,234.56",
        openingDate: expect.stringMatching(/^"2026-02-30" is not a date/),
      },
    });
    expect(values(a, "设置")).toEqual(before);
    expect(run(a, "saveSettings", { ...SAMPLE_FORM, rate: "0", lateFee: "0" }).ok).toBe(true);
    expect(run(a, "saveSettings", { ...SAMPLE_FORM, rate: "100%" }).ok).toBe(true);
    expect(run(a, "saveSettings", { ...SAMPLE_FORM, openingBalance: "0" }).ok).toBe(true);
    expect(run(a, "saveSettings", { ...SAMPLE_FORM, basis: "everything" })).toEqual({ ok: false, error: expect.stringMatching(/^Invalid request: basis/) });
  });

  test("a setting with no row gets one at the end; a row the department added in between is kept as typed", () => {
    const tabs: Tabs = [
      {
        name: "设置",
        rows: [
          ["项目", "值", "说明"],
          ["佣金比例", 0.15, ""],
          ["'我们自己的备注", "'0012", "保留"],
          ["缺席罚款", 20, ""],
        ],
      },
    ];
    const a = addon(tabs);
    expect(run(a, "saveSettings", { ...SAMPLE_FORM, rate: "10", absentFee: "30", termStart: "" }).ok).toBe(true);
    const rows = values(a, "设置");
    expect(rows.slice(1, 4)).toEqual([
      ["佣金比例", 0.1, ""],
      ["我们自己的备注", "0012", "保留"],
      ["缺席罚款", 30, ""],
    ]);
    expect(rows.slice(4).map((row) => [row[0], day(row[1])])).toEqual([
      ["佣金基数", "仅现金"],
      ["迟到罚款", 5],
      ["早退罚款", 5],
      ["迟到早退警告次数", 2],
      ["缺席警告次数", 1],
      ["学期开始", ""],
      ["部门名称", "XX大学学生会外联部"],
      ["报告语言", "zh"],
      ["例会开始时间", "19:00"],
      ["迟到宽限（分钟）", 5],
      ["例会时长（分钟）", 90],
      ["请假需审批", "是"],
      ["期初余额", 1286.5],
      ["期初日期", ""],
    ]);
    expect(tab(a, "设置").getRange("B6").getNumberFormat()).toBe("¥#,##0.00");
    expect(logLines(a)).toEqual([["officer@example.edu", "修改设置", "设置", "2, 4-18"]]);
  });

  test("without a Settings tab it says so and creates nothing", () => {
    const a = addon(sampleTabs().filter((t) => t.name !== "设置"));
    expect(run(a, "sidebarSettingsData")).toEqual({ ok: false, error: expect.stringMatching(/^找不到“设置”工作表/) });
    expect(run(a, "saveSettings", SAMPLE_FORM)).toEqual({ ok: false, error: expect.stringMatching(/^找不到“设置”工作表/) });
    expect(a.book.getSheets().map((s) => s.getName())).not.toContain("设置");
  });
});
