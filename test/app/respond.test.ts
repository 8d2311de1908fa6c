import { fieldsFailure, respond } from "../../src/app/respond";
import { UserError } from "../../src/domain/errors";
import { sheetWith } from "../support/apps-script";

const TABS = [{ name: "成员", rows: [["姓名"]] }];

describe("respond: what every sidebar handler answers", () => {
  test("the handler's answer, given the sheet's context and the reader's language", () => {
    sheetWith(TABS, { locale: "zh_CN" }, { userLocale: "en" });
    expect(respond((ctx, lang) => ({ ok: true as const, sheet: ctx.lang, lang }))).toEqual({ ok: true, sheet: "zh", lang: "en" });
  });

  test("a refusal becomes a sentence in the reader's language, not a thrown bilingual message", () => {
    sheetWith(TABS, { locale: "zh_CN" }, { userLocale: "en" });
    expect(
      respond(() => {
        throw new UserError({ key: "busy" });
      }),
    ).toEqual({ ok: false, error: "Someone else is changing the sheet right now (a report or a save is running). Please try again in a moment" });
  });

  test("a bug still throws, so it is seen", () => {
    sheetWith(TABS);
    expect(() =>
      respond(() => {
        throw new TypeError("x is undefined");
      }),
    ).toThrow(TypeError);
  });
});

describe("fieldsFailure: a form refused field by field", () => {
  test("each field's sentence in the reader's language, and one line counting them; nothing for a field without a message", () => {
    const errors = { date: { key: "fieldRequired" as const, params: { zh: "日期", en: "Date" } }, note: undefined };
    expect(fieldsFailure(errors, "zh")).toEqual({ ok: false, error: "有 1 处需要修改，未保存任何内容", fields: { date: "请填写“日期”" } });
    expect(fieldsFailure(errors, "en")).toEqual({ ok: false, error: "1 field needs fixing; nothing was saved", fields: { date: "Date is required" } });
  });
});
