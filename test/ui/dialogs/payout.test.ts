import { menuPayout, payoutSummary } from "../../../src/ui/dialogs/payout";
import { day, values } from "../../support/apps-script";
import { smallDepartment } from "../../support/department";

const paidOn = (rt: ReturnType<typeof smallDepartment>) =>
  values(rt, "赞助记录")
    .slice(1)
    .map((r) => day(r[6]));

describe("menuPayout", () => {
  test("month → who gets what → YES → the dates filled and a toast", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "2026-10" }).answer({ button: "YES" });
    menuPayout();
    const [, question, done] = rt.ui.log;
    expect(question).toMatchObject({
      kind: "alert",
      title: "发放 2026-10 及以前的未发佣金？",
      message: "王浩然  ¥150.00\n李欣怡  ¥60.00\n\n合计 ¥210.00：将在 2 行填入发放日期 2026-11-23",
      buttons: "YES_NO",
    });
    expect(done).toMatchObject({ kind: "toast", title: "发放佣金", message: "已在 2 行填入发放日期，合计 ¥210.00" });
    expect(paidOn(rt)).toEqual(["2026-11-23", "2026-11-23"]);
  });

  test("the month is asked as the payout's own question, not the report's", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "CANCEL" });
    menuPayout();
    expect(rt.ui.log[0]).toMatchObject({ kind: "prompt", title: "发放佣金", message: "发放哪个月及以前的未发佣金？请输入 年-月，如 2026-10" });
  });

  test("NO writes nothing", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "2026-10" }).answer({ button: "NO" });
    menuPayout();
    expect(paidOn(rt)).toEqual(["", ""]);
    expect(rt.ui.shown("toast")).toEqual([]);
  });

  test("Cancel at the month does nothing at all", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "CANCEL" });
    menuPayout();
    expect(rt.ui.log.map((e) => e.kind)).toEqual(["prompt"]);
  });

  test("nothing unpaid up to the month: said, nothing asked", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "2026-09" });
    menuPayout();
    expect(rt.ui.log.slice(1)).toEqual([expect.objectContaining({ kind: "alert", title: "发放佣金", message: "2026-09 及以前没有未发的佣金。" })]);
  });

  test("a bad month is the error alert", () => {
    const rt = smallDepartment();
    rt.ui.answer({ button: "OK", text: "2026-13" });
    menuPayout();
    expect(rt.ui.shown("alert")[0]).toMatchObject({ title: "出错了", message: "无法识别的月份“2026-13”：请写成 2026-11" });
  });
});

describe("payoutSummary", () => {
  test("rows held for a name not in Members are named", () => {
    expect(
      payoutSummary(
        { month: "2026-10", rows: [2, 3], members: [{ name: "王浩然", amount: 15000 }], total: 15000, held: [5, 7], fingerprint: "" },
        "en",
        "2026-11-23",
      ),
    ).toBe(
      "王浩然  ¥150.00\n\nTotal ¥150.00: 2 rows get the paid-on date 2026-11-23\nRows 5, 7 credit names not in Members, so they are held: fix the names first",
    );
  });

  test("one row and one held row read in the singular in English", () => {
    expect(
      payoutSummary(
        { month: "2026-10", rows: [2], members: [{ name: "王浩然", amount: 15000 }], total: 15000, held: [5], fingerprint: "" },
        "en",
        "2026-11-23",
      ),
    ).toBe("王浩然  ¥150.00\n\nTotal ¥150.00: 1 row gets the paid-on date 2026-11-23\nRow 5 credits a name not in Members, so it is held: fix the name first");
  });
});
