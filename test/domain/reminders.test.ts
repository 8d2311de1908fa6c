import type { Deliverable, LeaveRequest, Model } from "../../src/domain/model";
import { buildReminders, oneLine } from "../../src/domain/reminders";
import { remindersText } from "../../src/domain/reminders-text";
import { finishes } from "../hang-guard";
import { cell, entry, equal, member, model, sponsor, weighted } from "./fixtures";

const TODAY = "2026-11-23";

const benefit = (over: Partial<Deliverable>): Deliverable => ({
  row: 2,
  sponsor: "书香书店",
  event: "元旦晚会",
  promised: "横幅印 logo",
  due: "2026-11-25",
  owner: "张三",
  status: "pending",
  proof: "",
  ...over,
});

const leave = (over: Partial<LeaveRequest>): LeaveRequest => ({
  row: 2,
  submittedAt: { date: "2026-11-20", seconds: 3600 },
  name: "李四",
  meeting: "2026-11-25",
  reason: "家中急事",
  status: "pending",
  decidedBy: "",
  decidedAt: null,
  note: "",
  ...over,
});

const department = (over: Partial<Model> = {}): Model =>
  model({
    members: [member("陈部长", { role: "head" }), member("张三"), member("李四"), member("周离开", { active: false }), member("Li Ming")],
    sponsors: [],
    ...over,
  });

describe("buildReminders: who is reminded of what", () => {
  test("follow-ups overdue or due within 7 days, by owner; later, undated and declined ones are not reminders", () => {
    const r = buildReminders(
      department({
        sponsors: [
          sponsor("甲书店", { owner: "张三", nextFollowUp: "2026-11-20" }),
          sponsor("乙书店", { owner: "张三", nextFollowUp: "2026-11-30" }),
          sponsor("丙书店", { owner: "张三", nextFollowUp: "2026-12-01" }),
          sponsor("丁书店", { owner: "张三", nextFollowUp: null }),
          sponsor("戊书店", { owner: "张三", nextFollowUp: "2026-11-10", stage: "declined" }),
          sponsor("己书店", { owner: "李四", nextFollowUp: TODAY }),
        ],
      }),
      TODAY,
      "zh",
    );
    expect(r.until).toBe("2026-11-30");
    expect(r.people.map((p) => [p.name, p.tasks.map((x) => [x.sponsor, x.due, x.days])])).toEqual([
      [
        "张三",
        [
          ["甲书店", "2026-11-20", -3],
          ["乙书店", "2026-11-30", 7],
        ],
      ],
      ["李四", [["己书店", TODAY, 0]]],
    ]);
    expect(remindersText(r).group.split("\n")).toEqual([
      "【外联部提醒】2026-11-23",
      "",
      "以下事项请在 2026-11-30 前处理，谢谢大家！",
      "",
      "@张三",
      "· 跟进 甲书店：已逾期 3 天（2026-11-20）",
      "· 跟进 乙书店：2026-11-30 到期，还有 7 天",
      "",
      "@李四",
      "· 跟进 己书店：今天到期（2026-11-23）",
      "",
      "已处理的请忽略，辛苦了！",
    ]);
  });

  test("benefits still 待办 with a due date up to 7 days ahead; done, cancelled and undated ones are not", () => {
    const r = buildReminders(
      department({
        deliverables: [
          benefit({ row: 2, due: "2026-11-01", promised: "推文鸣谢" }),
          benefit({ row: 3, due: "2026-11-24", status: "done" }),
          benefit({ row: 4, due: "2026-11-24", status: "waived" }),
          benefit({ row: 5, due: null }),
          benefit({ row: 6, due: "2026-12-01" }),
          benefit({ row: 7, due: "2026-11-30", event: "", promised: "照片反馈" }),
        ],
      }),
      TODAY,
      "en",
    );
    expect(r.people.map((p) => p.tasks.map((x) => x.row))).toEqual([[2, 7]]);
    expect(remindersText(r).group.split("\n").slice(4, 7)).toEqual([
      "@张三",
      "· Benefit “推文鸣谢” (书香书店 · 元旦晚会): 22 days overdue (2026-11-01)",
      "· Benefit “照片反馈” (书香书店): due 2026-11-30, in 7 days",
    ]);
  });

  test("an owner who left, one not in 成员 and a blank owner go to the head, said as such; a name typed with extra spaces is the member", () => {
    const r = buildReminders(
      department({
        sponsors: [
          sponsor("甲书店", { owner: "周离开", nextFollowUp: "2026-11-20" }),
          sponsor("乙书店", { owner: "王皓然", nextFollowUp: "2026-11-21" }),
          sponsor("丙书店", { owner: "  ", nextFollowUp: "2026-11-22" }),
          sponsor("丁书店", { owner: " li  ming ", nextFollowUp: "2026-11-24" }),
        ],
        deliverables: [benefit({ owner: "" })],
      }),
      TODAY,
      "zh",
    );
    expect(r.people.map((p) => p.name)).toEqual(["Li Ming"]);
    expect(r.unowned.map((u) => [u.why, u.name, u.tasks.length])).toEqual([
      ["left", "周离开", 1],
      ["unknown", "王皓然", 1],
      ["blank", "", 2],
    ]);
    const { group, head } = remindersText(r);
    expect(group).toContain("@Li Ming\n· 跟进 丁书店：2026-11-24 到期，还有 1 天");
    expect(group).not.toContain("周离开");
    expect(head.split("\n")).toEqual([
      "【外联部提醒 · 部长】2026-11-23",
      "",
      "@陈部长 以下事项请您留意：",
      "",
      "周离开 已离部，请改派：",
      "· 跟进 甲书店：已逾期 3 天（2026-11-20）",
      "",
      "负责人“王皓然”不在成员表，请核对：",
      "· 跟进 乙书店：已逾期 2 天（2026-11-21）",
      "",
      "没有负责人，请指派：",
      "· 跟进 丙书店：已逾期 1 天（2026-11-22）",
      "· 赞助回报「横幅印 logo」（书香书店 · 元旦晚会）：2026-11-25 到期，还有 2 天",
    ]);
  });
});

