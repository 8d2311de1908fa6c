/** The sample exports are what the README says: the sample department's members, one of its meetings. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "../../../src/domain/csv";
import { loadXlsx } from "../../../src/local/runtime";
import { TENCENT_MEETING, TENCENT_SAMPLE, WJX_MEETING, wjxSampleRows, writeWjxSample } from "../../../src/local/sample/signin-exports";
import { sampleTabs } from "../../../src/local/sample/workbook";
import { records } from "./helpers";

const members = records(sampleTabs(), "成员").map((m) => String(m.姓名));
const gridDates = () => {
  const header = sampleTabs()
    .find((t) => t.name === "考勤")!
    .rows[0].slice(2);
  return header.map((h) => (h instanceof Date ? new Date(h.getTime() + 8 * 3600e3).toISOString().slice(0, 10) : String(h).slice(0, 10)));
};

describe("signin-tencent.csv", () => {
  test("a 腾讯文档 download for a meeting the sample's grid holds, naming its members but for the deliberate strangers", () => {
    const rows = parseCsv(readFileSync(TENCENT_SAMPLE, "utf8"));
    expect(rows[0]).toEqual(["编号", "提交者", "提交时间", "姓名"]);
    expect(gridDates()).toContain(TENCENT_MEETING);
    const names = new Set(rows.slice(1).map((r) => r[3]));
    expect([...names].filter((n) => !members.includes(n))).toEqual(["张三", "林志朋"]);
    expect(names.has("周晓雯")).toBe(true);
  });
});

describe("the 问卷星 sample", () => {
  test("a new meeting's export with 问卷星's numbered questions, its times kept as text in the .xlsx", async () => {
    expect(gridDates()).not.toContain(WJX_MEETING);
    expect(wjxSampleRows()[0]).toEqual(["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、您的姓名", "2、签到类型"]);
    const file = join(mkdtempSync(join(tmpdir(), "wjx-")), "wjx.xlsx");
    await writeWjxSample(file);
    const values = (await loadXlsx(file)).getSheets()[0].getDataRange().getValues();
    expect(values).toHaveLength(21);
    expect(values[1].slice(1, 2)).toEqual(["2026/11/25 18:50:12"]);
    expect(
      values
        .slice(1)
        .filter((r) => r[5] !== "" && !members.includes(String(r[5])))
        .map((r) => r[5]),
    ).toEqual(["孙家豪"]);
  });
});
