import { prepareSponsor } from "../../src/sheets/sponsor-add";
import { context } from "../../src/sheets/workbook";
import { day, sheetWith, tab, values } from "../support/apps-script";

const HEADER = ["赞助商", "类别", "负责人", "阶段", "最近联系", "备注"];

describe("prepareSponsor: a sponsor first met in 登记赞助 joins the customer file", () => {
  test("a received sponsorship makes it 已签约, last contacted that day, below the last sponsor", () => {
    const rt = sheetWith([{ name: "赞助商", rows: [HEADER, ["博文书店", "书店", "王浩然", "已签约", "", "老客户"]] }]);
    const write = prepareSponsor(context(), tab("赞助商"), {
      name: "=老王餐馆",
      category: "餐饮",
      owner: "李欣怡",
      status: "received",
      date: "2026-11-20",
    });
    expect(write!()).toBe(3);
    const row = values(rt, "赞助商")[2];
    expect(row.slice(0, 4)).toEqual(["=老王餐馆", "餐饮", "李欣怡", "已签约"]);
    expect(day(row[4])).toBe("2026-11-20");
    expect(tab("赞助商").getRange(3, 1).getFormula()).toBe("");
  });

  test("a pledge makes it 洽谈中 (Negotiating on an English sheet)", () => {
    const rt = sheetWith([{ name: "Sponsors", rows: [["Sponsor", "Stage", "Last contact"]] }], { locale: "en_US" });
    prepareSponsor(context(), tab("Sponsors"), { name: "Book Nook", category: "", owner: "", status: "pledged", date: "2026-11-20" })!();
    expect(values(rt, "Sponsors")[1].slice(0, 2)).toEqual(["Book Nook", "Negotiating"]);
    sheetWith([{ name: "赞助商", rows: [HEADER] }]);
    const zh = prepareSponsor(context(), tab("赞助商"), { name: "书店", category: "", owner: "", status: "pledged", date: "2026-11-20" })!;
    zh();
    expect(tab("赞助商").getRange(2, 4).getValue()).toBe("洽谈中");
  });

  test("a sponsor someone added meanwhile, spelled with other spaces or case, is never added twice", () => {
    const rt = sheetWith([{ name: "赞助商", rows: [HEADER, ["Book Nook", "", "", "", "", ""]] }]);
    expect(prepareSponsor(context(), tab("赞助商"), { name: " book  nook", category: "", owner: "", status: "received", date: "2026-11-20" })).toBeNull();
    expect(values(rt, "赞助商")).toHaveLength(2);
  });
});
