import { annotate, NOTE_MARK } from "../../src/sheets/check-notes";
import { context, loadModel } from "../../src/sheets/workbook";
import { d, sheetWith, tab, today } from "../support/apps-script";

const MEMBERS = { name: "成员", rows: [["姓名"], ["王浩然"]] };

function ledger(cash: unknown[]) {
  return sheetWith([
    MEMBERS,
    { name: "赞助记录", rows: [["日期", "赞助商", "经办人", "现金"], ...cash.map((c, i) => [d("2026-11-02"), `商家${i}`, "王浩然", c])] as never },
  ]);
}

const note = (cell: string) => tab("赞助记录").getRange(cell).getNote();
const check = () => annotate(loadModel(context(), ["members", "ledger"]), "zh");

describe("annotate: Check data's notes", () => {
  beforeEach(() => today("2026-11-23"));

  test("a cell it cannot read gets a note with the marker and the message", () => {
    ledger(["两千"]);
    expect(check()).toEqual(["赞助记录"]);
    expect(note("D2")).toBe(`${NOTE_MARK}\n无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）`);
  });

  test("a member's own note on that cell is kept, the check's text below it", () => {
    ledger(["两千"]);
    tab("赞助记录").getRange("D2").setNote("老板说月底付");
    check();
    expect(note("D2")).toMatch(new RegExp(`^老板说月底付\\n\\n${NOTE_MARK}\\n无法识别的金额“两千”`));
  });

  test("running it again does not pile up; once fixed, only the member's note is left", () => {
    ledger(["两千"]);
    tab("赞助记录").getRange("D2").setNote("老板说月底付");
    check();
    const first = note("D2");
    expect(check()).toEqual([]);
    expect(note("D2")).toBe(first);
    tab("赞助记录").getRange("D2").setValue(2000);
    expect(check()).toEqual(["赞助记录"]);
    expect(note("D2")).toBe("老板说月底付");
  });

  test("a tab it is told to skip gets no note", () => {
    ledger(["两千"]);
    expect(annotate(loadModel(context(), ["members", "ledger"]), "zh", new Set(["赞助记录"]))).toEqual([]);
    expect(note("D2")).toBe("");
  });

  test("English notes in English", () => {
    ledger(["两千"]);
    annotate(loadModel(context(), ["members", "ledger"]), "en");
    expect(note("D2")).toContain('"两千" is not an amount');
  });

  test("one read and at most one write of notes per tab, at 10 rows as at 3,000", () => {
    const calls = (n: number) => {
      const rt = ledger(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? "两千" : 100)));
      rt.resetStats();
      check();
      return { getNotes: rt.stats.calls.getNotes, setNotes: rt.stats.calls.setNotes, total: rt.stats.total };
    };
    const small = calls(10);
    expect(small).toMatchObject({ getNotes: 2, setNotes: 1 });
    expect(calls(3000)).toEqual(small);
  });
});
