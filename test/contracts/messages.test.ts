import { type AnyMsg, renderFields, renderMsg } from "../../src/contracts/messages";
import { render } from "../../src/domain/messages";

describe("renderMsg: a sidebar's sentence in the user's language", () => {
  test("the field's own name in each language", () => {
    const msg: AnyMsg = { key: "fieldRequired", params: { zh: "赞助商", en: "Sponsor" } };
    expect(renderMsg(msg, "zh")).toBe("请填写“赞助商”");
    expect(renderMsg(msg, "en")).toBe("Sponsor is required");
  });

  test("one field or several fields to fix", () => {
    expect(renderMsg({ key: "fixFields", params: { n: 1 } }, "en")).toBe("1 field needs fixing; nothing was saved");
    expect(renderMsg({ key: "fixFields", params: { n: 3 } }, "en")).toBe("3 fields need fixing; nothing was saved");
    expect(renderMsg({ key: "fixFields", params: { n: 3 } }, "zh")).toBe("有 3 处需要修改，未保存任何内容");
  });

  test("dates to confirm before saving quote the date and the limit", () => {
    expect(renderMsg({ key: "dateAfterToday", params: { date: "2026-12-01", today: "2026-11-23" } }, "zh")).toBe(
      "日期 2026-12-01 晚于今天（2026-11-23）：这笔赞助还没有发生？如果日期没错，请点“仍然保存”",
    );
    expect(renderMsg({ key: "dateBeforeTerm", params: { date: "2025-09-10", termStart: "2026-09-01" } }, "en")).toBe(
      'The date 2025-09-10 is before the term started (2026-09-01, in Settings): is the year right? If the date is right, choose "Save anyway"',
    );
    expect(renderMsg({ key: "dateLongAgo", params: { date: "2025-01-02", limit: "2025-11-23" } }, "zh")).toBe(
      "日期 2025-01-02 是一年多以前（早于 2025-11-23）：年份是否写错？如果日期没错，请点“仍然保存”",
    );
  });

  test("sentences without parameters", () => {
    expect(renderMsg({ key: "amountNeeded" }, "zh")).toBe("请填写现金或物资估值（至少一项）");
    expect(renderMsg({ key: "nothingToSave" }, "en")).toBe("No member has a status yet");
    expect(renderMsg({ key: "noMembers" }, "zh")).toBe("成员表中没有在部成员：请先在“成员”工作表中添加");
  });

  test("shares: the missing member, the bad value and the wrong total are quoted", () => {
    expect(renderMsg({ key: "weightMissing", params: { name: "李四" } }, "zh")).toBe("请填写“李四”的比例，或清空所有比例以平均分配");
    expect(renderMsg({ key: "badWeight", params: { value: "六十" } }, "en")).toBe(
      '"六十" is not a share: use a number from 0 to 100 with at most two decimals',
    );
    expect(renderMsg({ key: "weightsTotal", params: { total: "99.99" } }, "zh")).toBe("比例合计为 99.99%，必须正好是 100%");
  });

  test("a domain message (an amount, a date) is the same sentence the report and Check data show", () => {
    const msg: AnyMsg = { key: "badAmount", params: { value: "两千" } };
    expect(renderMsg(msg, "zh")).toBe("无法识别的金额“两千”：请填写数字，如 1234.56、¥1,234.56、800元 或 -300（退款）");
    expect(renderMsg(msg, "en")).toBe(render(msg, "en"));
    const long = { key: "badDate", params: { value: "x".repeat(500) } } as const;
    expect(renderMsg(long, "en")).toBe(render(long, "en"));
    expect(renderMsg(long, "en").length).toBeLessThan(300);
  });

  test("in a sidebar, an unknown member is one who is not active, without a suggestion", () => {
    expect(renderMsg({ key: "unknownMember", params: { value: "赵六" } }, "zh")).toBe("“赵六”不是在部成员");
    expect(renderMsg({ key: "unknownMember", params: { value: "赵六" } }, "en")).toBe('"赵六" is not an active member');
  });

  test("a key neither catalogue knows (an older page, a newer server) shows the key rather than failing", () => {
    expect(renderMsg({ key: "somethingNew" } as unknown as AnyMsg, "zh")).toBe("somethingNew");
  });
});

describe("renderFields", () => {
  test("each field's sentence, under the field's name", () => {
    expect(
      renderFields(
        {
          date: { key: "fieldRequired", params: { zh: "日期", en: "Date" } },
          cash: { key: "badAmount", params: { value: "两千" } },
          inKind: { key: "inKindNegative" },
        },
        "en",
      ),
    ).toEqual({
      date: "Date is required",
      cash: '"两千" is not an amount: use a number such as 1234.56, ¥1,234.56, 800元 or -300 (a refund)',
      inKind: "The in-kind value cannot be negative",
    });
  });

  test("no errors, no sentences; a field without a message is left out", () => {
    expect(renderFields({}, "zh")).toEqual({});
    expect(renderFields({ date: undefined, note: { key: "fieldTooLong", params: { zh: "内容", en: "Note", max: 500 } } }, "zh")).toEqual({
      note: "“内容”最多 500 个字",
    });
  });
});
