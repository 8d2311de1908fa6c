/** The command line's side of importing sign-ins: reading the export file, and the preview in words. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSigninExport, signinPreviewText, signinSaveText } from "../../src/local/import-signin";
import { saveXlsx, workbookFromTabs } from "../../src/local/runtime";
import { TENCENT_MEETING, TENCENT_SAMPLE, WJX_MEETING, writeWjxSample } from "../../src/local/sample/signin-exports";
import { addon } from "../ui/helpers";

const dir = mkdtempSync(join(tmpdir(), "outreach-signin-"));

describe("readSigninExport", () => {
  test("an .xlsx's first tab as text, date-time cells as the wall clock they show; a .csv as it is", async () => {
    const file = join(dir, "times.xlsx");
    await saveXlsx(
      workbookFromTabs([
        {
          name: "签到",
          rows: [
            ["提交时间", "姓名", "已到"],
            [new Date("2026-11-04T11:03:07Z"), "张伟", true],
            ["", 7, ""],
          ],
        },
        { name: "其他", rows: [["not read"]] },
      ]),
      file,
    );
    expect(await readSigninExport(file, "zh")).toEqual([
      ["提交时间", "姓名", "已到"],
      ["2026-11-04 19:03:07", "张伟", "TRUE"],
      ["", "7", ""],
    ]);
    expect((await readSigninExport(TENCENT_SAMPLE, "zh"))[1]).toEqual(["1", "思远", "2026-11-18 18:52:10", "陈思远"]);
  });

  test("another kind of file, or an export of more than 5,000 rows, is one sentence", async () => {
    writeFileSync(join(dir, "x.json"), "[]");
    await expect(readSigninExport(join(dir, "x.json"), "en")).rejects.toThrow(/must be an \.xlsx or \.csv file$/);
    writeFileSync(join(dir, "long.csv"), "a\n".repeat(5001));
    await expect(readSigninExport(join(dir, "long.csv"), "en")).rejects.toThrow("long.csv: The export has 5001 rows; at most 5000 can be imported.");
  });
});

describe("the preview and the result in words", () => {
  test("a table of the members, then each row not counted; the conflicts of a save", async () => {
    const a = addon();
    const rows = await readSigninExport(TENCENT_SAMPLE, "zh");
    const request = { source: { rows }, meeting: TENCENT_MEETING, absentRest: false };
    const preview = a.fn.importSignins(request);
    const text = signinPreviewText(preview, TENCENT_SAMPLE, "zh").split("\n");
    expect(text[0]).toBe("导入签到：例会 2026-11-18（考勤 M 列），19:00 开始（迟到宽限 5 分钟），20:30 结束");
    expect(text).toContainEqual(expect.stringMatching(/^赵一鸣\s+一组\s+迟到\s+19:12 签到\s+7, 8\s+出席 → 需确认$/));
    expect(text).toContain("  第 15 行：成员表中没有“张三”，未计入");
    const result = a.fn.importSignins({ ...request, confirm: preview.confirm });
    expect(signinSaveText(result, "en")).toBe(
      "Someone already entered a status for these members; nothing was written (add --replace to replace them):\n  赵一鸣: 出席 → late\n  孙嘉豪: 出席 → left early",
    );
    const replaced = a.fn.importSignins({ ...request, confirm: preview.confirm, replace: true });
    expect(signinSaveText(replaced, "zh")).toBe("已写入“考勤” M 列：2 人");
  });

  test("a new meeting, and columns it must be told", async () => {
    const a = addon();
    const file = join(dir, "wjx.xlsx");
    await writeWjxSample(file);
    const preview = a.fn.importSignins({ source: { rows: await readSigninExport(file, "en") }, meeting: WJX_MEETING, absentRest: false, lang: "en" });
    const text = signinPreviewText(preview, file, "en");
    expect(text).toMatch(/^Import sign-ins: meeting 2026-11-25 \(a new meeting: writing adds its column\), starts 19:00/);
    expect(text).toContain('Name = column F "1、您的姓名", Submission time = column B "提交答卷时间", Sign-in or sign-out = column G "2、签到类型"');
    const result = a.fn.importSignins({
      source: { rows: await readSigninExport(file, "en") },
      meeting: WJX_MEETING,
      absentRest: false,
      confirm: preview.confirm,
    });
    expect(signinSaveText(result, "en")).toBe("Written to column N of 考勤: 11 members (the meeting's column was added)");
    const unsure = a.fn.importSignins({
      source: {
        rows: [
          ["提交时间", "提交者", "姓名"],
          ["2026-11-25 19:00", "陈思远", "陈思远"],
          ["2026-11-25 19:01", "陈思远", "王浩然"],
          ["2026-11-25 19:02", "洋洋", "赵一明"],
        ],
      },
      meeting: WJX_MEETING,
      absentRest: false,
    });
    expect(signinPreviewText(unsure, "x.csv", "zh").split("\n").slice(-2)).toEqual([
      "不能确定哪一列是姓名（C 列“姓名”、B 列“提交者”）：请选择",
      "无法确定导出中的列：用 --name-column 和 --time-column 指定（如 --name-column F --time-column B）",
    ]);
  });
});
