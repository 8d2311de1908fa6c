import { renderFields, renderMsg } from "../../src/contracts/messages";
import {
  checkRecord,
  creditText,
  packageBenefits,
  parseWeight,
  previewCommission,
  type RecordForm,
  type RecordLists,
  sponsorToConfirm,
} from "../../src/contracts/record-entry";
import { commissionFen, DEFAULT_RATE, splitFen } from "../../src/domain/commission";
import { parseCredit } from "../../src/domain/credit";

const lists: RecordLists = {
  sponsors: ["博文书店", "Star Books"],
  events: ["迎新晚会"],
  members: [
    { name: "张三", group: "一组" },
    { name: "李四", group: "一组" },
    { name: "王五", group: "二组" },
  ],
  rate: "15%",
  basis: "cash",
  timeZone: "Asia/Shanghai",
  sheetLang: "zh",
};

const form = (over: Partial<RecordForm> = {}): RecordForm => ({
  sponsor: "博文书店",
  addSponsor: true,
  category: "",
  owner: "",
  event: "迎新晚会",
  members: ["张三"],
  weights: [""],
  cash: "1,200",
  items: "",
  inKind: "",
  status: "received",
  date: "2026-11-23",
  notes: "",
  ...over,
});

describe("checkRecord: the rules the page and the server share", () => {
  test("a complete form gives the ledger row's values, with the sheet's spelling of each name", () => {
    const { entry, errors } = checkRecord(
      form({ sponsor: " star books ", members: ["李四", "张三"], weights: ["60", "40%"], items: "横幅 1 条", inKind: "¥150" }),
      lists,
    );
    expect(errors).toEqual({});
    expect(entry).toEqual({
      date: "2026-11-23",
      sponsor: "Star Books",
      newSponsor: null,
      event: "迎新晚会",
      credit: "李四 60%、张三 40%",
      cash: 120000,
      items: "横幅 1 条",
      inKind: 15000,
      status: "received",
      notes: "",
      package: "",
      lead: "李四",
    });
  });

  test("every wrong field is named, in the user's language, and no entry comes back", () => {
    const { entry, errors } = checkRecord(form({ sponsor: "", event: "运动会", members: ["赵六"], cash: "两千", inKind: "-5", date: "2026-02-30" }), lists);
    expect(entry).toBeNull();
    expect(renderFields(errors, "zh")).toEqual({
      sponsor: "请填写“赞助商”",
      event: "活动表中没有“运动会”",
      members: "“赵六”不是在部成员",
      cash: expect.stringContaining("无法识别的金额“两千”"),
      inKind: "物资估值不能为负数",
      date: expect.stringContaining("无法识别的日期“2026-02-30”"),
    });
    expect(renderFields(errors, "en").sponsor).toBe("Sponsor is required");
  });

  test("shares are optional, but once given every member needs one and they total exactly 100%", () => {
    const two = { members: ["张三", "李四"] };
    expect(checkRecord(form({ ...two, weights: ["", ""] }), lists).entry?.credit).toBe("张三、李四");
    expect(renderFields(checkRecord(form({ ...two, weights: ["60", ""] }), lists).errors, "zh").weights).toBe("请填写“李四”的比例，或清空所有比例以平均分配");
    expect(renderFields(checkRecord(form({ ...two, weights: ["60", "30"] }), lists).errors, "en").weights).toBe(
      "The shares add up to 90%; they must total exactly 100%",
    );
    expect(renderFields(checkRecord(form({ ...two, weights: ["33.333", "66.667"] }), lists).errors, "zh").weights).toMatch(/^比例“33.333”无效/);
    expect(checkRecord(form({ ...two, weights: ["33.33", "66.67"] }), lists).entry?.credit).toBe("张三 33.33%、李四 66.67%");
  });

  test("an amount with a third decimal is refused at its field, never rounded; zeros past the fen are fine", () => {
    const { entry, errors } = checkRecord(form({ cash: "1,000.005", inKind: "99.999" }), lists);
    expect(entry).toBeNull();
    expect(renderFields(errors, "zh")).toEqual({
      cash: "金额“1,000.005”超过两位小数：请精确到分，如 95.80",
      inKind: "金额“99.999”超过两位小数：请精确到分，如 95.80",
    });
    expect(checkRecord(form({ cash: "¥1,000.010", inKind: "" }), lists).entry?.cash).toBe(100001);
  });

  test("nobody credited, or no amount at all, is refused", () => {
    const { errors } = checkRecord(form({ members: [], weights: [], cash: "", inKind: "" }), lists);
    expect(renderFields(errors, "zh")).toEqual({ members: "请填写“经办人”", cash: "请填写现金或物资估值（至少一项）" });
  });

  test("a sponsor not in the customer file is added only when asked, with an owner who is an active member", () => {
    expect(checkRecord(form({ sponsor: "新店", category: "餐饮", owner: "王五" }), lists).entry?.newSponsor).toEqual({ category: "餐饮", owner: "王五" });
    expect(checkRecord(form({ sponsor: "新店", addSponsor: false }), lists).entry?.newSponsor).toBeNull();
    expect(renderFields(checkRecord(form({ sponsor: "新店", owner: "路人" }), lists).errors, "zh").owner).toBe("“路人”不是在部成员");
  });

  test("a member name holding a separator cannot be credited (it would be read back as two people)", () => {
    const odd = { ...lists, members: [...lists.members, { name: "A/B", group: "" }] };
    expect(renderFields(checkRecord(form({ members: ["A/B"] }), odd).errors, "en").members).toMatch(/contains a separator/);
  });
});

