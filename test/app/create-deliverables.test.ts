/** 生成赞助回报 / Create deliverables, in-process on the sample with a 方案 typed by hand into 赞助记录. */
import { createDeliverables, createPackageDeliverables, previewDeliverables } from "../../src/app/create-deliverables";
import { sampleTabs } from "../../src/local/sample/workbook";
import { context } from "../../src/sheets/workbook";
import { day, logLines, sheetWith, snapshot, today, values } from "../support/apps-script";
import { DELIVERABLES, withPackage } from "../support/package-sample";

describe("previewDeliverables and createDeliverables", () => {
  test("the four benefits of 冠名, due from the event's date, once; nothing else in the sheet changes", () => {
    const { rt, ledgerRow } = withPackage();
    const plan = previewDeliverables(context());
    // 元旦晚会 is on 2026-12-30: 口播 and 横幅 that day, the post 7 days after, the photos 14.
    expect(plan.planned.map((p) => [p.row, p.promised, p.due, p.owner])).toEqual([
      [ledgerRow, "晚会冠名口播", "2026-12-30", "刘雨桐"],
      [ledgerRow, "横幅与背景板印 logo", "2026-12-30", "刘雨桐"],
      [ledgerRow, "公众号推文鸣谢", "2027-01-06", "刘雨桐"],
      [ledgerRow, "活动照片反馈", "2027-01-13", "刘雨桐"],
    ]);
    const before = snapshot(rt).filter((t) => t.name !== DELIVERABLES && t.name !== "日志");
    const done = createDeliverables(context(), plan.fingerprint);
    expect(done.created).toEqual([10, 11, 12, 13]);
    const rows = values(rt, DELIVERABLES)
      .slice(9)
      .map((r) => r.map(day));
    expect(rows[0]).toEqual([
      "中国联通(大学城营业厅)",
      "元旦晚会",
      "晚会冠名口播",
      "2026-12-30",
      "刘雨桐",
      "待办",
      "",
      "2026-11-19 中国联通(大学城营业厅) · 冠名 #1",
    ]);
    expect(rows.map((r) => r[7])).toEqual([1, 2, 3, 4].map((n) => `2026-11-19 中国联通(大学城营业厅) · 冠名 #${n}`));
    expect(
      values(rt, DELIVERABLES)
        .slice(0, 9)
        .map((r) => r.slice(0, 7).map(day)),
    ).toEqual(
      sampleTabs()
        .find((t) => t.name === DELIVERABLES)!
        .rows.map((r) => r.map(day)),
    );
    expect(snapshot(rt).filter((t) => t.name !== DELIVERABLES && t.name !== "日志")).toEqual(before);
    expect(logLines(rt).at(-1)).toEqual([expect.any(String), "生成赞助回报", DELIVERABLES, "10-13"]);
    // Never twice: the next preview has nothing left.
    expect(previewDeliverables(context()).planned).toEqual([]);
  });

  test("a created row someone edited or whose text changed is never created again, since its 来源 is kept", () => {
    const { rt } = withPackage();
    createDeliverables(context(), previewDeliverables(context()).fingerprint);
    const sheet = rt.book.getSheetByName(DELIVERABLES)!;
    sheet.getRange(10, 3).setValue("晚会开场冠名口播（改）");
    expect(previewDeliverables(context()).planned).toEqual([]);
  });

  test("a plan changed after the YES is refused and nothing is written", () => {
    const { rt } = withPackage();
    const plan = previewDeliverables(context());
    rt.book.getSheetByName("方案")!.getRange(2, 3).setValue("晚会冠名口播；公众号推文鸣谢");
    const before = values(rt, DELIVERABLES);
    expect(() => createDeliverables(context(), plan.fingerprint)).toThrow("确认期间赞助记录、方案或赞助回报有改动，未建立任何回报");
    expect(values(rt, DELIVERABLES)).toEqual(before);
  });

  test("without a 来源 column nothing is created: the rows could not be told apart next time", () => {
    today("2026-11-23");
    const tabs = sampleTabs();
    const ledger = tabs.find((t) => t.name === "赞助记录")!.rows;
    ledger[0].push("方案");
    for (const r of ledger.slice(1)) r.push(r[1] === "中国联通(大学城营业厅)" && r[2] === "元旦晚会" ? "冠名" : "");
    const rt = sheetWith(tabs);
    const before = values(rt, DELIVERABLES);
    expect(() => createDeliverables(context(), previewDeliverables(context()).fingerprint)).toThrow(/来源/);
    expect(values(rt, DELIVERABLES)).toEqual(before);
  });

  test("as plain data for the command line: a preview, then with its fingerprint the rows", () => {
    withPackage();
    const preview = createPackageDeliverables();
    expect(preview).toMatchObject({ done: false, created: [] });
    expect(preview.planned).toHaveLength(4);
    expect(createPackageDeliverables({ confirm: preview.fingerprint })).toMatchObject({ done: true, created: [10, 11, 12, 13] });
    expect(() => createPackageDeliverables({ confirm: "" })).toThrow();
  });

  test("its Sheets calls do not grow with the rows", () => {
    const calls = (n: number) => {
      const { rt } = withPackage(n);
      rt.resetStats();
      createDeliverables(context(), previewDeliverables(context()).fingerprint);
      return [rt.stats.reads, rt.stats.writes, rt.stats.total];
    };
    // Both beyond the 1,000 rows a new sheet has, so both make room for the block once.
    expect(calls(3000)).toEqual(calls(1500));
  });
});
