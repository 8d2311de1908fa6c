import { sampleFacts, sampleTabs } from "../../../src/local/sample/workbook";
import { menuReminders } from "../../../src/ui/dialogs/reminders";
import { sheetWith, snapshot, today } from "../../support/apps-script";
import { SAMPLE_GROUP_ZH, SAMPLE_HEAD_ZH } from "../../support/reminders-sample";

const escaped = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("menuReminders", () => {
  test("the two texts for today in a dialog, each with its Copy button; no prompt, nothing written", () => {
    today(sampleFacts.today);
    const rt = sheetWith(sampleTabs());
    const before = snapshot(rt);
    menuReminders();
    expect(rt.ui.log.map((e) => e.kind)).toEqual(["dialog"]);
    const dialog = rt.ui.shown("dialog")[0];
    expect(dialog).toMatchObject({ title: "提醒 · 2026-11-23", width: 720, height: 640 });
    expect(dialog.html).toContain(`readonly aria-labelledby="group-h">${escaped(SAMPLE_GROUP_ZH)}</textarea>`);
    expect(dialog.html).toContain(`readonly aria-labelledby="head-h">${escaped(SAMPLE_HEAD_ZH)}</textarea>`);
    expect(String(dialog.html).match(/data-copy="(group|head)">复制</g)).toHaveLength(2);
    expect(snapshot(rt)).toEqual(before);
  });

  test("an English sheet gets English texts; a missing 成员 tab is the error alert", () => {
    today(sampleFacts.today);
    const en = sheetWith(sampleTabs(), { locale: "en_US" });
    menuReminders();
    const dialog = en.ui.shown("dialog")[0];
    expect(dialog.title).toBe("Reminders · 2026-11-23");
    expect(dialog.html).toContain('<html lang="en">');
    expect(dialog.html).toContain("For the department&#39;s group");
    expect(dialog.html).toContain("@王浩然\n· Benefit “文化节海报印 logo” (中国移动(学府路营业厅) · 社团文化节): 9 days overdue (2026-11-14)");
    const rt = sheetWith(
      sampleTabs().filter((t) => t.name !== "成员"),
      { locale: "en_US" },
    );
    menuReminders();
    expect(rt.ui.shown("alert")[0]).toMatchObject({ title: "Something went wrong" });
    expect(rt.ui.shown("dialog")).toHaveLength(0);
  });
});