describe("the commission preview is the report's arithmetic", () => {
  test("¥100.10 shared by three: the 15% (15.015 → ¥15.02) is split by largest remainder into whole fen that add up", () => {
    const p = previewCommission({ credit: creditText(["张三", "李四", "王五"], []), cash: 10010, inKind: null, status: "received" }, "15%", "cash")!;
    expect(p.commission).toBe(1502);
    expect(p.shares).toEqual([
      { name: "张三", fen: 501 },
      { name: "李四", fen: 501 },
      { name: "王五", fen: 500 },
    ]);
    // The same row as the report reads it back from the ledger cell.
    const shares = parseCredit("张三、李四、王五").shares;
    expect(
      splitFen(
        commissionFen(10010, DEFAULT_RATE),
        shares.map((s) => s.weight),
      ),
    ).toEqual(p.shares.map((s) => s.fen));
  });

  test("weighted 60/40 on ¥333.33: ¥50.00 → ¥30.00 and ¥20.00; in-kind counts only on the cash-and-in-kind basis", () => {
    const row = { credit: creditText(["张三", "李四"], [6000, 4000]), cash: 33333, inKind: 10000, status: "received" as const };
    expect(previewCommission(row, "15%", "cash")).toEqual({
      base: 33333,
      commission: 5000,
      shares: [
        { name: "张三", fen: 3000 },
        { name: "李四", fen: 2000 },
      ],
      counts: true,
    });
    expect(previewCommission(row, "15%", "cashAndInKind")!.commission).toBe(6500);
  });

  test("a pledge shows what it will earn but does not count yet; a cancellation earns nothing", () => {
    const row = { credit: "张三", cash: 100000, inKind: null };
    expect(previewCommission({ ...row, status: "pledged" }, "15%", "cash")).toMatchObject({ commission: 15000, counts: false });
    expect(previewCommission({ ...row, status: "cancelled" }, "15%", "cash")).toBeNull();
  });

  test("shares typed as 60, 60% or 33.33 are read in hundredths of a percent", () => {
    expect([parseWeight("60"), parseWeight("60%"), parseWeight(" 33.33 ％"), parseWeight("0"), parseWeight("101"), parseWeight("abc")]).toEqual([
      6000,
      6000,
      3333,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("sponsorToConfirm: a new name that looks like a sponsor already in 赞助商", () => {
  const known = ["博文书店", "蜜雪冰城(东门店)", "Star Books"];

  test("names the known one, in both languages", () => {
    const found = sponsorToConfirm(" 蜜雪冰城 东门 ", known);
    expect(found?.known).toBe("蜜雪冰城(东门店)");
    expect(renderMsg(found!.question, "zh")).toBe("“蜜雪冰城 东门”看起来就是赞助商表中已有的“蜜雪冰城(东门店)”：用已有的这家，还是作为新赞助商添加？");
    expect(renderMsg(found!.question, "en")).toBe(
      '"蜜雪冰城 东门" looks like "蜜雪冰城(东门店)", already in the Sponsors tab: use that one, or add it as a new sponsor?',
    );
    expect(sponsorToConfirm("ＳＴＡＲ　ＢＯＯＫＳ（总店）", known)?.known).toBe("Star Books");
  });

  test("nothing for a known name (however spaced or cased), a blank, or a shop nothing looks like", () => {
    expect(sponsorToConfirm("博文书店", known)).toBeNull();
    expect(sponsorToConfirm("star books", known)).toBeNull();
    expect(sponsorToConfirm("", known)).toBeNull();
    expect(sponsorToConfirm("博文图书", known)).toBeNull();
    expect(sponsorToConfirm("店", known)).toBeNull();
  });
});

describe("a package (方案) on the form", () => {
  const withPackages: RecordLists = {
    ...lists,
    packages: [
      {
        name: "冠名",
        price: 500000,
        benefits: [
          { text: "口播", dueDays: 0 },
          { text: "照片反馈", dueDays: 14 },
        ],
      },
    ],
    eventDates: { 迎新晚会: "2026-12-25" },
  };

  test("its name is taken as the Packages tab spells it; one it does not hold is named at the field", () => {
    expect(checkRecord(form({ package: " 冠名 " }), withPackages).entry).toMatchObject({ package: "冠名", lead: "张三" });
    expect(checkRecord(form(), withPackages).entry).toMatchObject({ package: "" });
    expect(renderFields(checkRecord(form({ package: "钻石" }), withPackages).errors, "en")).toEqual({ package: '"钻石" is not in the Packages tab' });
  });

  test("its benefits fall due counted from the event's date, or the sponsorship's when the event has none", () => {
    const entry = checkRecord(form({ package: "冠名" }), withPackages).entry!;
    // 2026-12-25 + 14 days crosses the year: 2027-01-08.
    expect(packageBenefits(entry, withPackages).map((b) => [b.promised, b.due, b.owner, b.source])).toEqual([
      ["口播", "2026-12-25", "张三", "2026-11-23 博文书店 · 冠名 #1"],
      ["照片反馈", "2027-01-08", "张三", "2026-11-23 博文书店 · 冠名 #2"],
    ]);
    const noEvent = checkRecord(form({ package: "冠名", event: "" }), withPackages).entry!;
    expect(packageBenefits(noEvent, withPackages).map((b) => b.due)).toEqual(["2026-11-23", "2026-12-07"]);
    expect(packageBenefits(entry, withPackages, new Set(["2026-11-23 博文书店 · 冠名 #1"])).map((b) => b.promised)).toEqual(["照片反馈"]);
  });
});
