/**
 * 提醒 / Reminders on the sample workbook, exactly as pasted into WeChat: at the sample's today and a
 * week later, in both languages; the edge cases a real sheet has; and Sheets calls that do not grow.
 */
import { composeReminders, runReminders } from "../../src/app/reminders";
import { sampleFacts, sampleTabs } from "../../src/local/sample/workbook";
import { context } from "../../src/sheets/workbook";
import { d, sheetWith, snapshot, today } from "../support/apps-script";
import { SAMPLE_GROUP_ZH, SAMPLE_HEAD_ZH } from "../support/reminders-sample";

const SAMPLE_GROUP_EN_1130 = [
  "[XX大学学生会外联部 reminders] 2026-11-30",
  "",
  "Please take care of the following by 2026-12-07. Thank you!",
  "",
  "@陈思远",
  "· Follow up with 中国建设银行(大学城支行): 3 days overdue (2026-11-27)",
  "· Follow up with 新华书店(大学路店): due 2026-12-01, in 1 day",
  "",
  "@刘雨桐",
  "· Follow up with 中国联通(大学城营业厅): 5 days overdue (2026-11-25)",
  "· Commission ¥375.00 not yet paid (1 sponsorship)",
  "",
  "@张子涵",
  "· Follow up with 潮流前线运动服饰: due 2026-12-03, in 3 days",
  "· Commission ¥135.00 not yet paid (1 sponsorship)",
  "",
  "@王浩然",
  "· Benefit “文化节海报印 logo” (中国移动(学府路营业厅) · 社团文化节): 16 days overdue (2026-11-14)",
  "· Follow up with 川味小厨: 10 days overdue (2026-11-20)",
  "· Follow up with 中国移动(学府路营业厅): 1 day overdue (2026-11-29)",
  "· Follow up with 茶百道(大学城店): due 2026-12-01, in 1 day",
  "· Commission ¥210.00 not yet paid (2 sponsorships)",
  "",
  "@李欣怡",
  "· Benefit “文化节结束后发送活动照片” (华图教育 · 社团文化节): 9 days overdue (2026-11-21)",
  "· Follow up with 博文书店: 2 days overdue (2026-11-28)",
  "· Commission ¥240.00 not yet paid (2 sponsorships)",
  "",
  "@孙嘉豪",
  "· Follow up with 蜜雪冰城(东门店): due 2026-12-05, in 5 days",
  "· Commission ¥150.00 not yet paid (2 sponsorships)",
  "",
  "@吴佳琪",
  "· Follow up with 衣品阁服饰: 20 days overdue (2026-11-10)",
  "· Commission ¥75.00 not yet paid (1 sponsorship)",
  "",
  "@郑宇轩",
  "· Follow up with 一点点(北门店): 14 days overdue (2026-11-16)",
  "· Follow up with 中公教育: 6 days overdue (2026-11-24)",
  "· Commission ¥105.00 not yet paid (2 sponsorships)",
  "",
  "@黄诗涵",
  "· Commission ¥195.00 not yet paid (2 sponsorships)",
  "",
  "@林志鹏",
  "· Follow up with 通达驾校: 11 days overdue (2026-11-19)",
  "· Follow up with 书虫咖啡书吧: due today (2026-11-30)",
  "· Commission ¥150.00 not yet paid (1 sponsorship)",
  "",
  "@何静怡",
  "· Follow up with 花语礼品屋: 15 days overdue (2026-11-15)",
  "· Follow up with 小确幸文创: 4 days overdue (2026-11-26)",
  "· Benefit “志愿者服装印 logo” (乐途户外运动 · 志愿服务周): due today (2026-11-30)",
  "· Commission ¥127.50 not yet paid (2 sponsorships)",
  "",
  "@马骁",
  "· Follow up with 东门黄焖鸡米饭: 20 days overdue (2026-11-10)",
  "· Commission ¥120.00 not yet paid (1 sponsorship)",
  "",
  "@许梦瑶",
  "· Commission ¥82.50 not yet paid (2 sponsorships)",
  "",
  "If it is already done, please ignore this. Thanks, everyone!",
].join("\n");

const SAMPLE_HEAD_EN_1130 = [
  "[XX大学学生会外联部 reminders · for the head] 2026-11-30",
  "",
  "@陈思远 These need your attention:",
  "",
  "Attendance warnings (this term):",
  "· 赵一鸣: Late or left early 2 times: for the head's review",
  "· 孙嘉豪: Late or left early 2 times: for the head's review",
  "· 黄诗涵: Absent 1 time: for the head's review",
  "· 马骁: Absent 1 time: for the head's review",
].join("\n");

type Tabs = ReturnType<typeof sampleTabs>;
const rowsOf = (tabs: Tabs, name: string) => tabs.find((t) => t.name === name)!.rows;

