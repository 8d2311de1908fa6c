import { lookAlikeOf, lookAlikes, phoneKey, shopKey } from "../../src/domain/sponsor-match";
import { finishes } from "../hang-guard";

const shop = (name: string, phone = "", row = 0) => ({ name, phone, row });

describe("shopKey", () => {
  test.each([
    ["蜜雪冰城（东门店）", "蜜雪冰城 东门"],
    ["蜜雪冰城(东门店)", "蜜雪冰城东门分店"],
    ["ＣｏＣｏ都可（南门店）", "coco都可 南门"],
    ["中国建设银行(大学城支行)", "中国建设银行 大学城"],
    ["启航打印店", "启航打印"],
    ["新东方学校", "新东方学校"],
  ])("%s and %s are one shop", (a, b) => {
    expect(shopKey(a)).toBe(shopKey(b));
  });

  test.each([
    ["中国联通(大学城营业厅)", "中国移动(大学城营业厅)"],
    ["新华书店(大学路店)", "新华书店(学府路店)"],
    ["茶百道", "一点点"],
  ])("%s and %s are two shops", (a, b) => {
    expect(shopKey(a)).not.toBe(shopKey(b));
  });

  test("a name of only brackets and branch words has no key, so it matches nothing", () => {
    expect(shopKey("（店）")).toBe("");
    expect(lookAlikes([shop("（店）", "", 2), shop("【分店】", "", 3)])).toEqual([]);
  });
});

describe("phoneKey", () => {
  test("spaces, dashes, +86 and full-width digits do not matter; short numbers identify nothing", () => {
    expect(phoneKey("139 0013 2001")).toBe("13900132001");
    expect(phoneKey("+86 139-0013-2001")).toBe("13900132001");
    expect(phoneKey("１３９００１３２００１")).toBe("13900132001");
    expect(phoneKey("0571-86001201")).toBe("057186001201");
    expect(phoneKey("110")).toBe("");
    expect(phoneKey("wx: bowen_books")).toBe("");
  });
});

describe("lookAlikes", () => {
  test("pairs each later row with the first it looks like, by name before phone", () => {
    const rows = [
      shop("博文书店", "13900132001", 2),
      shop("蜜雪冰城(东门店)", "13900132021", 3),
      shop("博文 书店", "", 4),
      shop("东门蜜雪", "139-0013-2021", 5),
      shop("金印图文", "", 6),
    ];
    expect(lookAlikes(rows).map((p) => [p.first.row, p.second.row, p.by])).toEqual([
      [2, 4, "name"],
      [3, 5, "phone"],
    ]);
  });

  test("50,000 rows of long pathological names finish quickly", () => {
    const rows = Array.from({ length: 50000 }, (_, i) => shop(`${"（".repeat(200)}店${i}${"）".repeat(200)}`, `${i}`, i + 2));
    expect(finishes(() => lookAlikes(rows)).length).toBe(0);
  });
});

describe("lookAlikeOf", () => {
  test("finds the known shop a new sponsor looks like, or nothing", () => {
    const known = [shop("蜜雪冰城(东门店)", "13900132021", 3), shop("博文书店", "13900132001", 2)];
    expect(lookAlikeOf(known, "蜜雪冰城 东门")).toEqual({ shop: known[0], by: "name" });
    expect(lookAlikeOf(known, "博文图书", "+86 13900132001")).toEqual({ shop: known[1], by: "phone" });
    expect(lookAlikeOf(known, "一点点(北门店)", "13900132023")).toBeUndefined();
  });
});
