import { CONTACT_LIMITS, type ContactForm, checkContact } from "../../src/contracts/contact-entry";
import { renderFields } from "../../src/contracts/messages";

const TZ = "Asia/Shanghai";
const TODAY = "2026-11-23";

const form = (over: Partial<ContactForm> = {}): ContactForm => ({
  sponsor: "书香书店",
  date: "2026-11-20",
  channel: "微信",
  note: "约了下周面谈",
  stage: "",
  next: "",
  clearNext: false,
  ...over,
});

const errorsOf = (f: ContactForm, lang: "zh" | "en" = "zh", today: string | undefined = TODAY) => renderFields(checkContact(f, TZ, today).errors, lang);

describe("checkContact: a contact as it will be logged", () => {
  test("a complete form: trimmed text, the date as a day, the stage kept as it is, the next follow-up left alone", () => {
    expect(checkContact(form({ sponsor: " 书香书店 ", date: "2026/11/2", channel: " 电话 ", note: "  老板同意赞助横幅  " }), TZ, TODAY)).toEqual({
      entry: { sponsor: "书香书店", date: "2026-11-02", channel: "电话", note: "老板同意赞助横幅", stage: null, next: undefined },
      errors: {},
    });
  });

  test("a new stage and a next follow-up are passed on", () => {
    const { entry } = checkContact(form({ stage: "negotiating", next: "2026年12月1日" }), TZ, TODAY);
    expect(entry).toMatchObject({ stage: "negotiating", next: "2026-12-01" });
  });

  test("the next follow-up is cleared only when asked, and a date typed wins over clearing", () => {
    expect(checkContact(form({ clearNext: true }), TZ, TODAY).entry?.next).toBeNull();
    expect(checkContact(form({ clearNext: false }), TZ, TODAY).entry?.next).toBeUndefined();
    expect(checkContact(form({ clearNext: true, next: "2026-12-01" }), TZ, TODAY).entry?.next).toBe("2026-12-01");
  });

  test("channel and note may be left empty", () => {
    expect(checkContact(form({ channel: "", note: "   " }), TZ, TODAY).entry).toMatchObject({ channel: "", note: "" });
  });

  test("the date is required, in the user's language", () => {
    const { entry } = checkContact(form({ date: "  " }), TZ, TODAY);
    expect(entry).toBeNull();
    expect(errorsOf(form({ date: "" }))).toEqual({ date: "请填写“日期”" });
    expect(errorsOf(form({ date: "" }), "en")).toEqual({ date: "Date is required" });
  });

  test("a date that is not one is named", () => {
    expect(errorsOf(form({ date: "2026-02-30" }))).toEqual({ date: "无法识别的日期“2026-02-30”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日" });
    expect(errorsOf(form({ date: "上周三" }), "en").date).toMatch(/^"上周三" is not a date/);
  });

  test("today is fine; tomorrow is refused (a typed 2062 is a typo), across a year's end too", () => {
    expect(checkContact(form({ date: TODAY }), TZ, TODAY).entry?.date).toBe(TODAY);
    expect(errorsOf(form({ date: "2026-11-24" }))).toEqual({ date: "联系日期不能晚于今天（2026-11-23）" });
    expect(errorsOf(form({ date: "2062-11-20" }), "en")).toEqual({ date: "The contact date cannot be after today (2026-11-23)" });
    expect(errorsOf(form({ date: "2027-01-01" }), "zh", "2026-12-31")).toEqual({ date: "联系日期不能晚于今天（2026-12-31）" });
    expect(checkContact(form({ date: "2026-12-31" }), TZ, "2027-01-01").errors).toEqual({});
  });

  test("without knowing today, a future date is not refused", () => {
    expect(checkContact(form({ date: "2027-03-01" }), TZ).entry?.date).toBe("2027-03-01");
  });

  test("the next follow-up may be the same day but not before the contact", () => {
    expect(checkContact(form({ next: "2026-11-20" }), TZ, TODAY).entry?.next).toBe("2026-11-20");
    expect(errorsOf(form({ next: "2026-11-19" }))).toEqual({ next: "下次跟进不能早于这次联系的日期" });
    expect(errorsOf(form({ next: "2026-11-19" }), "en")).toEqual({ next: "The next follow-up cannot be before this contact" });
  });

  test("a next follow-up in the next year is fine", () => {
    expect(checkContact(form({ date: "2026-12-31", next: "2027-01-04" }), TZ, "2026-12-31").entry?.next).toBe("2027-01-04");
  });

  test("an unreadable next follow-up is named on its own field", () => {
    expect(errorsOf(form({ next: "下周" }))).toEqual({ next: "无法识别的日期“下周”：请使用日期格式，或写成 2026-11-02、2026/11/2、2026年11月2日" });
  });

  test("channel up to 50 characters and note up to 500, counted after trimming", () => {
    const ok = form({ channel: ` ${"微".repeat(CONTACT_LIMITS.channel)} `, note: `${"记".repeat(CONTACT_LIMITS.note)}\n` });
    expect(checkContact(ok, TZ, TODAY).errors).toEqual({});
    const long = form({ channel: "微".repeat(51), note: "记".repeat(501) });
    expect(checkContact(long, TZ, TODAY).entry).toBeNull();
    expect(errorsOf(long)).toEqual({ channel: "“方式”最多 50 个字", note: "“内容”最多 500 个字" });
    expect(errorsOf(long, "en")).toEqual({ channel: "Channel can be at most 50 characters", note: "Note can be at most 500 characters" });
  });

  test("every wrong field is named at once", () => {
    const f = form({ date: "2026-11-30", next: "明天", channel: "x".repeat(60) });
    expect(Object.keys(errorsOf(f)).sort()).toEqual(["channel", "date", "next"]);
  });
});
