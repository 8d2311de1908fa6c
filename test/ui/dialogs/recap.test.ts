import { sampleTabs } from "../../../src/local/sample/workbook";
import { chosenLang, menuRecap, splitSponsorEvent } from "../../../src/ui/dialogs/recap";
import { sheetWith, snapshot, today } from "../../support/apps-script";

function sample() {
  today("2026-11-30");
  return sheetWith(sampleTabs());
}

describe("menuRecap", () => {
  test("a sponsor and the sheet's language: the recap page in a dialog, nothing written", () => {
    const rt = sample();
    const before = snapshot(rt);
    rt.ui.answer({ button: "OK", text: "博文书店" }).answer({ button: "OK", text: "" });
    menuRecap();
    const [first, second, dialog] = rt.ui.log;
    expect(first).toMatchObject({ kind: "prompt", title: "赞助反馈", message: "赞助商名称（可加“|活动”只看一个活动，如 博文书店|新生辩论赛）" });
    expect(second).toMatchObject({ kind: "prompt", message: "语言：留空为 zh，或填写 zh（中文）/ en（英文）" });
    expect(dialog).toMatchObject({ kind: "dialog", title: "赞助反馈 · 博文书店", width: 900, height: 640 });
    expect(dialog.html).toContain('<html lang="zh-CN">');
    expect(dialog.html).toContain("决赛现场摆放书店展架");
    expect(dialog.html).toContain('<button type="button" id="print">打印</button>');
    expect(snapshot(rt)).toEqual(before);
  });

  test("an event after | and English", () => {
    const rt = sample();
    rt.ui.answer({ button: "OK", text: "博文书店 ｜ 新生辩论赛" }).answer({ button: "OK", text: "EN" });
    menuRecap();
    const dialog = rt.ui.shown("dialog")[0];
    expect(dialog.html).toContain('<html lang="en">');
    expect(dialog.html).toContain("Event: 新生辩论赛 (2026-11-07)");
    expect(dialog.html).not.toContain("考研经验讲座");
  });

  test("a misspelt sponsor is the error alert with a did-you-mean; a bad language is said; Cancel does nothing", () => {
    const rt = sample();
    rt.ui
      .answer({ button: "OK", text: "博文书屋" })
      .answer({ button: "OK", text: "" })
      .answer({ button: "OK" })
      .answer({ button: "OK", text: "博文书店" })
      .answer({ button: "OK", text: "fr" })
      .answer({ button: "OK" })
      .answer({ button: "CANCEL", text: "博文书店" });
    menuRecap();
    menuRecap();
    menuRecap();
    const alerts = rt.ui.shown("alert");
    expect(alerts[0]).toMatchObject({ title: "出错了", message: "赞助商表中没有“博文书屋”，是否是“博文书店”？" });
    expect(alerts[1]).toMatchObject({ title: "出错了", message: "无法识别的语言“fr”：请填写 zh 或 en" });
    expect(rt.ui.shown("dialog")).toHaveLength(0);
    expect(rt.ui.log.map((e) => e.kind)).toEqual(["prompt", "prompt", "alert", "prompt", "prompt", "alert", "prompt"]);
  });
});

describe("splitSponsorEvent and chosenLang", () => {
  test("the first bar splits; blank parts are no event", () => {
    expect(splitSponsorEvent(" 博文书店 ")).toEqual({ sponsor: "博文书店", event: null });
    expect(splitSponsorEvent("博文书店|新生辩论赛")).toEqual({ sponsor: "博文书店", event: "新生辩论赛" });
    expect(splitSponsorEvent("博文书店｜新生辩论赛|x")).toEqual({ sponsor: "博文书店", event: "新生辩论赛|x" });
    expect(splitSponsorEvent("博文书店 | ")).toEqual({ sponsor: "博文书店", event: null });
  });

  test("blank is the sheet's language; zh, en, 中文, English are understood", () => {
    expect(chosenLang("", "en")).toBe("en");
    expect(chosenLang(" 中文 ", "en")).toBe("zh");
    expect(chosenLang("English", "zh")).toBe("en");
    expect(chosenLang("fr", "zh")).toBeUndefined();
  });
});
