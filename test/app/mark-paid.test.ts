import { markCommissionsPaid, markPaid, previewPayout } from "../../src/app/mark-paid";
import { context } from "../../src/sheets/workbook";
import { d, day, formulas, logLines, sheetWith, tab, today, values } from "../support/apps-script";

const HEADER = ["日期", "赞助商", "经办人", "现金", "状态", "佣金发放日期"];

function department(header = HEADER) {
  today("2026-11-23");
  const rt = sheetWith([
    { name: "成员", rows: [["姓名"], ["王浩然"], ["李欣怡"]] },
    {
      name: "赞助记录",
      rows: [
        header,
        [d("2026-10-02"), "博文书店", "王浩然", 1000, "已到账", ""],
        [d("2026-10-05"), "老王餐馆", "李欣怡", 400, "已到账", d("2026-10-31")],
        [d("2026-10-09"), "新华书店", "王浩然", 200, "意向", ""],
        [d("2026-10-12"), "花语礼品屋", "陌生人", 100, "已到账", ""],
        [d("2026-10-30"), "联通营业厅", "李欣怡、王浩然", 300, "已到账", ""],
        [d("2026-11-02"), "移动营业厅", "李欣怡", 600, "已到账", ""],
      ].map((r) => r.slice(0, header.length)),
    },
  ]);
  return rt;
}

const paidOn = (rt: ReturnType<typeof department>) =>
  values(rt, "赞助记录")
    .slice(1)
    .map((r) => day(r[5]));

describe("previewPayout", () => {
  test("a ledger whose 赞助商 header was renamed cannot be read: refused naming the tab and the column, not 'nothing unpaid'", () => {
    department(["日期", "商户名称", "经办人", "现金", "状态", "佣金发放日期"]);
    expect(() => previewPayout(context(), "2026-10")).toThrow(
      "“赞助记录”表缺少必需的列“赞助商”（或 “Sponsor”，表头行 A1），所以无法读取：请在表头行添加，或运行“初始化表格”",
    );
  });

  test("every unpaid received row up to the month, per member; rows crediting an unknown name are held", () => {
    department();
    const plan = previewPayout(context(), "2026-10");
    expect(plan).toMatchObject({
      rows: [2, 6],
      members: [
        { name: "王浩然", amount: 17250 },
        { name: "李欣怡", amount: 2250 },
      ],
      total: 19500,
      held: [5],
    });
  });

  test("without the 佣金发放日期 column every row would look unpaid: refused before anything is shown", () => {
    department(HEADER.slice(0, 5));
    expect(() => previewPayout(context(), "2026-10")).toThrow("缺少必需的列“佣金发放日期”（或 “Commission paid on”）");
  });
});

describe("markPaid", () => {
  test("fills today's date on exactly the previewed rows, never on a row already paid, and logs the payout", () => {
    const rt = department();
    tab("赞助记录").getRange(4, 6).setFormula('=IF(1,"","")');
    const plan = previewPayout(context(), "2026-10");
    markPaid(context(), "2026-10", plan.fingerprint);
    expect(paidOn(rt)).toEqual(["2026-11-23", "2026-10-31", "", "", "2026-11-23", ""]);
    expect(formulas(rt, "赞助记录")[3][5]).toBe('=IF(1,"","")');
    expect(logLines(rt)).toEqual([["officer@example.edu", "发放佣金", "赞助记录", "2026-10 · ¥195.00 · 2, 6"]]);
  });

  test("refuses, writing nothing, when the ledger changed since the preview", () => {
    const rt = department();
    const plan = previewPayout(context(), "2026-10");
    tab("赞助记录").getRange(2, 4).setValue(2000);
    expect(() => markPaid(context(), "2026-10", plan.fingerprint)).toThrow("确认期间赞助记录有改动，未填写任何发放日期：请重新执行“发放佣金”");
    expect(paidOn(rt)).toEqual(["", "2026-10-31", "", "", "", ""]);
    expect(logLines(rt)).toEqual([]);
  });

  test("a row paid by someone else meanwhile is refused too, not paid twice", () => {
    const rt = department();
    const plan = previewPayout(context(), "2026-10");
    tab("赞助记录").getRange(6, 6).setValue(d("2026-11-20"));
    expect(() => markPaid(context(), "2026-10", plan.fingerprint)).toThrow(/确认期间赞助记录有改动/);
    expect(paidOn(rt)[0]).toBe("");
  });

  test("a paid-on cell holding only spaces is settled like a blank one", () => {
    const rt = department();
    tab("赞助记录").getRange(2, 6).setValue("   ");
    markPaid(context(), "2026-10", previewPayout(context(), "2026-10").fingerprint);
    expect(paidOn(rt)[0]).toBe("2026-11-23");
  });
});

describe("markCommissionsPaid (without dialogs)", () => {
  test("a preview in yuan, then with the fingerprint the dates filled", () => {
    const rt = department();
    const preview = markCommissionsPaid({ month: "2026-10" });
    expect(preview).toMatchObject({
      total: 195,
      members: [
        { name: "王浩然", amount: 172.5 },
        { name: "李欣怡", amount: 22.5 },
      ],
      paid: false,
    });
    expect(paidOn(rt)[0]).toBe("");
    expect(markCommissionsPaid({ month: "2026-10", confirm: preview.fingerprint })).toMatchObject({ paid: true, rows: [2, 6] });
    expect(paidOn(rt)[0]).toBe("2026-11-23");
  });

  test("a month that is not YYYY-MM is an invalid request", () => {
    department();
    expect(() => markCommissionsPaid({ month: "10/2026" })).toThrow(/请求无效：month/);
  });
});