describe("runReminders on the sample workbook", () => {
  test("at the sample's today: every text line by line, in the sheet's language; nothing written", () => {
    today(sampleFacts.today);
    const rt = sheetWith(sampleTabs());
    const before = snapshot(rt);
    const run = runReminders(context());
    expect(run.lang).toBe("zh");
    expect(run.today).toBe("2026-11-23");
    expect(run.texts.group).toBe(SAMPLE_GROUP_ZH);
    expect(run.texts.head).toBe(SAMPLE_HEAD_ZH);
    expect(snapshot(rt)).toEqual(before);
    expect(rt.stats.writes).toBe(0);
  });

  test("a week later in English: what was due soon is now overdue, and the next week's come in", () => {
    today(sampleFacts.today);
    sheetWith(sampleTabs());
    const run = composeReminders({ today: "2026-11-30", lang: "en" });
    expect(run.texts.group).toBe(SAMPLE_GROUP_EN_1130);
    expect(run.texts.head).toBe(SAMPLE_HEAD_EN_1130);
    expect(run.html).toContain('<html lang="en">');
  });

  test("leave waiting, an owner who left, a typo and a blank owner: the group sees @陈思远's requests; the head gets the rest", () => {
    today(sampleFacts.today);
    const tabs = sampleTabs();
    const sponsors = rowsOf(tabs, "赞助商");
    const owner = sponsors[0].indexOf("负责人");
    const set = (name: string, value: string) => (sponsors.find((r) => r[0] === name)![owner] = value);
    set("川味小厨", "周晓雯");
    set("一点点(北门店)", "王皓然");
    set("衣品阁服饰", "");
    tabs.push({
      name: "请假",
      rows: [
        ["提交时间", "姓名", "例会日期", "原因", "状态", "审批人", "审批时间", "审批意见"],
        [new Date("2026-11-22T21:00:00+08:00"), "马骁", d("2026-11-25"), "参加省赛集训", "待审批", "", "", ""],
        [new Date("2026-11-20T09:00:00+08:00"), "许梦瑶", d("2026-11-25"), "发烧", "待审批", "", "", ""],
        [new Date("2026-11-18T09:00:00+08:00"), "林志鹏", d("2026-11-18"), "实验课", "已批准", "陈思远", "", ""],
      ],
    });
    sheetWith(tabs);
    const { texts } = runReminders(context());
    expect(texts.group).toContain(
      [
        "@陈思远",
        "· 跟进 中国建设银行(大学城支行)：2026-11-27 到期，还有 4 天",
        "· 请假待审批：许梦瑶，2026-11-25 例会",
        "· 请假待审批：马骁，2026-11-25 例会",
      ].join("\n"),
    );
    expect(texts.group).not.toMatch(/发烧|省赛|川味小厨|一点点|衣品阁/);
    expect(texts.group).toContain(
      "@王浩然\n· 赞助回报「文化节海报印 logo」（中国移动(学府路营业厅) · 社团文化节）：已逾期 9 天（2026-11-14）\n· 跟进 中国移动",
    );
    expect(texts.head.split("\n\n").slice(3)).toEqual([
      "周晓雯 已离部，请改派：\n· 跟进 川味小厨：已逾期 3 天（2026-11-20）",
      "负责人“王皓然”不在成员表，请核对：\n· 跟进 一点点(北门店)：已逾期 7 天（2026-11-16）",
      "没有负责人，请指派：\n· 跟进 衣品阁服饰：已逾期 13 天（2026-11-10）",
    ]);
  });

  test("no 成员 tab is said, not 'nothing due'", () => {
    today(sampleFacts.today);
    sheetWith(sampleTabs().filter((t) => t.name !== "成员"));
    expect(() => runReminders(context())).toThrow("找不到“成员”工作表");
  });

  test("bad options are said", () => {
    today(sampleFacts.today);
    sheetWith(sampleTabs());
    expect(() => composeReminders({ today: "2026-02-30" })).toThrow(/must be a day/);
    expect(() => composeReminders({ lang: "fr" })).toThrow(/请求无效/);
  });

  test("its Sheets calls do not grow with the rows", () => {
    today(sampleFacts.today);
    const calls = (n: number) => {
      const tabs = sampleTabs();
      for (let i = 0; i < n; i++) {
        rowsOf(tabs, "赞助商").push([`商家${i}`, "书店", "", "", "", "王浩然", "联系中", d("2026-11-20"), d("2026-11-24"), "", ""]);
        rowsOf(tabs, "赞助记录").push([d("2026-11-22"), `商家${i}`, "志愿服务周", "郑宇轩", 100, "", "", "已到账", "", "", ""]);
        rowsOf(tabs, "赞助回报").push([`商家${i}`, "志愿服务周", `鸣谢 ${i}`, d("2026-11-25"), "何静怡", "待办", ""]);
      }
      const rt = sheetWith(tabs);
      rt.resetStats();
      const run = runReminders(context());
      expect(run.reminders.people.find((p) => p.name === "王浩然")!.tasks).toHaveLength(n + 3);
      return [rt.stats.reads, rt.stats.writes, rt.stats.total];
    };
    const few = calls(10);
    expect(calls(2000)).toEqual(few);
    expect(few[1]).toBe(0);
  });
});