describe("buildReminders: unpaid commission, by the one sharing rule", () => {
  test("each member's share of received rows with no 佣金发放日期 up to today; paid, pledged and later rows are not counted", () => {
    const r = buildReminders(
      department({
        ledger: [
          entry({ row: 2, date: "2026-11-02", cash: 100001, credit: equal("张三", "李四", "Li Ming") }),
          entry({ row: 3, date: "2026-11-03", cash: 200000, credit: weighted(["张三", 60], ["李四", 40]) }),
          entry({ row: 4, date: "2026-11-04", cash: 50000, paidOn: "2026-11-10", paidOnBlank: false }),
          entry({ row: 5, date: "2026-11-05", cash: 50000, status: "pledged" }),
          entry({ row: 6, date: "2026-11-24", cash: 50000 }),
          entry({ row: 7, date: "2026-11-06", cash: 30000, credit: equal("周离开") }),
          entry({ row: 8, date: "2026-11-07", cash: 40000, credit: equal("王皓然") }),
          entry({ row: 9, date: "2026-11-08", cash: 20000, credit: [] }),
        ],
      }),
      TODAY,
      "zh",
    );
    // 1000.01 × 15% = 150.0015 → ¥150.00 shared 50.00 each; 2000 × 15% = 300 as 180 / 120.
    expect(r.people.map((p) => [p.name, p.commission, p.commissionRows])).toEqual([
      ["张三", 5000 + 18000, 2],
      ["李四", 5000 + 12000, 2],
      ["Li Ming", 5000, 1],
    ]);
    expect(r.unowned.map((u) => [u.why, u.name, u.commission])).toEqual([["left", "周离开", 4500]]);
    expect(r.unassigned).toEqual({ commission: 6000 + 3000, rows: [8, 9] });
    const { group, head } = remindersText(r);
    expect(group).toContain("@张三\n· 佣金 ¥230.00 尚未发放（2 笔赞助）");
    expect(head).toContain("周离开 已离部，请改派：\n· 佣金 ¥45.00 尚未发放（1 笔赞助）");
    expect(head).toContain("· 佣金 ¥90.00 未计入任何成员（赞助记录第 8、9 行），请核对经办人");
  });

  test("a refund that cancels a member's commission leaves nothing to remind", () => {
    const r = buildReminders(
      department({ ledger: [entry({ row: 2, date: "2026-11-02", cash: 10000 }), entry({ row: 3, date: "2026-11-03", cash: -10000 })] }),
      TODAY,
      "zh",
    );
    expect(r.people).toEqual([]);
  });
});

