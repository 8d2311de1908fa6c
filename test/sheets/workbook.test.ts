import { render } from "../../src/domain/messages";
import { context, findTabs, isTabOf, loadModel, tabToWrite } from "../../src/sheets/workbook";
import { active, d, sheetWith, today } from "../support/apps-script";

const ledgerRows = (n: number) => [["日期", "赞助商", "经办人", "现金"], ...Array.from({ length: n }, (_, i) => [d("2026-11-02"), `商家${i}`, "王浩然", 100])];

describe("finding the department's tabs", () => {
  test("by their zh or en name or a usual alias, ignoring case and spaces", () => {
    sheetWith([
      { name: " 成员名单 ", rows: [["姓名"]] },
      { name: "SPONSORS", rows: [["Sponsor"]] },
      { name: "sponsor ships", rows: [["Date"]] },
      { name: "签到表", rows: [["姓名"]] },
      { name: "Contact_Log", rows: [["Date"]] },
    ]);
    const found = findTabs(active());
    expect(Object.fromEntries(Object.entries(found).map(([k, s]) => [k, s!.getName()]))).toEqual({
      members: " 成员名单 ",
      sponsors: "SPONSORS",
      ledger: "sponsor ships",
      attendance: "签到表",
      contactLog: "Contact_Log",
    });
  });

  test("a backup such as 赞助记录（2025备份） is another tab, never the ledger", () => {
    sheetWith([{ name: "赞助记录（2025备份）", rows: [["日期"]] }]);
    expect(findTabs(active()).ledger).toBeUndefined();
    expect(isTabOf("赞助记录（2025备份）", "ledger")).toBe(false);
    expect(isTabOf("Ledger", "ledger")).toBe(true);
  });
});

describe("two tabs of one kind", () => {
  const twins = () => [
    { name: "赞助记录", rows: ledgerRows(1) },
    {
      name: "Sponsorships",
      rows: [
        ["Date", "Sponsor", "Cash"],
        [d("2026-11-03"), "Other", 999],
      ],
    },
  ];

  test("a write is refused naming both, in either language", () => {
    sheetWith(twins());
    expect(() => tabToWrite(active(), "ledger")).toThrow("“赞助记录”和“Sponsorships”都是“赞助记录”工作表，不知道该写到哪一个，所以什么都没有写。");
    expect(() => tabToWrite(active(), "ledger")).toThrow(
      '"赞助记录" and "Sponsorships" are both the "Sponsorships" tab, so there is no telling which one to write to',
    );
  });

  test("reading takes the first and reports the second as a problem naming both, never a silent choice", () => {
    today("2026-11-23");
    sheetWith(twins());
    const loaded = loadModel(context());
    expect(loaded.model.ledger.map((e) => e.sponsor)).toEqual(["商家0"]);
    const twin = loaded.problems.find((p) => p.sheet === "Sponsorships")!;
    expect(render(twin.message, "zh")).toBe(
      "“赞助记录”和“Sponsorships”都是“赞助记录”工作表：只读取“赞助记录”，“Sponsorships”中的内容都未计入。请把两者合并，再删除或重命名其中一个",
    );
  });

  test("a single tab of the kind is simply the one to write to; none is undefined", () => {
    sheetWith([{ name: "赞助记录", rows: ledgerRows(0) }]);
    expect(tabToWrite(active(), "ledger")!.getName()).toBe("赞助记录");
    expect(tabToWrite(active(), "members")).toBeUndefined();
  });
});

describe("loadModel", () => {
  test("a missing tab is a problem naming the names looked for, not a failure; an optional one is not", () => {
    today("2026-11-23");
    sheetWith([{ name: "赞助记录", rows: ledgerRows(1) }]);
    const { problems } = loadModel(context(), ["members", "ledger", "contactLog"]);
    expect(problems.filter((p) => p.cell === "").map((p) => [p.sheet, render(p.message, "zh")])).toEqual([
      ["成员", "找不到“成员”工作表（查找了：成员, Members, 成员名单, 部员）。请运行“初始化表格”或把工作表改回这个名字"],
    ]);
  });

  test("reads only the tabs asked for, one getValues each, whatever their length", () => {
    const calls = (n: number) => {
      const rt = sheetWith([
        { name: "成员", rows: [["姓名"], ["王浩然"]] },
        { name: "赞助记录", rows: ledgerRows(n) },
        { name: "考勤", rows: [["姓名"], ["王浩然"]] },
      ]);
      rt.resetStats();
      loadModel(context(), ["members", "ledger"]);
      return { ...rt.stats.calls };
    };
    const small = calls(5);
    expect(small.getValues).toBe(2);
    expect(calls(4000)).toEqual(small);
  });
});

describe("context", () => {
  test("the sheet's language, time zone and today in that zone", () => {
    today("2026-11-23", "23:30:00");
    sheetWith([{ name: "成员", rows: [["姓名"]] }], { locale: "en_US", timeZone: "Asia/Tokyo" });
    expect(context()).toMatchObject({ lang: "en", timeZone: "Asia/Tokyo", today: "2026-11-24" });
  });
});
