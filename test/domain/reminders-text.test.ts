import type { Reminders } from "../../src/domain/reminders";
import { REMINDERS_TEXT, remindersText } from "../../src/domain/reminders-text";

const empty = (over: Partial<Reminders> = {}): Reminders => ({
  lang: "en",
  today: "2026-11-23",
  until: "2026-11-30",
  department: "",
  head: "陈思远",
  people: [],
  leave: [],
  unowned: [],
  unassigned: { commission: 0, rows: [] },
  warnings: [],
  ...over,
});

const task = (days: number, due: string) => ({ kind: "followUp" as const, sponsor: "博文书店", event: "", promised: "", due, days, row: 3 });

describe("remindersText", () => {
  test("every text has both languages with the same parameters", () => {
    const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const [key, x] of Object.entries(REMINDERS_TEXT)) {
      expect([key, params(x.zh)]).toEqual([key, params(x.en)]);
      expect(x.zh.trim()).not.toBe("");
    }
  });

  test("English counts take their singular at one: 1 day, 1 sponsorship", () => {
    const { group } = remindersText(
      empty({
        people: [{ name: "Li Ming", tasks: [task(-1, "2026-11-22"), task(1, "2026-11-24"), task(2, "2026-11-25")], commission: 15000, commissionRows: 1 }],
      }),
    );
    expect(group.split("\n")).toEqual([
      "[Outreach Department reminders] 2026-11-23",
      "",
      "Please take care of the following by 2026-11-30. Thank you!",
      "",
      "@Li Ming",
      "· Follow up with 博文书店: 1 day overdue (2026-11-22)",
      "· Follow up with 博文书店: due 2026-11-24, in 1 day",
      "· Follow up with 博文书店: due 2026-11-25, in 2 days",
      "· Commission ¥150.00 not yet paid (1 sponsorship)",
      "",
      "If it is already done, please ignore this. Thanks, everyone!",
    ]);
  });

  test("the head's own block gets the leave to decide; with only leave the head is still @-mentioned", () => {
    const leave = [{ name: "张三", meeting: "2026-11-25", row: 2 }];
    const own = remindersText(empty({ lang: "zh", leave, people: [{ name: "陈思远", tasks: [task(0, "2026-11-23")], commission: 0, commissionRows: 0 }] }));
    expect(own.group).toContain("@陈思远\n· 跟进 博文书店：今天到期（2026-11-23）\n· 请假待审批：张三，2026-11-25 例会\n\n已处理");
    const only = remindersText(empty({ lang: "zh", leave }));
    expect(only.group).toContain("以下事项请在 2026-11-30 前处理，谢谢大家！\n\n@陈思远\n· 请假待审批：张三，2026-11-25 例会");
  });

  test("the head's text in English: warnings, a left owner, commission credited to nobody", () => {
    const { head } = remindersText(
      empty({
        warnings: [{ name: "马骁", warnings: [{ kind: "absent", count: 1, limit: 1 }] }],
        unowned: [{ name: "周晓雯", why: "left", tasks: [], commission: 7500, commissionRows: 1 }],
        unassigned: { commission: 12000, rows: [15] },
      }),
    );
    expect(head.split("\n")).toEqual([
      "[Outreach Department reminders · for the head] 2026-11-23",
      "",
      "@陈思远 These need your attention:",
      "",
      "Attendance warnings (this term):",
      "· 马骁: Absent 1 time: for the head's review",
      "",
      "周晓雯 has left the department; please reassign:",
      "· Commission ¥75.00 not yet paid (1 sponsorship)",
      "",
      "· Commission ¥120.00 is credited to nobody in Members (Sponsorships row 15): please check who brought it in",
    ]);
  });
});