describe("buildReminders: leave, warnings and nothing due", () => {
  test("requests waiting for the head, oldest first, under the head's name; decided ones and every reason left out", () => {
    const r = buildReminders(
      department({
        leave: [
          leave({ row: 3, name: "张三", submittedAt: { date: "2026-11-21", seconds: 0 } }),
          leave({ row: 4, name: "李四", status: "approved" }),
          leave({ row: 5, name: "Li Ming" }),
        ],
      }),
      TODAY,
      "en",
    );
    expect(r.leave).toEqual([
      { name: "Li Ming", meeting: "2026-11-25", row: 5 },
      { name: "张三", meeting: "2026-11-25", row: 3 },
    ]);
    const { group } = remindersText(r);
    expect(group).toContain("@陈部长\n· Leave to decide: Li Ming, meeting on 2026-11-25\n· Leave to decide: 张三, meeting on 2026-11-25");
    expect(group).not.toContain("家中急事");
  });

  test("with no head in 成员 the requests are for @部长", () => {
    const r = buildReminders(model({ leave: [leave({})] }), TODAY, "zh");
    expect(r.head).toBeNull();
    expect(remindersText(r).group).toContain("@部长\n· 请假待审批：李四，2026-11-25 例会");
  });

  test("members at a warning threshold this term, as the report counts them: active members, meetings up to today", () => {
    const meetings = ["2026-08-26", "2026-11-04", "2026-11-11", "2026-11-25"].map((date, column) => ({ date, column }));
    const r = buildReminders(
      department({
        attendance: {
          meetings,
          rows: [
            { name: "张三", group: "", row: 2, statuses: ["迟到", "迟到", "出席", "迟到"].map(cell) },
            { name: "李四", group: "", row: 3, statuses: ["出席", "迟到", "早退", ""].map(cell) },
            { name: "周离开", group: "", row: 4, statuses: ["", "缺席", "缺席", ""].map(cell) },
            { name: "Li Ming", group: "", row: 5, statuses: ["", "出席", "未批假", ""].map(cell) },
          ],
        },
      }),
      TODAY,
      "zh",
    );
    expect(r.warnings.map((w) => w.name)).toEqual(["李四", "Li Ming"]);
    expect(remindersText(r).head).toContain("考勤预警（本学期）：\n· 李四：迟到/早退 2 次，需部长审议\n· Li Ming：缺席 1 次，需部长审议");
  });

  test("nothing due: a friendly line in each text, never an empty box", () => {
    const zh = remindersText(buildReminders(department(), TODAY, "zh"));
    expect(zh.group).toBe("【外联部提醒】2026-11-23\n截至 2026-11-30，没有要跟进的赞助商、到期的赞助回报、待审批的请假或未发放的佣金。大家辛苦了！");
    expect(zh.head).toBe("【外联部提醒 · 部长】2026-11-23\n本学期没有成员达到考勤警告次数，所有提醒事项都有在部的负责人。");
    const en = remindersText(buildReminders(department({ settings: { ...department().settings, department: "Campus Outreach" } }), TODAY, "en"));
    expect(en.group).toBe(
      "[Campus Outreach reminders] 2026-11-23\nNothing is due up to 2026-11-30: no follow-ups, no benefits due, no leave waiting and no unpaid commission. Thank you, everyone!",
    );
  });

  test("a long list stays one line per item, whatever a cell holds", () => {
    const sponsors = Array.from({ length: 300 }, (_, i) => sponsor(`商家\n${i}`, { owner: "张三", nextFollowUp: "2026-11-22" }));
    const r = buildReminders(department({ sponsors }), TODAY, "zh");
    const lines = remindersText(r).group.split("\n");
    expect(lines.filter((l) => l.startsWith("· 跟进 商家 "))).toHaveLength(300);
    expect(lines.every((l) => l.length < 80)).toBe(true);
    expect(oneLine(" a\t\n b\u3000c ")).toBe("a b c");
  });

  test("a 50,000-character cell full of spaces and line breaks finishes, as one line", () => {
    const cellText = `${" \n\u3000".repeat(16_000)}张三${" ".repeat(2_000)}`;
    const r = finishes(() =>
      remindersText(buildReminders(department({ sponsors: [sponsor(cellText, { owner: cellText, nextFollowUp: "2026-11-22" })] }), TODAY, "zh")),
    );
    expect(r.group).toContain("@张三\n· 跟进 张三：已逾期 1 天（2026-11-22）");
  });
});
